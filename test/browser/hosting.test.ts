// The release build served the way an admin will host it: nginx with hosting/nginx.conf's
// server block, over HTTPS, with exactly the headers of hosting/headers.ts.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { cacheControl, responseCacheControl, securityHeaders } from '../../hosting/headers';
import { CHROMIUM_ARGS, DIST, assertTestBuild, chromiumPath, ownCspViolations, serveOfficeJsLocally } from './harness';
import { fetchInsecure, startNginx, type Nginx } from './hosting-nginx';
import {
  check,
  chooseAttachment,
  chooseMunicipality,
  encrypt,
  mailState,
  open7z,
  setToRegistered,
  shownPassword,
  sim,
  tickConsent,
  useNeutralText,
  waitForPane,
} from './referralSteps';
import { startWords } from '../../src/words/paneStart';

jest.setTimeout(90_000);

let nginx: Nginx;
let browser: Browser;
// A file an upload tool could leave behind: it exists, and must not be served.
const DOTFILE = path.join(DIST, '.env');
beforeAll(async () => {
  assertTestBuild();
  writeFileSync(DOTFILE, 'SECRET=1\n');
  nginx = await startNginx(DIST);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  rmSync(DOTFILE, { force: true });
  await browser?.close();
  await nginx?.stop();
});

const expectSecurityHeaders = (headers: Record<string, string>): void => {
  for (const [name, value] of Object.entries(securityHeaders())) expect(headers[name.toLowerCase()]).toBe(value);
};

test('HTML, manifest and the event bundle are revalidated on every load; hashed bundles are cached for a year', async () => {
  for (const file of ['', 'taskpane.html', 'commands.html', 'onsend.js', 'manifest.xml', 'version.json', 'assets/icon-80.png', 'assets/support.html']) {
    const res = await fetchInsecure(`${nginx.url}${file}`);
    expect([file, res.status]).toEqual([file, 200]);
    expectSecurityHeaders(res.headers);
    expect(res.headers['cache-control']).toBe('no-cache');
  }
  const hashed = readdirSync(DIST).filter((f) => /^taskpane\.[0-9a-f]{10}\.js$/.test(f));
  expect(hashed.length).toBeGreaterThan(0);
  const res = await fetchInsecure(`${nginx.url}${hashed[0]}`);
  expect(res.status).toBe(200);
  expectSecurityHeaders(res.headers);
  expect(res.headers['cache-control']).toBe(cacheControl(`/${hashed[0]}`));
  expect(res.headers['cache-control']).toContain('immutable');
});

const hashedName = (): string => readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]{10}\.js$/.test(f)) ?? 'taskpane.missing.js';

test('the base URL serves the pane, as docs/admin.md says', async () => {
  const res = await fetchInsecure(nginx.url);
  expect([res.status, res.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
});

test('JavaScript is served as UTF-8 (onsend.js holds Dutch text), with nosniff', async () => {
  for (const file of ['onsend.js', hashedName()]) {
    const res = await fetchInsecure(`${nginx.url}${file}`);
    expect([file, res.status, res.headers['content-type']]).toEqual([file, 200, 'text/javascript; charset=utf-8']);
  }
  expect((await fetchInsecure(`${nginx.url}version.json`)).headers['content-type']).toBe('application/json; charset=utf-8');
});

test('an error is never cached: a hashed name not (yet) uploaded is a 404 with no-store, not a year of immutable', async () => {
  const res = await fetchInsecure(`${nginx.url}taskpane.0123456789.js`);
  expect(res.status).toBe(404);
  expect(res.headers['cache-control']).toBe('no-store');
  expectSecurityHeaders(res.headers);
  expect(responseCacheControl('/taskpane.0123456789.js', 404)).toBe('no-store');
  expect((await fetchInsecure(`${nginx.url}nope.html`)).headers['cache-control']).toBe('no-store');
});

test('nothing outside the release and no hidden file is served, whether it exists or not', async () => {
  expect((await fetchInsecure(`${nginx.url}../package.json`)).status).toBe(404);
  expect((await fetchInsecure(`${nginx.url}nope.html`)).status).toBe(404);
  for (const file of ['.env', '.git/config', 'assets/.DS_Store', '.well-known/security.txt']) {
    const res = await fetchInsecure(`${nginx.url}${file}`);
    expect([file, res.status, res.headers['cache-control']]).toEqual([file, 403, 'no-store']);
    expectSecurityHeaders(res.headers);
  }
});

test('only GET and HEAD: any other method gets 405 with Allow, on every kind of path', async () => {
  for (const file of ['taskpane.html', hashedName(), '.env', 'nope.html']) {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await fetchInsecure(`${nginx.url}${file}`, method);
      expect([file, method, res.status, res.headers.allow, res.headers['cache-control']]).toEqual([file, method, 405, 'GET, HEAD', 'no-store']);
      expectSecurityHeaders(res.headers);
    }
  }
  const head = await fetchInsecure(`${nginx.url}taskpane.html`, 'HEAD');
  expect([head.status, head.headers.allow]).toEqual([200, undefined]);
});

test('another host name on the same address is refused: no TLS handshake, or 421 for a Host that names another site', async () => {
  await expect(fetchInsecure(`${nginx.url}taskpane.html`, 'GET', { servername: 'other.example.org' })).rejects.toThrow();
  // A client that asks for the bare IP address sends no name at all.
  await expect(fetchInsecure(`${nginx.url}taskpane.html`, 'GET', { servername: '' })).rejects.toThrow();
  expect((await fetchInsecure(`${nginx.url}taskpane.html`, 'GET', { host: 'other.example.org' })).status).toBe(421);
});

test('the whole referral runs through nginx under its CSP: the worker encrypts, 7-Zip opens the zip', async () => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 450, height: 900 } });
  await serveOfficeJsLocally(context);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${nginx.url}taskpane.html`);
  await page.getByRole('heading', { name: startWords.nl.title }).waitFor();
  await page.getByTestId('preview-banner').waitFor();
  await waitForPane(page);
  await chooseMunicipality(page, '8957');
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  const password = await shownPassword(page);
  const mail = await mailState(page);
  expect(mail.attachments).toHaveLength(1);
  const zipId = mail.attachments[0]?.id ?? '';
  const zipBase64 = (await sim(page, (control, id) => control.attachmentBase64(id), zipId)) ?? '';
  const files = open7z(zipBase64, password);
  expect([...files.values()][0]?.subarray(0, 5).toString()).toBe('%PDF-');
  await useNeutralText(page);
  expect(await check(page)).toBe('allowed');
  expect(ownCspViolations(violations)).toEqual([]);
  await context.close();
});
