// `npm run bench:effort`: what a referral costs the team member in the preview at 450 px: clicks
// (and key presses that act, such as Enter in the municipality field) and fields typed, for three
// paths, and the page's height right after encrypting. Builds dist/ (`npm run build:web`) unless
// BENCH_NO_BUILD=1. Each path is walked as a team member would, doing only what the pane asks:
// - happy: Mesen, the filled-in form already attached, To empty;
// - attachment: the same, with a second file attached that must not travel;
// - form: Mesen, the form filled in in the pane, while a PDF is already attached.
// A step the pane does for the team member (a lone attachment chosen) costs nothing; a question it
// asks (remove the other attachment?) costs its click. "Verzenden" in Outlook is counted as the
// last click. The figures are recorded by hand in BENCHMARKS.md ("Effort").
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from '../scripts/lib/static-server';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = process.cwd();
const DIST = path.join(ROOT, 'dist');
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

function chromiumPath(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) throw new Error('No Chromium: install Debian `chromium` or set CHROME_PATH.');
  return found;
}

async function serveOfficeJsLocally(context: BrowserContext): Promise<void> {
  await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const file = path.join(OFFICE_DIST, new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ''));
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
  });
}

type Effort = { clicks: number; fields: number; heightAfterEncrypt: number };

/** A team member's hands: every act is counted. */
function hands(page: Page): { click(testId: string): Promise<void>; fill(testId: string, value: string): Promise<void>; effort: Effort } {
  const effort: Effort = { clicks: 0, fields: 0, heightAfterEncrypt: 0 };
  return {
    effort,
    async click(testId) {
      await page.getByTestId(testId).first().click();
      effort.clicks++;
    },
    async fill(testId, value) {
      await page.getByTestId(testId).fill(value);
      effort.fields++;
    },
  };
}

async function visible(page: Page, testId: string, ms = 1500): Promise<boolean> {
  try {
    await page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: ms });
    return true;
  } catch {
    return false;
  }
}

async function walk(context: BrowserContext, url: string, kind: 'happy' | 'attachment' | 'form'): Promise<Effort> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('location-input').waitFor();
  await page.getByTestId('preview-banner').waitFor();
  if (kind === 'attachment')
    await page.evaluate(() =>
      (window as unknown as { __simulatedOutlook: { addAttachment(a: { name: string; bytes: Uint8Array }): string } }).__simulatedOutlook.addAttachment({
        name: 'verslag.docx',
        bytes: new Uint8Array(2048),
      }),
    );
  const h = hands(page);
  await h.fill('location-input', 'Mesen');
  await page.getByTestId('location-input').press('Enter');
  await page.getByTestId('set-recipients').waitFor();
  await h.click('set-recipients');
  await page.getByTestId('set-recipients').waitFor({ state: 'detached' });
  await page.getByTestId('step-consent').getByRole('checkbox').check();
  h.effort.clicks++;
  if (kind === 'form') {
    await h.click('source-pane-form');
    await page.getByTestId('form-firstName').waitFor();
    await h.fill('form-firstName', 'Zoë');
    await h.fill('form-lastName', 'Vandersteene');
    await h.fill('form-street', 'Markt');
    await h.fill('form-houseNumber', '3');
    await h.fill('form-phone', '0470 12 34 56');
    await h.click('make-pdf');
    await page.getByTestId('pdf-ready').waitFor();
  } else {
    await h.click('source-attachment');
    const option = page.getByRole('radio', { name: /Doorverwijzing formulier\.pdf/ });
    await option.waitFor();
    // Chosen by the pane when it is the only one; otherwise the team member picks it.
    const chosen = await page
      .getByRole('radio', { name: /Doorverwijzing formulier\.pdf/, checked: true })
      .waitFor({ timeout: 1500 })
      .then(
        () => true,
        () => false,
      );
    if (!chosen) {
      await option.check();
      h.effort.clicks++;
    }
  }
  await page.locator('[data-testid="encrypt"]:not([disabled])').waitFor();
  await h.click('encrypt');
  if (await visible(page, 'leftover-confirm')) await h.click('leftover-confirm');
  await page.getByTestId('encrypt-done').waitFor({ timeout: 60_000 });
  h.effort.heightAfterEncrypt = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.getByTestId('step-password').getByRole('checkbox').check();
  h.effort.clicks++;
  await h.click('use-text');
  await page.getByTestId('text-written').waitFor();
  await h.click('check');
  await page.locator('[data-testid="check-allowed"], [data-testid="check-refused"]').first().waitFor();
  // On a build where a leftover is only named at the end, remove it by hand in Outlook and check again.
  if (await visible(page, 'check-refused', 500)) {
    const removed = await page.evaluate(() => {
      const sim = (
        window as unknown as { __simulatedOutlook: { inspect(): { attachments: Array<{ id: string; name: string }> }; removeAttachment(id: string): boolean } }
      ).__simulatedOutlook;
      const others = sim.inspect().attachments.filter((a) => !/^doorverwijzing-KG-/.test(a.name));
      for (const a of others) sim.removeAttachment(a.id);
      return others.length;
    });
    h.effort.clicks += removed;
    await h.click('check');
    await page.getByTestId('check-allowed').waitFor();
  }
  h.effort.clicks++; // Verzenden, in Outlook
  await page.close();
  return h.effort;
}

async function main(): Promise<void> {
  if (process.env.BENCH_NO_BUILD !== '1') execSync('npm run build:web', { stdio: 'inherit' });
  const server = await startStaticServer({ root: DIST });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const kind of ['happy', 'attachment', 'form'] as const) {
      const context = await browser.newContext({ viewport: { width: 450, height: 900 } });
      await serveOfficeJsLocally(context);
      const e = await walk(context, `${server.url}taskpane.html`, kind);
      console.log(`${kind.padEnd(10)} clicks ${e.clicks}, fields ${e.fields}, page height after encrypting at 450 px: ${e.heightAfterEncrypt} px`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
