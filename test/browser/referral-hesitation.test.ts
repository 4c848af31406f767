// Issue 21: where a busy family support worker hesitated or lost work in the pane, at 450 px.
// Each test walks the pane as the worker would and takes its words from the message catalogue.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { neutral } from '../../src/words/nl/neutral';
import { stepWords } from '../../src/words/paneSteps';
import { ROOT, openPane, openSession, poll, type Session } from './harness';
import {
  check,
  chooseMunicipality,
  encrypt,
  expectAccessible,
  fillPaneForm,
  mailState,
  setToRegistered,
  sim,
  tickConsent,
  useNeutralText,
  waitForPane,
  chooseAttachment,
  chooseInPaneForm,
} from './referralSteps';

jest.setTimeout(120_000);

const nl = stepWords.nl;
const SAMPLE = 'Doorverwijzing formulier.pdf';
const ZOE = {
  firstName: 'Zoë',
  lastName: 'Vandersteene',
  street: 'Markt',
  houseNumber: '3',
  postcode: '8957',
  municipality: 'Mesen',
  phone: '0470 12 34 56',
};

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

/** A fresh pane at 450 px, ready for input; closed after the test, also when it fails. */
async function inPane(run: (pane: Awaited<ReturnType<typeof openPane>>) => Promise<void>): Promise<void> {
  const pane = await openPane(session, { width: 450 });
  try {
    await waitForPane(pane.page);
    await run(pane);
  } finally {
    await pane.context.close();
  }
}

async function mesenReady(page: Page): Promise<void> {
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('protocol-card').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
}

test('1. form made in the pane while a PDF is attached: the PDF is named and removed before encrypting, never left in the mail', () =>
  inPane(async ({ page, problems }) => {
    await mesenReady(page);
    await fillPaneForm(page, ZOE);

    // Named before anything is encrypted.
    const bar = page.getByTestId('leftover-attachments');
    await poll(() => bar.textContent()).toContain(nl.leftoverFound(SAMPLE));
    await expectAccessible(page);

    // The encrypt button asks first; "Annuleren" leaves the mail as it was and encrypts nothing.
    await page.getByTestId('encrypt').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await poll(() => dialog.textContent()).toContain(SAMPLE);
    await poll(() => page.getByTestId('leftover-confirm').textContent()).toBe(nl.leftoverConfirmEncrypt);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: nl.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await mailState(page)).attachments.map((a) => a.name)).toEqual([SAMPLE]);
    await poll(() => page.getByTestId('encrypt-done').count()).toBe(0);

    // Confirmed: the PDF goes, then the form is encrypted; only the zip is left.
    await page.getByTestId('encrypt').click();
    await page.getByTestId('leftover-confirm').click();
    await page.getByTestId('encrypt-done').waitFor({ timeout: 60_000 });
    const names = (await mailState(page)).attachments.map((a) => a.name);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^doorverwijzing-KG-\d{8}-[0-9A-Z]{6}\.zip$/);
    expect(problems.pageErrors).toEqual([]);
  }));

test('1. a plaintext file added after encrypting is named in the final check, with its own remove button', () =>
  inPane(async ({ page }) => {
    await mesenReady(page);
    await chooseAttachment(page, SAMPLE);
    await encrypt(page);
    await page.getByTestId('encrypt-done').waitFor();
    await sim(page, (c) => c.addAttachment({ name: 'verslag huisbezoek.docx', bytes: new Uint8Array([1, 2, 3]) }), null);
    await useNeutralText(page);
    await page.getByTestId('passed-on').check();

    expect(await check(page)).toBe('refused');
    const leftovers = page.getByTestId('check-leftovers');
    await poll(() => leftovers.textContent()).toContain('verslag huisbezoek.docx');
    await expectAccessible(page);
    await page.getByRole('button', { name: nl.checkRemoveAttachment('verslag huisbezoek.docx') }).click();
    await page.getByTestId('check-allowed').waitFor();
    expect((await mailState(page)).attachments.map((a) => a.name)).not.toContain('verslag huisbezoek.docx');
  }));

test('2. names typed in the pane form survive "Verkeerd verstuurd?" and back', () =>
  inPane(async ({ page }) => {
    await mesenReady(page);
    await chooseInPaneForm(page);
    await page.getByTestId('form-firstName').fill('Zoë');
    await page.getByTestId('form-lastName').fill('Vandersteene');
    await page.getByTestId('form-phone').fill('0470 12 34 56');
    await page.getByTestId('help-open').click();
    await page.getByTestId('step-help').waitFor();
    await page.getByTestId('help-close').click();
    await poll(() => page.getByTestId('form-firstName').inputValue()).toBe('Zoë');
    expect(await page.getByTestId('form-lastName').inputValue()).toBe('Vandersteene');
    expect(await page.getByTestId('form-phone').inputValue()).toBe('0470 12 34 56');
    expect(await page.getByTestId('form-municipality').inputValue()).toBe('Mesen');
  }));

test('4. "klaar, klik nu op Verzenden" only when the password hand-over is ticked and the neutral text is in the mail', () =>
  inPane(async ({ page }) => {
    await mesenReady(page);
    await chooseAttachment(page, SAMPLE);
    await encrypt(page);
    await page.getByTestId('encrypt-done').waitFor();

    expect(await check(page)).toBe('allowed');
    const result = page.getByTestId('check-allowed');
    await poll(() => result.textContent()).toContain(nl.checkTodoTitle);
    expect(await result.textContent()).not.toContain(nl.checkReady);
    expect(await result.textContent()).toContain(nl.todoPassOn);
    expect(await result.textContent()).toContain(nl.todoMailText);
    await expectAccessible(page);
    // Each item leads to its step: focus lands on the control to use.
    await page.getByRole('button', { name: nl.todoPassOn }).click();
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('passed-on');
    await page.keyboard.press('Space');
    await poll(() => result.textContent()).not.toContain(nl.todoPassOn);
    expect(await result.textContent()).not.toContain(nl.checkReady);

    await useNeutralText(page);
    expect(await check(page)).toBe('allowed');
    await poll(() => page.getByTestId('check-ready').textContent()).toBe(nl.checkReady);
    await expectAccessible(page);
  }));

test("5. the neutral text goes above the worker's own signature, and names no internal protocol code", () =>
  inPane(async ({ page }) => {
    await mesenReady(page);
    await chooseAttachment(page, SAMPLE);
    await encrypt(page);
    await page.getByTestId('encrypt-done').waitFor();
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    await poll(() => page.getByTestId('step-mail').textContent()).toContain(nl.mailExplain);
    expect(await page.getByTestId('proposed-body').textContent()).not.toContain('mesen-2024');

    await useNeutralText(page);
    const body = (await mailState(page)).body;
    // The text the worker had written is replaced; their signature (name, phone) stays under the neutral text.
    expect(body).not.toContain('In bijlage vindt u de doorverwijzing.');
    expect(body).toContain(`(referentie ${reference})`);
    // The neutral text's closing line, for Mesen in the fixture registry (test/fixtures/registry.json).
    const neutralBody = neutral.body({ reference, socialService: 'Sociale Dienst (OCMW) Mesen', localTeam: 'Kind en Gezin Ieper' });
    const closing = neutralBody.slice(neutralBody.lastIndexOf('\n') + 1);
    expect(body.indexOf(closing)).toBeLessThan(body.indexOf('Lotte Demuynck'));
    expect(body).toMatch(/Lotte Demuynck\nGezinsondersteuner, Kind en Gezin Ieper\nT 057 22 33 44$/);
    expect(body).not.toContain('mesen-2024');
    expect(body).not.toContain('protocol');
    await page.getByTestId('passed-on').check();
    expect(await check(page)).toBe('allowed');
  }));

test('6. location: "8957 Mesen" and "Mesen 8957" found, "895" is a postcode, near misses suggest Mesen, whom to ask; the postcode error is full width', () =>
  inPane(async ({ page }) => {
    const card = page.getByTestId('registered-mailbox');
    for (const typed of ['8957 Mesen', 'Mesen 8957']) {
      await chooseMunicipality(page, typed);
      await poll(() => card.textContent()).toBe('ocmw@mesen.be');
    }

    await chooseMunicipality(page, '895');
    const reasons = page.getByTestId('location-reasons');
    await poll(() => reasons.textContent()).toContain('postcode');
    expect(await reasons.textContent()).not.toContain('gemeente');

    for (const [typed, meant] of [
      ['Meesen', 'Mesen'],
      ['8958', '8957 Mesen'],
    ] as const) {
      await chooseMunicipality(page, typed);
      await poll(() => page.getByTestId('location-contact').textContent()).toBe(nl.noProtocolContact);
      await expectAccessible(page);
      await page.getByRole('button', { name: nl.didYouMean(meant) }).click();
      await poll(() => card.textContent()).toBe('ocmw@mesen.be');
      await poll(() => page.getByTestId('location-contact').count()).toBe(0);
    }

    // The form's postcode error gets the pane's width, not a narrow column.
    await setToRegistered(page);
    await tickConsent(page);
    await chooseInPaneForm(page);
    await page.getByTestId('form-postcode').fill('1000');
    await page.getByTestId('make-pdf').click();
    const message = page
      .locator('[data-testid="form-postcode"]')
      .locator('xpath=ancestor::div[contains(@class,"fui-Field")][1]')
      .locator('.fui-Field__validationMessage');
    await message.waitFor();
    await poll(async () => (await message.boundingBox())?.width ?? 0).toBeGreaterThan(300);
    await expectAccessible(page);
  }));

test('3. no phone number known: the pane says so plainly and what to do instead, without "register"', () =>
  inPane(async ({ page }) => {
    await mesenReady(page);
    await chooseAttachment(page, SAMPLE);
    await encrypt(page);
    const step = page.getByTestId('step-password');
    await poll(() => step.textContent()).toContain(nl.noPhone('Sociale Dienst (OCMW) Mesen'));
    expect((await step.textContent())?.toLowerCase()).not.toContain('register');
  }));

test('7. nothing is red before the worker acted: an empty To is no error; typing a phone clears the e-mail error', () =>
  inPane(async ({ page }) => {
    await chooseMunicipality(page, 'Mesen');
    const step = page.getByTestId('step-recipients');
    await poll(() => step.textContent()).toContain(nl.recipientsNone);
    expect(await step.locator('[data-reason]').count()).toBe(0);
    expect(await step.locator('.fui-MessageBar[class*="error"], [data-reason="recipient-missing"]').count()).toBe(0);

    await setToRegistered(page);
    await tickConsent(page);
    await chooseInPaneForm(page);
    await page.getByTestId('form-firstName').fill('Zoë');
    await page.getByTestId('form-lastName').fill('Vandersteene');
    await page.getByTestId('form-street').fill('Markt');
    await page.getByTestId('form-houseNumber').fill('3');
    await page.getByTestId('make-pdf').click();
    const emailField = page.getByTestId('form-email').locator('xpath=ancestor::div[contains(@class,"fui-Field")][1]');
    await emailField.locator('.fui-Field__validationMessage').waitFor();
    await page.getByTestId('form-phone').fill('0470 12 34 56');
    await poll(() => emailField.locator('.fui-Field__validationMessage').count()).toBe(0);
    expect(await page.getByTestId('form-email').getAttribute('aria-invalid')).not.toBe('true');
  }));

test('8. one message per recipient, a button named for what it does, and a short checklist that leads to each step', () =>
  inPane(async ({ page }) => {
    await sim(page, (c) => c.setRecipients('to', [{ emailAddress: 'ocmw@mesen.be' }]), null);
    await sim(page, (c) => c.setRecipients('cc', [{ emailAddress: 'collega@kindengezin.be' }]), null);
    await chooseMunicipality(page, 'Mesen');
    const cc = page.locator('[data-testid="recipient"][data-verdict="refused"]');
    await poll(() => cc.count()).toBe(1);
    expect(await cc.locator('[data-reason]').count()).toBe(1);
    // Only Cc is wrong: the button says it empties Cc and Bcc, not "Zet Aan op".
    await poll(() => page.getByTestId('set-recipients').textContent()).toBe(nl.clearCcBcc);

    await chooseAttachment(page, SAMPLE);
    const blockers = page.getByTestId('encrypt-blockers');
    await poll(() => blockers.textContent()).toContain(nl.todoConsent);
    expect(await blockers.textContent()).toContain(nl.todoRecipients);
    // Short: no repeat of the steps' own messages.
    expect(await blockers.locator('[data-reason]').count()).toBe(0);
    expect(await blockers.locator('li').count()).toBe(2);
    await expectAccessible(page);
    await page.getByRole('button', { name: nl.todoConsent }).click();
    await poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="step-consent"]') !== null)).toBe(true);
    await page.getByRole('button', { name: nl.todoRecipients }).click();
    await poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="step-recipients"]') !== null)).toBe(true);

    await page.getByTestId('set-recipients').click();
    await poll(() => page.getByTestId('confirm-remove').textContent()).toBe(nl.clearCcBcc);
    await page.getByTestId('confirm-remove').click();
    await poll(async () => (await mailState(page)).cc.length).toBe(0);
    expect((await mailState(page)).to.map((r) => r.emailAddress)).toEqual(['ocmw@mesen.be']);
  }));

test('10. the breach report starts with "Verstuurd naar" empty, and opens from a real button', () =>
  inPane(async ({ page }) => {
    await mesenReady(page);
    const open = page.getByTestId('help-open');
    // A button that looks like one: a visible border and background, not a pale text link.
    const look = await open.evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: style.borderTopColor, width: style.borderTopWidth };
    });
    expect(look.border).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.width).not.toBe('0px');
    await open.click();
    await page.getByTestId('step-help').waitFor();
    const sentTo = page.getByRole('textbox', { name: nl.helpFieldSentTo });
    await sentTo.waitFor();
    expect(await sentTo.inputValue()).toBe('');
    await expectAccessible(page);
  }));

test('9. focus goes on to the next thing to do; a lone attachment is chosen; the consent label is short and not grey', () =>
  inPane(async ({ page }) => {
    await sim(page, (c) => c.setRecipients('to', [{ emailAddress: 'collega@kindengezin.be' }]), null);
    await chooseMunicipality(page, 'Mesen');
    const activeStep = (): Promise<string | null> => page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('data-testid') ?? null);

    // "Annuleren" in the dialog: back on the button that opened it.
    await page.getByTestId('set-recipients').click();
    await page.getByRole('alertdialog').getByRole('button', { name: nl.cancel }).click();
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('set-recipients');
    // "Zet Aan op …": on to the consent.
    await page.getByTestId('set-recipients').click();
    await page.getByTestId('confirm-remove').click();
    await poll(activeStep).toBe('step-consent');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');

    // The consent label: short, in the text colour while unticked (not the grey of a disabled one).
    const label = page.getByTestId('step-consent').locator('label');
    const words = ((await label.textContent()) ?? '').trim().split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(20);
    const colour = (el: Element): string => getComputedStyle(el).color;
    const unticked = await label.evaluate(colour);
    await page.keyboard.press('Space');
    await poll(() => label.evaluate(colour)).toBe(unticked);

    // One attachment in the mail: choosing "a attachment of this mail" chooses it.
    await page.getByTestId('step-form').getByRole('radio', { name: nl.sourceAttachment }).check();
    await poll(() => page.getByRole('radio', { name: new RegExp(SAMPLE.replace('.', '\\.')) }).isChecked()).toBe(true);
    await poll(() => page.getByTestId('encrypt').isEnabled()).toBe(true);

    // Encrypted: focus on the password step's heading, not the top of the page.
    await page.getByTestId('encrypt').click();
    await page.getByTestId('encrypt-done').waitFor({ timeout: 60_000 });
    await poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('password-title');
    await expectAccessible(page);
  }));

test('11. the guide has the steps of the pane: the same numbers and names, and it warns about a leftover attachment', async () => {
  const guide = readFileSync(path.join(ROOT, 'docs', 'gebruikersgids.md'), 'utf8');
  const section = guide.slice(guide.indexOf('## De doorverwijzing in'), guide.indexOf('## Wat doet de maatschappelijk werker'));
  const guideSteps = [...section.matchAll(/^### (\d+\. .+)$/gm)].map((m) => m[1]);

  await inPane(async ({ page }) => {
    await mesenReady(page);
    await page.getByTestId('step-form').getByRole('radio', { name: nl.sourceAttachment }).check();
    await poll(() => page.getByTestId('encrypt').isEnabled()).toBe(true);
    await encrypt(page);
    await page.getByTestId('step-check').waitFor();
    const paneSteps = await page.locator('section > h2').allTextContents();
    expect(paneSteps).toHaveLength(8);
    expect(guideSteps).toEqual(paneSteps);
    expect(section).toContain(`## De doorverwijzing in acht stappen`);
    // The leftover attachment: the guide names the question the pane asks.
    expect(section).toContain(nl.leftoverConfirmTitle);
    expect(section).toContain(nl.leftoverConfirmEncrypt);
  });
});
