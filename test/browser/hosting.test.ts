// The release build served the way an admin will host it: nginx with hosting/nginx.conf's
// server block, over HTTPS, with exactly the headers of hosting/headers.ts.
import { readdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { cacheControl, securityHeaders } from '../../hosting/headers';
import { CHROMIUM_ARGS, DIST, chromiumPath, ownCspViolations, serveOfficeJsLocally } from './harness';
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

jest.setTimeout(90_000);

let nginx: Nginx;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx(DIST);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const expectSecurityHeaders = (headers: Record<string, string>): void => {
  for (const [name, value] of Object.entries(securityHeaders())) expect(headers[name.toLowerCase()]).toBe(value);
};

test('HTML, manifest and the event bundle are revalidated on every load; hashed bundles are cached for a year', async () => {
  for (const file of ['', 'taskpane.html', 'commands.html', 'onsend.js', 'manifest.xml', 'assets/icon-80.png']) {
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

test('nothing outside the release is served, and only GET/HEAD are allowed', async () => {
  expect((await fetchInsecure(`${nginx.url}../package.json`)).status).toBe(404);
  expect((await fetchInsecure(`${nginx.url}nope.html`)).status).toBe(404);
  expect((await fetchInsecure(`${nginx.url}taskpane.html`, 'POST')).status).toBe(403);
  expect((await fetchInsecure(`${nginx.url}taskpane.html`, 'HEAD')).status).toBe(200);
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
  await page.getByRole('heading', { name: 'Veilige doorverwijzing' }).waitFor();
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
