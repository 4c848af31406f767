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

import * as z from 'zod/mini';
import { base64ToBytes } from './base64';
import type { ItemNotice, MailAttachment, MailboxErrorCode, MailboxPort, MailRecipient, NewMessage, RecipientField } from './port';
import { MailboxError } from './port';
import { createLimiter } from './retry';

export type OfficeMailboxOptions = {
  /** Office calls in flight at once. Default 3. */
  maxConcurrent?: number;
};

/** Office error codes (OSF and Outlook's 9xxx range), as office.js defines them. */
const TRANSIENT_CODES = new Set([
  5001, // InternalError: what getAttachmentContentAsync fails with intermittently
  5102, // ActivityLimitReached: throttled
  9020, // GenericResponseError
  9040, // HTTPRequestFailure
  9041, // NetworkError
  9042, // InternalServerError
  9054, // AttachmentDownloadFailed
]);
const TRANSIENT_NAMES = new Set([
  'InternalError',
  'Internal Error',
  'ActivityLimitReached',
  'GenericResponseError',
  'HTTPRequestFailure',
  'NetworkError',
  'InternalServerError',
  'AttachmentDownloadFailed',
  'ServerBusy',
  'ServiceUnavailable',
]);
const BY_CODE: ReadonlyMap<number, MailboxErrorCode> = new Map<number, MailboxErrorCode>([
  [9000, 'attachment-too-large'], // AttachmentSizeExceeded
  [9001, 'too-many-attachments'], // NumberOfAttachmentsExceeded
  [9003, 'attachment-not-found'], // InvalidAttachmentId
  [9008, 'attachment-not-found'], // AttachmentToDeleteDoesNotExist
  [9052, 'attachment-not-found'], // AttachmentResourceNotFound
  [5000, 'not-supported'], // OperationNotSupported
  [9032, 'not-supported'], // ApiCallNotSupportedByExtensionPoint
  [9043, 'not-supported'], // AttachmentTypeNotSupported
  [9055, 'not-supported'], // APINotSupportedForSharedFolders
]);
const BY_NAME: ReadonlyMap<string, MailboxErrorCode> = new Map<string, MailboxErrorCode>([
  ['AttachmentSizeExceeded', 'attachment-too-large'],
  ['NumberOfAttachmentsExceeded', 'too-many-attachments'],
  ['InvalidAttachmentId', 'attachment-not-found'],
  ['AttachmentNotFound', 'attachment-not-found'],
  ['AttachmentToDeleteDoesNotExist', 'attachment-not-found'],
  ['AttachmentResourceNotFound', 'attachment-not-found'],
  ['OperationNotSupported', 'not-supported'],
  ['ApiCallNotSupportedByExtensionPoint', 'not-supported'],
  ['AttachmentTypeNotSupported', 'not-supported'],
  ['APINotSupportedForSharedFolders', 'not-supported'],
]);

/** Maps an Office.Error (or whatever a client hands back) to a MailboxError. */
export function mailboxErrorFromOffice(error: unknown, operation: string): MailboxError {
  const { code, name } = describeOfficeError(error);
  const officeError = [code, name].filter((part) => part !== undefined && part !== '').join(' ') || undefined;
  let mapped: MailboxErrorCode = 'failed';
  if ((code !== undefined && TRANSIENT_CODES.has(code)) || (name !== undefined && TRANSIENT_NAMES.has(name))) {
    mapped = 'transient';
  } else if (code !== undefined && BY_CODE.has(code)) {
    mapped = BY_CODE.get(code) ?? 'failed';
  } else if (name !== undefined && BY_NAME.has(name)) {
    mapped = BY_NAME.get(name) ?? 'failed';
  }
  return new MailboxError(mapped, operation, officeError);
}

function describeOfficeError(error: unknown): { code: number | undefined; name: string | undefined } {
  if (typeof error !== 'object' || error === null) return { code: undefined, name: undefined };
  const record = error as Record<string, unknown>;
  const code = typeof record.code === 'number' ? record.code : undefined;
  // Only short identifier-like names: Office's `message` (and anything odd) is left out,
  // so no client-supplied text can end up in our error message.
  const name = typeof record.name === 'string' && /^[\w .-]{1,64}$/.test(record.name) ? record.name : undefined;
  return { code, name };
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

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

const RECIPIENT_TYPES: ReadonlySet<string> = new Set(['user', 'externalUser', 'distributionList', 'other']);

/** Plain text as the htmlBody displayNewMessageFormAsync takes: escaped, one line per line. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
  return escaped.split(/\r?\n/).join('<br>');
}
/**
 * Where Outlook marks the signature it inserted in an HTML body: `<div id="Signature">` in Outlook
 * on the web and the new Outlook (`x_Signature` once quoted), the `_MailAutoSig` bookmark in
 * classic Outlook on Windows. Lower case: the search runs on the lower-cased body.
 */
const SIGNATURE_MARKS = ['id="signature"', "id='signature'", 'id=signature', 'id="x_signature"', 'name="_mailautosig"', 'name=_mailautosig'];

/**
 * The HTML body with everything the team member wrote before their signature replaced by
 * `html`, the signature and whatever follows it kept as they are; null when no signature is
 * marked. Plain index searches, linear in the body (a 2 MB body is no slower than it must be).
 */
export function aboveSignature(body: string, html: string): string | null {
  const lower = body.toLowerCase();
  let mark = -1;
  for (const m of SIGNATURE_MARKS) {
    const at = lower.indexOf(m);
    if (at >= 0 && (mark < 0 || at < mark)) mark = at;
  }
  if (mark < 0) return null;
  let tagStart = lower.lastIndexOf('<', mark);
  if (tagStart < 0) return null;
  // The <html><head> (classic Outlook's styles for the signature) and <body> open tag stay too.
  const bodyTag = lower.lastIndexOf('<body', tagStart);
  // Classic Outlook's bookmark is an <a> inside the signature's first paragraph: keep that paragraph whole.
  if (lower.startsWith('<a ', tagStart)) {
    const block = Math.max(lower.lastIndexOf('<p', tagStart), lower.lastIndexOf('<div', tagStart));
    if (block > bodyTag) tagStart = block;
  }
  const bodyOpenEnd = bodyTag >= 0 ? lower.indexOf('>', bodyTag) : -1;
  const head = bodyOpenEnd >= 0 && bodyOpenEnd < tagStart ? body.slice(0, bodyOpenEnd + 1) : '';
  return `${head}<div>${html}</div><br>${body.slice(tagStart)}`;
}

const ATTACHMENT_TYPES: ReadonlySet<string> = new Set(['file', 'item', 'cloud']);

/** A display name as Office may hand it: text of a sane length, else nothing. */
const DisplayName = z.string().check(z.maxLength(256));

/**
 * The signed-in user's display name (Office.context.mailbox.userProfile.displayName, Mailbox 1.1),
 * parsed at the edge: '' when the client gives none or something that is not a name.
 */
function userDisplayName(office: typeof Office): string {
  try {
    const parsed = DisplayName.safeParse(office.context?.mailbox?.userProfile?.displayName);
    return parsed.success ? parsed.data.trim() : '';
  } catch {
    // A host whose userProfile getter throws (not signed in, an old client): no name.
    return '';
  }
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
   * `target` picks the object that must have `method`; missing means the client lacks the
   * requirement set, which is 'not-supported'.
   */
  function call<T>(
    operation: string,
    target: (i: Office.MessageCompose) => unknown,
    method: string,
    invoke: (item: Office.MessageCompose, callback: Callback<T>) => void,
  ): Promise<T> {
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
            owner = target(current);
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

  const recipients = (field: RecipientField) => (i: Office.MessageCompose) => i[field];

  function toRecipient(details: Office.EmailAddressDetails): MailRecipient {
    const type = String(details.recipientType ?? 'other');
    return {
      emailAddress: String(details.emailAddress ?? ''),
      displayName: String(details.displayName ?? ''),
      recipientType: RECIPIENT_TYPES.has(type) ? (type as MailRecipient['recipientType']) : 'other',
    };
  }

  function toAttachment(details: Office.AttachmentDetailsCompose): MailAttachment {
    const type = String(details.attachmentType ?? 'file');
    return {
      id: String(details.id),
      name: String(details.name ?? ''),
      size: typeof details.size === 'number' ? details.size : 0,
      isInline: details.isInline === true,
      attachmentType: ATTACHMENT_TYPES.has(type) ? (type as MailAttachment['attachmentType']) : 'file',
    };
  }

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
    registration ??= call<void>(
      'addHandler',
      (i) => i,
      'addHandlerAsync',
      (i, cb) => i.addHandlerAsync(office.EventType.RecipientsChanged, dispatchRecipientsChanged, cb),
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
      call<Office.EmailAddressDetails[]>(`get ${field}`, recipients(field), 'getAsync', (i, cb) => i[field].getAsync(cb)).then((list) =>
        (list ?? []).map(toRecipient),
      ),

    setRecipients: (field, list) =>
      call<void>(`set ${field}`, recipients(field), 'setAsync', (i, cb) =>
        i[field].setAsync(
          list.map((r) => ({ emailAddress: r.emailAddress, displayName: r.displayName ?? r.emailAddress })),
          cb,
        ),
      ),

    getSubject: () =>
      call<string>(
        'get subject',
        (i) => i.subject,
        'getAsync',
        (i, cb) => i.subject.getAsync(cb),
      ).then((s) => s ?? ''),

    setSubject: (subject) =>
      call<void>(
        'set subject',
        (i) => i.subject,
        'setAsync',
        (i, cb) => i.subject.setAsync(subject, cb),
      ),

    getBodyText: () =>
      call<string>(
        'get body',
        (i) => i.body,
        'getAsync',
        (i, cb) => i.body.getAsync(office.CoercionType.Text, cb),
      ).then((s) => s ?? ''),

    setBodyText: (text) =>
      call<void>(
        'set body',
        (i) => i.body,
        'setAsync',
        (i, cb) => i.body.setAsync(text, { coercionType: office.CoercionType.Text }, cb),
      ),

    setBodyTextAboveSignature: async (text, signoff) => {
      // Mailbox 1.1: getTypeAsync says whether the body is HTML; only there is a signature marked.
      const type = await call<Office.CoercionType>(
        'get body type',
        (i) => i.body,
        'getTypeAsync',
        (i, cb) => i.body.getTypeAsync(cb),
      );
      if (String(type) === String(office.CoercionType.Html)) {
        const html =
          (await call<string>(
            'get body',
            (i) => i.body,
            'getAsync',
            (i, cb) => i.body.getAsync(office.CoercionType.Html, cb),
          )) ?? '';
        const kept = aboveSignature(html, textToHtml(text));
        await call<void>(
          'set body',
          (i) => i.body,
          'setAsync',
          (i, cb) => i.body.setAsync(kept ?? textToHtml(`${text}\n${signoff}`), { coercionType: office.CoercionType.Html }, cb),
        );
        return kept === null ? 'no-signature' : 'signature-kept';
      }
      await call<void>(
        'set body',
        (i) => i.body,
        'setAsync',
        (i, cb) => i.body.setAsync(`${text}\n${signoff}`, { coercionType: office.CoercionType.Text }, cb),
      );
      return 'no-signature';
    },

    getAttachments: () =>
      call<Office.AttachmentDetailsCompose[]>(
        'get attachments',
        (i) => i,
        'getAttachmentsAsync',
        (i, cb) => i.getAttachmentsAsync(cb),
      ).then((list) => (list ?? []).map(toAttachment)),

    getAttachmentContent: (id) =>
      call<Office.AttachmentContent>(
        'get attachment content',
        (i) => i,
        'getAttachmentContentAsync',
        (i, cb) => i.getAttachmentContentAsync(id, cb),
      ).then((content) => {
        // Eml (an attached mail), iCalendar and Url (a cloud attachment) are not file bytes.
        if (!content || String(content.format) !== office.MailboxEnums.AttachmentContentFormat.Base64) {
          throw new MailboxError('not-supported', 'get attachment content', `Format ${String(content?.format)}`.slice(0, 40));
        }
        try {
          return base64ToBytes(content.content);
        } catch {
          throw new MailboxError('failed', 'get attachment content', 'InvalidBase64');
        }
      }),

    getAttachmentBase64: (id) =>
      call<Office.AttachmentContent>(
        'get attachment content',
        (i) => i,
        'getAttachmentContentAsync',
        (i, cb) => i.getAttachmentContentAsync(id, cb),
      ).then((content) => {
        // As getAttachmentContent: only a file's bytes come as Base64; the string is handed on as it is.
        if (!content || String(content.format) !== office.MailboxEnums.AttachmentContentFormat.Base64 || typeof content.content !== 'string') {
          throw new MailboxError('not-supported', 'get attachment content', `Format ${String(content?.format)}`.slice(0, 40));
        }
        return content.content;
      }),

    addFileAttachmentFromBase64: (name, base64) =>
      call<string>(
        'add attachment',
        (i) => i,
        'addFileAttachmentFromBase64Async',
        (i, cb) => i.addFileAttachmentFromBase64Async(base64, name, { isInline: false }, cb),
      ).then((id) => String(id)),

    removeAttachment: (id) =>
      call<void>(
        'remove attachment',
        (i) => i,
        'removeAttachmentAsync',
        (i, cb) => i.removeAttachmentAsync(id, cb),
      ),

    getInternetHeaders: (names) =>
      call<Record<string, string>>(
        'get headers',
        (i) => i.internetHeaders,
        'getAsync',
        (i, cb) => i.internetHeaders.getAsync([...names], cb),
      ).then((headers) => ({ ...(headers ?? {}) })),

    setInternetHeaders: (headers) =>
      call<void>(
        'set headers',
        (i) => i.internetHeaders,
        'setAsync',
        (i, cb) => i.internetHeaders.setAsync({ ...headers }, cb),
      ),

    removeInternetHeaders: (names) =>
      call<void>(
        'remove headers',
        (i) => i.internetHeaders,
        'removeAsync',
        (i, cb) => i.internetHeaders.removeAsync([...names], cb),
      ),

    // getAllAsync, not getAsync: what getAsync does with a key that is not set is not documented,
    // and getAllAsync's value is an object, or the JSON text '{}' when nothing is set
    // (OfficeDev/office-js#5353); both are read here.
    getSessionData: (key) =>
      call<unknown>(
        'get session data',
        (i) => i.sessionData,
        'getAllAsync',
        (i, cb) => i.sessionData.getAllAsync(cb as Callback<unknown>),
      ).then((all) => {
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

    setSessionData: (key, value) =>
      call<void>(
        'set session data',
        (i) => i.sessionData,
        'setAsync',
        (i, cb) => i.sessionData.setAsync(key, value, cb),
      ),

    removeSessionData: (key) =>
      call<void>(
        'remove session data',
        (i) => i.sessionData,
        'removeAsync',
        (i, cb) => i.sessionData.removeAsync(key, cb),
      ),

    displayNewMessageForm: (message: NewMessage) =>
      callMailbox<void>('new message', 'displayNewMessageFormAsync', (mailbox, cb) =>
        mailbox.displayNewMessageFormAsync({ toRecipients: [...message.to], subject: message.subject, htmlBody: textToHtml(message.body) }, cb),
      ),

    // replaceAsync adds the notice when the key has none (documented); a client that answers
    // NotificationKeyNotFound instead gets addAsync. Office checks the key and message lengths
    // and throws synchronously: that is a rejection here, like any other failure.
    showNotice: (key, notice) => {
      const replace = (): Promise<void> =>
        call<void>(
          'show notice',
          (i) => i.notificationMessages,
          'replaceAsync',
          (i, cb) => i.notificationMessages.replaceAsync(key, noticeDetails(office, notice), cb),
        );
      return replace().catch((error: unknown) => {
        if (!isNoticeKeyNotFound(error)) throw error;
        return call<void>(
          'show notice',
          (i) => i.notificationMessages,
          'addAsync',
          (i, cb) => i.notificationMessages.addAsync(key, noticeDetails(office, notice), cb),
        );
      });
    },

    removeNotice: (key) =>
      call<void>(
        'remove notice',
        (i) => i.notificationMessages,
        'removeAsync',
        (i, cb) => i.notificationMessages.removeAsync(key, cb),
      ).catch((error: unknown) => {
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
