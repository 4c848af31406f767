// `npm run probe`, the check an admin runs from cron (docs/admin.md, "Monitoring"), against the
// real nginx with the generated configuration, and against hosts that are wrong in each way that
// stops Outlook from loading the add-in: it must exit 1 and say what is wrong.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as devCerts from 'office-addin-dev-certs';
import { DIST, ROOT, assertTestBuild } from './harness';
import { startNginx, type Nginx } from './hosting-nginx';

jest.setTimeout(120_000);

type Run = { code: number; out: string };
function probe(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'probe', '--', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out: stdout + stderr });
    });
  });
}

const work = mkdtempSync(path.join(tmpdir(), 'kg-probe-'));
const running: Nginx[] = [];

/**
 * nginx serving a copy of the test build whose manifest points at nginx's own address, as a
 * release built for that address; `edit` then spoils it.
 */
async function serve(name: string, options: { days?: number } = {}, edit: (dir: string, url: string) => void = () => undefined): Promise<Nginx> {
  const dir = path.join(work, name);
  cpSync(DIST, dir, { recursive: true });
  const nginx = await startNginx(dir, options);
  running.push(nginx);
  const manifest = path.join(dir, 'manifest.xml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').split('https://addin.example.org/').join(nginx.url));
  edit(dir, nginx.url);
  return nginx;
}

beforeAll(() => assertTestBuild());
afterAll(async () => {
  for (const n of running) await n.stop();
  rmSync(work, { recursive: true, force: true });
});

test('a healthy host: every check OK, what is live, exit 0', async () => {
  const nginx = await serve('healthy');
  const r = await probe(nginx.url, '--ca', nginx.ca);
  expect(r.out).toMatch(/^OK {3}certificate: trusted, valid until \d{4}-\d\d-\d\d \(\d+ days\)$/m);
  for (const file of ['taskpane.html', 'commands.html', 'onsend.js', 'manifest.xml'])
    expect(r.out).toMatch(new RegExp(`^OK {3}${file.replace('.', '\\.')}: 200 `, 'm'));
  expect(r.out).toMatch(/^OK {3}taskpane\.[0-9a-f]{10}\.js: 200 text\/javascript; charset=utf-8$/m);
  const built = JSON.parse(readFileSync(path.join(DIST, 'version.json'), 'utf8')) as { version: string; registry: string };
  expect(r.out).toContain(`live: version ${built.version}, registry ${built.registry}`);
  expect(r.out).not.toContain('FAIL');
  expect(r.code).toBe(0);
});

test('a certificate Outlook does not trust: FAIL, exit 1', async () => {
  const nginx = await serve('untrusted');
  const r = await probe(nginx.url);
  expect(r.out).toMatch(/^FAIL certificate: not trusted for localhost/m);
  expect(r.code).toBe(1);
});

test('a certificate that expires within the warning period: FAIL, exit 1', async () => {
  const nginx = await serve('expiring', { days: 5 });
  const r = await probe(nginx.url, '--ca', nginx.ca, '--days', '21');
  expect(r.out).toMatch(/^FAIL certificate: expires in [45] days/m);
  expect(r.code).toBe(1);
  expect((await probe(nginx.url, '--ca', nginx.ca, '--days', '3')).code).toBe(0);
});

test('a half-finished upload (a page names a script that is not there) and a missing onsend.js: FAIL each, exit 1', async () => {
  let hashed = '';
  const nginx = await serve('half', {}, (dir) => {
    hashed = readdirSync(dir).find((f) => /^taskpane\.[0-9a-f]{10}\.js$/.test(f)) ?? '';
    rmSync(path.join(dir, hashed));
    rmSync(path.join(dir, 'onsend.js'));
  });
  const r = await probe(nginx.url, '--ca', nginx.ca);
  expect(r.out).toContain(`FAIL ${hashed}: status 404`);
  expect(r.out).toContain('upload not finished?');
  expect(r.out).toMatch(/^FAIL onsend\.js: status 404/m);
  expect(r.out).toMatch(/: 2 problems$/m);
  expect(r.code).toBe(1);
});

test('a manifest built for another address: FAIL, exit 1', async () => {
  const nginx = await serve('other-address', {}, (dir, url) => {
    const manifest = path.join(dir, 'manifest.xml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').split(url).join('https://elders.example.org/'));
  });
  const r = await probe(nginx.url, '--ca', nginx.ca);
  expect(r.out).toMatch(/^FAIL manifest\.xml: its task pane is not https:\/\/localhost:\d+\/taskpane\.html/m);
  expect(r.code).toBe(1);
});

test('a host without the security headers, with the wrong content types and long caching: FAIL per file, exit 1', async () => {
  const dir = mkdtempSync(path.join(work, 'plain-'));
  const ca = path.join(dir, 'ca.crt');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  await devCerts.generateCertificates(ca, cert, key, 30, ['localhost']);
  const server = createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'max-age=86400' }).end('hello');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const r = await probe(`https://localhost:${port}/`, '--ca', ca);
    expect(r.out).toMatch(
      /^FAIL onsend\.js: Content-Type "text\/plain" \(must be text\/javascript or application\/javascript\); Content-Type "text\/plain" has no charset=utf-8; Content-Security-Policy missing;/m,
    );
    expect(r.out).toMatch(/^FAIL taskpane\.html: .*X-Content-Type-Options missing.*Cache-Control "max-age=86400" \(must be no-cache/m);
    expect(r.code).toBe(1);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a host that does not answer: FAIL for every file, exit 1', async () => {
  const nginx = await serve('stopped');
  const ca = path.join(work, 'stopped-ca.crt');
  cpSync(nginx.ca, ca);
  await nginx.stop();
  running.splice(running.indexOf(nginx), 1);
  const r = await probe(nginx.url, '--ca', ca, '--timeout', '3');
  expect(r.out).toMatch(/^FAIL taskpane\.html: cannot connect/m);
  expect(r.out).toMatch(/^FAIL onsend\.js: cannot connect/m);
  expect(r.code).toBe(1);
});

test.each([
  [[], 'the address of the hosted add-in is missing'],
  [['http://addin.example.org/'], 'must start with https://'],
  [['https://addin.example.org/?x=1'], 'no user, password, ?query or #fragment'],
  [['https://addin.example.org/', '--days', 'ten'], '--days "ten" must be a whole number'],
  [['https://addin.example.org/', '--frobnicate'], 'unknown option --frobnicate'],
])('a bad argument %j is exit 2 with the usage', async (args, message) => {
  const r = await probe(...args);
  expect(r.code).toBe(2);
  expect(r.out).toContain(message);
  expect(r.out).toContain('usage: npm run probe -- https://addin.example.org/');
});
