// The only surface through which the task pane (and tests) reach a mail being composed.
// Implementations: officeMailbox.ts (Office.js, in Outlook) and simulatedMailbox.ts
// (standalone preview and browser tests). Everything above this type is identical in both.
//
// Invariants:
// - Methods never throw synchronously; they reject with a MailboxError.
// - A MailboxError carries a code and the Office error name only, never mail content.

import type { Recipient, RecipientField, RecipientType } from '../domain';
import { clampAddress, clampDisplayName } from '../domain/clamp';

export type { RecipientField } from '../domain';

/** As Outlook reports a resolved recipient (Office.EmailAddressDetails). */
export type MailRecipient = {
  emailAddress: string;
  displayName: string;
  recipientType: RecipientType;
};

export type MailAttachment = {
  id: string;
  name: string;
  /** bytes, as Outlook reports it */
  size: number;
  isInline: boolean;
  attachmentType: 'file' | 'item' | 'cloud';
};

/**
 * An informational notice on the item being composed (Office notificationMessages, Mailbox 1.3;
 * also in Outlook on Android and iOS, where every notice shows with an information icon).
 */
export type ItemNotice = {
  /** What the user reads: at most MAX_NOTICE_LENGTH characters (Office refuses longer). */
  readonly message: string;
  /** The id of a <bt:Image> in the manifest's Resources: Office requires one for an informational notice. */
  readonly icon: string;
  /** true: stays until the add-in removes it or the user dismisses it. */
  readonly persistent: boolean;
};

/** Office's limits for a notice (NotificationMessageDetails.message, the key of addAsync/replaceAsync). */
export const MAX_NOTICE_LENGTH = 150;
export const MAX_NOTICE_KEY_LENGTH = 32;

/** A new message for displayNewMessageForm: the user sees it in Outlook and sends it themselves. */
export type NewMessage = { to: readonly string[]; subject: string; body: string };

export type MailboxErrorCode =
  /** worth retrying: Office error 5001 (internal), 9020-ish network hiccups, "busy" */
  'transient' | 'attachment-too-large' | 'too-many-attachments' | 'attachment-not-found' | 'not-supported' | 'failed';

export class MailboxError extends Error {
  readonly code: MailboxErrorCode;
  /** Office's own error name/code, for support; never mail content */
  readonly officeError: string | undefined;
  constructor(code: MailboxErrorCode, operation: string, officeError?: string) {
    super(`${operation} failed (${code}${officeError ? `: ${officeError}` : ''})`);
    this.name = 'MailboxError';
    this.code = code;
    this.officeError = officeError;
  }
}

export type MailboxPort = {
  /** 'outlook' inside Office; 'preview' in a plain browser against a simulated message */
  readonly host: 'outlook' | 'preview';
  /** BCP 47, e.g. 'nl-BE', 'en-US' (Office.context.displayLanguage) */
  readonly displayLanguage: string;
  /**
   * The team member's own display name (Office.context.mailbox.userProfile.displayName, Mailbox
   * 1.1), '' when Office does not give one: a word of it in a client's name is weak evidence (their
   * signature), src/domain/traceBuild.ts.
   */
  readonly userDisplayName: string;

  getRecipients(field: RecipientField): Promise<MailRecipient[]>;
  /** Replaces the whole field. */
  setRecipients(field: RecipientField, recipients: ReadonlyArray<{ emailAddress: string; displayName?: string }>): Promise<void>;

  getSubject(): Promise<string>;
  setSubject(subject: string): Promise<void>;
  /** Body as plain text. */
  getBodyText(): Promise<string>;
  /** Replaces the body with plain text. */
  setBodyText(text: string): Promise<void>;
  /**
   * Puts `text` in the body in place of what the team member wrote, but above their own Outlook
   * signature (name, phone: whom the OCMW calls back), which stays as it is. Where no signature
   * can be found, `signoff` (their name and team) follows the text instead. Resolves with which.
   */
  setBodyTextAboveSignature(text: string, signoff: string): Promise<'signature-kept' | 'no-signature'>;

  getAttachments(): Promise<MailAttachment[]>;
  getAttachmentContent(id: string): Promise<Uint8Array>;
  /**
   * A file attachment's content as Office hands it: bare base64, not decoded. For the encryption
   * worker, which decodes it off the main thread (a 25 MB form is 33 MB of base64).
   */
  getAttachmentBase64(id: string): Promise<string>;
  /**
   * Adds a (non-inline) file attachment from bare base64; resolves with its id. Base64, as Office's
   * addFileAttachmentFromBase64Async takes it, so the caller need not encode on the main thread.
   */
  addFileAttachmentFromBase64(name: string, base64: string): Promise<string>;
  removeAttachment(id: string): Promise<void>;

  getInternetHeaders(names: readonly string[]): Promise<Record<string, string>>;
  setInternetHeaders(headers: Readonly<Record<string, string>>): Promise<void>;
  /**
   * Removes headers by name (case-insensitive); names the mail lacks are no error. Office's
   * internetHeaders.removeAsync (Mailbox 1.8): a value set to '' would still travel with the mail.
   */
  removeInternetHeaders(names: readonly string[]): Promise<void>;

  /**
   * The item's session data (Office item.sessionData, Mailbox 1.11): kept with the item being
   * composed, readable by the Send handler, never sent with the mail. Resolves null for a key
   * that is not set. Rejects 'not-supported' where the client lacks it.
   */
  getSessionData(key: string): Promise<string | null>;
  setSessionData(key: string, value: string): Promise<void>;
  /** Removing a key that is not set is no error. */
  removeSessionData(key: string): Promise<void>;

  /**
   * Opens a new message form for the user to check and send themselves (Office
   * mailbox.displayNewMessageFormAsync, Mailbox 1.9), e.g. the breach notification to the DPOs.
   * The body is plain text. Rejects 'not-supported' where the client lacks it.
   */
  displayNewMessageForm(message: NewMessage): Promise<void>;

  /**
   * Shows `notice` under `key`, in place of whatever notice this add-in shows under that key
   * (notificationMessages.replaceAsync, which adds it when there is none; Mailbox 1.3), so the
   * same key never stacks two notices.
   */
  showNotice(key: string, notice: ItemNotice): Promise<void>;
  /** Removes the notice shown under `key`; a key with no notice is no error. */
  removeNotice(key: string): Promise<void>;

  /**
   * Calls `listener` when To/Cc/Bcc change (Office.EventType.RecipientsChanged).
   * Resolves with an unsubscribe function, or null where the client lacks the event
   * (the pane then re-reads recipients at each step).
   */
  onRecipientsChanged(listener: () => void): Promise<(() => void) | null>;
};

/** The one mapping of Outlook's recipients to the rules' Recipient; values too long to be real are cut as the schema cuts them. */
export function toRecipients(field: RecipientField, list: readonly MailRecipient[]): Recipient[] {
  return list.map((r) => ({ address: clampAddress(r.emailAddress), displayName: clampDisplayName(r.displayName), field, recipientType: r.recipientType }));
}
