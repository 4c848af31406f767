// The pane under its production CSP raises no violation at all during a whole referral: not the
// zod eval probe (the in-pane form's schemas are classic zod, which probes for `new Function`
// unless jitless), not pdf-lib, not the worker, not zip.js's WASM. office.js is replaced by
// a stand-in here (a plain browser: Office.onReady answers host null), because the real office.js
// outside Outlook tries to frame Microsoft's telemetry, which the CSP refuses on purpose; what is
// checked is the add-in's own code.
import { contentSecurityPolicy } from '../../hosting/headers';
import { openSession, type Session } from './harness';
import { check, chooseMunicipality, encrypt, fillPaneForm, mailState, setToRegistered, sim, tickConsent, useNeutralText, waitForPane } from './referralSteps';

jest.setTimeout(120_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

const OFFICE_STAND_IN =
  'window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, HostType: { Outlook: "Outlook" } };';

test('a whole referral with the in-pane form, from the first paint to the check, raises no CSP violation', async () => {
  const context = await session.browser.newContext({ viewport: { width: 450, height: 900 } });
  await context.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STAND_IN }),
  );
  // Every violation the document sees, reported or not; and every console line about the CSP,
  // which also carries what the worker runs into.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) logged.push(m.text());
  });
  const response = await page.goto(`${session.server.url}taskpane.html`);
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy());
  await waitForPane(page);
  await chooseMunicipality(page, 'Kontich');
  await setToRegistered(page);
  await tickConsent(page);
  await fillPaneForm(page, {
    firstName: 'An',
    lastName: 'Voorbeeld',
    street: 'Molenstraat',
    houseNumber: '12',
    postcode: '2550',
    municipality: 'Kontich',
    phone: '0470 12 34 56',
  });
  await encrypt(page);
  await page.getByTestId('encrypt-done').waitFor();
  await useNeutralText(page);
  // The simulated mail's own sample attachment was not the form: the team member removes it.
  const sample = (await mailState(page)).attachments.find((a) => !a.name.endsWith('.zip'));
  await sim(page, (c, id) => c.removeAttachment(id), sample?.id ?? '');
  await page.getByTestId('passed-on').check();
  expect(await check(page)).toBe('allowed');
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(logged).toEqual([]);
  await context.close();
});
