// `npm run bench`: the task pane's weight, start-up and the team member's wait. Builds dist/
// (`npm run build:web`) unless BENCH_NO_BUILD=1, then reports
// - each initial JS file of taskpane.html (raw and gzipped), their total against the 150 KB
//   gzipped budget (issue 11), and the lazy chunks;
// - the time to interactive in headless Chromium: navigation start -> the municipality field is in
//   the page and enabled, median of RUNS fresh pages;
// - the whole encryption wait through the real pane (the preview, against the simulated mail):
//   click on "Versleutel en vervang" -> the password on screen, for originals of
//   BENCH_FLOW_SIZES MB (default 1,5,20; random bytes, a scanned PDF), median of BENCH_FLOW_RUNS,
//   with the longest main-thread task in that window from a Chromium trace (targets: < 400 ms
//   for 5 MB, no task > 50 ms). The original is handed to the simulated mail as base64, as
//   Outlook hands it; BENCH_ORIGINAL_AS=bytes hands bytes, for builds older than the base64 port.
// office.js is answered locally, as in the browser tests. Results are recorded by hand in
// BENCHMARKS.md ("Task pane").
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/lib/static-server';
import type { Browser, BrowserContext } from 'playwright-core';

// As test/browser/harness.ts (which is CommonJS-only, for jest): Debian's Chromium, never downloaded.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
function chromiumPath(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) throw new Error('No Chromium: install Debian `chromium` or set CHROME_PATH.');
  return found;
}
const OFFICE_DIST = path.join(process.cwd(), 'node_modules', '@microsoft', 'office-js', 'dist');
async function serveOfficeJsLocally(context: BrowserContext): Promise<void> {
  await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const file = path.join(OFFICE_DIST, new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ''));
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
  });
}

const ROOT = process.cwd();
const DIST = path.join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET = 150 * 1024;
const FLOW_SIZES = (process.env.BENCH_FLOW_SIZES ?? '1,5,20')
  .split(',')
  .filter((x) => x.trim() !== '')
  .map(Number);
const FLOW_RUNS = Number(process.env.BENCH_FLOW_RUNS ?? 3);
const ORIGINAL_AS = process.env.BENCH_ORIGINAL_AS === 'bytes' ? 'bytes' : 'base64';

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (process.env.BENCH_NO_BUILD !== '1') execSync('npm run build:web', { stdio: 'inherit' });
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] ?? '').filter((src) => !/^https?:/.test(src));
  console.log('Initial JS of taskpane.html (before first paint):');
  let total = 0;
  for (const f of initial) {
    const file = path.join(DIST, f);
    const size = gz(file);
    total += size;
    console.log(`  ${f}: ${kb(readFileSync(file).length)} raw, ${kb(size)} gzipped`);
  }
  console.log(`  total: ${kb(total)} gzipped (budget ${kb(BUDGET)}: ${total <= BUDGET ? 'within' : 'OVER'})`);
  console.log('Lazy chunks (loaded when needed):');
  for (const f of readdirSync(DIST)
    .filter((x) => /\.(js|wasm)$/.test(x) && !initial.includes(x) && x !== 'onsend.js')
    .sort()) {
    const file = path.join(DIST, f);
    console.log(`  ${f}: ${kb(readFileSync(file).length)} raw, ${kb(gz(file))} gzipped`);
  }

  const server = await startStaticServer({ root: DIST });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 450, height: 900 } });
      await serveOfficeJsLocally(context);
      const page = await context.newPage();
      // Recorded from inside the page, so polling by the test runner does not add to the figure.
      // Plain text, not a function: tsx would wrap a function with helpers the page lacks.
      await page.addInitScript(`
        new MutationObserver(() => {
          const input = document.querySelector('input[data-testid="location-input"]');
          if (window.__tti === undefined && input && !input.disabled) window.__tti = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      `);
      await page.goto(`${server.url}taskpane.html`);
      await page.locator('input[data-testid="location-input"]:not([disabled])').waitFor();
      times.push(await page.evaluate(() => (window as unknown as { __tti: number }).__tti));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `Time to interactive (navigation start -> municipality field enabled), median of ${RUNS}: ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
  );
  if (FLOW_SIZES.length > 0) await encryptionWait();
}

type FlowRun = { ms: number; longestTaskMs: number; outcome: string };

/** The team member's wait, click to password, through the pane in the preview. */
async function encryptionWait(): Promise<void> {
  const server = await startStaticServer({ root: DIST });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const rows: string[] = [];
  try {
    for (const size of FLOW_SIZES) {
      const runs: FlowRun[] = [];
      for (let i = 0; i < FLOW_RUNS; i++) runs.push(await oneFlow(browser, server.url, size));
      const ok = runs.filter((r) => r.outcome === 'password');
      const ms = ok.map((r) => r.ms);
      const worst = Math.max(0, ...runs.map((r) => r.longestTaskMs));
      const row = `| ${size} MB | ${ok.length === runs.length ? `${median(ms).toFixed(0)} ms` : `${runs.map((r) => r.outcome).join(', ')}`} | ${ms.map((t) => t.toFixed(0)).join(', ')} | ${worst.toFixed(0)} ms |`;
      rows.push(row);
      process.stderr.write(`${row}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nClick "Versleutel en vervang" -> password on screen, through the pane (original as ${ORIGINAL_AS}), median of ${FLOW_RUNS}:`);
  console.log('| original | click -> password (median) | runs | longest main-thread task |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(row);
}

// office.js outside Outlook frames Microsoft's telemetry (a new iframe and JS realm, 100-150 ms of
// main thread on this machine, at a moment of its choosing), which is not the pane's work and
// does not happen in Outlook: the wait is measured with a stand-in (Office.onReady: host null).
const OFFICE_STAND_IN =
  'window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, HostType: { Outlook: "Outlook" } };';

async function oneFlow(browser: Browser, url: string, sizeMB: number): Promise<FlowRun> {
  const context = await browser.newContext({ viewport: { width: 450, height: 900 } });
  await context.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STAND_IN }),
  );
  // The mail as the team member prepared it: To already the OCMW of Mesen, the scan attached.
  // Made in the page (20 MB need not cross the DevTools protocol), before the pane's scripts run.
  await context.addInitScript(`
    (() => {
      const size = ${Math.round(sizeMB * 1024 * 1024)};
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
      let attachment;
      if (${JSON.stringify(ORIGINAL_AS)} === 'bytes') attachment = { name: 'scan.pdf', bytes };
      else {
        const parts = [];
        for (let i = 0; i < size; i += 3 * 8192) parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + 3 * 8192))));
        attachment = { name: 'scan.pdf', base64: parts.join('') };
      }
      window.__simulatedOutlookStart = { to: [{ emailAddress: 'ocmw@mesen.be' }], attachments: [attachment] };
      window.__bench = { clickAt: null, shownAt: null };
      document.addEventListener('click', (e) => {
        if (window.__bench.clickAt === null && e.target instanceof Element && e.target.closest('[data-testid="encrypt"]')) window.__bench.clickAt = performance.now();
      }, true);
      new MutationObserver(() => {
        const b = window.__bench;
        if (b.clickAt !== null && b.shownAt === null && b.pending !== true && document.querySelector('[data-testid="password"]')) {
          // The frame that paints it: its animation-frame callback runs just before the paint.
          b.pending = true;
          requestAnimationFrame(() => { b.shownAt = performance.now(); });
        }
      }).observe(document, { subtree: true, childList: true });
    })();
  `);
  const page = await context.newPage();
  try {
    const worker = page.waitForEvent('worker', { timeout: 60_000 });
    await page.goto(`${url}taskpane.html`);
    const input = page.getByRole('combobox');
    await input.fill('Mesen');
    await input.press('Enter');
    await page.getByTestId('step-consent').getByRole('checkbox').check();
    await page
      .getByTestId('step-form')
      .getByRole('radio', { name: /bijlage van deze mail/ })
      .check();
    await page.getByRole('radio', { name: /scan\.pdf/ }).check();
    // The pane starts its worker when encrypting becomes possible; a person takes longer than
    // this to reach the button, so the worker's start-up is not part of the wait measured.
    await worker;
    await page.waitForTimeout(1500);
    // RunTask (one main-thread task) is recorded under this category only.
    await browser.startTracing(undefined, { categories: ['disabled-by-default-devtools.timeline'] });
    await page.getByTestId('encrypt').click();
    const outcome = await Promise.race([
      page
        .getByTestId('password')
        .waitFor({ timeout: 120_000 })
        .then(() => 'password'),
      page
        .getByTestId('encrypt-failed')
        .waitFor({ timeout: 120_000 })
        .then(() => 'failed'),
    ]);
    await page.waitForFunction(
      () =>
        (window as unknown as { __bench: { shownAt: number | null } }).__bench.shownAt !== null ||
        document.querySelector('[data-testid="encrypt-failed"]') !== null,
    );
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const { clickAt, shownAt } = await page.evaluate(() => (window as unknown as { __bench: { clickAt: number; shownAt: number | null } }).__bench);
    return { ms: shownAt === null ? NaN : shownAt - clickAt, longestTaskMs: longestMainThreadTask(trace.traceEvents), outcome };
  } finally {
    await context.close();
  }
}

type TraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } };

/** The longest task on the page's main thread (CrRendererMain) in the trace. */
function longestMainThreadTask(events: TraceEvent[]): number {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let longest = 0;
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, e.dur / 1000);
  }
  return longest;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
