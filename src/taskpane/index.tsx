// Task pane bootstrap: find out whether we run inside Outlook or in a plain browser, pick the
// matching MailboxPort, and render. This is the only file of the pane that sees the Office
// global; everything below App talks to the mail through the port.
import { createRoot } from 'react-dom/client';
import { resolveMailbox } from '../office/detect';
import { App } from './App';

declare global {
  interface Window {
    /** Preview mode only: lets the browser tests play "Outlook" (see src/office/simulatedMailbox.ts). */
    __simulatedOutlook?: unknown;
  }
}

async function boot(): Promise<void> {
  // The bootstrap is the one place that hands the Office global to src/office (see top comment).
  // eslint-disable-next-line no-restricted-globals
  const officeGlobal = typeof Office === 'undefined' ? undefined : Office;
  const mailbox = await resolveMailbox(officeGlobal);
  if (mailbox.kind === 'preview') window.__simulatedOutlook = mailbox.control;
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from taskpane.html');
  createRoot(container).render(<App mailbox={mailbox} />);
}

void boot();
