// A recipient as the rules see it: the address Outlook resolved, the name it shows, the field it
// sits in and what kind of entry it is. Defined once; the Office port maps Outlook's
// EmailAddressDetails to it (src/office/readSnapshot.ts) and every rule reads this shape.
import * as z from 'zod/mini';
import { clampAddress, clampDisplayName } from './clamp';

export const RecipientField = z.enum(['to', 'cc', 'bcc']);
export type RecipientField = z.infer<typeof RecipientField>;
export const RECIPIENT_FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** As Office reports it (Office.MailboxEnums.RecipientType); 'distributionList' includes contact groups. */
export const RecipientType = z.enum(['user', 'externalUser', 'distributionList', 'other']);
export type RecipientType = z.infer<typeof RecipientType>;

/** Too long to be real is cut, not refused (src/domain/clamp.ts): a mail's content must not make the check fail. */
export const Recipient = z.strictObject({
  address: z.string().check(z.overwrite(clampAddress)),
  displayName: z._default(z.string().check(z.overwrite(clampDisplayName)), ''),
  field: RecipientField,
  recipientType: RecipientType,
});
export type Recipient = z.infer<typeof Recipient>;
