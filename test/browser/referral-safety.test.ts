// What a team member meets when Outlook or the mail is not on their side (issue 11): a double
// click, an add whose outcome is lost, a scan too large to sit in the mail next to its zip, and a
// 5 MB form that must not freeze the pane. Each as the user sees it, and the zip opened by 7-Zip
// with the password the pane showed.
import { createHash } from 'node:crypto';
import { openPane, openSession, poll, type Session } from './harness';
import {
  RANDOM_FILE,
  after,
  before,
  check,
  chooseAttachment,
  chooseMunicipality,
  encrypt,
  expectAccessible,
  mailState,
  openOnly7z,
  openPaneOn,
  screenshot,
  sentence,
  setToRegistered,
  shownPassword,
  sim,
  tickConsent,
  useNeutralText,
  waitForPane,
} from './referralSteps';
import { TEST_NOW } from '../fixtures/time';
import { stepWords } from '../../src/words/paneSteps';

jest.setTimeout(180_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

const MB = 1024 * 1024;
const OUR_ZIP = /^doorverwijzing-KG-\d{8}-[0-9A-Z]{6}\.zip$/;
type Page = Awaited<ReturnType<typeof openPane>>['page'];

async function readyToEncrypt(page: Page, attachment = 'Doorverwijzing formulier.pdf'): Promise<void> {
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page, attachment);
}

async function zipOf(page: Page): Promise<string> {
  const zip = (await mailState(page)).attachments.filter((a) => OUR_ZIP.test(a.name));
  expect(zip).toHaveLength(1);
  return (await sim(page, (c, id) => c.attachmentBase64(id), zip[0]!.id)) ?? '';
}

test('a double click encrypts once: one zip, one password, and 7-Zip opens the zip with it', async () => {
  const { page, context } = await openPane(session, { width: 450 });
  await waitForPane(page);
  await readyToEncrypt(page);
  await page.getByTestId('encrypt').dblclick();
  await page.getByTestId('encrypt-done').waitFor({ timeout: 60_000 });
  const password = await shownPassword(page);
  expect(await page.getByTestId('password').count()).toBe(1);
  expect((await sim(page, (c) => c.calls(), null)).filter((c) => c.method === 'addFileAttachmentFromBase64')).toHaveLength(1);
  expect((await mailState(page)).attachments.map((a) => a.name)).toEqual([expect.stringMatching(OUR_ZIP)]);
  expect(
    openOnly7z(await zipOf(page), password)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await context.close();
});

test('Outlook fails the add although it attached, and cannot be read: the pane says it does not know; later it finds the zip, which the user removes; never two zips', async () => {
  const { page, context } = await openPane(session, { width: 320 });
  await waitForPane(page);
  await readyToEncrypt(page);
  await sim(
    page,
    (c) => {
      c.faults.failNext('addFileAttachmentFromBase64', 'failed', 1, { applied: true });
      c.faults.failAlways('getAttachments', 'failed');
    },
    null,
  );
  await encrypt(page);
  const uncertain = page.getByTestId('encrypt-uncertain');
  await uncertain.waitFor();
  await poll(() => uncertain.textContent()).toContain(stepWords.nl.uncertainTitle);
  // Nothing that claims the mail is as before, no password, no way to add a second zip.
  await poll(() => page.getByTestId('step-encrypt').textContent()).not.toMatch(/veilig|niets .*toegevoegd/);
  expect(await page.getByTestId('encrypt').count()).toBe(0);
  expect(await page.getByTestId('step-password').count()).toBe(0);
  await screenshot(page, 'safety-uncertain');
  await expectAccessible(page);

  // Outlook answers again: the pane looks, finds the zip, and treats it as an earlier referral.
  await sim(page, (c) => c.faults.clear(), null);
  await uncertain.getByRole('button', { name: stepWords.nl.recheck }).click();
  const found = page.getByTestId('prior-found');
  await found.waitFor();
  await poll(() => found.textContent()).toContain('het zip-bestand staat toch in de mail');
  await poll(() => page.getByTestId('encrypt').isDisabled()).toBe(true);
  await expectAccessible(page);
  await page.getByTestId('prior-remove').click();
  await page.getByTestId('prior-removed').waitFor();
  expect((await mailState(page)).attachments.map((a) => a.name)).toEqual(['Doorverwijzing formulier.pdf']);

  // Start again: a new zip with a new password, the only one ever in the mail at a time.
  await chooseAttachment(page);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  const password = await shownPassword(page);
  expect(
    openOnly7z(await zipOf(page), password)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await context.close();
});

test('the add fails and the mail cannot be read: "nothing added" only after a re-read shows it; then trying again works', async () => {
  const { page, context } = await openPane(session, { width: 450 });
  await waitForPane(page);
  await readyToEncrypt(page);
  await sim(
    page,
    (c) => {
      c.faults.failNext('addFileAttachmentFromBase64', 'failed');
      c.faults.failAlways('getAttachments', 'failed');
    },
    null,
  );
  await encrypt(page);
  await page.getByTestId('encrypt-uncertain').waitFor();
  await poll(() => page.getByTestId('step-encrypt').textContent()).not.toContain(before(stepWords.nl.mailSafe, ':'));
  await sim(page, (c) => c.faults.clear(), null);
  await page.getByTestId('recheck').click();
  const failed = page.getByTestId('encrypt-failed');
  await failed.waitFor();
  await poll(() => failed.textContent()).toContain(sentence(stepWords.nl.mailSafe, 0));
  await page.getByTestId('encrypt').click();
  await page.getByTestId('encrypt-done').waitFor();
  expect((await mailState(page)).attachments.map((a) => a.name)).toEqual([expect.stringMatching(OUR_ZIP)]);
  await context.close();
});

describe('a 15 MB scan: the original and its zip do not fit in one mail together', () => {
  const SCAN = 'Scan verwijsformulier.pdf';
  const start = `${RANDOM_FILE(15 * MB)} return { attachments: [{ name: ${JSON.stringify(SCAN)}, base64: window.__original }] };`;

  test('said at once, in words; the original goes out first and the zip holds it (320 px)', async () => {
    const { page, context } = await openPaneOn(session, { width: 320, now: TEST_NOW, start });
    await readyToEncrypt(page, SCAN);
    const plan = page.getByTestId('size-plan');
    await plan.waitFor();
    await poll(() => plan.textContent()).toContain(sentence(stepWords.nl.sizeOutFirst('15,0 MB'), 0));
    await poll(() => plan.textContent()).toContain(sentence(stepWords.nl.sizeOutFirst('15,0 MB'), -1));
    await poll(() => page.getByTestId('encrypt').textContent()).toBe(stepWords.nl.encryptOutFirstButton);
    await screenshot(page, 'safety-large-form');
    await expectAccessible(page);
    await encrypt(page);
    await page.getByTestId('encrypt-done').waitFor();
    const password = await shownPassword(page);
    const inside = openOnly7z(await zipOf(page), password);
    expect(createHash('sha256').update(inside).digest('hex')).toBe(
      await page.evaluate(() => (window as unknown as { __originalSha256: Promise<string> }).__originalSha256),
    );
    expect((await mailState(page)).attachments.map((a) => a.name)).toEqual([expect.stringMatching(OUR_ZIP)]);
    await context.close();
  });

  test('the zip cannot be added: the original is put back, and the pane says so', async () => {
    const { page, context } = await openPaneOn(session, { width: 450, now: TEST_NOW, start });
    await readyToEncrypt(page, SCAN);
    await sim(page, (c) => c.faults.failNext('addFileAttachmentFromBase64', 'failed'), null);
    await encrypt(page);
    const failed = page.getByTestId('encrypt-failed');
    await failed.waitFor();
    await poll(() => failed.textContent()).toContain(before(after(stepWords.nl.originalPutBack, ': '), ' en er'));
    const mail = await mailState(page);
    expect(mail.attachments.map((a) => a.name)).toEqual([SCAN]);
    expect(await sim(page, (c, id) => c.attachmentBase64(id) === (window as unknown as { __original: string }).__original, mail.attachments[0]!.id)).toBe(true);
    // The choice follows the original back, so trying again works at once.
    await page.getByTestId('encrypt').click();
    await page.getByTestId('encrypt-done').waitFor();
    await context.close();
  });

  test('neither the zip nor the original can be added: the original is held, said once, and its button puts it back; closing asks first', async () => {
    const { page, context } = await openPaneOn(session, { width: 450, now: TEST_NOW, start });
    await readyToEncrypt(page, SCAN);
    await sim(page, (c) => c.faults.failAlways('addFileAttachmentFromBase64', 'failed'), null);
    await encrypt(page);
    const held = page.getByTestId('original-held');
    await held.waitFor();
    await poll(() => held.textContent()).toContain(before(stepWords.nl.originalHeld(SCAN), ':'));
    expect(await page.getByTestId('step-encrypt').locator('.fui-MessageBar').count()).toBe(1);
    expect(await page.getByTestId('encrypt').count()).toBe(0);
    expect((await mailState(page)).attachments).toEqual([]);
    await screenshot(page, 'safety-original-held');
    await expectAccessible(page);
    // Putting back fails again: said in the same message; then Outlook cooperates.
    await page.getByTestId('restore-original').click();
    await poll(() => held.textContent()).toContain(before(stepWords.nl.restoreFailed, '.'));
    await sim(page, (c) => c.faults.clear(), null);
    await page.getByTestId('restore-original').click();
    await held.waitFor({ state: 'detached' });
    const mail = await mailState(page);
    expect(mail.attachments.map((a) => a.name)).toEqual([SCAN]);
    expect(await sim(page, (c, id) => c.attachmentBase64(id) === (window as unknown as { __original: string }).__original, mail.attachments[0]!.id)).toBe(true);
    await context.close();
  });

  test('a held original: closing the pane asks first', async () => {
    const { page, context } = await openPaneOn(session, { width: 450, now: TEST_NOW, start });
    await readyToEncrypt(page, SCAN);
    await sim(page, (c) => c.faults.failAlways('addFileAttachmentFromBase64', 'failed'), null);
    await encrypt(page);
    await page.getByTestId('original-held').waitFor();
    const dialog = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');
    await context.close();
  });
});

test("a 5 MB scan: the pane shows its progress, hands Office's base64 to the worker and the zip's base64 back, and never asks Outlook for bytes", async () => {
  const start = `${RANDOM_FILE(5 * MB)} return { to: [{ emailAddress: 'ocmw@mesen.be' }], attachments: [{ name: 'scan.pdf', base64: window.__original }] };`;
  const { page, context } = await openPaneOn(session, { width: 450, now: TEST_NOW, start });
  await chooseMunicipality(page, 'Mesen');
  await tickConsent(page);
  await chooseAttachment(page, 'scan.pdf');
  await page.getByTestId('encrypt').click();
  await page.getByTestId('encrypt-progress').waitFor();
  await page.getByTestId('encrypt-done').waitFor({ timeout: 60_000 });
  const password = await shownPassword(page);
  const inside = openOnly7z(await zipOf(page), password);
  expect(createHash('sha256').update(inside).digest('hex')).toBe(
    await page.evaluate(() => (window as unknown as { __originalSha256: Promise<string> }).__originalSha256),
  );
  const methods = new Set((await sim(page, (c) => c.calls(), null)).map((c) => c.method));
  expect(methods).toContain('getAttachmentBase64');
  expect(methods).toContain('addFileAttachmentFromBase64');
  expect(methods.has('getAttachmentContent')).toBe(false);
  await useNeutralText(page);
  await page.getByTestId('passed-on').check();
  expect(await check(page)).toBe('allowed');
  await context.close();
});
