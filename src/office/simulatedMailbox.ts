// An in-memory compose message behind the MailboxPort: the standalone preview (a plain
// browser, no Outlook) and the tests run the pane against it.
//
// Invariants:
// - Port methods behave like Office's: they answer on a later task (Office's callbacks arrive as
//   messages from the host, never in the caller's task), never throw synchronously, reject only with
//   a MailboxError whose message names the operation and code, never mail content.
// - A call that fails (limit or injected fault) changes nothing, unless the fault was injected
//   with `applied: true` (the change happened but the call still reports failure, as a
//   transient Office error can).
// - State leaves the module only as copies: inspect() and port results never alias internal
//   arrays or bytes, and added bytes are copied on the way in.
// - An attachment keeps the form it came in (bytes, or bare base64 as Office hands it) and is
//   converted only when asked for the other, so a 20 MB base64 form costs the preview's main
//   thread nothing that it would not cost in Outlook.
// - RecipientsChanged listeners fire asynchronously after every change of To/Cc/Bcc, whether
//   the port or the "user" (control.setRecipients) made it.
// - `control` is a bag of plain closures, so it still works when the preview hangs it on
//   `window.__simulatedOutlook` and a browser test calls it from page.evaluate.

import { base64Size, base64ToBytes, bytesToBase64 } from './base64';
import type { ItemNotice, MailAttachment, MailboxErrorCode, MailboxPort, MailRecipient, NewMessage, RecipientField } from './port';
import { MAX_NOTICE_KEY_LENGTH, MAX_NOTICE_LENGTH, MailboxError } from './port';
import { createSampleReferralPdf } from './samplePdf';

export type SimulatedAttachment = {
  /** Generated when absent. */
  id?: string;
  name: string;
  isInline?: boolean;
  /** 'item' (an attached mail) and 'cloud' have no file bytes to read: content is not-supported. */
  attachmentType?: MailAttachment['attachmentType'];
} & ({ bytes: Uint8Array } | { /** Bare base64, as Office hands content. */ base64: string });

export type SimulatedRecipientInput = {
  emailAddress: string;
  displayName?: string;
  /** Default: 'user' for internalDomains, else 'externalUser'. */
  recipientType?: MailRecipient['recipientType'];
};

export type SimulatedMessage = {
  to: SimulatedRecipientInput[];
  cc: SimulatedRecipientInput[];
  bcc: SimulatedRecipientInput[];
  subject: string;
  body: string;
  /** The team member's Outlook signature, under the body; '' or absent for none. */
  signature?: string;
  attachments: SimulatedAttachment[];
  headers: Record<string, string>;
  /** The item's sessionData (never sent with the mail). */
  sessionData: Record<string, string>;
};

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

export const SIMULATED_METHODS = [
  'getRecipients',
  'setRecipients',
  'getSubject',
  'setSubject',
  'getBodyText',
  'setBodyText',
  'setBodyTextAboveSignature',
  'getAttachments',
  'getAttachmentContent',
  'getAttachmentBase64',
  'addFileAttachmentFromBase64',
  'removeAttachment',
  'getInternetHeaders',
  'setInternetHeaders',
  'removeInternetHeaders',
  'getSessionData',
  'setSessionData',
  'removeSessionData',
  'displayNewMessageForm',
  'showNotice',
  'removeNotice',
  'onRecipientsChanged',
] as const satisfies ReadonlyArray<Exclude<keyof MailboxPort, 'host' | 'displayLanguage' | 'userDisplayName'>>;

export type SimulatedMethod = (typeof SIMULATED_METHODS)[number];

const ERROR_CODES: readonly MailboxErrorCode[] = [
  'transient',
  'attachment-too-large',
  'too-many-attachments',
  'attachment-not-found',
  'not-supported',
  'failed',
];

export type FaultOptions = {
  /** The call's change still happens, then it reports the failure. Default false. */
  applied?: boolean;
};

export type FaultControl = {
  /** The next `times` calls of `method` fail with `code`. Adds to faults already queued. */
  failNext(method: SimulatedMethod, code: MailboxErrorCode, times?: number, options?: FaultOptions): void;
  /** Every call of `method` fails with `code` until clear(). */
  failAlways(method: SimulatedMethod, code: MailboxErrorCode, options?: FaultOptions): void;
  /** Removes the faults of one method, or all. */
  clear(method?: SimulatedMethod): void;
};

export type SimulatedAttachmentState = MailAttachment & { bytes: Uint8Array };

export type SimulatedSnapshot = {
  to: MailRecipient[];
  cc: MailRecipient[];
  bcc: MailRecipient[];
  subject: string;
  body: string;
  attachments: SimulatedAttachmentState[];
  headers: Record<string, string>;
  sessionData: Record<string, string>;
};

export type SimulatedCall = { method: SimulatedMethod; outcome: 'ok' | MailboxErrorCode };

export type SimulatedControl = {
  /** A deep copy of the whole message. */
  inspect(): SimulatedSnapshot;
  /** An attachment's bytes as bare base64 (easy to pass out of page.evaluate), or null. */
  attachmentBase64(id: string): string | null;
  faults: FaultControl;
  /** As if the user edited the field in Outlook: replaces it and fires RecipientsChanged. */
  setRecipients(field: RecipientField, recipients: readonly SimulatedRecipientInput[]): void;
  setSubject(subject: string): void;
  setBody(body: string): void;
  /** As if the user attached a file; no limits apply. Returns the id. */
  addAttachment(attachment: SimulatedAttachment): string;
  /** As if the user removed an attachment. */
  removeAttachment(id: string): boolean;
  /** Delay of every port call from now on. */
  setLatency(ms: number): void;
  /** Port calls so far, in order, with their outcome (no arguments: they may hold mail content). */
  calls(): SimulatedCall[];
  /** The most port calls that were in flight at once. */
  maxConcurrentCalls(): number;
  /** Subscribed RecipientsChanged listeners. */
  listenerCount(): number;
  /** The new messages the pane opened (displayNewMessageForm), in order. */
  newMessages(): NewMessage[];
  /** The notices shown on the item (showNotice), by key, in the order they were first shown. */
  notices(): Record<string, ItemNotice>;
  /** As if the user dismissed the notice shown under `key`. */
  dismissNotice(key: string): boolean;
};

export type SimulatedMailbox = { port: MailboxPort; control: SimulatedControl };

const MB = 1024 * 1024;

export const SAMPLE_FORM_NAME = 'Doorverwijzing formulier.pdf';

/** What the preview starts with: an empty recipient list and the form a team member filled in. */
export function defaultSimulatedMessage(): SimulatedMessage {
  return {
    to: [],
    cc: [],
    bcc: [],
    subject: 'Doorverwijzing',
    body: 'Beste,\n\nIn bijlage vindt u de doorverwijzing.\n\nMet vriendelijke groeten',
    signature: 'Lotte Demuynck\nGezinsondersteuner, Kind en Gezin Ieper\nT 057 22 33 44',
    attachments: [{ name: SAMPLE_FORM_NAME, bytes: createSampleReferralPdf() }],
    headers: {},
    sessionData: {},
  };
}

type Fault = { code: MailboxErrorCode; remaining: number; applied: boolean };

/** An attachment's content in the form it came in; the other form is made when first asked for. */
type Content = { size: number; bytes(): Uint8Array; base64(): string };

function contentOfBytes(bytes: Uint8Array): Content {
  let base64: string | null = null;
  return { size: bytes.length, bytes: () => bytes, base64: () => (base64 ??= bytesToBase64(bytes)) };
}

/** Bare base64 (no white space, as Office's APIs take and give it); its size without decoding it. */
function contentOfBase64(base64: string): Content {
  let bytes: Uint8Array | null = null;
  return { size: base64Size(base64), bytes: () => (bytes ??= base64ToBytes(base64)), base64: () => base64 };
}

type StoredAttachment = {
  id: string;
  name: string;
  content: Content;
  isInline: boolean;
  attachmentType: MailAttachment['attachmentType'];
};

function assertMethod(method: string): asserts method is SimulatedMethod {
  if (!(SIMULATED_METHODS as readonly string[]).includes(method)) throw new Error(`Unknown simulated method: ${method}`);
}

function assertCode(code: string): asserts code is MailboxErrorCode {
  if (!(ERROR_CODES as readonly string[]).includes(code)) throw new Error(`Unknown MailboxError code: ${code}`);
}

let taskChannel: { port1: MessagePort; port2: MessagePort; queue: Array<() => void> } | null = null;

/**
 * Runs `fn` on a later task, as Office's callbacks arrive: a message to ourselves (setTimeout(0)
 * is clamped to 4 ms after a few nested calls). Node's MessagePort would keep a test process alive,
 * so it is unref'd there.
 */
function nextTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  if (taskChannel === null) {
    const channel = new MessageChannel();
    const queue: Array<() => void> = [];
    channel.port1.onmessage = () => queue.shift()?.();
    (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
    taskChannel = { port1: channel.port1, port2: channel.port2, queue };
  }
  taskChannel.queue.push(fn);
  taskChannel.port2.postMessage(null);
}

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
  const internalDomains = (options.internalDomains ?? []).map((d) => d.toLowerCase());
  let latencyMs = options.latencyMs ?? 0;
  let nextId = 1;
  const newId = (): string => `sim-attachment-${nextId++}`;

  const toRecipient = (r: SimulatedRecipientInput): MailRecipient => {
    const domain = r.emailAddress.slice(r.emailAddress.lastIndexOf('@') + 1).toLowerCase();
    return {
      emailAddress: r.emailAddress,
      displayName: r.displayName ?? r.emailAddress,
      recipientType: r.recipientType ?? (internalDomains.includes(domain) ? 'user' : 'externalUser'),
    };
  };
  const store = (a: SimulatedAttachment): StoredAttachment => ({
    id: a.id ?? newId(),
    name: a.name,
    // Bytes are copied on the way in; a string cannot be changed by the caller.
    content: 'bytes' in a ? contentOfBytes(a.bytes.slice()) : contentOfBase64(a.base64),
    isInline: a.isInline ?? false,
    attachmentType: a.attachmentType ?? 'file',
  });

  const start = { ...defaultSimulatedMessage(), ...initial };
  const state = {
    to: start.to.map(toRecipient),
    cc: start.cc.map(toRecipient),
    bcc: start.bcc.map(toRecipient),
    subject: start.subject,
    body: start.body,
    signature: start.signature ?? '',
    attachments: start.attachments.map(store),
    headers: { ...start.headers } as Record<string, string>,
    sessionData: { ...start.sessionData } as Record<string, string>,
  };

  // As Outlook shows it: the signature under what the team member wrote.
  const fullBody = (): string => (state.signature === '' ? state.body : `${state.body}\n\n${state.signature}`);
  const copyRecipients = (list: readonly MailRecipient[]): MailRecipient[] => list.map((r) => ({ ...r }));
  const describe = (a: StoredAttachment): MailAttachment => ({
    id: a.id,
    name: a.name,
    size: a.content.size,
    isInline: a.isInline,
    attachmentType: a.attachmentType,
  });
  const sessionDataOrFail = (operation: string): void => {
    if (options.sessionDataSupported === false) throw new MailboxError('not-supported', operation, 'Missing sessionData');
  };
  const findHeader = (name: string): string | undefined => Object.keys(state.headers).find((key) => key.toLowerCase() === name.toLowerCase());

  // Recipients-changed listeners; fired on a later task, as Office's events arrive.
  const listeners = new Set<() => void>();
  const fireRecipientsChanged = (): void => {
    setTimeout(() => {
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch {
          // As in Outlook: one listener's failure does not stop the others.
        }
      }
    }, 0);
  };
  const replaceRecipients = (field: RecipientField, list: readonly SimulatedRecipientInput[]): void => {
    state[field] = list.map(toRecipient);
    fireRecipientsChanged();
  };

  // Faults, call log and concurrency.
  const faults = new Map<SimulatedMethod, Fault[]>();
  const log: SimulatedCall[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const takeFault = (method: SimulatedMethod): Fault | undefined => {
    const queue = faults.get(method);
    const fault = queue?.[0];
    if (!queue || !fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) queue.shift();
    return fault;
  };

  /**
   * One port call: latency, then the fault (if any), then the effect. `effect` throws a
   * MailboxError for limit violations and changes nothing in that case.
   */
  async function run<T>(method: SimulatedMethod, effect: () => T): Promise<T> {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise<void>((resolve) => (latencyMs > 0 ? setTimeout(resolve, latencyMs) : nextTask(resolve)));
      const fault = takeFault(method);
      if (fault) {
        if (fault.applied) {
          try {
            effect();
          } catch {
            // The injected fault is what the caller gets to see.
          }
        }
        throw new MailboxError(fault.code, method, 'Simulated');
      }
      const value = effect();
      log.push({ method, outcome: 'ok' });
      return value;
    } catch (error) {
      const mailboxError = error instanceof MailboxError ? error : new MailboxError('failed', method, 'Simulated');
      log.push({ method, outcome: mailboxError.code });
      throw mailboxError;
    } finally {
      inFlight--;
    }
  }

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
  const newMessages: NewMessage[] = [];
  const notices = new Map<string, ItemNotice>();

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

  const addFault = (method: SimulatedMethod, code: MailboxErrorCode, remaining: number, faultOptions?: FaultOptions): void => {
    assertMethod(method);
    assertCode(code);
    const queue = faults.get(method) ?? [];
    queue.push({ code, remaining, applied: faultOptions?.applied === true });
    faults.set(method, queue);
  };

  const control: SimulatedControl = {
    inspect: () => ({
      to: copyRecipients(state.to),
      cc: copyRecipients(state.cc),
      bcc: copyRecipients(state.bcc),
      subject: state.subject,
      body: fullBody(),
      attachments: state.attachments.map((a) => ({ ...describe(a), bytes: a.content.bytes().slice() })),
      headers: { ...state.headers },
      sessionData: { ...state.sessionData },
    }),
    attachmentBase64: (id) => {
      const attachment = state.attachments.find((a) => a.id === id);
      return attachment ? attachment.content.base64() : null;
    },
    faults: {
      failNext: (method, code, times = 1, faultOptions) => {
        if (times >= 1) addFault(method, code, Math.floor(times), faultOptions);
      },
      failAlways: (method, code, faultOptions) => addFault(method, code, Number.POSITIVE_INFINITY, faultOptions),
      clear: (method) => {
        if (method === undefined) faults.clear();
        else faults.delete(method);
      },
    },
    setRecipients: (field, recipients) => {
      // Called from browser tests too, where the type system does not reach.
      if (field !== 'to' && field !== 'cc' && field !== 'bcc') throw new Error(`Unknown recipient field: ${String(field)}`);
      replaceRecipients(field, recipients);
    },
    setSubject: (subject) => {
      state.subject = subject;
    },
    setBody: (body) => {
      state.body = body;
      state.signature = '';
    },
    addAttachment: (attachment) => {
      const stored = store(attachment);
      state.attachments.push(stored);
      return stored.id;
    },
    removeAttachment: (id) => {
      const index = state.attachments.findIndex((a) => a.id === id);
      if (index < 0) return false;
      state.attachments.splice(index, 1);
      return true;
    },
    setLatency: (ms) => {
      latencyMs = Math.max(0, ms);
    },
    calls: () => log.map((c) => ({ ...c })),
    maxConcurrentCalls: () => maxInFlight,
    listenerCount: () => listeners.size,
    newMessages: () => newMessages.map((m) => ({ to: [...m.to], subject: m.subject, body: m.body })),
    notices: () => {
      const out: Record<string, ItemNotice> = {};
      for (const [key, notice] of notices) out[key] = { ...notice };
      return out;
    },
    dismissNotice: (key) => notices.delete(key),
  };

  return { port, control };
}
