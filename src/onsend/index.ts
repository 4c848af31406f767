// Smart Alerts (OnMessageSend) entry: dist/onsend.js, loaded by commands.html in Outlook on the
// web and new Outlook, and on its own by classic Outlook on Windows (a JavaScript-only runtime:
// no DOM, no storage, no Office.onReady; ES2016). The name matches FunctionName in manifest.xml.
import { loadShippedRegistry } from '../domain';
import { createOfficeMailbox } from '../office/officeMailbox';
import { installAtob } from './atob';
import { createSendHandler } from './handler';

// Short pauses: the user is waiting on Send, and Outlook shows "taking longer" after 5 s.
const SEND_RETRY = { attempts: 3, delaysMs: [100, 400] };

installAtob(typeof globalThis === 'undefined' ? undefined : globalThis);

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  const office = Office;
  const handler = createSendHandler({
    office,
    port: () => createOfficeMailbox(office),
    registry: loadShippedRegistry,
    retry: SEND_RETRY,
  });
  Office.actions.associate('onMessageSendHandler', handler);
}
