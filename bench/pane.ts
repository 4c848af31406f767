// `npm run bench`: the task pane's weight and start-up. Builds dist/ (`npm run build:web`) unless
// BENCH_NO_BUILD=1, then reports each initial JS file of taskpane.html (raw and gzipped), their
// total against the 200 KB gzipped budget (issue 5), the lazy chunks, and the time to interactive
// in headless Chromium: navigation start -> the municipality field is in the page and enabled,
// median of RUNS fresh pages. office.js is answered locally, as in the browser tests.
// Results are recorded by hand in BENCHMARKS.md ("Task pane").
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/lib/static-server';
import type { BrowserContext } from 'playwright-core';

// As test/browser/harness.ts (which is CommonJS-only, for jest): Debian's Chromium, never downloaded.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
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
const BUDGET = 200 * 1024;

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
  for (const f of readdirSync(DIST).filter((x) => /\.(js|wasm)$/.test(x) && !initial.includes(x) && x !== 'onsend.js').sort()) {
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
          const input = document.querySelector('input[role="combobox"]');
          if (window.__tti === undefined && input && !input.disabled) window.__tti = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      `);
      await page.goto(`${server.url}taskpane.html`);
      await page.locator('input[role="combobox"]:not([disabled])').waitFor();
      times.push(await page.evaluate(() => (window as unknown as { __tti: number }).__tti));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Time to interactive (navigation start -> municipality field enabled), median of ${RUNS}: ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
