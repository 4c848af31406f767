// Steps a team member takes in the pane, as browser-test helpers (shared by referral*.test.ts and
// faults.test.ts), plus what a test needs from the simulated Outlook and from 7-Zip.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, axeViolations, formatViolations, poll, serveOfficeJsLocally, type PageProblems, type Session } from './harness';
import { startWords } from '../../src/words/paneStart';
import { stepWords } from '../../src/words/paneSteps';

export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots');

export type SimRecipient = { emailAddress: string; displayName?: string; recipientType?: 'user' | 'externalUser' | 'distributionList' | 'other' };
export type SimAttachment = { id: string; name: string; size: number; isInline: boolean; attachmentType: string };
export type SimState = {
  to: Array<{ emailAddress: string }>;
  cc: Array<{ emailAddress: string }>;
  bcc: Array<{ emailAddress: string }>;
  subject: string;
  body: string;
  attachments: SimAttachment[];
  headers: Record<string, string>;
  sessionData: Record<string, string>;
};

type Control = {
  inspect(): SimState & { attachments: Array<SimAttachment & { bytes: unknown }> };
  addAttachment(attachment: { name: string; bytes?: Uint8Array; base64?: string; isInline?: boolean }): string;
  setSubject(subject: string): void;
  newMessages(): Array<{ to: string[]; subject: string; body: string }>;
  attachmentBase64(id: string): string | null;
  setRecipients(field: string, list: SimRecipient[]): void;
  setBody(body: string): void;
  removeAttachment(id: string): boolean;
  faults: {
    failNext(method: string, code: string, times?: number, o?: { applied?: boolean }): void;
    failAlways(method: string, code: string, o?: { applied?: boolean }): void;
    clear(method?: string): void;
  };
  calls(): Array<{ method: string; outcome: string }>;
};

/** Runs `fn` against window.__simulatedOutlook in the page. */
/**
 * The opening of a catalogue sentence, up to `mark`: for a test that checks only that part, so the
 * words still come from the catalogue. Throws when the mark is gone, so a reworded entry fails.
 */
export function before(sentence: string, mark: string): string {
  const at = sentence.indexOf(mark);
  if (at < 0) throw new Error(`"${mark}" is not in "${sentence}"`);
  return sentence.slice(0, at);
}

/** The rest of a catalogue sentence after `mark`; throws when the mark is gone, like `before`. */
export function after(sentence: string, mark: string): string {
  const at = sentence.indexOf(mark);
  if (at < 0) throw new Error(`"${mark}" is not in "${sentence}"`);
  return sentence.slice(at + mark.length);
}

/** Sentence `n` of a catalogue text (from the end when negative), with its full stop. */
export function sentence(text: string, n: number): string {
  const all = text.split(/(?<=\.) /);
  const one = all[n < 0 ? all.length + n : n];
  if (one === undefined) throw new Error(`no sentence ${n} in "${text}"`);
  return one;
}

export function sim<T, A>(page: Page, fn: (control: Control, arg: A) => T, arg: A): Promise<T> {
  return page.evaluate(
    ([source, a]) => {
      const control = (window as unknown as { __simulatedOutlook: Control }).__simulatedOutlook;
      // The function travels as text (page.evaluate cannot pass closures); tests own it.
      const f = new Function(`return (${source as string})`)() as (c: Control, x: unknown) => unknown;
      return f(control, a);
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>;
}

export async function mailState(page: Page): Promise<SimState> {
  return sim(
    page,
    (c) => {
      const s = c.inspect();
      // Bytes stay in the page (a Uint8Array does not survive the trip); attachmentBase64 fetches them.
      return {
        ...s,
        attachments: s.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, isInline: a.isInline, attachmentType: a.attachmentType })),
      };
    },
    null,
  );
}

export async function waitForPane(page: Page): Promise<void> {
  await page.getByRole('heading', { name: new RegExp(`${startWords.nl.title}|${startWords.en.title}`) }).waitFor();
  await page.getByRole('combobox').waitFor();
  // The tests run the preview: its banner (loaded apart from the first screen's code) is part of it.
  await page.getByTestId('preview-banner').waitFor();
}

export async function chooseMunicipality(page: Page, text: string): Promise<void> {
  const input = page.getByRole('combobox');
  await input.fill(text);
  await input.press('Enter');
  await input.press('Escape');
}

export async function setRecipients(page: Page, field: 'to' | 'cc' | 'bcc', list: SimRecipient[]): Promise<void> {
  await sim(page, (c, a) => c.setRecipients(a.field, a.list), { field, list });
}

export async function setToRegistered(page: Page): Promise<void> {
  const button = page.getByTestId('set-recipients');
  await button.click();
  // Other recipients first ask for a confirmation; wait for whichever comes, not a single look.
  const confirm = page.getByTestId('confirm-remove');
  await poll(async () => (await confirm.isVisible()) || (await button.count()) === 0 || (await button.isDisabled())).toBe(true);
  if (await confirm.isVisible()) await confirm.click();
  await button.waitFor({ state: 'detached' });
}

export async function tickConsent(page: Page): Promise<void> {
  await page.getByTestId('step-consent').getByRole('checkbox').check();
}

export async function chooseAttachment(page: Page, name = 'Doorverwijzing formulier.pdf'): Promise<void> {
  await page
    .getByTestId('step-form')
    .getByRole('radio', { name: /bijlage van deze mail|attachment of this mail/ })
    .check();
  await page.getByRole('radio', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
}

/** Step 4: the referral form is filled in here, in the pane. */
export async function chooseInPaneForm(page: Page): Promise<void> {
  await page
    .getByTestId('step-form')
    .getByRole('radio', { name: new RegExp(`^(${stepWords.nl.sourcePaneForm}|${stepWords.en.sourcePaneForm})$`) })
    .check();
}

export type FormValues = {
  firstName: string;
  lastName: string;
  street: string;
  houseNumber: string;
  postcode: string;
  municipality: string;
  phone?: string;
  email?: string;
};

export async function fillPaneForm(page: Page, v: FormValues): Promise<void> {
  await page
    .getByTestId('step-form')
    .getByRole('radio', { name: /hier invullen|here/ })
    .check();
  for (const [key, value] of Object.entries(v)) {
    if (value !== undefined) await page.getByTestId(`form-${key}`).fill(value);
  }
  await page.getByTestId('make-pdf').click();
  await page.getByTestId('pdf-ready').waitFor();
}

/** The states a run can end in, each with its own message (one state, one message). */
export const ENCRYPT_OUTCOMES = ['encrypt-done', 'encrypt-failed', 'encrypt-uncertain', 'encrypt-unfinished', 'original-held', 'prior-found'] as const;

/**
 * "Versleutel en vervang"; when other attachments would travel unencrypted, the pane asks to
 * remove them first, and the team member agrees (referral-hesitation.test.ts tests the question).
 */
export async function encrypt(page: Page): Promise<void> {
  await page.getByTestId('encrypt').click();
  const outcome = page.locator([...ENCRYPT_OUTCOMES, 'leftover-confirm'].map((id) => `[data-testid="${id}"]`).join(', ')).first();
  await outcome.waitFor({ timeout: 60_000 });
  if ((await outcome.getAttribute('data-testid')) === 'leftover-confirm') await page.getByTestId('leftover-confirm').click();
  await page
    .locator(ENCRYPT_OUTCOMES.map((id) => `[data-testid="${id}"]`).join(', '))
    .first()
    .waitFor({ timeout: 60_000 });
}

/** Step 7: "Gebruik deze tekst" puts the neutral subject and body in the mail. */
export async function useNeutralText(page: Page): Promise<void> {
  await page.getByTestId('use-text').click();
  await page.getByTestId('text-written').waitFor();
}

/** The "Verkeerd verstuurd?" view, with the DPO contacts shown. */
export async function openHelp(page: Page): Promise<void> {
  await page.getByTestId('help-open').click();
  await page.getByTestId('step-help').waitFor();
}

/** The password as the pane shows it to be typed; the numbered words above it must say the same. */
export async function shownPassword(page: Page): Promise<string> {
  const typed = (await page.getByTestId('password-typed').textContent()) ?? '';
  const words = await page.getByTestId('password-word').allTextContents();
  if (words.join('-') !== typed) throw new Error(`the words shown (${words.join(' ')}) are not the password to type (${typed})`);
  return typed;
}

export async function check(page: Page): Promise<'allowed' | 'refused' | 'asks' | 'failed'> {
  await page.getByTestId('check').click();
  const result = page.locator(
    '[data-testid="check-allowed"], [data-testid="check-refused"], [data-testid="check-asks"], [data-testid="check-result"] .fui-MessageBar',
  );
  await result.first().waitFor();
  if (await page.getByTestId('check-allowed').isVisible()) return 'allowed';
  if (await page.getByTestId('check-refused').isVisible()) return 'refused';
  if (await page.getByTestId('check-asks').isVisible()) return 'asks';
  return 'failed';
}

/** Extracts the zip with 7-Zip and the password; returns the files in it (name -> bytes). */
export function open7z(zipBase64: string, password: string): Map<string, Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pane-zip-'));
  try {
    const zip = path.join(dir, 'in.zip');
    writeFileSync(zip, Buffer.from(zipBase64, 'base64'));
    const out = path.join(dir, 'out');
    // -p always: without it 7zz waits for a password prompt.
    execFileSync('7zz', ['x', `-p${password}`, `-o${out}`, '-y', zip], { timeout: 20_000, stdio: 'pipe' });
    return new Map(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Zero axe violations, or a readable list of them. Tabster (Fluent's focus manager) puts
 * invisible `<i data-tabster-dummy aria-hidden tabindex=0>` guards at the edges of the page that
 * pass focus on the moment they get it; axe's aria-hidden-focus flags them. Fluent's own
 * accessibility tests exclude them; so do we, for that rule only, and only for those elements.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // A dialog or message bar still fading in has, for that moment, too little contrast.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const violations = (await axeViolations(page))
    .map((v) => (v.id === 'aria-hidden-focus' ? { ...v, nodes: v.nodes.filter((n) => !/^\["i:nth-child\(\d+\)"\]$/.test(n)) } : v))
    .filter((v) => v.nodes.length > 0);
  if (violations.length > 0) throw new Error(`axe violations:\n${formatViolations(violations)}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  // Let dialogs and message bars finish fading in, or the picture shows them half there.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
}

/**
 * The pane opened on a mail prepared in the page before the pane's scripts run (large attachments
 * are made there: 15 MB need not cross the DevTools protocol). `start` is the body of a function
 * that returns the simulated message's start (Partial<SimulatedMessage>); it runs in the page.
 */
export async function openPaneOn(
  session: Session,
  options: { width?: number; now?: Date; start: string; query?: string },
): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }> {
  const context = await session.browser.newContext({ viewport: { width: options.width ?? 450, height: 900 } });
  await serveOfficeJsLocally(context);
  await context.addInitScript(`window.__simulatedOutlookStart = (function () { ${options.start} })();`);
  const page = await context.newPage();
  const problems: PageProblems = { console: [], csp: [], pageErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  if (options.now) await page.clock.setFixedTime(options.now);
  await page.goto(`${session.server.url}taskpane.html${options.query ?? ''}`);
  await waitForPane(page);
  return { page, context, problems };
}

/**
 * Page-side source for openPaneOn: `size` random bytes as bare base64, under window.__original
 * (base64) and window.__originalSha256 (a promise of its hex SHA-256), to compare with what 7-Zip
 * takes out of the zip.
 */
export const RANDOM_FILE = (size: number): string => `
  const size = ${size};
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
  const parts = [];
  for (let i = 0; i < size; i += 3 * 8192) parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + 3 * 8192))));
  window.__original = parts.join('');
  window.__originalSha256 = crypto.subtle.digest('SHA-256', bytes).then((d) => [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join(''));
`;

/** Extracts the zip with 7-Zip and the password; the one file in it, as bytes. */
export function openOnly7z(zipBase64: string, password: string): Buffer {
  const files = [...open7z(zipBase64, password).values()];
  if (files.length !== 1 || !files[0]) throw new Error(`expected one file in the zip, found ${files.length}`);
  return files[0];
}
