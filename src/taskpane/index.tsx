// Task pane bootstrap: find out whether we run inside Outlook or in a plain browser, pick the
// matching MailboxPort, and render. This is the only file of the pane that sees the Office
// global; everything below App talks to the mail through the port.
// First, before any module that defines a zod schema is evaluated (see the module).
import './zodJitless';
import { createRoot } from 'react-dom/client';
import { resolveMailbox } from '../office/detect';
import type { SimulatedMessage } from '../office/simulatedMailbox';
import { App } from './App';
import { langOf } from '../domain';

declare global {
  interface Window {
    /** Preview mode only: lets the browser tests play "Outlook" (see src/office/simulatedMailbox.ts). */
    __simulatedOutlook?: unknown;
    /**
     * Preview only: the message the simulation starts with, set by a browser test before the page
     * loads (page.addInitScript), e.g. a mail that already holds a referral, as Outlook would hand
     * the pane when it is opened again. Never read inside Outlook.
     */
    __simulatedOutlookStart?: Partial<SimulatedMessage>;
  }
}

async function boot(): Promise<void> {
  // The bootstrap is the one place that hands the Office global to src/office (see top comment).
  // eslint-disable-next-line no-restricted-globals
  const officeGlobal = typeof Office === 'undefined' ? undefined : Office;
  // Preview only: `?displayLanguage=en-US` plays an English Outlook. A language tag, never data.
  const wanted = new URLSearchParams(location.search).get('displayLanguage');
  const displayLanguage = wanted !== null && /^[a-z]{2}(-[A-Z]{2})?$/.test(wanted) ? wanted : 'nl-BE';
  const initial = window.__simulatedOutlookStart;
  const mailbox = await resolveMailbox(officeGlobal, { simulated: { ...(initial ? { initial } : {}), options: { displayLanguage } } });
  if (mailbox.kind === 'preview') {
    window.__simulatedOutlook = mailbox.control;
    // The preview's banner is on its first screen: fetch it now, not when React first asks.
    void import(/* webpackChunkName: "notice" */ './Notice/Notice');
  }
  // Screen readers pick their voice from <html lang>; the page ships as nl-BE.
  if (langOf(mailbox.port.displayLanguage) === 'en') document.documentElement.lang = 'en';
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from taskpane.html');
  createRoot(container).render(<App mailbox={mailbox} />);
}

boot().catch(() => {
  // A chunk of the pane itself did not load (a network cut while the pane opened): say so in
  // both languages, since the language is not known yet. Nothing of the mail was touched.
  const container = document.getElementById('root');
  if (container)
    container.textContent =
      'Het taakvenster kon niet geladen worden. Sluit het en open het opnieuw. / The task pane could not be loaded. Close it and open it again.';
});
