// What may frame the pane, and what the pane may frame: the two CSP decisions of hosting/headers.ts
// checked in Chromium with the built pane and the real office.js (served from the npm package).
// - Outlook's origins, the new outlook.cloud.microsoft among them, may show the pane in an iframe;
//   any other site may not.
// - office.js's telemetry frame is refused on purpose: it never reaches the network, the pane
//   works on, and it is the only CSP message the page gets (ownCspViolations tells it apart).
import type { BrowserContext } from 'playwright-core';
import { OFFICE_JS_TELEMETRY_FRAME } from '../../hosting/headers';
import { OFFICE_JS_TELEMETRY_REFUSAL, openPane, openSession, ownCspViolations, poll, serveOfficeJsLocally, type Session } from './harness';
import { chooseMunicipality, waitForPane } from './referralSteps';

jest.setTimeout(90_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

/**
 * The add-in as if hosted at ADDIN (every request answered by the local server, with its headers):
 * a public origin, like the real host, so Chromium's local-network checks do not stand in between.
 */
const ADDIN = 'https://addin.example.org';

/** A page at `parent` (answered by the test, not the internet) that frames the pane. */
async function framedFrom(context: BrowserContext, parent: string): Promise<{ loaded: () => Promise<boolean>; refusals: string[] }> {
  await serveOfficeJsLocally(context);
  await context.route(`${ADDIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${session.server.url}${url.pathname.slice(1)}` });
    await route.fulfill({ response });
  });
  await context.route(`${parent}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe id="pane" src="${ADDIN}/taskpane.html" width="450" height="800"></iframe>`,
    }),
  );
  const page = await context.newPage();
  const refusals: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
  });
  await page.goto(`${parent}/mail/`);
  return {
    refusals,
    loaded: async () => {
      const frame = page.frames().find((f) => f.url().startsWith(ADDIN));
      if (!frame) return false;
      return (await frame.getByRole('heading', { name: 'Veilige doorverwijzing' }).count()) > 0;
    },
  };
}

test.each(['https://outlook.cloud.microsoft', 'https://outlook.office.com', 'https://outlook.office365.com'])(
  '%s may show the pane in an iframe',
  async (origin) => {
    const context = await session.browser.newContext();
    const framed = await framedFrom(context, origin);
    await poll(framed.loaded, { timeout: 30_000 }).toBe(true);
    expect(framed.refusals).toEqual([]);
    await context.close();
  },
);

test.each(['https://outlook.cloud.microsoft.evil.example', 'https://evil.example'])('%s may not frame the pane', async (origin) => {
  const context = await session.browser.newContext();
  const framed = await framedFrom(context, origin);
  await poll(() => framed.refusals.length, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(framed.refusals[0]).toContain('frame-ancestors');
  expect(await framed.loaded()).toBe(false);
  await context.close();
});

test("office.js's telemetry frame is refused and never requested; the pane works on and raises no CSP violation of its own", async () => {
  const { page, context, problems } = await openPane(session);
  const requested: string[] = [];
  await context.route(`${new URL(OFFICE_JS_TELEMETRY_FRAME).origin}/**`, async (route) => {
    requested.push(route.request().url());
    await route.abort();
  });
  await waitForPane(page);
  // office.js opens it about 3 s after loading: wait for the refusal instead of for a fixed time.
  await poll(() => problems.csp.some((m) => OFFICE_JS_TELEMETRY_REFUSAL.test(m)), { timeout: 45_000 }).toBe(true);
  expect(requested).toEqual([]);
  await chooseMunicipality(page, '8957');
  await page.getByTestId('protocol-card').waitFor();
  expect(ownCspViolations(problems.csp)).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  await context.close();
});
