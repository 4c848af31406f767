// Screen readers hear each message once: a Fluent v9 MessageBar announces itself (through the
// AriaLiveAnnouncer, which uses the browser's ariaNotify or one live region), so none of them
// may also sit in, or be, an alert/status region. Checked in the accessibility tree and by
// recording what is announced.
import type { Page } from 'playwright-core';
import { openPane, openSession, poll, type Session } from './harness';
import { chooseAttachment, chooseMunicipality, encrypt, setToRegistered, sim, tickConsent, waitForPane } from './referralSteps';
import { stepWords } from '../../src/words/paneSteps';

jest.setTimeout(90_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

/** Records every announcement: ariaNotify calls, and what appears in any live region. */
const RECORDER = `
  window.__announced = [];
  if (typeof document.ariaNotify === 'function') {
    const original = document.ariaNotify.bind(document);
    document.ariaNotify = (message, options) => { window.__announced.push(String(message)); return original(message, options); };
  }
  new MutationObserver((records) => {
    // One change of a region is often several records (emptied, then filled): count it once.
    const regions = new Set();
    for (const r of records) {
      const region = (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('[aria-live], [role="alert"], [role="status"]');
      if (region) regions.add(region);
    }
    for (const region of regions) if (region.textContent && region.textContent.trim() !== '') window.__announced.push(region.textContent.trim());
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

const announced = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);

test('a failed encryption is announced once, and its MessageBar is a group, not an alert', async () => {
  const { page, context } = await openPane(session, { width: 450 });
  await page.addInitScript(RECORDER);
  await page.reload();
  await waitForPane(page);
  await chooseMunicipality(page, 'Mesen');
  await setToRegistered(page);
  await tickConsent(page);
  await chooseAttachment(page);
  await sim(page, (c) => c.faults.failAlways('getAttachmentBase64', 'failed'), null);
  await encrypt(page);
  const failed = page.getByTestId('encrypt-failed');
  await failed.waitFor();

  const tree = await page.getByTestId('step-encrypt').ariaSnapshot();
  expect(tree).toMatch(/- group/);
  expect(tree).not.toMatch(/- (alert|status)\b/);
  await poll(async () => (await announced(page)).filter((m) => m.includes(stepWords.nl.failureTitle)).length).toBe(1);
  // Every MessageBar in the pane: no alert/status role on it or around it.
  const wrapped = await page.evaluate(
    () => [...document.querySelectorAll('.fui-MessageBar')].filter((bar) => bar.closest('[role="alert"], [role="status"], [aria-live]') !== null).length,
  );
  expect(wrapped).toBe(0);
  await context.close();
});
