// What travels unencrypted, as the final check and the text step show it (issue 11): a subject or
// body naming the client from the team member's own file name or from the in-pane form, the Send
// check's copy of those traces when Outlook cannot keep it, a signature logo in the body, and the
// breach report to both DPOs with nothing about the client in it.
import { openPane, openSession, poll, type Session } from './harness';
import {
  after,
  before,
  check,
  chooseAttachment,
  chooseMunicipality,
  encrypt,
  expectAccessible,
  fillPaneForm,
  mailState,
  openHelp,
  openPaneOn,
  screenshot,
  sentence,
  setToRegistered,
  sim,
  tickConsent,
  useNeutralText,
  waitForPane,
} from './referralSteps';
import { TEST_NOW } from '../fixtures/time';
import { reason as reasonWords } from '../../src/domain/reasons';
import { stepWords } from '../../src/words/paneSteps';

jest.setTimeout(120_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

// The rules refuse inline images in a referral with their own reason, which names each image and
// says the pane removes them (the Send check gives the same).
const INLINE_REFUSAL = 'attachment-inline';

type Page = Awaited<ReturnType<typeof openPane>>['page'];

async function encryptedFrom(page: Page, attachment: string): Promise<void> {
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page, attachment);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await page.getByTestId('passed-on').check();
}

test('"Verwijsformulier Jan Peeters.pdf" encrypted, subject "Doorverwijzing Jan Peeters": refused, and the reason names the subject; the neutral text passes', async () => {
  const start = `return { subject: 'Doorverwijzing Jan Peeters', attachments: [{ name: 'Verwijsformulier Jan Peeters.pdf', bytes: new TextEncoder().encode('%PDF-1.4 formulier') }] };`;
  const { page, context } = await openPaneOn(session, { width: 450, now: TEST_NOW, start });
  await encryptedFrom(page, 'Verwijsformulier Jan Peeters.pdf');
  expect(await check(page)).toBe('refused');
  const reason = page.locator('[data-testid="check-refused"] [data-reason="content-file-name-word"]');
  await poll(() => reason.count()).toBe(1);
  await poll(() => reason.textContent()).toContain(before(reasonWords('content-file-name-word', { where: 'subject' }).message.nl, ' ('));
  // The pane never shows the name back.
  await poll(() => page.getByTestId('check-refused').textContent()).not.toMatch(/Peeters/);
  await screenshot(page, 'content-file-name-in-subject');
  await expectAccessible(page);
  await useNeutralText(page);
  expect(await check(page)).toBe('allowed');
  await context.close();
});

test('the client named in the form typed into the body: refused, the reason names the body', async () => {
  const { page, context } = await openPane(session, { width: 320 });
  await waitForPane(page);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
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
  });
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await page.getByTestId('passed-on').check();
  await useNeutralText(page);
  const sample = (await mailState(page)).attachments.find((a) => !a.name.endsWith('.zip'));
  await sim(page, (c, id) => c.removeAttachment(id), sample?.id ?? '');
  await sim(page, (c) => c.setBody('Beste,\n\nIn bijlage de doorverwijzing van mevrouw VANDERSTEENE, bereikbaar op +32 470 12 34 56.\n'), null);
  expect(await check(page)).toBe('refused');
  await poll(() => page.locator('[data-testid="check-refused"] [data-reason="content-client-name"]').textContent()).toContain(
    before(reasonWords('content-client-name', { where: 'body' }).message.nl, '.'),
  );
  await poll(() => page.locator('[data-testid="check-refused"] [data-reason="content-client-phone"]').count()).toBe(1);
  await expectAccessible(page);
  await context.close();
});

test('a first name that is also a common word ("Ben" in "Ik ben bereikbaar"): a question with "Toch verzenden", remembered without the word; the whole name stays a refusal', async () => {
  const { page, context } = await openPane(session, { width: 320 });
  await waitForPane(page);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
  await fillPaneForm(page, {
    firstName: 'Ben',
    lastName: 'Goossens',
    street: 'Markt',
    houseNumber: '3',
    postcode: '8957',
    municipality: 'Mesen',
    phone: '0470 12 34 56',
  });
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await page.getByTestId('passed-on').check();
  await useNeutralText(page);
  const sample = (await mailState(page)).attachments.find((a) => !a.name.endsWith('.zip'));
  await sim(page, (c, id) => c.removeAttachment(id), sample?.id ?? '');
  const body = (await mailState(page)).body;
  await sim(page, (c, text) => c.setBody(text), `${body}\n\nIk ben bereikbaar op dinsdag.`);
  expect(await check(page)).toBe('asks');
  const question = page.locator('[data-testid="check-asks"] [data-reason="content-client-name-word"]');
  await poll(() => question.textContent()).toContain('voornaam van de cliënt');
  await poll(() => page.getByTestId('check-asks').textContent()).not.toMatch(/\bBen\b/);
  await expectAccessible(page);
  await screenshot(page, 'content-weak-name-question');
  await page.getByTestId('check-acknowledge').click();
  await page.getByTestId('check-allowed').waitFor();
  // What is remembered names the finding, never the word.
  const stored = (await sim(page, (c) => c.inspect(), null)).sessionData ?? {};
  expect(Object.keys(stored).sort()).toEqual(['kg-acknowledged', 'kg-client-traces']);
  expect(stored['kg-acknowledged']).not.toMatch(/ben|goossens/i);
  // The whole name is never a question, acknowledged or not.
  await sim(page, (c, text) => c.setBody(text), `${body}\n\nIk ben bereikbaar. Over Ben Goossens.`);
  expect(await check(page)).toBe('refused');
  await poll(() => page.locator('[data-testid="check-refused"] [data-reason="content-client-name"]').count()).toBe(1);
  await context.close();
});

test.each([
  ['not-supported', before(stepWords.nl.tracesUnsupported, ' wat')],
  ['failed', before(after(stepWords.nl.tracesFailed, ') '), '.')],
] as const)('the traces cannot be stored for the Send check (%s): the check step says so in words, and what to do', async (code, words) => {
  const { page, context } = await openPane(session, { width: 450 });
  await waitForPane(page);
  await sim(page, (c, x) => c.faults.failAlways('setSessionData', x), code);
  await encryptedFrom(page, 'Doorverwijzing formulier.pdf');
  const note = page.getByTestId('traces-not-stored');
  await poll(() => note.textContent()).toContain(words);
  await poll(() => note.textContent()).toContain('controleer de mail');
  await expectAccessible(page);
  if (code === 'failed') {
    await sim(page, (c) => c.faults.clear(), null);
    await page.getByTestId('traces-retry').click();
    await note.waitFor({ state: 'detached' });
    expect(Object.keys((await sim(page, (c) => c.inspect(), null)).sessionData ?? {})).toEqual(['kg-client-traces']);
  }
  // The pane's own check still finds what the Send check cannot.
  await sim(page, (c) => c.setSubject('Doorverwijzing formulier'), null);
  expect(await check(page)).toBe('allowed');
  await context.close();
});

test('a signature logo in the body: listed in the text step, removed after a confirmation, and then the check passes', async () => {
  const start = `
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    return { attachments: [
      { name: 'Doorverwijzing formulier.pdf', bytes: new TextEncoder().encode('%PDF-1.4 formulier') },
      { name: 'logo-kind-en-gezin.png', bytes: png, isInline: true },
    ] };`;
  const { page, context } = await openPaneOn(session, { width: 320, now: TEST_NOW, start });
  await encryptedFrom(page, 'Doorverwijzing formulier.pdf');
  // The logo is not offered as "the form", and is not removed with the original.
  expect((await mailState(page)).attachments.map((a) => a.name)).toContain('logo-kind-en-gezin.png');
  await useNeutralText(page);
  expect(await check(page)).toBe('refused');
  await poll(() => page.locator(`[data-testid="check-refused"] [data-reason="${INLINE_REFUSAL}"]`).count()).toBe(1);
  const inline = page.getByTestId('inline-images');
  await poll(() => inline.textContent()).toContain('logo-kind-en-gezin.png');
  await screenshot(page, 'content-inline-logo');
  await expectAccessible(page);

  await inline.getByRole('button', { name: stepWords.nl.inlineRemove }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await poll(() => dialog.textContent()).toContain('logo-kind-en-gezin.png');
  await expectAccessible(page);
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: stepWords.nl.cancel }).click();
  await dialog.waitFor({ state: 'detached' });
  expect((await mailState(page)).attachments.some((a) => a.isInline)).toBe(true);
  await inline.getByRole('button', { name: stepWords.nl.inlineRemove }).click();
  await page.getByTestId('inline-confirm').click();
  await page.getByTestId('inline-removed').waitFor();
  expect((await mailState(page)).attachments.map((a) => a.name)).toEqual([expect.stringMatching(/^doorverwijzing-KG-.*\.zip$/)]);
  expect(await check(page)).toBe('allowed');
  await context.close();
});

describe('Verkeerd verstuurd?: the report to both DPOs of the protocol (article 9)', () => {
  test('opens a new mail to both DPOs with reference, protocol, date and address, and nothing about the client', async () => {
    const { page, context } = await openPane(session, { width: 450 });
    await page.clock.setFixedTime(TEST_NOW);
    await page.reload();
    await waitForPane(page);
    await chooseMunicipality(page, 'Kontich');
    await page.getByTestId('step-recipients').waitFor();
    await setToRegistered(page);
    await tickConsent(page);
    await fillPaneForm(page, {
      firstName: 'An',
      lastName: 'Voorbeeld',
      street: 'Molenstraat',
      houseNumber: '12',
      postcode: '2550',
      municipality: 'Kontich',
      phone: '0470 12 34 56',
    });
    await encrypt(page);
    await page.getByTestId('encrypt-done').waitFor();
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    await page.getByTestId('passed-on').check();
    await openHelp(page);
    const form = page.getByTestId('breach-form');
    await poll(() => form.getByLabel(stepWords.nl.helpFieldReference).inputValue()).toBe(reference);
    await poll(() => form.getByLabel(stepWords.nl.helpFieldDate).inputValue()).toBe('2026-03-10');
    // Empty to start with: the mail's To is the right OCMW, and prefilling it invites a wrong report.
    await poll(() => form.getByLabel(stepWords.nl.helpFieldSentTo).inputValue()).toBe('');
    await form.getByLabel(stepWords.nl.helpFieldSentTo).fill('sociale.dienst@kontlch.be');
    await screenshot(page, 'help-breach-report');
    await expectAccessible(page);
    await page.getByTestId('breach-report').click();
    await page.getByTestId('breach-opened').waitFor();
    const [message] = await sim(page, (c) => c.newMessages(), null);
    expect(message?.to).toEqual(['dpo@opgroeien.be', 'luziane.lima@c-smart.be']);
    expect(message?.subject).toBe(`Melding gegevenslek doorverwijzing ${reference} (protocol kontich-2026)`);
    for (const fact of [
      `Referentie van de doorverwijzing: ${reference}`,
      'Protocol: kontich-2026',
      'Verstuurd op: 10 maart 2026',
      'Verstuurd naar: sociale.dienst@kontlch.be',
      'artikel 9',
    ]) {
      expect(message?.body).toContain(fact);
    }
    for (const leak of ['An ', 'Voorbeeld', 'Molenstraat', '470']) {
      expect(`${message?.subject}\n${message?.body}`).not.toContain(leak);
    }
    // The mail being composed is not touched.
    expect((await mailState(page)).subject).not.toContain('Melding');
    await context.close();
  });

  test('a field that is not what it should be is said at the field; an Outlook without the API gets words, not a dead end', async () => {
    const { page, context } = await openPane(session, { width: 320 });
    await waitForPane(page);
    await chooseMunicipality(page, 'Mesen');
    await openHelp(page);
    const form = page.getByTestId('breach-form');
    await form.getByLabel(stepWords.nl.helpFieldReference).fill('Jan Peeters');
    await page.getByTestId('breach-report').click();
    await poll(() => form.textContent()).toContain(sentence(stepWords.nl.helpInvalidReference, 0));
    await poll(() => form.getByLabel(stepWords.nl.helpFieldReference).getAttribute('aria-invalid')).toBe('true');
    expect(await sim(page, (c) => c.newMessages().length, null)).toBe(0);
    await expectAccessible(page);
    await form.getByLabel(stepWords.nl.helpFieldReference).fill('');
    await sim(page, (c) => c.faults.failAlways('displayNewMessageForm', 'not-supported'), null);
    await page.getByTestId('breach-report').click();
    await poll(() => page.getByTestId('breach-unsupported').textContent()).toContain(before(after(stepWords.nl.helpReportUnsupported, '. '), "'s"));
    await poll(() => page.getByTestId('dpo-contacts').textContent()).toContain('privacy@mesen.be');
    await context.close();
  });
});
