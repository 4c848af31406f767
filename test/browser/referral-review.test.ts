// What a non-technical reader of the pane found, each as the team member would meet it: the
// password confirmation, the protocol card's start date, the form's contact labels and layout,
// the password's words in reading order, and a mail that already holds an encrypted referral when the
// pane is opened again.
import type { Page } from 'playwright-core';
import { REFERRAL_HEADER_NAMES } from '../../src/domain/marker';
import { wordList } from '../../src/domain/passwordWords';
import { REFERRAL_FIELD_LABELS } from '../../src/referral/form';
import { stepWords } from '../../src/words/paneSteps';
import type { SimulatedMessage } from '../../src/office/simulatedMailbox';
import { openPane, openSession, serveOfficeJsLocally, type Session, poll } from './harness';
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
  open7z,
  screenshot,
  setToRegistered,
  shownPassword,
  sim,
  tickConsent,
  waitForPane,
} from './referralSteps';
import { BEFORE_KONTICH, TEST_NOW } from '../fixtures/time';

jest.setTimeout(120_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

async function paneOn(width: number, day: Date, query = ''): Promise<{ page: Page; close(): Promise<void> }> {
  const { page, context } = await openPane(session, { width, query });
  await page.clock.setFixedTime(day);
  await page.reload();
  await waitForPane(page);
  return { page, close: () => context.close() };
}

/** Mesen, the form attached to the mail, encrypted: the password step is showing. */
async function encryptedMesen(page: Page): Promise<void> {
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
}

type Box = { x: number; y: number; width: number; height: number };
async function box(page: Page, selector: string, index = 0): Promise<Box> {
  const b = await page.locator(selector).nth(index).boundingBox();
  if (!b) throw new Error(`${selector} #${index} is not on screen`);
  return b;
}

test.each([320, 450])(
  'password step at %i px: passed on BEFORE sending; the words numbered one under the other are exactly what is typed, copied and sent by SMS',
  async (width) => {
    const { page, close } = await paneOn(width, TEST_NOW);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await encryptedMesen(page);
    const t = stepWords.nl;
    const section = page.getByTestId('step-password');
    const label = (await section.locator('label').filter({ hasText: t.passedOnLabel }).textContent()) ?? '';
    expect(label).toBe(t.passedOnLabel);

    // Seven words of the list, numbered 1 to 7, each on its own line, in reading order.
    const words = section.getByTestId('password-word');
    await poll(() => words.count()).toBe(7);
    const shown = await words.allTextContents();
    for (const w of shown) expect(wordList()).toContain(w);
    const rows = section.getByTestId('password').locator('li');
    const boxes = await Promise.all([0, 1, 2, 3, 4, 5, 6].map((i) => box(page, '[data-testid="password"] li', i)));
    for (let i = 0; i < 7; i++) {
      expect((await rows.nth(i).textContent()) ?? '').toBe(`${i + 1}${shown[i]}`);
      expect(await rows.nth(i).getAttribute('aria-label')).toBe(`${t.passwordWord(i + 1)}: ${shown[i]}`);
      if (i > 0) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
      if (i > 0) expect(Math.abs(boxes[i]!.x - boxes[0]!.x)).toBeLessThan(2);
    }
    // Large: the words in the hero size, far above the body text.
    const wordSize = await words.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(wordSize).toBeGreaterThanOrEqual(24);

    // What is shown is what is typed, what the copy button copies and what the SMS says.
    const typed = await shownPassword(page);
    expect(typed).toBe(shown.join('-'));
    expect(await section.getByTestId('password').getAttribute('data-password')).toBe(typed);
    await poll(() => section.getByText(t.passwordTypedLabel, { exact: true }).count()).toBe(1);
    await section.getByTestId('copy-password').click();
    await poll(() => section.getByText(t.copied, { exact: true }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(typed);
    const sms = (await section.getByTestId('sms-link').getAttribute('href')) ?? '';
    expect(decodeURIComponent(sms.replace(/^sms:\?&body=/, ''))).toBe(t.smsText((await page.getByTestId('reference').textContent()) ?? '', typed));
    // Read out as words: the instruction says so, and no spelling alphabet is shown.
    await poll(() => section.getByText(t.readOut, { exact: true }).count()).toBe(1);
    expect(await section.getByTestId('spelling-group').count()).toBe(0);

    // 7-Zip opens the zip with exactly the typed line.
    const mail = await mailState(page);
    const zip = await sim(page, (c, id) => c.attachmentBase64(id), mail.attachments[0]?.id ?? '');
    expect([...open7z(zip ?? '', typed).keys()]).toHaveLength(1);
    await expectAccessible(page);
    await screenshot(page, `review-password`);
    await close();
  },
);

test('protocol card: "In werking vanaf" before the start date and after it (nl and en)', async () => {
  const notYet = await paneOn(450, BEFORE_KONTICH);
  await chooseMunicipality(notYet.page, 'Kontich');
  const card = notYet.page.getByTestId('protocol-card');
  await card.waitFor();
  await poll(() => card.textContent()).toContain(stepWords.nl.notInForce);
  await poll(() => card.textContent()).toContain(`${stepWords.nl.cardInForceFrom}28 februari 2026`);
  await poll(() => card.textContent()).not.toContain('sinds');
  await notYet.close();

  const inForce = await paneOn(450, TEST_NOW, '?displayLanguage=en-US');
  await chooseMunicipality(inForce.page, 'Kontich');
  await inForce.page.getByTestId('protocol-card').waitFor();
  await poll(() => inForce.page.getByTestId('protocol-card').textContent()).toContain(`${stepWords.en.cardInForceFrom}28 February 2026`);
  await inForce.close();
});

test('pane form (450 px): phone and e-mail say one of the two is needed, Straat lines up with Huisnummer, a change means a new PDF', async () => {
  const { page, close } = await paneOn(450, TEST_NOW);
  await chooseMunicipality(page, 'Kontich');
  await page.getByTestId('step-recipients').waitFor();
  await fillPaneForm(page, {
    firstName: 'An',
    lastName: 'Voorbeeld',
    street: 'Molenstraat',
    houseNumber: '12',
    postcode: '2550',
    municipality: 'Kontich',
    phone: '0470 12 34 56',
  });
  const form = page.getByTestId('step-form');
  await poll(() => form.textContent()).not.toContain('optioneel');
  await poll(() => form.getByText(`${REFERRAL_FIELD_LABELS.phone.nl} ${stepWords.nl.formOrEmail}`, { exact: true }).count()).toBe(1);
  await poll(() => form.getByText(`${REFERRAL_FIELD_LABELS.email.nl} ${stepWords.nl.formOrPhone}`, { exact: true }).count()).toBe(1);

  // The boxes of a row line up, whatever hint sits under one of them.
  const street = await box(page, '[data-testid="form-street"]');
  const number = await box(page, '[data-testid="form-houseNumber"]');
  expect(Math.abs(street.y - number.y)).toBeLessThan(1);
  const municipality = await box(page, '[data-testid="form-municipality"]');
  const postcode = await box(page, '[data-testid="form-postcode"]');
  expect(Math.abs(municipality.y - postcode.y)).toBeLessThan(1);

  // With the PDF made, the fields cannot change unseen: "Gegevens aanpassen" discards it, says so.
  await poll(() => page.getByTestId('form-firstName').getAttribute('readonly')).not.toBeNull();
  await page.getByTestId('form-edit').click();
  await page.getByTestId('pdf-remake').waitFor();
  await poll(() => page.getByTestId('pdf-ready').count()).toBe(0);
  await poll(() => page.getByTestId('pdf-remake').textContent()).toContain(before(after(stepWords.nl.formRemake, '. '), ' als'));
  await expectAccessible(page);
  await page.getByTestId('form-street').fill('Kerkstraat');
  await page.getByTestId('make-pdf').click();
  await page.getByTestId('pdf-ready').waitFor();
  await poll(() => page.getByTestId('pdf-remake').count()).toBe(0);
  await close();
});

/** A mail as the pane left it after encrypting, to hand a new pane at start. */
type LeftMail = {
  message: { to: Array<{ emailAddress: string }>; subject: string; body: string; headers: Record<string, string> };
  zipName: string;
  zipBase64: string;
  password: string;
  reference: string;
};

async function mailLeftBehind(): Promise<LeftMail> {
  const { page, close } = await paneOn(450, TEST_NOW);
  await encryptedMesen(page);
  const password = await shownPassword(page);
  const reference = (await page.getByTestId('reference').textContent()) ?? '';
  const mail = await mailState(page);
  const zip = mail.attachments[0];
  if (!zip) throw new Error('no zip');
  const zipBase64 = (await sim(page, (c, id) => c.attachmentBase64(id), zip.id)) ?? '';
  await close();
  return { message: { to: mail.to, subject: mail.subject, body: mail.body, headers: mail.headers }, zipName: zip.name, zipBase64, password, reference };
}

/** Opens the pane again on that mail, as Outlook would hand it over. */
async function reopen(left: LeftMail, width = 450): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await session.browser.newContext({ viewport: { width, height: 900 } });
  await serveOfficeJsLocally(context);
  await context.addInitScript((m: LeftMail) => {
    const bytes = Uint8Array.from(atob(m.zipBase64), (ch) => ch.charCodeAt(0));
    const start: Partial<SimulatedMessage> = { ...m.message, attachments: [{ name: m.zipName, bytes }] };
    (window as unknown as { __simulatedOutlookStart: Partial<SimulatedMessage> }).__simulatedOutlookStart = start;
  }, left);
  const page = await context.newPage();
  await page.clock.setFixedTime(TEST_NOW);
  await page.goto(`${session.server.url}taskpane.html`);
  await waitForPane(page);
  return { page, close: () => context.close() };
}

describe('reopening the pane on a mail that already holds our encrypted referral', () => {
  let left: LeftMail;
  beforeAll(async () => {
    left = await mailLeftBehind();
  });

  test('says so with the reference, and encrypting waits for the decision', async () => {
    const { page, close } = await reopen(left);
    const found = page.getByTestId('prior-found');
    await found.waitFor();
    await poll(() => found.textContent()).toContain(`Deze mail bevat al een versleutelde doorverwijzing (referentie ${left.reference}).`);
    await poll(() => found.textContent()).toContain('heeft u het niet meer, verwijder dan de zip en begin opnieuw');
    await expectAccessible(page);
    await screenshot(page, 'review-prior-found');

    // The rest of the flow waits for the decision.
    await chooseMunicipality(page, 'Mesen');
    await page.getByTestId('step-recipients').waitFor();
    await tickConsent(page);
    await page
      .getByTestId('step-form')
      .getByRole('radio', { name: /bijlage van deze mail/ })
      .check();
    await poll(() => page.getByTestId('encrypt').isDisabled()).toBe(true);
    await poll(() => page.getByTestId('encrypt-blockers').textContent()).toContain(before(stepWords.nl.priorFirst, ' wat'));
    // Nothing of the form attached here: the pane never offers its own zip as "the form".
    await poll(() =>
      page
        .getByTestId('step-form')
        .getByRole('radio', { name: /doorverwijzing-KG-/ })
        .count(),
    ).toBe(0);
    await close();
  });

  test('remove, then a new referral: the check passes, nothing is called "not encrypted by the add-in"', async () => {
    const { page, close } = await reopen(left);
    await page.getByTestId('prior-found').waitFor();
    await page.getByTestId('prior-remove').click();
    await page.getByTestId('prior-removed').waitFor();
    const cleared = await mailState(page);
    expect(cleared.attachments).toEqual([]);
    expect(Object.keys(cleared.headers).filter((h) => /^x-kg-/i.test(h))).toEqual([]);
    await expectAccessible(page);

    await chooseMunicipality(page, 'Mesen');
    await page.getByTestId('step-recipients').waitFor();
    await tickConsent(page);
    await fillPaneForm(page, {
      firstName: 'An',
      lastName: 'Voorbeeld',
      street: 'Markt',
      houseNumber: '1',
      postcode: '8957',
      municipality: 'Mesen',
      email: 'an@voorbeeld.be',
    });
    await encrypt(page);
    await page.getByTestId('encrypt-done').waitFor();
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    expect(reference).not.toBe(left.reference);
    await page.getByTestId('use-text').click();
    await page.getByTestId('text-written').waitFor();
    expect(await check(page)).toBe('allowed');
    const mail = await mailState(page);
    expect(mail.attachments.map((a) => a.name)).toEqual([`doorverwijzing-${reference}.zip`]);
    await close();
  });

  test('keep (the password is still known): straight to the text and the check, which passes; the old zip still opens with it', async () => {
    const { page, close } = await reopen(left);
    await page.getByTestId('prior-keep').click();
    await page.getByTestId('prior-kept').waitFor();
    await poll(() => page.getByTestId('prior-kept').textContent()).toContain(left.reference);
    await poll(() => page.getByTestId('step-encrypt').count()).toBe(0);
    await expectAccessible(page);
    expect(await check(page)).toBe('allowed');
    await screenshot(page, 'review-prior-kept');
    const mail = await mailState(page);
    expect(mail.attachments.map((a) => a.name)).toEqual([left.zipName]);
    expect(open7z(left.zipBase64, left.password).size).toBe(1);
    await close();
  });

  test('headers that cannot be removed: the pane says so and the mail keeps its marker (Send still refuses it)', async () => {
    const { page, close } = await reopen(left);
    await page.getByTestId('prior-found').waitFor();
    await sim(page, (c) => c.faults.failAlways('removeInternetHeaders', 'failed'), null);
    await page.getByTestId('prior-remove').click();
    await page.getByTestId('prior-remove-failed').waitFor();
    const mail = await mailState(page);
    expect(REFERRAL_HEADER_NAMES.every((h) => Object.keys(mail.headers).some((k) => k.toLowerCase() === h.toLowerCase()))).toBe(true);
    await expectAccessible(page);
    // Once Outlook cooperates again, the same button finishes the job.
    await sim(page, (c) => c.faults.clear(), null);
    await page.getByTestId('prior-remove').click();
    await page.getByTestId('prior-removed').waitFor();
    await close();
  });
});
