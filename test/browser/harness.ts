// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the built
// pane (dist/) served on 127.0.0.1 with the production headers, and office.js answered from
// the local @microsoft/office-js package instead of Microsoft's CDN (no internet here).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { OFFICE_JS_TELEMETRY_FRAME } from '../../hosting/headers';
import { parseRegistryBytes, registryDigest } from '../../src/domain';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Geen Chromium gevonden / No Chromium found. Install it with `apt-get install -y chromium` ' +
        '(Debian) or point CHROME_PATH at a Chromium/Chrome binary. Test tools never download a browser.',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export type Session = { browser: Browser; server: StaticServer; close(): Promise<void> };

/**
 * The browser tests are written for the fixture registry (test/fixtures/registry.json), which the
 * test build carries (`npm run build:web`, scripts/build.ts --test); a release in dist/ carries
 * registry/protocols.json, which may hold other protocols. Said at once instead of failing later.
 */
export function assertTestBuild(root: string = DIST): void {
  if (!existsSync(path.join(root, 'taskpane.html'))) {
    throw new Error(`${root}/taskpane.html ontbreekt / is missing: run \`npm run build:web\` first (npm test does).`);
  }
  const versionFile = path.join(root, 'version.json');
  const built = existsSync(versionFile) ? (JSON.parse(readFileSync(versionFile, 'utf8')) as { channel?: string; registry?: string }) : {};
  const fixture = parseRegistryBytes(readFileSync(path.join(ROOT, 'test', 'fixtures', 'registry.json')));
  const expected = fixture.ok ? registryDigest(fixture.records) : 'the fixture';
  if (built.channel !== 'test' || built.registry !== expected) {
    throw new Error(
      `${root} is not the test build (channel ${built.channel ?? '?'}, registry ${built.registry ?? '?'}; expected test, ${expected}): run \`npm run build:web\` first (npm test does).`,
    );
  }
}

export async function openSession(root: string = DIST): Promise<Session> {
  assertTestBuild(root);
  // playwright gives every launch a fresh, empty user-data dir of its own.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const server = await startStaticServer({ root });
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/** Answers every request to Microsoft's office.js CDN from the local npm package. */
export async function serveOfficeJsLocally(context: BrowserContext): Promise<void> {
  await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const url = new URL(route.request().url());
    const rel = url.pathname.replace(/^\/lib\/1\/hosted\//, '');
    const file = path.join(OFFICE_DIST, rel);
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
  });
}

export type PageProblems = { console: string[]; csp: string[]; pageErrors: string[] };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Chromium's message for the one frame our CSP refuses on purpose: office.js's telemetry logger
 * (hosting/headers.ts says why). It comes about 3 s after office.js loads, or not at all when the
 * page closes first, so no test may depend on seeing it or not.
 */
export const OFFICE_JS_TELEMETRY_REFUSAL = new RegExp(
  `^Framing '${escapeRegExp(new URL(OFFICE_JS_TELEMETRY_FRAME).origin)}/' violates the following Content Security Policy directive: "frame-src `,
);

/** The CSP messages that are ours: every one except the documented office.js refusal. Ours always fail a test. */
export function ownCspViolations(messages: readonly string[]): string[] {
  return messages.filter((m) => !OFFICE_JS_TELEMETRY_REFUSAL.test(m));
}

/** A new page at the given width, with office.js served locally and problems collected. */
export async function openPane(
  session: Session,
  options: { width?: number; query?: string } = {},
): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }> {
  const context = await session.browser.newContext({ viewport: { width: options.width ?? 450, height: 900 } });
  await serveOfficeJsLocally(context);
  const page = await context.newPage();
  const problems: PageProblems = { console: [], csp: [], pageErrors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.console.push(msg.text());
    if (/Content Security Policy/i.test(msg.text())) problems.csp.push(msg.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  await page.goto(`${session.server.url}taskpane.html${options.query ?? ''}`);
  return { page, context, problems };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: string[] };

/** Runs axe-core in the page (via the DevTools protocol, so the page's CSP stays as in production). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // axe is injected just above; typed loosely because axe-core's types are not in this page's scope.
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}

/** A matcher of `poll`: the same as jest's, retried until it passes or the time is up. */
export type Polled<T> = jest.Matchers<Promise<void>, T> & { not: jest.Matchers<Promise<void>, T> };

/**
 * Retrying assertions, like playwright's `expect.poll`: reads the value again (and asserts again)
 * until the assertion passes, so a test does not fail because the pane had not rendered yet on a
 * loaded machine. A read that throws (an element not there yet) counts as not yet passing.
 *
 *   await poll(() => page.getByTestId('x').textContent()).toContain('…');
 */
export function poll<T>(read: () => T | Promise<T>, { timeout = 20_000, interval = 100 }: { timeout?: number; interval?: number } = {}): Polled<T> {
  const matchers = (negate: boolean): object =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'not') return matchers(!negate);
          // Not a thenable: `await poll(...)` by mistake must not hang.
          if (typeof name !== 'string' || name === 'then') return undefined;
          return async (...args: unknown[]): Promise<void> => {
            const deadline = Date.now() + timeout;
            for (;;) {
              let failure: unknown;
              try {
                const value = await read();
                const subject = (negate ? expect(value).not : expect(value)) as unknown as Record<string, (...a: unknown[]) => void>;
                subject[name]!(...args);
                return;
              } catch (error) {
                failure = error;
              }
              if (Date.now() > deadline) throw failure;
              await new Promise((resolve) => setTimeout(resolve, interval));
            }
          };
        },
      },
    );
  return matchers(false) as Polled<T>;
}
