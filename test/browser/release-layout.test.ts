// hosting/release.sh, the release layout docs/admin.md describes, with the real nginx serving
// SITE/live: a release goes live in one step and only when complete (so the upload order does not
// matter), open panes keep the old hashed files, and a rollback brings the previous release back.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, ROOT, assertTestBuild } from './harness';
import { fetchInsecure, startNginx, type Nginx } from './hosting-nginx';

jest.setTimeout(120_000);

const SCRIPT = path.join(ROOT, 'hosting', 'release.sh');
const site = mkdtempSync(path.join(tmpdir(), 'kg-site-'));
const releases = path.join(site, 'releases');
let nginx: Nginx;

function release(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile('sh', [SCRIPT, site, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out: stdout, err: stderr });
    });
  });
}

/** A copy of the test build as release `name`, its version.json saying `version`. */
function upload(name: string, version: string, only?: (file: string) => boolean): string {
  const dir = path.join(releases, name);
  cpSync(DIST, dir, { recursive: true, filter: (src) => src === DIST || !only || only(path.relative(DIST, src)) });
  writeFileSync(path.join(dir, 'version.json'), JSON.stringify({ version, channel: 'release', registry: '0123456789ab', protocols: 2 }));
  return dir;
}

/** The version nginx serves right now. */
async function live(): Promise<string> {
  const res = await fetchInsecure(`${nginx.url}version.json`);
  return res.status === 200 ? (JSON.parse(res.body) as { version: string }).version : `status ${res.status}`;
}

const hashed = readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]{10}\.js$/.test(f)) ?? 'taskpane.missing.js';

beforeAll(async () => {
  assertTestBuild();
  mkdirSync(releases);
  nginx = await startNginx(path.join(site, 'live'));
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(site, { recursive: true, force: true });
});

test('upload, activate, a second release uploaded in the wrong order, activate, roll back, and forward again', async () => {
  // Release 1.0.0, with a lazily loaded chunk that 1.1.0 no longer has.
  const first = upload('1.0.0-0123456789ab', '1.0.0');
  writeFileSync(path.join(first, 'old-chunk.0123456789.js'), 'void 0;');
  const a = await release('activate', '1.0.0-0123456789ab');
  expect(a.out).toContain('live: 1.0.0-0123456789ab');
  expect(a.code).toBe(0);
  expect((await fetchInsecure(`${nginx.url}taskpane.html`)).status).toBe(200);
  expect(await live()).toBe('1.0.0');

  // 1.1.0 copied by a tool that sends the pages first: not complete, so it cannot go live.
  upload('1.1.0-0123456789ab', '1.1.0', (f) => !/^taskpane\.[0-9a-f]{10}\.js$/.test(f) && f !== 'onsend.js');
  const early = await release('activate', '1.1.0-0123456789ab');
  expect(early.code).toBe(1);
  expect(early.err).toContain('is not complete (upload not finished?); nothing changed');
  expect(early.err).toContain(`${hashed} (named in taskpane.html)`);
  expect(early.err).toContain('onsend.js');
  expect(await live()).toBe('1.0.0');
  expect((await fetchInsecure(`${nginx.url}${hashed}`)).status).toBe(200);

  // The rest arrives; now it goes live in one step, and the old chunk is still served.
  upload('1.1.0-0123456789ab', '1.1.0');
  const b = await release('activate', '1.1.0-0123456789ab');
  expect(b.code).toBe(0);
  expect(b.out).toContain('previous: 1.0.0-0123456789ab');
  expect(b.out).toContain('manifest: unchanged apart from its Version; no upload in the admin center is needed');
  expect(await live()).toBe('1.1.0');
  expect((await fetchInsecure(`${nginx.url}old-chunk.0123456789.js`)).status).toBe(200);

  const listed = await release('list');
  expect(listed.out).toMatch(/^previous 1\.0\.0-0123456789ab .*"version":"1\.0\.0"/m);
  expect(listed.out).toMatch(/^live {5}1\.1\.0-0123456789ab .*"version":"1\.1\.0"/m);

  // Something is wrong with 1.1.0: back to 1.0.0, then forward again once it is fixed.
  const back = await release('rollback');
  expect(back.code).toBe(0);
  expect(back.out).toContain('live: 1.0.0-0123456789ab');
  expect(await live()).toBe('1.0.0');
  expect((await fetchInsecure(`${nginx.url}${hashed}`)).status).toBe(200);
  const forward = await release('rollback');
  expect(forward.out).toContain('live: 1.1.0-0123456789ab');
  expect(await live()).toBe('1.1.0');

  // 2.0.0 changes the manifest (another SendMode), not only its Version: the switch says to upload it.
  const third = upload('2.0.0-0123456789ab', '2.0.0');
  const manifest = path.join(third, 'manifest.xml');
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace('<Version>1.0.0.0</Version>', '<Version>2.0.0.0</Version>').replace('SendMode="Block"', 'SendMode="SoftBlock"'),
  );
  const c = await release('activate', '2.0.0-0123456789ab');
  expect(c.out).toContain('manifest: CHANGED; upload');
  expect(c.out).toContain('2.0.0-0123456789ab/manifest.xml in the admin center');
  const undo = await release('rollback');
  expect(undo.out).toContain('live: 1.1.0-0123456789ab');
  expect(undo.out).toContain('the two releases need different manifests');
});

test('refuses what is not a release name or not there, and says how to use it', async () => {
  for (const name of ['../etc', '.hidden', 'a/b']) {
    const r = await release('activate', name);
    expect([name, r.code]).toEqual([name, 2]);
    expect(r.err).toContain('must be a folder name under');
  }
  const missing = await release('activate', '9.9.9-000000000000');
  expect(missing.code).toBe(1);
  expect(missing.err).toContain('does not exist: upload the release there first');
  const usage = await release('deploy');
  expect(usage.code).toBe(2);
  expect(usage.err).toContain('usage:');
});
