// A hand-written stand-in for the parts of Office.js that officeMailbox uses: a compose item
// with callback-based async methods that answer on a later task, as Office does.

export type FakeError = { code: number; name: string; message: string };

type StoredAttachment = {
  id: string;
  name: string;
  content: string;
  format: string;
  attachmentType: string;
  isInline: boolean;
  size: number;
};

export type FakeState = {
  to: Office.EmailAddressDetails[];
  cc: Office.EmailAddressDetails[];
  bcc: Office.EmailAddressDetails[];
  subject: string;
  body: string;
  /** What body.getTypeAsync answers; an HTML body is held in bodyHtml. */
  bodyType: 'text' | 'html';
  bodyHtml: string;
  attachments: StoredAttachment[];
  headers: Record<string, string>;
  sessionData: Record<string, string>;
  handlers: Map<string, () => void>;
  /** What displayNewMessageFormAsync was asked to open (Office.MessageForm). */
  newMessages: Office.MessageForm[];
  /** The notices on the item (notificationMessages), by key, in the order they were added. */
  notices: Map<string, Office.NotificationMessageDetails>;
};

export type FakeCall = { method: string; args: unknown[] };

type Cb<T> = ((result: Office.AsyncResult<T>) => void) | undefined;

const recipient = (emailAddress: string, recipientType = 'externalUser'): Office.EmailAddressDetails =>
  ({ emailAddress, displayName: emailAddress.split('@')[0], recipientType }) as Office.EmailAddressDetails;

/** As office.js throws for a bad argument: synchronously, an Error with a name and no code. */
function argumentError(name: string, parameter: string): Error {
  const error = new Error(`${name}: ${parameter}`);
  error.name = name;
  return error;
}

/** office.js's own checks of notificationMessages arguments (validateNotificationMessages.ts). */
function validateNotice(key: string, details: Office.NotificationMessageDetails | undefined): void {
  if (typeof key !== 'string' || key.length > 32) throw argumentError('Sys.ArgumentOutOfRangeException', 'key');
  if (!details) return;
  if (details.type === 'informationalMessage') {
    if (typeof details.icon !== 'string' || details.icon.length > 32) throw argumentError('Sys.ArgumentException', 'icon');
    if (typeof details.persistent !== 'boolean') throw argumentError('Sys.ArgumentNullException', 'persistent');
  } else if (details.icon !== undefined || details.persistent !== undefined) {
    throw argumentError('Sys.ArgumentException', 'icon');
  }
  if (typeof details.message !== 'string' || details.message.length > 150) throw argumentError('Sys.ArgumentOutOfRangeException', 'message');
}

/** What a fake's notices answer with: Office's error, or null and the change to make. */
type NoticeResponder<C> = (method: string, args: unknown[], cb: C, error: FakeError | null, effect: () => unknown) => void;

/**
 * item.notificationMessages as office.js has it, for both Office fakes (this one and
 * test/onsend/officeStandIn.ts): arguments checked synchronously (a throw, as office.js throws),
 * DuplicateNotificationKey (9023) for addAsync on a shown key, NotificationKeyNotFound (9024) for
 * removeAsync on a key with none. `respond` answers as its fake answers (later task, call log).
 */
export function fakeNotificationMessages<C>(
  notices: Map<string, Office.NotificationMessageDetails>,
  respond: NoticeResponder<C>,
  options: { replaceNeedsExistingNotice?: boolean } = {},
) {
  const set = (key: string, details: Office.NotificationMessageDetails) => () => {
    notices.set(key, { ...details });
  };
  return {
    addAsync: (key: string, details: Office.NotificationMessageDetails, cb: C) => {
      validateNotice(key, details);
      const duplicate = notices.has(key) ? { code: 9023, name: 'DuplicateNotificationKey', message: 'x' } : null;
      respond('addAsync', [key, { ...details }], cb, duplicate, set(key, details));
    },
    replaceAsync: (key: string, details: Office.NotificationMessageDetails, cb: C) => {
      validateNotice(key, details);
      const missing = options.replaceNeedsExistingNotice && !notices.has(key) ? { code: 9024, name: 'NotificationKeyNotFound', message: 'x' } : null;
      respond('replaceAsync', [key, { ...details }], cb, missing, set(key, details));
    },
    removeAsync: (key: string, cb: C) => {
      validateNotice(key, undefined);
      const missing = notices.has(key) ? null : { code: 9024, name: 'NotificationKeyNotFound', message: 'x' };
      respond('removeAsync', [key], cb, missing, () => {
        notices.delete(key);
      });
    },
    getAllAsync: (cb: C) => respond('getAllAsync', [], cb, null, () => [...notices].map(([key, d]) => ({ ...d, key }))),
  };
}

export type FakeOfficeOptions = {
  displayLanguage?: string;
  callbackDelayMs?: number;
  /** A client whose replaceAsync answers NotificationKeyNotFound for a new key instead of adding it. */
  replaceNeedsExistingNotice?: boolean;
  /** What Office.context.mailbox.userProfile.displayName gives (unknown: a client may give anything). */
  userDisplayName?: unknown;
};

export function createFakeOffice(options: FakeOfficeOptions = {}) {
  const state: FakeState = {
    to: [recipient('ocmw@kontich.be')],
    cc: [recipient('collega@kindengezin.be', 'user')],
    bcc: [],
    subject: 'Doorverwijzing',
    body: 'Beste',
    bodyType: 'text',
    bodyHtml: '',
    attachments: [],
    headers: {},
    sessionData: {},
    handlers: new Map(),
    newMessages: [],
    notices: new Map(),
  };
  const calls: FakeCall[] = [];
  const failures = new Map<string, FakeError[]>();
  let nextId = 1;
  let inFlight = 0;
  let maxInFlight = 0;

  /** Answers on a later task, with a queued failure for `method` if any. */
  function answer<T>(method: string, callback: Cb<T>, value: () => T): void {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      const failure = failures.get(method)?.shift();
      const result = failure
        ? ({ status: 1, error: failure, value: undefined, asyncContext: undefined, diagnostics: undefined } as unknown as Office.AsyncResult<T>)
        : ({ status: 0, value: value(), error: undefined, asyncContext: undefined, diagnostics: undefined } as unknown as Office.AsyncResult<T>);
      callback?.(result);
    }, options.callbackDelayMs ?? 0);
  }

  const recipientsOf = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: (cb: Cb<Office.EmailAddressDetails[]>) => {
      calls.push({ method: `${field}.getAsync`, args: [] });
      answer(`${field}.getAsync`, cb, () => state[field].map((r) => ({ ...r })));
    },
    setAsync: (list: Array<{ emailAddress: string; displayName: string }>, cb: Cb<void>) => {
      calls.push({ method: `${field}.setAsync`, args: [list] });
      answer(`${field}.setAsync`, cb, () => {
        state[field] = list.map((r) => ({ ...recipient(r.emailAddress), displayName: r.displayName }));
      });
    },
  });

  const item = {
    to: recipientsOf('to'),
    cc: recipientsOf('cc'),
    bcc: recipientsOf('bcc'),
    subject: {
      getAsync: (cb: Cb<string>) => {
        calls.push({ method: 'subject.getAsync', args: [] });
        answer('subject.getAsync', cb, () => state.subject);
      },
      setAsync: (subject: string, cb: Cb<void>) => {
        calls.push({ method: 'subject.setAsync', args: [subject] });
        answer('subject.setAsync', cb, () => {
          state.subject = subject;
        });
      },
    },
    body: {
      getTypeAsync: (cb: Cb<string>) => {
        calls.push({ method: 'body.getTypeAsync', args: [] });
        answer('body.getTypeAsync', cb, () => state.bodyType);
      },
      getAsync: (coercionType: string, cb: Cb<string>) => {
        calls.push({ method: 'body.getAsync', args: [coercionType] });
        answer('body.getAsync', cb, () => (coercionType === 'html' ? state.bodyHtml : state.body));
      },
      setAsync: (text: string, opts: { coercionType: string }, cb: Cb<void>) => {
        calls.push({ method: 'body.setAsync', args: [text, opts] });
        answer('body.setAsync', cb, () => {
          if (opts.coercionType === 'html') state.bodyHtml = text;
          else state.body = text;
        });
      },
    },
    getAttachmentsAsync: (cb: Cb<Office.AttachmentDetailsCompose[]>) => {
      calls.push({ method: 'getAttachmentsAsync', args: [] });
      answer('getAttachmentsAsync', cb, () =>
        state.attachments.map(
          (a) =>
            ({
              id: a.id,
              name: a.name,
              size: a.size,
              isInline: a.isInline,
              attachmentType: a.attachmentType,
              contentType: 'application/octet-stream',
            }) as unknown as Office.AttachmentDetailsCompose,
        ),
      );
    },
    getAttachmentContentAsync: (id: string, cb: Cb<Office.AttachmentContent>) => {
      calls.push({ method: 'getAttachmentContentAsync', args: [id] });
      const found = state.attachments.find((a) => a.id === id);
      if (!found)
        failures.set('getAttachmentContentAsync', [
          { code: 9003, name: 'InvalidAttachmentId', message: 'x' },
          ...(failures.get('getAttachmentContentAsync') ?? []),
        ]);
      answer('getAttachmentContentAsync', cb, () => ({ content: found?.content ?? '', format: found?.format ?? 'base64' }) as Office.AttachmentContent);
    },
    addFileAttachmentFromBase64Async: (base64: string, name: string, opts: { isInline: boolean }, cb: Cb<string>) => {
      calls.push({ method: 'addFileAttachmentFromBase64Async', args: [base64.length, name, opts] });
      answer('addFileAttachmentFromBase64Async', cb, () => {
        const id = `AAMk-fake-${nextId++}`;
        state.attachments.push({
          id,
          name,
          content: base64,
          format: 'base64',
          attachmentType: 'file',
          isInline: opts.isInline,
          size: Math.floor((base64.length * 3) / 4),
        });
        return id;
      });
    },
    removeAttachmentAsync: (id: string, cb: Cb<void>) => {
      calls.push({ method: 'removeAttachmentAsync', args: [id] });
      answer('removeAttachmentAsync', cb, () => {
        state.attachments = state.attachments.filter((a) => a.id !== id);
      });
    },
    internetHeaders: {
      getAsync: (names: string[], cb: Cb<Record<string, string>>) => {
        calls.push({ method: 'internetHeaders.getAsync', args: [names] });
        answer('internetHeaders.getAsync', cb, () => Object.fromEntries(names.filter((n) => n in state.headers).map((n) => [n, state.headers[n] as string])));
      },
      setAsync: (headers: Record<string, string>, cb: Cb<void>) => {
        calls.push({ method: 'internetHeaders.setAsync', args: [headers] });
        answer('internetHeaders.setAsync', cb, () => {
          Object.assign(state.headers, headers);
        });
      },
      removeAsync: (names: string[], cb: Cb<void>) => {
        calls.push({ method: 'internetHeaders.removeAsync', args: [names] });
        answer('internetHeaders.removeAsync', cb, () => {
          for (const name of names) delete state.headers[name];
        });
      },
    },
    sessionData: {
      // As Outlook on the web answers (OfficeDev/office-js#5353): the JSON text '{}' when nothing
      // is set, an object otherwise.
      getAllAsync: (cb: Cb<unknown>) => {
        calls.push({ method: 'sessionData.getAllAsync', args: [] });
        answer('sessionData.getAllAsync', cb, () => (Object.keys(state.sessionData).length === 0 ? '{}' : { ...state.sessionData }));
      },
      setAsync: (name: string, value: string, cb: Cb<void>) => {
        calls.push({ method: 'sessionData.setAsync', args: [name] });
        answer('sessionData.setAsync', cb, () => {
          state.sessionData[name] = value;
        });
      },
      removeAsync: (name: string, cb: Cb<void>) => {
        calls.push({ method: 'sessionData.removeAsync', args: [name] });
        answer('sessionData.removeAsync', cb, () => {
          delete state.sessionData[name];
        });
      },
    },
    notificationMessages: fakeNotificationMessages<Cb<unknown>>(
      state.notices,
      (method, args, cb, error, effect) => {
        calls.push({ method: `notificationMessages.${method}`, args });
        if (error) failures.set(`notificationMessages.${method}`, [error, ...(failures.get(`notificationMessages.${method}`) ?? [])]);
        answer(`notificationMessages.${method}`, cb, effect);
      },
      options,
    ),
    addHandlerAsync: (eventType: string, handler: () => void, cb: Cb<void>) => {
      calls.push({ method: 'addHandlerAsync', args: [eventType] });
      answer('addHandlerAsync', cb, () => {
        state.handlers.set(eventType, handler);
      });
    },
    removeHandlerAsync: (eventType: string, cb: Cb<void>) => {
      calls.push({ method: 'removeHandlerAsync', args: [eventType] });
      answer('removeHandlerAsync', cb, () => {
        state.handlers.delete(eventType);
      });
    },
  };

  const office = {
    AsyncResultStatus: { Succeeded: 0, Failed: 1 },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    HostType: { Outlook: 'Outlook', Word: 'Word' },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
      ItemNotificationMessageType: {
        ProgressIndicator: 'progressIndicator',
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
        InsightMessage: 'insightMessage',
      },
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      mailbox: {
        item: item as Record<string, unknown> | null,
        // Office.context.mailbox.userProfile (Mailbox 1.1): the signed-in user.
        userProfile: { displayName: 'userDisplayName' in options ? options.userDisplayName : 'An Peeters', emailAddress: 'an.peeters@kindengezin.be' },
        // A method of the mailbox, not of the item: it works without a compose item too.
        displayNewMessageFormAsync: (parameters: Office.MessageForm, cb: Cb<void>) => {
          calls.push({ method: 'displayNewMessageFormAsync', args: [parameters] });
          answer('displayNewMessageFormAsync', cb, () => {
            state.newMessages.push(parameters);
          });
        },
      } as Record<string, unknown>,
    },
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
  };

  return {
    /** The fake, typed as the real thing for createOfficeMailbox. */
    office: office as unknown as typeof Office,
    raw: office,
    item: item as Record<string, unknown>,
    state,
    calls,
    maxInFlight: () => maxInFlight,
    failNext(method: string, error: FakeError, times = 1): void {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(error);
      failures.set(method, queue);
    },
    addStoredAttachment(a: Partial<StoredAttachment> & { name: string }): string {
      const id = a.id ?? `AAMk-fake-${nextId++}`;
      state.attachments.push({ content: '', format: 'base64', attachmentType: 'file', isInline: false, size: 0, ...a, id });
      return id;
    },
    /** What Outlook does when the user edits To/Cc/Bcc. */
    fireRecipientsChanged(): void {
      state.handlers.get('olkRecipientsChanged')?.();
    },
  };
}
