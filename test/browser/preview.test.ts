// The first thing anyone sees: the built pane, opened in a plain browser (no Outlook), runs
// against the simulated message and says so in Dutch; it is accessible and breaks no CSP rule.
import { contentSecurityPolicy } from '../../hosting/headers';
import { axeViolations, formatViolations, openPane, openSession, ownCspViolations, type Session, poll } from './harness';
import { startWords } from '../../src/words/paneStart';

jest.setTimeout(60_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

test('standalone preview shows the Dutch title and the preview banner, with no accessibility violations', async () => {
  const { page, context, problems } = await openPane(session);
  await page.getByRole('heading', { name: startWords.nl.title }).waitFor();
  await poll(() => page.getByTestId('preview-banner').textContent()).toContain(startWords.nl.previewTitle);
  await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl-BE');
  const violations = await axeViolations(page);
  expect(formatViolations(violations)).toBe('');
  expect(ownCspViolations(problems.csp)).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  await context.close();
});

test('the response carries the production security headers', async () => {
  const response = await fetch(`${session.server.url}taskpane.html`);
  expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://outlook.office.com");
  expect(response.headers.get('content-security-policy')).toContain('https://outlook.cloud.microsoft');
  expect(response.headers.get('cache-control')).toBe('no-cache');
});
