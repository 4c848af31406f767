// A stand-in for office.js at Send, for one compose item: the Office global the Send check sees
// (Office.actions.associate, context, requirements, mailbox.item) with callback methods that answer
// on a later task, as Office does. It also holds the item's notices (notificationMessages, with
// office.js's own argument checks), for the phone's launch-event handler (test/mobile). Used by the case table in Node (through the real Office adapter,
// src/office/officeMailbox.ts) and in the ES2016-only vm context (through the built bundle), and
// by bench/onsend.ts.
//
// `clone` copies every value handed to the Send check into the realm that runs it: an array
// from this realm would carry this realm's Array.prototype (with flatMap and friends) into a
// context from which they were deleted, and hide a missing polyfill.

import { fakeNotificationMessages } from '../office/fakeOffice';

export type CaseRecipient = string | { address: string; name?: string; type?: 'user' | 'externalUser' | 'distributionList' | 'other' };
export type CaseAttachment = { name: string; bytes: Uint8Array; isInline?: boolean; type?: 'file' | 'item' | 'cloud' };

export type CaseMail = {
  to?: CaseRecipient[];
  cc?: CaseRecipient[];
  bcc?: CaseRecipient[];
  subject?: string;
  body?: string;
  attachments?: CaseAttachment[];
  headers?: Record<string, string>;
  sessionData?: Record<string, string>;
};

export type StandInOptions = {
  /** Mailbox requirement set the client supports, e.g. '1.14'. Default '1.14'. */
  mailbox?: string;
  displayLanguage?: string;
  /** Copies a value into the realm that runs the Send check. Default: as is. */
  clone?: <T>(value: T) => T;
  /** Schedules an Office answer. Default setImmediate (a later task). */
  later?: (fn: () => void) => void;
  /** false: item.sessionData is missing (Mailbox < 1.11). */
  sessionData?: boolean;
  /** Methods (e.g. 'body.getAsync') that never answer, as a hung Office call. */
  hang?: readonly string[];
  /** Methods that fail every time with Office's InternalError (5001), e.g. 'cc.getAsync'. */
  fail?: readonly string[];
  /** Notices already on the item (key -> message), e.g. one an earlier event showed. */
  notices?: Record<string, string>;
};

export type StandInNotice = { type: string; message: string; icon?: string; persistent?: boolean };

type AsyncResult = { status: string; value?: unknown; error?: { code: number; name: string; message: string } };
type Callback = (result: AsyncResult) => void;

export type Completion = {
  allowEvent: boolean;
  errorMessage?: string;
  commandId?: string;
  cancelLabel?: string;
  contextData?: string;
  sendModeOverride?: string;
};

function versionAtLeast(have: string, want: string): boolean {
  const [ha = 0, hb = 0] = have.split('.').map(Number);
  const [wa = 0, wb = 0] = want.split('.').map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

export function officeStandIn(mail: CaseMail, options: StandInOptions = {}) {
  const clone = options.clone ?? (<T>(v: T): T => v);
  const later = options.later ?? ((fn: () => void) => void setImmediate(fn));
  const calls: string[] = [];
  const associations = new Map<string, (event: { completed(o: Completion): void }) => void>();

  const answer = (method: string, cb: Callback, value: () => unknown): void => {
    calls.push(method);
    if (options.hang?.includes(method)) return;
    if (options.fail?.includes(method)) {
      later(() => cb(clone({ status: 'failed', error: { code: 5001, name: 'InternalError', message: 'InternalError' } }) as AsyncResult));
      return;
    }
    later(() => cb(clone({ status: 'succeeded', value: value() }) as AsyncResult));
  };
  const fail = (method: string, cb: Callback, code: number, name: string): void => {
    calls.push(method);
    later(() => cb(clone({ status: 'failed', error: { code, name, message: name } }) as AsyncResult));
  };
  const recipients = (list: readonly CaseRecipient[] = [], field: string) => ({
    getAsync: (cb: Callback) =>
      answer(`${field}.getAsync`, cb, () =>
        list.map((r) => {
          const x = typeof r === 'string' ? { address: r } : r;
          return { emailAddress: x.address, displayName: x.name ?? x.address, recipientType: x.type ?? 'externalUser' };
        }),
      ),
  });
  // Encoded up front: Office holds the content, its encoding is not the Send check's time.
  const attachments = (mail.attachments ?? []).map((a, i) => ({ ...a, id: `AAMkAtt${i}`, base64: Buffer.from(a.bytes).toString('base64') }));
  const item: Record<string, unknown> = {
    to: recipients(mail.to, 'to'),
    cc: recipients(mail.cc, 'cc'),
    bcc: recipients(mail.bcc, 'bcc'),
    subject: { getAsync: (cb: Callback) => answer('subject.getAsync', cb, () => mail.subject ?? '') },
    body: { getAsync: (_type: string, cb: Callback) => answer('body.getAsync', cb, () => mail.body ?? '') },
    internetHeaders: {
      getAsync: (names: string[], cb: Callback) =>
        answer('internetHeaders.getAsync', cb, () => {
          const out: Record<string, string> = {};
          for (const n of names) if (mail.headers && n in mail.headers) out[n] = mail.headers[n] as string;
          return out;
        }),
    },
    getAttachmentsAsync: (cb: Callback) =>
      answer('getAttachmentsAsync', cb, () =>
        attachments.map((a) => ({
          id: a.id,
          name: a.name,
          size: a.bytes.length,
          isInline: a.isInline === true,
          attachmentType: a.type ?? 'file',
          contentType: 'application/octet-stream',
        })),
      ),
    getAttachmentContentAsync: (id: string, cb: Callback) => {
      const found = attachments.find((a) => a.id === id);
      if (!found) return fail('getAttachmentContentAsync', cb, 9003, 'InvalidAttachmentId');
      const content = found.base64;
      return answer('getAttachmentContentAsync', cb, () => ({ format: 'base64', content }));
    },
  };
  const notices = new Map<string, StandInNotice>();
  for (const [key, message] of Object.entries(options.notices ?? {}))
    notices.set(key, { type: 'informationalMessage', message, icon: 'Icon.16x16', persistent: true });
  // Office's own notices, as the fake Office of the adapter's tests has them (one implementation).
  item.notificationMessages = fakeNotificationMessages<Callback>(
    notices as Map<string, Office.NotificationMessageDetails>,
    (method, _args, cb, error, effect) => {
      if (error) fail(`notificationMessages.${method}`, cb, error.code, error.name);
      else answer(`notificationMessages.${method}`, cb, effect);
    },
  );
  if (options.sessionData !== false) {
    // As Outlook on the web answers (OfficeDev/office-js#5353): '{}' when nothing is set.
    item.sessionData = {
      getAllAsync: (cb: Callback) =>
        answer('sessionData.getAllAsync', cb, () => (mail.sessionData && Object.keys(mail.sessionData).length > 0 ? { ...mail.sessionData } : '{}')),
    };
  }
  const version = options.mailbox ?? '1.14';
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage', ProgressIndicator: 'progressIndicator' },
      SendModeOverride: { PromptUser: 'promptUser' },
    },
    actions: { associate: (name: string, fn: (event: { completed(o: Completion): void }) => void) => associations.set(name, fn) },
    context: {
      displayLanguage: options.displayLanguage ?? 'nl-BE',
      requirements: { isSetSupported: (name: string, min = '1.1') => name === 'Mailbox' && versionAtLeast(version, min) },
      mailbox: { item },
    },
  };
  return { office, calls, associations, notices };
}

/** Sends once through `handler`; resolves with the first completion (and fails on a second one). */
export function sendThrough(handler: (event: { completed(o: Completion): void }) => void): Promise<Completion[]> {
  return new Promise((resolve) => {
    const completions: Completion[] = [];
    handler({
      completed: (o) => {
        completions.push(JSON.parse(JSON.stringify(o)) as Completion);
        // A second, wrong completion would arrive within a few tasks; wait for them.
        if (completions.length === 1) setTimeout(() => resolve(completions), 20);
      },
    });
  });
}

export type Seen = { outcome: 'allow' | 'block' | 'prompt'; codes: string[]; message: string };

/** What the user sees, from the one completion. */
export function seen(c: Completion): Seen {
  const outcome = c.allowEvent ? 'allow' : c.sendModeOverride === 'promptUser' ? 'prompt' : 'block';
  const codes = c.contextData ? ((JSON.parse(c.contextData) as { reasons?: string[] }).reasons ?? []) : [];
  return { outcome, codes, message: c.errorMessage ?? '' };
}
