// What the pane refuses, and how a team member sees it: the rules' own words, and the next steps
// closed (nothing can be encrypted or sent).
import { reason } from '../../src/domain/reasons';
import { REFERRAL_FIELD_LABELS, REFERRAL_FIELD_MAX_LENGTH } from '../../src/referral/form';
import * as formWords from '../../src/words/nl/form';
import { stepWords } from '../../src/words/paneSteps';
import { openPane, openSession, type Session, poll } from './harness';
import {
  after,
  before,
  check,
  chooseAttachment,
  chooseMunicipality,
  encrypt,
  expectAccessible,
  screenshot,
  setRecipients,
  setToRegistered,
  shownPassword,
  sim,
  tickConsent,
  waitForPane,
  chooseInPaneForm,
} from './referralSteps';

jest.setTimeout(90_000);

// The fixture registry's Kontich protocol (test/fixtures/registry.json), before it is in force.
const KONTICH_NOT_YET = reason('protocol-not-yet-in-force', { protocolId: 'kontich-2026', socialService: 'OCMW Kontich', inForceFrom: '2026-02-28' });
// Mesen's postcode field, as the form's check describes it (src/referral/form.ts, message()).
const MESEN_POSTCODE = {
  label: REFERRAL_FIELD_LABELS.postcode.nl,
  max: REFERRAL_FIELD_MAX_LENGTH.postcode,
  street: false,
  municipality: 'Mesen',
  postcodes: '8957',
};

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

async function pane(width: number, now?: Date) {
  const opened = await openPane(session, { width });
  if (now) {
    await opened.page.clock.setFixedTime(now);
    await opened.page.reload();
  }
  await waitForPane(opened.page);
  return opened;
}

test.each([320, 450])('unknown postcode: no protocol, the rest of the flow stays closed (%i px)', async (width) => {
  const { page, context } = await pane(width);
  await chooseMunicipality(page, '9999');
  const reasons = page.getByTestId('location-reasons');
  await reasons.waitFor();
  await poll(() => reasons.textContent()).toContain(before(reason('protocol-not-found', { by: 'postcode', value: '9999' }).message.nl, '.'));
  await poll(() => page.getByTestId('step-recipients').count()).toBe(0);
  await poll(() => page.getByTestId('encrypt').count()).toBe(0);
  await screenshot(page, 'refused-unknown-postcode');
  await expectAccessible(page);
  await context.close();
});

test.each([320, 450])('Kontich before 28 February 2026: not yet in force, nothing can be sent (%i px)', async (width) => {
  const { page, context } = await pane(width, new Date('2026-02-20T10:00:00+01:00'));
  await chooseMunicipality(page, 'Kontich');
  await page.getByTestId('location-reasons').waitFor();
  await poll(() => page.getByTestId('location-reasons').textContent()).toContain(after(before(KONTICH_NOT_YET.message.nl, '. '), ' is '));
  await poll(() => page.getByTestId('protocol-card').textContent()).toContain(stepWords.nl.notInForce);
  await poll(() => page.getByTestId('step-recipients').count()).toBe(0);
  await screenshot(page, 'refused-not-yet-in-force');
  await expectAccessible(page);
  await context.close();
});

test('a wrong and an extra recipient: each gets its verdict, encryption stays closed; the button fixes To after confirmation', async () => {
  const { page, context } = await pane(450);
  await setRecipients(page, 'to', [{ emailAddress: 'ocmw@mesen.be' }, { emailAddress: 'sociale.dienst@kontich.be' }]);
  await setRecipients(page, 'bcc', [{ emailAddress: 'archief@kindengezin.be' }]);
  await chooseMunicipality(page, '2550');
  await page.getByTestId('recipient-list').waitFor();
  await poll(() => page.getByTestId('recipient-list').locator('[data-reason="recipient-wrong-social-service"]').count()).toBe(1);
  await poll(() => page.getByTestId('recipient-list').locator('[data-reason="recipient-bcc"]').count()).toBe(1);
  await poll(() => page.locator('[data-testid="recipient"][data-verdict="ok"]').count()).toBe(1);
  await tickConsent(page);
  await chooseAttachment(page);
  await poll(() => page.getByTestId('encrypt').isDisabled()).toBe(true);
  // The checklist leads to step 2, where the recipient's own message says what is wrong.
  await poll(() => page.getByTestId('encrypt-blockers').textContent()).toContain(stepWords.nl.todoRecipients);
  await screenshot(page, 'refused-wrong-recipient');
  await expectAccessible(page);
  // Cancelling the confirmation changes nothing.
  await page.getByTestId('set-recipients').click();
  await page.getByRole('button', { name: stepWords.nl.cancel }).click();
  await poll(() => sim(page, (c) => c.inspect().to.length, null)).toBe(2);
  await setToRegistered(page);
  await poll(() => page.getByTestId('encrypt').isEnabled()).toBe(true);
  await context.close();
});

test('a look-alike recipient is named as an imitation of the registered mailbox (followed live from Outlook)', async () => {
  const { page, context } = await pane(320);
  await chooseMunicipality(page, 'Kontich');
  await page.getByTestId('step-recipients').waitFor();
  // As if the team member typed it in Outlook while the pane is open (RecipientsChanged).
  await setRecipients(page, 'to', [{ emailAddress: 'sociale.dienst@k0ntich.be' }]);
  await page.locator('[data-reason^="recipient-lookalike"]').first().waitFor();
  await poll(() => page.locator('[data-reason^="recipient-lookalike"]').first().textContent()).toContain('lijkt erop');
  await screenshot(page, 'refused-lookalike');
  await expectAccessible(page);
  await context.close();
});

test('consent unticked: encryption is closed and the reason says why', async () => {
  const { page, context } = await pane(450);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await chooseAttachment(page);
  await poll(() => page.getByTestId('encrypt').isDisabled()).toBe(true);
  await poll(() => page.getByTestId('encrypt-blockers').textContent()).toContain(stepWords.nl.todoConsent);
  await poll(() => page.getByTestId('consent-reasons').locator('[data-reason="consent-missing"]').count()).toBe(1);
  await screenshot(page, 'refused-consent');
  await expectAccessible(page);
  await context.close();
});

test('the password typed into the body: the final check refuses', async () => {
  const { page, context } = await pane(450);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  const password = await shownPassword(page);
  await page.getByTestId('use-text').click();
  await page.getByTestId('text-written').waitFor();
  await sim(page, (c, p) => c.setBody(`Beste,\n\nHet wachtwoord is ${p.toLowerCase().replace(/-/g, ' ')}.\n`), password);
  expect(await check(page)).toBe('refused');
  await poll(() => page.locator('[data-testid="check-refused"] [data-reason="content-password"]').count()).toBe(1);
  // The pane never shows the password back inside a reason.
  await poll(() => page.getByTestId('check-refused').textContent()).not.toContain(password);
  await screenshot(page, 'refused-password-in-body');
  await expectAccessible(page);
  await context.close();
});

test('the in-pane form refuses a postcode outside the municipality and an invalid phone, field by field, and makes no PDF', async () => {
  const { page, context } = await pane(320);
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
  await chooseInPaneForm(page);
  for (const [key, value] of Object.entries({
    firstName: 'An',
    lastName: 'Peeters',
    street: 'Markt',
    houseNumber: '3',
    postcode: '2550',
    municipality: 'Mesen',
    phone: '0470 12 34 5',
  })) {
    await page.getByTestId(`form-${key}`).fill(value);
  }
  await page.getByTestId('make-pdf').click();
  await poll(() => page.getByTestId('step-form').textContent()).toContain(before(formWords.errors['postcode-not-in-municipality'](MESEN_POSTCODE), '.'));
  await poll(() => page.getByTestId('step-form').textContent()).toContain(before(formWords.errors['invalid-phone'](), '.'));
  await poll(() => page.getByTestId('form-postcode').getAttribute('aria-invalid')).toBe('true');
  await poll(() => page.getByTestId('form-phone').getAttribute('aria-invalid')).toBe('true');
  // Focus goes to the first field in error, so a keyboard user lands on it.
  await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('form-postcode');
  await poll(() => page.getByTestId('pdf-ready').count()).toBe(0);
  await poll(() => page.getByTestId('encrypt').isDisabled()).toBe(true);
  await screenshot(page, 'refused-form-fields');
  await expectAccessible(page);
  await context.close();
});

test('an address that carries the registered mailbox is a look-alike; the mailbox with its local part quoted is the mailbox', async () => {
  const { page, context } = await pane(320);
  await chooseMunicipality(page, 'Kontich');
  await page.getByTestId('step-recipients').waitFor();
  await setRecipients(page, 'to', [{ emailAddress: 'sociale.dienst.kontich.be@gmail.com' }]);
  const lookalike = page.getByTestId('recipient-list').locator('[data-reason="recipient-lookalike-embedded"]');
  await lookalike.first().waitFor();
  await poll(() => lookalike.first().textContent()).toContain('bevat de geregistreerde mailbox');
  await poll(() => lookalike.first().textContent()).toContain('sociale.dienst@kontich.be');
  await setRecipients(page, 'to', [{ emailAddress: '"sociale.dienst"@kontich.be' }]);
  await poll(() => page.locator('[data-testid="recipient"][data-verdict="ok"]').count()).toBe(1);
  await poll(() => page.locator('[data-reason^="recipient-"]').count()).toBe(0);
  await expectAccessible(page);
  await context.close();
});
