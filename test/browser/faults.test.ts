// Outlook failing under the pane: every Office call the flow uses fails once (transient: the
// flow still succeeds thanks to bounded retries) and for good (the mail is left safe and the pane
// says what happened and what to do).
import { openPane, openSession, poll, type Session } from './harness';
import {
  after,
  before,
  check,
  chooseAttachment,
  chooseMunicipality,
  encrypt,
  expectAccessible,
  mailState,
  screenshot,
  setToRegistered,
  sim,
  tickConsent,
  useNeutralText,
  waitForPane,
} from './referralSteps';
import { stepWords } from '../../src/words/paneSteps';

jest.setTimeout(120_000);

const ORIGINAL = 'Doorverwijzing formulier.pdf';
// The port calls the referral flow makes (today all of SIMULATED_METHODS, but listed here on
// purpose: a port method the flow does not use must not be expected to fail in it).
const METHODS = [
  'getRecipients',
  'setRecipients',
  'getSubject',
  'setSubject',
  'getBodyText',
  'setBodyTextAboveSignature',
  'getAttachments',
  'getAttachmentBase64',
  'addFileAttachmentFromBase64',
  'removeAttachment',
  'getInternetHeaders',
  'setInternetHeaders',
  'setSessionData',
  'onRecipientsChanged',
];

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

async function readyToEncrypt(width = 450) {
  const opened = await openPane(session, { width });
  const { page } = opened;
  await waitForPane(page);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page);
  return opened;
}

/** The original is still there and every other attachment is an encrypted zip of ours. */
async function expectMailSafe(page: Parameters<typeof mailState>[0], original: 'kept' | 'removed' = 'kept'): Promise<void> {
  const mail = await mailState(page);
  expect(mail.attachments.some((a) => a.name === ORIGINAL)).toBe(original === 'kept');
  for (const a of mail.attachments.filter((x) => x.name !== ORIGINAL)) expect(a.name).toMatch(/^doorverwijzing-KG-\d{8}-[0-9A-Z]{6}\.zip$/);
  expect(mail.attachments.filter((a) => a.name.endsWith('.zip')).length).toBeLessThanOrEqual(1);
}

test('every Office call fails once (transient): the whole flow still succeeds, with one zip and no plaintext', async () => {
  const opened = await openPane(session, { width: 450 });
  const { page } = opened;
  // Queue the faults before the pane's first calls: reload with them in place is not possible
  // (the simulated mail lives in the page), so fail everything once from here on.
  await waitForPane(page);
  await sim(page, (c, methods) => methods.forEach((m) => c.faults.failNext(m, 'transient')), METHODS);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await page.getByRole('button', { name: stepWords.nl.reread }).click();
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await page.getByTestId('use-text').click();
  await page.getByTestId('text-written').waitFor();
  await page.getByTestId('passed-on').check();
  expect(await check(page)).toBe('allowed');
  await expectMailSafe(page, 'removed');
  const calls = await sim(page, (c) => c.calls(), null);
  const failedOnce = new Set(calls.filter((c) => c.outcome === 'transient').map((c) => c.method));
  for (const m of METHODS.filter((x) => x !== 'onRecipientsChanged')) expect(failedOnce.has(m)).toBe(true);
  await opened.context.close();
});

test('an add that fails but did attach (transient, applied) is not attached twice', async () => {
  const { page, context } = await readyToEncrypt();
  await sim(page, (c) => c.faults.failNext('addFileAttachmentFromBase64', 'transient', 1, { applied: true }), null);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await expectMailSafe(page, 'removed');
  expect((await mailState(page)).attachments).toHaveLength(1);
  await context.close();
});

test.each([
  ['getAttachmentBase64', stepWords.nl.failureReadOriginal],
  ['addFileAttachmentFromBase64', stepWords.nl.failureAttach],
])('%s fails for good: original kept, nothing added, the pane says so', async (method, words) => {
  const { page, context } = await readyToEncrypt();
  await sim(page, (c, m) => c.faults.failAlways(m, 'failed'), method);
  await encrypt(page);
  const failed = page.getByTestId('encrypt-failed');
  await failed.waitFor();
  await poll(() => failed.textContent()).toContain(words);
  await poll(() => failed.textContent()).toContain(before(stepWords.nl.mailSafe, ':'));
  await expectMailSafe(page, 'kept');
  expect((await mailState(page)).attachments).toHaveLength(1);
  await screenshot(page, `fault-${method}`);
  await expectAccessible(page);
  await context.close();
});

test('getAttachments fails for good after the add: the pane says it does not know, adds nothing, and never says the mail is safe', async () => {
  const { page, context } = await readyToEncrypt();
  await sim(page, (c) => c.faults.failAlways('getAttachments', 'failed'), null);
  await encrypt(page);
  const uncertain = page.getByTestId('encrypt-uncertain');
  await uncertain.waitFor();
  await poll(() => uncertain.textContent()).toContain(stepWords.nl.uncertainTitle);
  await poll(() => page.getByTestId('step-encrypt').textContent()).not.toContain(before(stepWords.nl.mailSafe, ':'));
  await poll(() => page.getByTestId('step-encrypt').textContent()).not.toContain(before(after(stepWords.nl.mailSafe, 'er is '), '.'));
  await expectMailSafe(page, 'kept');
  expect(await page.getByTestId('step-password').count()).toBe(0);
  await context.close();
});

test('removeAttachment fails for good: one message with the one action, no password, nothing that reads as success; the action finishes it', async () => {
  const { page, context } = await readyToEncrypt(320);
  await sim(page, (c) => c.faults.failAlways('removeAttachment', 'failed'), null);
  await encrypt(page);
  const unfinished = page.getByTestId('encrypt-unfinished');
  await unfinished.waitFor();
  await poll(() => unfinished.textContent()).toContain(ORIGINAL);
  // One state, one message: no success bar, no password to phone through, no check to pass.
  expect(await page.getByTestId('encrypt-done').count()).toBe(0);
  expect(await page.getByTestId('step-password').count()).toBe(0);
  expect(await page.getByTestId('step-check').count()).toBe(0);
  expect(await page.getByTestId('step-encrypt').locator('.fui-MessageBar').count()).toBe(1);
  expect(await unfinished.getByRole('button').count()).toBe(1);
  await expectMailSafe(page, 'kept');
  await screenshot(page, 'fault-removeAttachment');
  await expectAccessible(page);
  await sim(page, (c) => c.faults.clear(), null);
  await unfinished.getByRole('button', { name: stepWords.nl.finishOriginal }).click();
  await page.getByTestId('step-password').waitFor();
  await expectMailSafe(page, 'removed');
  await page.getByTestId('passed-on').check();
  await useNeutralText(page);
  expect(await check(page)).toBe('allowed');
  await context.close();
});

test('setInternetHeaders fails for good: the markers are missing, said once, written by the one action', async () => {
  const { page, context } = await readyToEncrypt();
  await sim(page, (c) => c.faults.failAlways('setInternetHeaders', 'failed'), null);
  await encrypt(page);
  const unfinished = page.getByTestId('encrypt-unfinished');
  await unfinished.waitFor();
  await poll(() => unfinished.textContent()).toContain('kenmerken');
  expect(await page.getByTestId('step-password').count()).toBe(0);
  await expectMailSafe(page, 'removed');
  await expectAccessible(page);
  await sim(page, (c) => c.faults.clear(), null);
  await page.getByRole('button', { name: stepWords.nl.finishHeaders }).click();
  await page.getByTestId('step-password').waitFor();
  expect(Object.keys((await mailState(page)).headers)).toContain('X-KG-Referral-Ref');
  await context.close();
});

test('setSubject / setBodyTextAboveSignature fail for good: the pane says the text was not filled in', async () => {
  const { page, context } = await readyToEncrypt();
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  const before = await mailState(page);
  await sim(page, (c) => c.faults.failAlways('setSubject', 'failed'), null);
  await page.getByTestId('use-text').click();
  await page.getByTestId('text-failed').waitFor();
  expect((await mailState(page)).subject).toBe(before.subject);
  await sim(
    page,
    (c) => {
      c.faults.clear();
      c.faults.failAlways('setBodyTextAboveSignature', 'failed');
    },
    null,
  );
  await page.getByTestId('use-text').click();
  await page.getByTestId('text-failed').waitFor();
  await expectAccessible(page);
  await context.close();
});

test.each(['getSubject', 'getBodyText', 'getInternetHeaders'])('%s fails for good: the check says it could not read the mail', async (method) => {
  const { page, context } = await readyToEncrypt();
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await sim(page, (c, m) => c.faults.failAlways(m, 'failed'), method);
  expect(await check(page)).toBe('failed');
  await poll(() => page.getByTestId('check-result').textContent()).toContain(before(after(stepWords.nl.checkFailed, 'De mail '), ' om'));
  await context.close();
});

test('setRecipients fails for good: the pane says so and the recipients stay as they were', async () => {
  const { page, context } = await openPane(session, { width: 450 });
  await waitForPane(page);
  await sim(page, (c) => c.faults.failAlways('setRecipients', 'failed'), null);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('set-recipients').click();
  await page.getByText(stepWords.nl.setRecipientsFailed).waitFor();
  expect((await mailState(page)).to).toEqual([]);
  await context.close();
});

test('getRecipients and onRecipientsChanged fail for good: the pane says it cannot read them', async () => {
  const { page, context } = await openPane(session, { width: 450 });
  await waitForPane(page);
  await sim(
    page,
    (c) => {
      c.faults.failAlways('getRecipients', 'failed');
      c.faults.failAlways('onRecipientsChanged', 'failed');
    },
    null,
  );
  await chooseMunicipality(page, 'Mesen');
  await page.getByRole('button', { name: stepWords.nl.reread }).click();
  await page.getByText(stepWords.nl.recipientsReadFailed).waitFor();
  await screenshot(page, 'fault-getRecipients');
  await expectAccessible(page);
  await context.close();
});
