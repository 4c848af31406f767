// Happy paths, as a team member goes through them: Kontich (in force since 2026-02-28) from the
// mail's own attachment, Mesen from the form filled in in the pane. The zip the pane attached is
// opened with 7-Zip and the password the pane showed.
import { REFERRAL_HEADERS } from '../../src/domain/marker';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, openPane, openSession, ownCspViolations, type Session, poll } from './harness';
import {
  check,
  chooseAttachment,
  chooseMunicipality,
  encrypt,
  expectAccessible,
  fillPaneForm,
  mailState,
  open7z,
  screenshot,
  setRecipients,
  setToRegistered,
  shownPassword,
  sim,
  tickConsent,
  waitForPane,
} from './referralSteps';
import { TEST_NOW } from '../fixtures/time';
import { stepWords } from '../../src/words/paneSteps';

jest.setTimeout(120_000);

/** What the test build says it is (scripts/build.ts writes it); the pane must say the same. */
const BUILT = JSON.parse(readFileSync(path.join(DIST, 'version.json'), 'utf8')) as { version: string; registry: string };

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

test('Kontich, form attached to the mail: encrypted, original replaced, headers set, neutral text, check passes (450 px)', async () => {
  const { page, context, problems } = await openPane(session, { width: 450 });
  await page.clock.setFixedTime(TEST_NOW);
  await page.reload();
  await waitForPane(page);
  await screenshot(page, '01-start');
  await expectAccessible(page);

  await setRecipients(page, 'to', [{ emailAddress: 'collega@kindengezin.be' }]);
  await setRecipients(page, 'cc', [{ emailAddress: 'teamleider@kindengezin.be' }]);
  await chooseMunicipality(page, '2550');
  await page.getByTestId('protocol-card').waitFor();
  await poll(() => page.getByTestId('registered-mailbox').textContent()).toBe('sociale.dienst@kontich.be');
  await page.getByTestId('recipient-list').waitFor();
  await poll(() => page.locator('[data-testid="recipient"][data-verdict="refused"]').count()).toBe(2);
  await screenshot(page, '02-protocol-recipients');
  await expectAccessible(page);

  await page.getByTestId('set-recipients').click();
  await page.getByRole('alertdialog').waitFor();
  await poll(() => page.getByRole('alertdialog').textContent()).toContain('teamleider@kindengezin.be');
  await screenshot(page, '03-confirm-remove');
  await expectAccessible(page);
  await page.getByTestId('confirm-remove').click();
  await page.getByTestId('set-recipients').waitFor({ state: 'detached' });
  const afterSet = await mailState(page);
  expect(afterSet.to.map((r) => r.emailAddress)).toEqual(['sociale.dienst@kontich.be']);
  expect(afterSet.cc).toEqual([]);

  await tickConsent(page);
  await chooseAttachment(page);
  await screenshot(page, '04-ready-to-encrypt');
  await expectAccessible(page);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  const password = await shownPassword(page);
  expect(password).toMatch(/^[a-z]{3,8}(-[a-z]{3,8}){6}$/);
  const reference = (await page.getByTestId('reference').textContent()) ?? '';
  expect(reference).toMatch(/^KG-20260310-[0-9A-Z]{6}$/);
  await poll(() => page.getByTestId('sms-link').getAttribute('href')).toContain(encodeURIComponent(password));
  await screenshot(page, '05-password');
  await expectAccessible(page);

  const mail = await mailState(page);
  expect(mail.attachments.map((a) => a.name)).toEqual([`doorverwijzing-${reference}.zip`]);
  const zip = await sim(page, (c, id) => c.attachmentBase64(id), mail.attachments[0]?.id ?? '');
  const files = open7z(zip ?? '', password);
  expect([...files.keys()]).toEqual([`doorverwijzing-${reference}.pdf`]);
  expect(files.get(`doorverwijzing-${reference}.pdf`)?.subarray(0, 5).toString()).toBe('%PDF-');
  expect(mail.headers[REFERRAL_HEADERS.reference]).toBe(reference);
  expect(mail.headers[REFERRAL_HEADERS.protocol]).toBe('kontich-2026');
  expect(mail.headers[REFERRAL_HEADERS.consent]).toBe('confirmed');
  expect(mail.headers[REFERRAL_HEADERS.attachmentSha256]).toMatch(/^[0-9a-f]{64}$/);
  // Which build prepared it: the test build's version and the fixture registry's digest (dist/version.json).
  expect(mail.headers[REFERRAL_HEADERS.addinVersion]).toBe(BUILT.version);
  expect(mail.headers[REFERRAL_HEADERS.registry]).toBe(BUILT.registry);

  // Before the neutral text, the sample mail's body is harmless; the check still refuses nothing but may pass.
  await page.getByTestId('use-text').click();
  await page.getByTestId('text-written').waitFor();
  const written = await mailState(page);
  expect(written.subject).toBe(`Doorverwijzing Kind en Gezin ${reference}`);
  expect(written.body).toContain('7-Zip');
  expect(written.body).toContain('AES-256');
  expect(written.body).not.toContain(password);
  expect(written.body).not.toMatch(/Voorbeeld|voorbeeld\.client|470 00 00 00/);

  await page.getByTestId('passed-on').check();
  expect(await check(page)).toBe('allowed');
  await screenshot(page, '06-check-allowed');
  await expectAccessible(page);

  await page.getByTestId('help-open').click();
  await poll(() => page.getByTestId('help-reference').textContent()).toBe(reference);
  await poll(() => page.getByTestId('dpo-contacts').textContent()).toContain('luziane.lima@c-smart.be');
  // What runs here, for support: version, registry, whom to call.
  expect(await page.getByTestId('about-version').textContent()).toBe(BUILT.version);
  expect(await page.getByTestId('about-registry').textContent()).toBe(`Register ${BUILT.registry} (2 protocollen)`);
  expect(await page.getByTestId('about-helpdesk').textContent()).toContain('ICT-dienst van uw organisatie');
  await screenshot(page, '07-help');
  await expectAccessible(page);

  expect(ownCspViolations(problems.csp)).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  await context.close();
});

test('Mesen, form filled in in the pane (320 px): PDF made in the pane, encrypted, opened by 7-Zip; subject and body hold no client data', async () => {
  const { page, context, problems } = await openPane(session, { width: 320 });
  await waitForPane(page);
  // The sample attachment is not the form here: the form is made in the pane.
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('protocol-card').waitFor();
  await poll(() => page.getByTestId('registered-mailbox').textContent()).toBe('ocmw@mesen.be');
  await screenshot(page, '02-protocol-recipients');
  await setToRegistered(page);
  await tickConsent(page);
  await fillPaneForm(page, {
    firstName: 'Zoë',
    lastName: 'Vandersteene',
    street: 'Markt',
    houseNumber: '3',
    postcode: '8957',
    municipality: 'Mesen',
    phone: '0470 12 34 56',
    email: 'zoe.vandersteene@example.org',
  });
  await screenshot(page, '04-pane-form-ready');
  await expectAccessible(page);
  // The sample PDF the mail started with is not the form here: the pane asks to remove it first.
  await page.getByTestId('encrypt').click();
  await page.getByTestId('leftover-confirm').click();
  await page.getByTestId('encrypt-done').waitFor({ timeout: 60_000 });
  const password = await shownPassword(page);
  const reference = (await page.getByTestId('reference').textContent()) ?? '';
  await screenshot(page, '05-password');
  await expectAccessible(page);

  const mail = await mailState(page);
  // The sample form the mail started with is gone: only the zip travels.
  expect(mail.attachments).toHaveLength(1);
  const zipInfo = mail.attachments.find((a) => a.name === `doorverwijzing-${reference}.zip`);
  expect(zipInfo).toBeDefined();
  const files = open7z((await sim(page, (c, id) => c.attachmentBase64(id), zipInfo?.id ?? '')) ?? '', password);
  const pdf = files.get(`doorverwijzing-${reference}.pdf`);
  expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
  expect(mail.headers[REFERRAL_HEADERS.protocol]).toBe('mesen-2024');

  await page.getByTestId('use-text').click();
  await page.getByTestId('text-written').waitFor();
  const written = await mailState(page);
  for (const leak of ['Zoë', 'Zoe', 'Vandersteene', '470', 'example.org', password]) {
    expect(written.subject).not.toContain(leak);
    expect(written.body).not.toContain(leak);
  }
  await page.getByTestId('passed-on').check();
  expect(await check(page)).toBe('allowed');
  await screenshot(page, '06-check-allowed');
  await expectAccessible(page);
  expect(problems.pageErrors).toEqual([]);
  await context.close();
});

test('closing the pane before the password was passed on asks first (it is never stored)', async () => {
  const { page, context } = await openPane(session, { width: 450 });
  await waitForPane(page);
  await chooseMunicipality(page, 'Mesen');
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  const dialog = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.accept();
    }),
  );
  await page.close({ runBeforeUnload: true });
  await expect(dialog).resolves.toBe('beforeunload');
  await context.close();
});

test('Outlook loaded but silent: an error to reopen the pane, no simulated mail shown', async () => {
  const context = await session.browser.newContext({ viewport: { width: 320, height: 700 } });
  // An office.js whose onReady never answers, as when Outlook hangs.
  await context.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: 'window.Office = { onReady: function () { return new Promise(function () {}); }, HostType: { Outlook: "Outlook" } };',
    }),
  );
  const page = await context.newPage();
  await page.goto(`${session.server.url}taskpane.html`);
  const error = page.getByTestId('office-timeout');
  await error.waitFor({ timeout: 20_000 });
  await poll(() => error.textContent()).toContain('sluit het taakvenster en open het opnieuw'.replace('sluit', 'Sluit'));
  await poll(() => page.getByRole('combobox').count()).toBe(0);
  await poll(() => page.getByTestId('preview-banner').count()).toBe(0);
  await screenshot(page, 'error-office-timeout');
  await expectAccessible(page);
  // The same page at the wider pane width: the resolve timeout (10 s) is waited for only once.
  await page.setViewportSize({ width: 450, height: 700 });
  await screenshot(page, 'error-office-timeout');
  await context.close();
});

test('320 px: start, confirmation and help views', async () => {
  const { page, context } = await openPane(session, { width: 320 });
  await waitForPane(page);
  await screenshot(page, '01-start');
  await setRecipients(page, 'to', [{ emailAddress: 'ocmw@mesen.be' }, { emailAddress: 'collega@kindengezin.be' }]);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('set-recipients').click();
  await page.getByRole('alertdialog').waitFor();
  await screenshot(page, '03-confirm-remove');
  await expectAccessible(page);
  await page.getByRole('button', { name: stepWords.nl.cancel }).click();
  await page.getByTestId('help-open').click();
  await page.getByTestId('dpo-contacts').waitFor();
  await poll(() => page.getByTestId('dpo-contacts').textContent()).toContain('privacy@mesen.be');
  await screenshot(page, '07-help');
  await expectAccessible(page);
  await context.close();
});
