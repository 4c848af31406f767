// Keyboard only, and in English: a team member who does not use a mouse reaches every step, and
// an English Outlook gets the pane and the rules' reasons in English.
import { openPane, openSession, type Session, poll } from './harness';
import { before, expectAccessible, mailState, screenshot, setRecipients, waitForPane } from './referralSteps';
import { reason } from '../../src/domain/reasons';
import { startWords } from '../../src/words/paneStart';

jest.setTimeout(90_000);

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

test('keyboard only: municipality, set To, consent, choose the attachment, encrypt', async () => {
  const { page, context } = await openPane(session, { width: 450 });
  await waitForPane(page);
  await page.getByRole('combobox').focus();
  await page.keyboard.type('Mesen');
  await page.keyboard.press('Enter');
  await page.getByTestId('protocol-card').waitFor();
  await page.getByTestId('set-recipients').waitFor();
  const tabTo = async (name: RegExp): Promise<void> => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return `${el?.textContent ?? ''} ${label ?? ''} ${el?.getAttribute('aria-label') ?? ''}`;
      });
      if (name.test(focused)) return;
    }
    throw new Error(`Tab never reached ${String(name)}`);
  };
  await tabTo(/Zet Aan op ocmw@mesen\.be/);
  await page.keyboard.press('Enter');
  await page.getByTestId('set-recipients').waitFor({ state: 'detached' });
  expect((await mailState(page)).to.map((r) => r.emailAddress)).toEqual(['ocmw@mesen.be']);
  // Done with step 2, focus went on to the consent by itself.
  await poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="step-consent"]') !== null)).toBe(true);
  await page.keyboard.press('Space');
  await poll(() => page.getByTestId('step-consent').getByRole('checkbox').isChecked()).toBe(true);
  await tabTo(/Een bijlage van deze mail/);
  await page.keyboard.press('Space');
  await tabTo(/Doorverwijzing formulier\.pdf/);
  await page.keyboard.press('Space');
  await tabTo(/Versleutel en vervang/);
  // The focused element shows a visible focus indicator (Fluent draws an outline or box-shadow).
  const outline = await page.evaluate(() => {
    const cs = getComputedStyle(document.activeElement as Element, '::after');
    const own = getComputedStyle(document.activeElement as Element);
    return `${own.outlineStyle} ${own.boxShadow} ${cs.borderStyle} ${cs.content}`;
  });
  expect(outline).not.toBe('none none none none');
  await page.keyboard.press('Enter');
  await page.getByTestId('encrypt-done').waitFor({ timeout: 30_000 });
  await context.close();
});

test('English Outlook: the pane and the reasons are in English', async () => {
  const { page, context } = await openPane(session, { width: 450, query: '?displayLanguage=en-US' });
  await page.getByRole('heading', { name: startWords.en.title }).waitFor();
  await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  await setRecipients(page, 'cc', [{ emailAddress: 'colleague@kindengezin.be' }]);
  const input = page.getByRole('combobox');
  await input.fill('9999');
  await input.press('Enter');
  await poll(() => page.getByTestId('location-reasons').textContent()).toContain(
    before(reason('protocol-not-found', { by: 'postcode', value: '9999' }).message.en, '.'),
  );
  await input.fill('Kontich');
  await input.press('Enter');
  await page.getByTestId('recipient-list').waitFor();
  await poll(() => page.getByTestId('recipient-list').textContent()).toContain('is in Cc. A referral has no Cc recipients');
  await screenshot(page, 'english');
  await expectAccessible(page);
  await context.close();
});
