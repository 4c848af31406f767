// An in-memory compose message behind the MailboxPort: the standalone preview (a plain
// browser, no Outlook) and the tests run the pane against it. The item's state is
// simulatedMessage.ts, how each call runs (latency, faults, log) simulatedCalls.ts, the tests'
// hand on it simulatedControl.ts.
//
// Invariants:
// - Port methods behave like Office's: they answer on a later task (Office's callbacks arrive as
//   messages from the host, never in the caller's task), never throw synchronously, reject only with
//   a MailboxError whose message names the operation and code, never mail content.
// - Port results never alias internal arrays or bytes.
// - Outlook's limits hold: attachment sizes and count, session data length, header names, notices.

import type { MailboxPort } from './port';
import { MAX_NOTICE_KEY_LENGTH, MAX_NOTICE_LENGTH, MailboxError } from './port';
import type { SimulatedMethod } from './simulatedCalls';
import { createCallRunner } from './simulatedCalls';
import type { SimulatedControl } from './simulatedControl';
import { createSimulatedControl } from './simulatedControl';
import type { SimulatedMessage, StoredAttachment } from './simulatedMessage';
import { createSimulatedItem } from './simulatedMessage';

// What the preview, the browser tests and the unit tests import, from the one module they know.
export { SIMULATED_METHODS, type FaultControl, type FaultOptions, type SimulatedCall, type SimulatedMethod } from './simulatedCalls';
export type { SimulatedControl } from './simulatedControl';
export {
  SAMPLE_FORM_NAME,
  defaultSimulatedMessage,
  type SimulatedAttachment,
  type SimulatedAttachmentState,
  type SimulatedMessage,
  type SimulatedRecipientInput,
  type SimulatedSnapshot,
} from './simulatedMessage';

export type SimulatedMailboxOptions = {
  /** BCP 47. Default 'nl-BE'. */
  displayLanguage?: string;
  /** The signed-in team member's display name (userProfile.displayName). Default ''. */
  userDisplayName?: string;
  /** Per added attachment, bytes before encoding. Default 25 MB, as Outlook on the web. */
  maxAttachmentBytes?: number;
  /** All attachments together. Default 25 MB, as Outlook on the web. */
  maxTotalAttachmentBytes?: number;
  /** Number of attachments. Default 100 (a test knob, not an Outlook fact). */
  maxAttachments?: number;
  /** false: session data calls fail 'not-supported', like a client before Mailbox 1.11. */
  sessionDataSupported?: boolean;
  /** false: onRecipientsChanged resolves null, like a client without the event. */
  recipientsChangedSupported?: boolean;
  /** Domains whose recipients are 'user'; others are 'externalUser'. */
  internalDomains?: readonly string[];
  /** Delay of every port call, to make progress and concurrency visible. Default 0. */
  latencyMs?: number;
};

export type SimulatedMailbox = { port: MailboxPort; control: SimulatedControl };

const MB = 1024 * 1024;

/** Characters of session data per add-in and item in clients up to Mailbox 1.15. */
const SESSION_DATA_LIMIT = 50_000;

// RFC 5322 field name: printable ASCII except ':'.
const HEADER_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

export function createSimulatedMailbox(initial: Partial<SimulatedMessage> = {}, options: SimulatedMailboxOptions = {}): SimulatedMailbox {
  const limits = {
    attachmentBytes: options.maxAttachmentBytes ?? 25 * MB,
    totalBytes: options.maxTotalAttachmentBytes ?? 25 * MB,
    count: options.maxAttachments ?? 100,
  };
  const item = createSimulatedItem(initial, options.internalDomains ?? []);
  const { state, store, fullBody, copyRecipients, describe, listeners, replaceRecipients, newMessages, notices } = item;
  const runner = createCallRunner(options.latencyMs ?? 0);
  const { run } = runner;
  const sessionDataOrFail = (operation: string): void => {
    if (options.sessionDataSupported === false) throw new MailboxError('not-supported', operation, 'Missing sessionData');
  };
  const findHeader = (name: string): string | undefined => Object.keys(state.headers).find((key) => key.toLowerCase() === name.toLowerCase());

  const addChecked = (name: string, base64: string, method: SimulatedMethod): string => {
    if (name.trim() === '') throw new MailboxError('failed', method, 'InvalidName');
    if (base64.length % 4 !== 0) throw new MailboxError('failed', method, 'InvalidBase64');
    const stored = store({ name, base64 });
    const size = stored.content.size;
    if (size > limits.attachmentBytes) throw new MailboxError('attachment-too-large', method, 'AttachmentSizeExceeded');
    const total = state.attachments.reduce((sum, a) => sum + a.content.size, 0);
    if (total + size > limits.totalBytes) throw new MailboxError('attachment-too-large', method, 'AttachmentSizeExceeded');
    if (state.attachments.length >= limits.count) throw new MailboxError('too-many-attachments', method, 'NumberOfAttachmentsExceeded');
    state.attachments.push(stored);
    return stored.id;
  };

  const indexOfAttachment = (id: string, method: SimulatedMethod): number => {
    const index = state.attachments.findIndex((a) => a.id === id);
    if (index < 0) throw new MailboxError('attachment-not-found', method, 'InvalidAttachmentId');
    return index;
  };

  const port: MailboxPort = {
    host: 'preview',
    displayLanguage: options.displayLanguage ?? 'nl-BE',
    userDisplayName: options.userDisplayName ?? '',

    getRecipients: (field) => run('getRecipients', () => copyRecipients(state[field])),
    setRecipients: (field, recipients) =>
      run('setRecipients', () =>
        replaceRecipients(
          field,
          recipients.map((r) => ({ emailAddress: r.emailAddress, displayName: r.displayName })),
        ),
      ),

    getSubject: () => run('getSubject', () => state.subject),
    setSubject: (subject) =>
      run('setSubject', () => {
        state.subject = subject;
      }),
    getBodyText: () => run('getBodyText', () => fullBody()),
    setBodyText: (text) =>
      run('setBodyText', () => {
        state.body = text;
        state.signature = '';
      }),
    setBodyTextAboveSignature: (text, signoff) =>
      run('setBodyTextAboveSignature', () => {
        if (state.signature === '') {
          state.body = `${text}\n${signoff}`;
          return 'no-signature' as const;
        }
        state.body = text;
        return 'signature-kept' as const;
      }),

    getAttachments: () => run('getAttachments', () => state.attachments.map(describe)),
    getAttachmentContent: (id) =>
      run('getAttachmentContent', () => {
        const attachment = state.attachments[indexOfAttachment(id, 'getAttachmentContent')] as StoredAttachment;
        // As Office: an attached mail comes as eml, a cloud file as a URL, neither as bytes.
        if (attachment.attachmentType !== 'file') throw new MailboxError('not-supported', 'getAttachmentContent', `Format ${attachment.attachmentType}`);
        return attachment.content.bytes().slice();
      }),
    getAttachmentBase64: (id) =>
      run('getAttachmentBase64', () => {
        const attachment = state.attachments[indexOfAttachment(id, 'getAttachmentBase64')] as StoredAttachment;
        if (attachment.attachmentType !== 'file') throw new MailboxError('not-supported', 'getAttachmentBase64', `Format ${attachment.attachmentType}`);
        return attachment.content.base64();
      }),
    addFileAttachmentFromBase64: (name, base64) => run('addFileAttachmentFromBase64', () => addChecked(name, base64, 'addFileAttachmentFromBase64')),
    removeAttachment: (id) =>
      run('removeAttachment', () => {
        state.attachments.splice(indexOfAttachment(id, 'removeAttachment'), 1);
      }),

    getInternetHeaders: (names) =>
      run('getInternetHeaders', () => {
        const result: Record<string, string> = {};
        for (const name of names) {
          const key = findHeader(name);
          if (key !== undefined) result[name] = state.headers[key] as string;
        }
        return result;
      }),
    setInternetHeaders: (headers) =>
      run('setInternetHeaders', () => {
        const entries = Object.entries(headers);
        // Validate all first, so a bad header leaves the others unset too.
        for (const [name, value] of entries) {
          if (!HEADER_NAME.test(name) || /[\r\n]/.test(value)) throw new MailboxError('failed', 'setInternetHeaders', 'InvalidInternetHeader');
        }
        for (const [name, value] of entries) {
          const existing = findHeader(name);
          if (existing !== undefined) delete state.headers[existing];
          state.headers[name] = value;
        }
      }),
    removeInternetHeaders: (names) =>
      run('removeInternetHeaders', () => {
        for (const name of names) {
          const existing = findHeader(name);
          if (existing !== undefined) delete state.headers[existing];
        }
      }),

    getSessionData: (key) =>
      run('getSessionData', () => {
        sessionDataOrFail('getSessionData');
        return Object.prototype.hasOwnProperty.call(state.sessionData, key) ? (state.sessionData[key] as string) : null;
      }),
    setSessionData: (key, value) =>
      run('setSessionData', () => {
        sessionDataOrFail('setSessionData');
        const others = Object.entries(state.sessionData).filter(([k]) => k !== key);
        const size = others.reduce((sum, [k, v]) => sum + k.length + v.length, 0) + key.length + value.length;
        // Outlook's limit per add-in and item (Mailbox 1.11 to 1.15).
        if (size > SESSION_DATA_LIMIT) throw new MailboxError('failed', 'setSessionData', 'SessionObjectMaxLengthExceeded');
        state.sessionData[key] = value;
      }),
    removeSessionData: (key) =>
      run('removeSessionData', () => {
        sessionDataOrFail('removeSessionData');
        delete state.sessionData[key];
      }),

    displayNewMessageForm: (message) =>
      run('displayNewMessageForm', () => {
        newMessages.push({ to: [...message.to], subject: message.subject, body: message.body });
      }),

    // Office's own checks (its notificationMessages validation): an over-long key or message, or an
    // informational notice without an icon, is refused and shows nothing.
    showNotice: (key, notice) =>
      run('showNotice', () => {
        if (key.length === 0 || key.length > MAX_NOTICE_KEY_LENGTH) throw new MailboxError('failed', 'showNotice', 'ArgumentOutOfRange');
        if (notice.message.length === 0 || notice.message.length > MAX_NOTICE_LENGTH) throw new MailboxError('failed', 'showNotice', 'ArgumentOutOfRange');
        if (notice.icon.length === 0) throw new MailboxError('failed', 'showNotice', 'ArgumentNull');
        // Outlook on the web and desktop show at most five notices per item.
        if (!notices.has(key) && notices.size >= 5) throw new MailboxError('failed', 'showNotice', 'NumberOfNotificationMessagesExceeded');
        notices.set(key, { message: notice.message, icon: notice.icon, persistent: notice.persistent });
      }),
    removeNotice: (key) =>
      run('removeNotice', () => {
        notices.delete(key);
      }),

    onRecipientsChanged: async (listener) => {
      try {
        await run('onRecipientsChanged', () => undefined);
      } catch (error) {
        // Same as the Office port: a client without the event is not an error.
        if (error instanceof MailboxError && error.code === 'not-supported') return null;
        throw error;
      }
      if (options.recipientsChangedSupported === false) return null;
      // A wrapper, so subscribing the same function twice gives two independent subscriptions.
      const entry = (): void => listener();
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
  };

  return { port, control: createSimulatedControl(item, runner) };
}
