// Smart Alerts (OnMessageSend) entry: dist/onsend.js, loaded by commands.html in Outlook on the
// web and new Outlook, and on its own by classic Outlook on Windows (a JavaScript-only runtime:
// no DOM, no storage, no Office.onReady; ES2016). The name matches FunctionName in manifest.xml.
// polyfills.ts runs before this module (webpack.config.js, the "events" entry).
import { loadShippedRegistry } from '../domain';
import { createOfficeMailbox } from '../office/officeMailbox';
import { createSendHandler } from './handler';
import { SEND_HANDLER } from './names';

// Short pauses: the user is waiting on Send, and Outlook shows "taking longer" after 5 s. Without
// timers (the JavaScript-only runtime may have none) a retry follows at once.
const SEND_RETRY = {
  attempts: 3,
  delaysMs: [100, 400],
  ...(typeof setTimeout === 'function' ? {} : { sleep: () => Promise.resolve() }),
};

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  const office = Office;
  const handler = createSendHandler({
    office,
    port: () => createOfficeMailbox(office),
    registry: loadShippedRegistry,
    retry: SEND_RETRY,
  });
  Office.actions.associate(SEND_HANDLER, handler);
}
