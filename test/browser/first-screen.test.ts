// The first screen (issue 11, item 8): its JavaScript within 150 KB gzipped, usable before any
// later part has arrived, and inside Outlook without the preview's simulated mail.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Route } from 'playwright-core';
import { DIST, openSession, poll, serveOfficeJsLocally, type Session } from './harness';
import { chooseMunicipality } from './referralSteps';
import { startWords } from '../../src/words/paneStart';
import { stepWords } from '../../src/words/paneSteps';

jest.setTimeout(90_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

const initialScripts = (): string[] =>
  [...readFileSync(path.join(DIST, 'taskpane.html'), 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^https?:/.test(src));

test("the first screen's JavaScript stays within its budget: 150 KB gzipped", () => {
  const scripts = initialScripts();
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length, 0);
  expect(gzipped).toBeLessThanOrEqual(150 * 1024);
});

test("with every later part held back, the municipality field works, offers the registry's municipalities and judges the location", async () => {
  const context = await session.browser.newContext({ viewport: { width: 450, height: 900 } });
  await serveOfficeJsLocally(context);
  const initial = new Set(initialScripts());
  // Everything but the first screen's script, the registry (its data: requested at start, beside
  // the script) and the preview's mailbox waits until released: the later steps and their rules.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await context.route(`${session.server.url}*.js`, async (route: Route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    if (!initial.has(file) && !file.startsWith('preview-mailbox.') && !file.startsWith('registry.')) {
      held.push(file);
      await released;
    }
    await route.fallback();
  });
  const page = await context.newPage();
  // Not until 'load': the held parts hold the load event back too.
  await page.goto(`${session.server.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  const input = page.getByRole('combobox', { name: startWords.nl.locationLabel });
  await poll(() => input.isEnabled()).toBe(true);
  await page.getByRole('heading', { name: startWords.nl.title }).waitFor();
  await page.getByRole('button', { name: startWords.nl.helpOpen }).waitFor();
  const offered = await page
    .locator(`datalist#${await input.getAttribute('list')} option`)
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(expect.arrayContaining(['Kontich', 'Waarloos', 'Mesen']));
  await input.fill('Kontich');
  // The later steps and their rules were asked for right after the first paint, and are held.
  await poll(() => held.some((f) => f.startsWith('rules.'))).toBe(true);
  expect(await page.getByTestId('step-recipients').count()).toBe(0);
  // The rest follows once it arrives.
  release();
  await page.getByTestId('preview-banner').waitFor();
  await chooseMunicipality(page, 'Kontich');
  await page.getByTestId('protocol-card').waitFor();
  await page.getByTestId('step-recipients').waitFor();
  await context.close();
});

// Just enough of Office.js for the pane to start inside "Outlook": every call answers empty.
const OUTLOOK_STAND_IN = `
(function () {
  function answer(value) { return function () { var cb = arguments[arguments.length - 1]; setTimeout(function () { cb({ status: 0, value: value }); }, 0); }; }
  var recipients = { getAsync: answer([]), setAsync: answer(undefined) };
  window.Office = {
    AsyncResultStatus: { Succeeded: 0, Failed: 1 },
    CoercionType: { Text: 'text' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    HostType: { Outlook: 'Outlook' },
    MailboxEnums: { AttachmentContentFormat: { Base64: 'base64' } },
    context: { displayLanguage: 'nl-BE', mailbox: { item: {
      to: recipients, cc: recipients, bcc: recipients,
      subject: { getAsync: answer(''), setAsync: answer(undefined) },
      body: { getAsync: answer(''), setAsync: answer(undefined) },
      getAttachmentsAsync: answer([]),
      internetHeaders: { getAsync: answer({}), setAsync: answer(undefined), removeAsync: answer(undefined) },
      sessionData: { getAllAsync: answer('{}'), setAsync: answer(undefined), removeAsync: answer(undefined) },
      addHandlerAsync: answer(undefined)
    } } },
    onReady: function () { return Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }); }
  };
})();`;

test('inside Outlook the simulated mail is never loaded and no preview banner shows', async () => {
  const context = await session.browser.newContext({ viewport: { width: 450, height: 900 } });
  await context.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: OUTLOOK_STAND_IN }),
  );
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${session.server.url}taskpane.html`);
  await page.getByRole('combobox').waitFor();
  await chooseMunicipality(page, 'Mesen');
  await page.getByTestId('step-recipients').waitFor();
  await poll(() => page.getByTestId('step-recipients').textContent()).toContain(stepWords.nl.recipientsNone);
  expect(requested.some((p) => p.includes('office-mailbox.'))).toBe(true);
  expect(requested.filter((p) => p.includes('preview-mailbox.') || p.includes('notice.'))).toEqual([]);
  expect(await page.getByTestId('preview-banner').count()).toBe(0);
  await context.close();
});
