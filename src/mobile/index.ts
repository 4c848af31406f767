// The phone's entry: dist/mobile.js, loaded by commands.html (the runtime page Outlook on iOS
// and Android opens for the MobileFormFactor's launch events, manifest.xml). ES2016, like the
// Send check's bundle; polyfills.ts runs before it (webpack.config.js).
import { loadShippedRegistry } from '../domain';
import { createOfficeMailbox } from '../office/officeMailbox';
import { createPhoneHandler } from './handler';
import { PHONE_HANDLERS } from './names';

// Short pauses: the team member is typing; without timers a retry follows at once.
const PHONE_RETRY = {
  attempts: 2,
  delaysMs: [200],
  ...(typeof setTimeout === 'function' ? {} : { sleep: () => Promise.resolve() }),
};

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  const office = Office;
  const handler = createPhoneHandler({ port: () => createOfficeMailbox(office), registry: loadShippedRegistry, retry: PHONE_RETRY });
  Office.actions.associate(PHONE_HANDLERS.OnNewMessageCompose, handler);
  Office.actions.associate(PHONE_HANDLERS.OnMessageRecipientsChanged, handler);
}
