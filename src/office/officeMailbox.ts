// MailboxPort on Office.js, for a message being composed in Outlook.
//
// Invariants:
// - The Office global is passed in, never read from the environment (tests hand a fake).
// - Every port method returns a promise that settles exactly once, with a value or a
//   MailboxError; nothing throws synchronously and nothing throws inside an Office callback
//   (Office calls those from its own dispatcher, where no try/catch of ours would see it).
// - Error messages carry the operation and Office's error code/name, never mail content.
// - At most `maxConcurrent` Office calls are in flight (Outlook on the web allows about 3).
// - One Office RecipientsChanged handler at most, registered on first subscription and kept for
//   the life of the pane: removeHandlerAsync removes every handler for the event (it takes no
//   handler), and a remove racing a new add could silently drop the new one. Unsubscribing
//   only drops the port's own listener.

import { base64ToBytes } from '../domain/base64';
import type { ItemNotice, MailboxPort, NewMessage, RecipientField } from './port';
import { MailboxError } from './port';
import { createLimiter } from './retry';
import { mailboxErrorFromOffice } from './officeErrors';
import { toAttachment, toRecipient, userDisplayName } from './officeValues';
import { aboveSignature, textToHtml } from './signatureHtml';

// The adapter's helpers, importable from the adapter as before.
export { mailboxErrorFromOffice } from './officeErrors';
export { aboveSignature, textToHtml } from './signatureHtml';

export type OfficeMailboxOptions = {
  /** Office calls in flight at once. Default 3. */
  maxConcurrent?: number;
};

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Where an Office method lives: on the item being composed, or on one of its parts. */
type Target = 'item' | RecipientField | 'subject' | 'body' | 'internetHeaders' | 'sessionData' | 'notificationMessages';

/**
 * Office's NotificationKeyNotFound (9024): removeAsync or replaceAsync on a key with no notice.
 * Told apart by the Office error the MailboxError carries (its code, or its name).
 */
function isNoticeKeyNotFound(error: unknown): boolean {
  return error instanceof MailboxError && error.officeError !== undefined && /(^|\s)(9024|NotificationKeyNotFound)(\s|$)/.test(error.officeError);
}

/** The NotificationMessageDetails of an informational notice (the enum's value, or its documented string). */
function noticeDetails(office: typeof Office, notice: ItemNotice): Office.NotificationMessageDetails {
  const type = office.MailboxEnums?.ItemNotificationMessageType?.InformationalMessage ?? 'informationalMessage';
  return { type, message: notice.message, icon: notice.icon, persistent: notice.persistent };
}

/** The loosely typed shape used to check whether a client has an API at all. */
type MaybeMethods = Record<string, unknown>;

function hasMethod(target: unknown, method: string): boolean {
  return typeof target === 'object' && target !== null && typeof (target as MaybeMethods)[method] === 'function';
}

export function createOfficeMailbox(office: typeof Office, options: OfficeMailboxOptions = {}): MailboxPort {
  const limit = createLimiter(options.maxConcurrent ?? 3);
  const succeeded = office.AsyncResultStatus.Succeeded;

  const item = (): Office.MessageCompose | undefined => {
    // Read on every call: the item is only there once Office is ready.
    const current = office.context?.mailbox?.item as Office.MessageCompose | null | undefined;
    return current ?? undefined;
  };

  /**
   * Invokes one Office async method and settles exactly once, with its value or a MailboxError,
   * whether Office answers through the callback or throws synchronously.
   */
  function invokeOnce<T, O>(
    operation: string,
    owner: O,
    invoke: (owner: O, callback: Callback<T>) => void,
    resolve: (value: T) => void,
    reject: (error: MailboxError) => void,
  ): void {
    let settled = false;
    const callback: Callback<T> = (result) => {
      // Office's dispatcher calls this: no exception may leave it.
      if (settled) return;
      settled = true;
      try {
        if (result && result.status === succeeded) resolve(result.value);
        else reject(mailboxErrorFromOffice(result?.error, operation));
      } catch {
        reject(new MailboxError('failed', operation));
      }
    };
    try {
      invoke(owner, callback);
    } catch (error) {
      if (!settled) {
        settled = true;
        reject(mailboxErrorFromOffice(error, operation));
      }
    }
  }

  /**
   * Runs one Office async call on the item being composed.
   * `target` names the object that must have `method` (the item, or one of its parts); missing
   * means the client lacks the requirement set, which is 'not-supported'.
   */
  function call<T>(operation: string, target: Target, method: string, invoke: (item: Office.MessageCompose, callback: Callback<T>) => void): Promise<T> {
    return limit(
      () =>
        new Promise<T>((resolve, reject) => {
          const current = item();
          if (!current) {
            reject(new MailboxError('not-supported', operation, 'NoComposeItem'));
            return;
          }
          let owner: unknown;
          try {
            owner = target === 'item' ? current : current[target];
          } catch {
            owner = undefined;
          }
          if (!hasMethod(owner, method)) {
            reject(new MailboxError('not-supported', operation, `Missing ${method}`));
            return;
          }
          invokeOnce(operation, current, invoke, resolve, reject);
        }),
    );
  }

  /**
   * As `call`, for a method of the mailbox itself rather than of the item being composed
   * (displayNewMessageFormAsync): same limiter, same single settlement, same error mapping.
   */
  function callMailbox<T>(operation: string, method: string, invoke: (mailbox: Office.Mailbox, callback: Callback<T>) => void): Promise<T> {
    return limit(
      () =>
        new Promise<T>((resolve, reject) => {
          const mailbox = office.context?.mailbox;
          if (!hasMethod(mailbox, method)) {
            reject(new MailboxError('not-supported', operation, `Missing ${method}`));
            return;
          }
          invokeOnce(operation, mailbox, invoke, resolve, reject);
        }),
    );
  }

  /** A file attachment's content as Office hands it (Base64); anything else is no file's bytes. */
  const fileContent = (id: string): Promise<string> =>
    call<Office.AttachmentContent>('get attachment content', 'item', 'getAttachmentContentAsync', (i, cb) => i.getAttachmentContentAsync(id, cb)).then(
      (content) => {
        // Eml (an attached mail), iCalendar and Url (a cloud attachment) are not file bytes.
        if (!content || String(content.format) !== office.MailboxEnums.AttachmentContentFormat.Base64) {
          throw new MailboxError('not-supported', 'get attachment content', `Format ${String(content?.format)}`.slice(0, 40));
        }
        return content.content;
      },
    );

  // RecipientsChanged fan-out (see invariants).
  const listeners = new Set<() => void>();
  let registration: Promise<boolean> | undefined;

  const dispatchRecipientsChanged = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // Called from Office's event dispatcher: a listener's failure must not break
        // Office's event loop, and the other listeners still get the event.
      }
    }
  };

  function ensureRegistered(): Promise<boolean> {
    registration ??= call<void>('addHandler', 'item', 'addHandlerAsync', (i, cb) =>
      i.addHandlerAsync(office.EventType.RecipientsChanged, dispatchRecipientsChanged, cb),
    ).then(
      () => true,
      (error: unknown) => {
        registration = undefined;
        if (error instanceof MailboxError && error.code === 'not-supported') return false;
        throw error;
      },
    );
    return registration;
  }

  return {
    host: 'outlook',
    displayLanguage: typeof office.context?.displayLanguage === 'string' && office.context.displayLanguage !== '' ? office.context.displayLanguage : 'nl-BE',
    userDisplayName: userDisplayName(office),

    getRecipients: (field) =>
      call<Office.EmailAddressDetails[]>(`get ${field}`, field, 'getAsync', (i, cb) => i[field].getAsync(cb)).then((list) => (list ?? []).map(toRecipient)),

    setRecipients: (field, list) =>
      call<void>(`set ${field}`, field, 'setAsync', (i, cb) =>
        i[field].setAsync(
          list.map((r) => ({ emailAddress: r.emailAddress, displayName: r.displayName ?? r.emailAddress })),
          cb,
        ),
      ),

    getSubject: () => call<string>('get subject', 'subject', 'getAsync', (i, cb) => i.subject.getAsync(cb)).then((s) => s ?? ''),

    setSubject: (subject) => call<void>('set subject', 'subject', 'setAsync', (i, cb) => i.subject.setAsync(subject, cb)),

    getBodyText: () => call<string>('get body', 'body', 'getAsync', (i, cb) => i.body.getAsync(office.CoercionType.Text, cb)).then((s) => s ?? ''),

    setBodyText: (text) => call<void>('set body', 'body', 'setAsync', (i, cb) => i.body.setAsync(text, { coercionType: office.CoercionType.Text }, cb)),

    setBodyTextAboveSignature: async (text, signoff) => {
      // Mailbox 1.1: getTypeAsync says whether the body is HTML; only there is a signature marked.
      const type = await call<Office.CoercionType>('get body type', 'body', 'getTypeAsync', (i, cb) => i.body.getTypeAsync(cb));
      if (String(type) === String(office.CoercionType.Html)) {
        const html = (await call<string>('get body', 'body', 'getAsync', (i, cb) => i.body.getAsync(office.CoercionType.Html, cb))) ?? '';
        const kept = aboveSignature(html, textToHtml(text));
        await call<void>('set body', 'body', 'setAsync', (i, cb) =>
          i.body.setAsync(kept ?? textToHtml(`${text}\n${signoff}`), { coercionType: office.CoercionType.Html }, cb),
        );
        return kept === null ? 'no-signature' : 'signature-kept';
      }
      await call<void>('set body', 'body', 'setAsync', (i, cb) => i.body.setAsync(`${text}\n${signoff}`, { coercionType: office.CoercionType.Text }, cb));
      return 'no-signature';
    },

    getAttachments: () =>
      call<Office.AttachmentDetailsCompose[]>('get attachments', 'item', 'getAttachmentsAsync', (i, cb) => i.getAttachmentsAsync(cb)).then((list) =>
        (list ?? []).map(toAttachment),
      ),

    getAttachmentContent: (id) =>
      fileContent(id).then((base64) => {
        try {
          return base64ToBytes(base64);
        } catch {
          throw new MailboxError('failed', 'get attachment content', 'InvalidBase64');
        }
      }),

    getAttachmentBase64: (id) =>
      fileContent(id).then((base64) => {
        // Handed on as it is, so it must be the string Office documents.
        if (typeof base64 !== 'string')
          throw new MailboxError('not-supported', 'get attachment content', `Format ${office.MailboxEnums.AttachmentContentFormat.Base64}`);
        return base64;
      }),

    addFileAttachmentFromBase64: (name, base64) =>
      call<string>('add attachment', 'item', 'addFileAttachmentFromBase64Async', (i, cb) =>
        i.addFileAttachmentFromBase64Async(base64, name, { isInline: false }, cb),
      ).then((id) => String(id)),

    removeAttachment: (id) => call<void>('remove attachment', 'item', 'removeAttachmentAsync', (i, cb) => i.removeAttachmentAsync(id, cb)),

    getInternetHeaders: (names) =>
      call<Record<string, string>>('get headers', 'internetHeaders', 'getAsync', (i, cb) => i.internetHeaders.getAsync([...names], cb)).then((headers) => ({
        ...(headers ?? {}),
      })),

    setInternetHeaders: (headers) => call<void>('set headers', 'internetHeaders', 'setAsync', (i, cb) => i.internetHeaders.setAsync({ ...headers }, cb)),

    removeInternetHeaders: (names) => call<void>('remove headers', 'internetHeaders', 'removeAsync', (i, cb) => i.internetHeaders.removeAsync([...names], cb)),

    // getAllAsync, not getAsync: what getAsync does with a key that is not set is not documented,
    // and getAllAsync's value is an object, or the JSON text '{}' when nothing is set
    // (OfficeDev/office-js#5353); both are read here.
    getSessionData: (key) =>
      call<unknown>('get session data', 'sessionData', 'getAllAsync', (i, cb) => i.sessionData.getAllAsync(cb as Callback<unknown>)).then((all) => {
        let record: unknown = all;
        if (typeof all === 'string') {
          try {
            record = all.trim() === '' ? {} : JSON.parse(all);
          } catch {
            throw new MailboxError('failed', 'get session data', 'InvalidSessionData');
          }
        }
        if (record === null || record === undefined) return null;
        if (typeof record !== 'object') throw new MailboxError('failed', 'get session data', 'InvalidSessionData');
        const value = Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
        return typeof value === 'string' ? value : null;
      }),

    setSessionData: (key, value) => call<void>('set session data', 'sessionData', 'setAsync', (i, cb) => i.sessionData.setAsync(key, value, cb)),

    removeSessionData: (key) => call<void>('remove session data', 'sessionData', 'removeAsync', (i, cb) => i.sessionData.removeAsync(key, cb)),

    displayNewMessageForm: (message: NewMessage) =>
      callMailbox<void>('new message', 'displayNewMessageFormAsync', (mailbox, cb) =>
        mailbox.displayNewMessageFormAsync({ toRecipients: [...message.to], subject: message.subject, htmlBody: textToHtml(message.body) }, cb),
      ),

    // replaceAsync adds the notice when the key has none (documented); a client that answers
    // NotificationKeyNotFound instead gets addAsync. Office checks the key and message lengths
    // and throws synchronously: that is a rejection here, like any other failure.
    showNotice: (key, notice) => {
      const replace = (): Promise<void> =>
        call<void>('show notice', 'notificationMessages', 'replaceAsync', (i, cb) =>
          i.notificationMessages.replaceAsync(key, noticeDetails(office, notice), cb),
        );
      return replace().catch((error: unknown) => {
        if (!isNoticeKeyNotFound(error)) throw error;
        return call<void>('show notice', 'notificationMessages', 'addAsync', (i, cb) =>
          i.notificationMessages.addAsync(key, noticeDetails(office, notice), cb),
        );
      });
    },

    removeNotice: (key) =>
      call<void>('remove notice', 'notificationMessages', 'removeAsync', (i, cb) => i.notificationMessages.removeAsync(key, cb)).catch((error: unknown) => {
        // Nothing shown under that key: what was asked for is already so.
        if (!isNoticeKeyNotFound(error)) throw error;
      }),

    onRecipientsChanged: async (listener) => {
      const registered = await ensureRegistered();
      if (!registered) return null;
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
