// The simulated compose item itself: what the mail holds (recipients, subject, body under the team
// member's signature, attachments, headers, session data, notices) and the RecipientsChanged
// listeners, shared by the port (simulatedMailbox.ts) and the tests' control (simulatedControl.ts).
//
// Invariants:
// - An attachment keeps the form it came in (bytes, or bare base64 as Office hands it) and is
//   converted only when asked for the other, so a 20 MB base64 form costs the preview's main
//   thread nothing that it would not cost in Outlook.
// - Added bytes are copied on the way in.
// - RecipientsChanged listeners fire asynchronously after every change of To/Cc/Bcc, whether
//   the port or the "user" made it.

import { base64Size, base64ToBytes, bytesToBase64 } from '../domain/base64';
import type { ItemNotice, MailAttachment, MailRecipient, NewMessage, RecipientField } from './port';
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

export type StoredAttachment = {
  id: string;
  name: string;
  content: Content;
  isInline: boolean;
  attachmentType: MailAttachment['attachmentType'];
};

/** The item's state and the few operations both the port and the control make on it. */
export type SimulatedItem = ReturnType<typeof createSimulatedItem>;

/** `internalDomains`: recipients there are 'user', others 'externalUser' (unless the input says). */
export function createSimulatedItem(initial: Partial<SimulatedMessage>, internalDomains: readonly string[]) {
  const internal = internalDomains.map((d) => d.toLowerCase());
  let nextId = 1;
  const newId = (): string => `sim-attachment-${nextId++}`;

  const toRecipient = (r: SimulatedRecipientInput): MailRecipient => {
    const domain = r.emailAddress.slice(r.emailAddress.lastIndexOf('@') + 1).toLowerCase();
    return {
      emailAddress: r.emailAddress,
      displayName: r.displayName ?? r.emailAddress,
      recipientType: r.recipientType ?? (internal.includes(domain) ? 'user' : 'externalUser'),
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

  const newMessages: NewMessage[] = [];
  const notices = new Map<string, ItemNotice>();

  return { state, store, fullBody, copyRecipients, describe, listeners, replaceRecipients, newMessages, notices };
}
