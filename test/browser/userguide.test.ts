// The pictures of the user guide (docs/gebruikersgids.md): the Kontich referral walked step by step
// at the task pane's width (450 px), one cropped picture per section of the pane, plus the
// "Verkeerd verstuurd?" view and one refusal.
//
// UPDATE_DOCS_SCREENSHOTS=1 (npm run docs:screenshots) writes them to docs/img/gebruikersgids/,
// which is committed. Otherwise they go to test-artifacts/gebruikersgids/ and the guide is checked
// against the committed pictures: every picture it shows exists, every picture taken here is shown,
// and no picture lies there unused. A step renamed here therefore fails until the guide follows.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, ROOT, openPane, openSession, type Session, poll } from './harness';
import {
  RANDOM_FILE,
  check,
  chooseAttachment,
  chooseMunicipality,
  encrypt,
  fillPaneForm,
  openHelp,
  openPaneOn,
  setRecipients,
  setToRegistered,
  tickConsent,
  useNeutralText,
  waitForPane,
} from './referralSteps';
import { BEFORE_KONTICH, TEST_NOW } from '../fixtures/time';
import { stepWords } from '../../src/words/paneSteps';

jest.setTimeout(120_000);

const GUIDE = path.join(ROOT, 'docs', 'gebruikersgids.md');
const DOCS_IMG = path.join(ROOT, 'docs', 'img', 'gebruikersgids');
const UPDATE = process.env.UPDATE_DOCS_SCREENSHOTS === '1';
const OUT = UPDATE ? DOCS_IMG : path.join(ARTIFACTS, 'gebruikersgids');

/** Every picture the guide shows, by the step it belongs to. */
const SHOTS = {
  location: '01-woonplaats',
  recipients: '02-ontvangers',
  confirmRecipients: '02-ontvangers-bevestigen',
  consent: '03-toestemming',
  formAttachment: '04-verwijsformulier-bijlage',
  formPane: '04-verwijsformulier-invullen',
  formLarge: '04-verwijsformulier-groot',
  encrypted: '05-versleutelen',
  password: '06-wachtwoord',
  mailText: '06-onderwerp-en-tekst',
  inlineImages: '06-afbeeldingen',
  check: '06-controle',
  help: '07-verkeerd-verstuurd',
  notYetInForce: '08-geweigerd-nog-niet-in-werking',
} as const;

// Kontich's protocol is in force from 28 February 2026.

let session: Session;
beforeAll(async () => {
  session = await openSession();
  if (UPDATE) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

async function paneOn(day: Date): Promise<{ page: Page; close(): Promise<void> }> {
  const { page, context } = await openPane(session, { width: 450 });
  await page.clock.setFixedTime(day);
  await page.reload();
  await waitForPane(page);
  return { page, close: () => context.close() };
}

/** One picture of one part of the pane (a step's section, a dialog), not the whole page. */
async function shoot(page: Page, target: Locator, name: (typeof SHOTS)[keyof typeof SHOTS]): Promise<void> {
  await target.waitFor();
  // Let dialogs and message bars finish fading in, or the picture shows them half there.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  // No focus ring or hover left over from the last click in the picture.
  await page.mouse.move(0, 0);
  await target.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

const step = (page: Page, id: string): Locator => page.getByTestId(`step-${id}`);

test('the Kontich referral, step by step (450 px)', async () => {
  const { page, close } = await paneOn(TEST_NOW);

  // 1. Woonplaats: the protocol card says who may receive it and that it is in force.
  await setRecipients(page, 'to', [{ emailAddress: 'collega@kindengezin.be' }]);
  await setRecipients(page, 'cc', [{ emailAddress: 'teamleider@kindengezin.be' }]);
  await chooseMunicipality(page, 'Kontich');
  await page.getByTestId('protocol-card').waitFor();
  await poll(() => page.getByTestId('protocol-card').textContent()).toContain('In werking');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await shoot(page, step(page, 'location'), SHOTS.location);

  // 2. Ontvangers: a colleague in To and a CC, both refused; the button sets To.
  await poll(() => page.locator('[data-testid="recipient"][data-verdict="refused"]').count()).toBe(2);
  await shoot(page, step(page, 'recipients'), SHOTS.recipients);
  await page.getByTestId('set-recipients').click();
  await shoot(page, page.getByRole('alertdialog'), SHOTS.confirmRecipients);
  await page.getByTestId('confirm-remove').click();
  await page.getByTestId('set-recipients').waitFor({ state: 'detached' });
  await poll(() => page.locator('[data-testid="recipient"][data-verdict="ok"]').count()).toBe(1);

  // 3. Toestemming.
  await tickConsent(page);
  await shoot(page, step(page, 'consent'), SHOTS.consent);

  // 4. Verwijsformulier: filled in in the pane (a made-up client) ...
  await fillPaneForm(page, {
    firstName: 'An',
    lastName: 'Voorbeeld',
    street: 'Molenstraat',
    houseNumber: '12',
    postcode: '2550',
    municipality: 'Kontich',
    phone: '0470 12 34 56',
  });
  await shoot(page, step(page, 'form'), SHOTS.formPane);
  // ... or, as this walk goes on, the form attached to the mail.
  await chooseAttachment(page);
  await shoot(page, step(page, 'form'), SHOTS.formAttachment);

  // 5. Versleutelen en vervangen.
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await shoot(page, step(page, 'encrypt'), SHOTS.encrypted);

  // 6. Wachtwoord doorgeven, onderwerp en tekst, controle.
  await shoot(page, step(page, 'password'), SHOTS.password);
  await useNeutralText(page);
  await shoot(page, step(page, 'mail'), SHOTS.mailText);
  await page.getByTestId('passed-on').check();
  expect(await check(page)).toBe('allowed');
  await shoot(page, step(page, 'check'), SHOTS.check);

  // Verkeerd verstuurd?: the DPOs of this protocol and the reference to give them.
  await openHelp(page);
  await poll(() => page.getByTestId('dpo-contacts').textContent()).toContain('luziane.lima@c-smart.be');
  await page.getByTestId('help-reference').waitFor();
  await shoot(page, step(page, 'help'), SHOTS.help);
  await close();
});

test('a 15 MB scan, and a logo in the signature (450 px)', async () => {
  const start = `${RANDOM_FILE(15 * 1024 * 1024)}
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    return { attachments: [{ name: 'Scan verwijsformulier.pdf', base64: window.__original }, { name: 'image001.png', bytes: png, isInline: true }] };`;
  const { page, context } = await openPaneOn(session, { width: 450, now: TEST_NOW, start });
  await chooseMunicipality(page, 'Kontich');
  await page.getByTestId('step-recipients').waitFor();
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page, 'Scan verwijsformulier.pdf');
  await page.getByTestId('size-plan').waitFor();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await shoot(page, step(page, 'form'), SHOTS.formLarge);
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await useNeutralText(page);
  await page.getByTestId('inline-images').waitFor();
  await shoot(page, step(page, 'mail'), SHOTS.inlineImages);
  await context.close();
});

test('a refusal: Kontich before its protocol is in force (450 px)', async () => {
  const { page, close } = await paneOn(BEFORE_KONTICH);
  await chooseMunicipality(page, 'Kontich');
  await page.getByTestId('location-reasons').waitFor();
  await poll(() => page.getByTestId('protocol-card').textContent()).toContain(stepWords.nl.notInForce);
  await poll(() => page.getByTestId('step-recipients').count()).toBe(0);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await shoot(page, step(page, 'location'), SHOTS.notYetInForce);
  await close();
});

test('the guide shows exactly the committed pictures, and every picture taken here', () => {
  const guide = readFileSync(GUIDE, 'utf8');
  const shown = [...guide.matchAll(/!\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '');
  const missing = shown.filter((rel) => !existsSync(path.resolve(path.dirname(GUIDE), rel)));
  expect(missing).toEqual([]);
  const shownHere = shown
    .map((rel) => path.resolve(path.dirname(GUIDE), rel))
    .filter((abs) => path.dirname(abs) === DOCS_IMG)
    .map((abs) => path.basename(abs));
  const taken = Object.values(SHOTS).map((name) => `${name}.png`);
  expect(taken.filter((file) => !shownHere.includes(file))).toEqual([]);
  const committed = existsSync(DOCS_IMG) ? readdirSync(DOCS_IMG).filter((f) => f.endsWith('.png')) : [];
  expect(committed.filter((file) => !shownHere.includes(file))).toEqual([]);
});
