// What Office hands back, parsed at the edge into the port's types: a client may give anything
// (a missing field, an unknown recipient or attachment type, a display name that is no name).

import * as z from 'zod/mini';
import type { MailAttachment, MailRecipient } from './port';

const RECIPIENT_TYPES: ReadonlySet<string> = new Set(['user', 'externalUser', 'distributionList', 'other']);

const ATTACHMENT_TYPES: ReadonlySet<string> = new Set(['file', 'item', 'cloud']);

/** A display name as Office may hand it: text of a sane length, else nothing. */
const DisplayName = z.string().check(z.maxLength(256));

/**
 * The signed-in user's display name (Office.context.mailbox.userProfile.displayName, Mailbox 1.1),
 * parsed at the edge: '' when the client gives none or something that is not a name.
 */
export function userDisplayName(office: typeof Office): string {
  try {
    const parsed = DisplayName.safeParse(office.context?.mailbox?.userProfile?.displayName);
    return parsed.success ? parsed.data.trim() : '';
  } catch {
    // A host whose userProfile getter throws (not signed in, an old client): no name.
    return '';
  }
}

export function toRecipient(details: Office.EmailAddressDetails): MailRecipient {
  const type = String(details.recipientType ?? 'other');
  return {
    emailAddress: String(details.emailAddress ?? ''),
    displayName: String(details.displayName ?? ''),
    recipientType: RECIPIENT_TYPES.has(type) ? (type as MailRecipient['recipientType']) : 'other',
  };
}

export function toAttachment(details: Office.AttachmentDetailsCompose): MailAttachment {
  const type = String(details.attachmentType ?? 'file');
  return {
    id: String(details.id),
    name: String(details.name ?? ''),
    size: typeof details.size === 'number' ? details.size : 0,
    isInline: details.isInline === true,
    attachmentType: ATTACHMENT_TYPES.has(type) ? (type as MailAttachment['attachmentType']) : 'file',
  };
}
