// The Send check's words in English, with the same keys as the Dutch (nl/send.ts, which says what
// each one is for). Runs in the Send bundle: ES2016 syntax and built-ins only.
import { formatDay } from '../../domain/lang';
import type { LocationBy } from '../../domain/location';
import type { NameWordPart, ReasonParams, Where } from '../../domain/reasonParams';
import { shorten } from '../../domain/shown';
import type { WeakGrade } from '../../domain/traces';
import { capital, listNames, thousands } from '../format';
import type * as nl from '../nl/send';

const where = (w: Where): string => ({ subject: 'the subject', body: 'the body of the mail', 'attachment-name': 'the name of an attachment' })[w];
export const field: typeof nl.field = { to: 'To', cc: 'Cc', bcc: 'Bcc' };
const by: Record<LocationBy, string> = { postcode: 'postcode', municipality: 'municipality', nis: 'NIS code', protocolId: 'protocol' };
const named = (names: readonly (string | null)[], most = 5): string => listNames(names, "name with the client's data", most);

const lookalike = (p: ReasonParams['recipient-sub-address'], how: string): string =>
  `${p.address} (${field[p.field]}) is not the registered mailbox ${p.imitates}, but imitates it: ${how}. Use exactly ${p.imitates}.`;

const nameWordPart: { readonly [K in NameWordPart]: string } = {
  first: "a word that is also the client's first name",
  last: "a word that is also the client's last name",
  full: "the client's name",
  file: 'a word from the name of the original file',
};

const nameWordWhy: { readonly [K in WeakGrade]: string } = {
  'common-word': 'It is also a common Dutch word (like "ben" in "ik ben").',
  'own-name': 'It is also your own name (for example in your signature).',
  'protocol-word': 'It is also a word of the protocol (municipality, social service or team), which the neutral text names.',
};

export const reasons: typeof nl.reasons = {
  'location-missing': () =>
    "Enter the client's postcode or municipality. Without it there is no way to tell which social service (OCMW) may receive the referral.",
  'location-invalid': (p) =>
    p.by === 'postcode'
      ? `"${shorten(p.value)}" is not a Belgian postcode: a postcode has four digits, from 1000 to 9999 (for example 2550).`
      : `"${shorten(p.value)}" is not a NIS code: a NIS code has five digits (for example 11024).`,
  'protocol-not-found': (p) =>
    `There is no protocol with the social service of ${by[p.by]} ${shorten(p.value)}. A referral may only go to the social service of the client's municipality, and only when a protocol with it exists.`,
  'protocol-not-yet-in-force': (p) =>
    `The protocol with ${p.socialService} is not yet in force: it enters into force on ${formatDay(p.inForceFrom, 'en')}. Nothing may be sent before then.`,
  'protocol-ended': (p) => `The protocol with ${p.socialService} ended on ${formatDay(p.endedOn, 'en')}. Nothing may be sent under it any more.`,
  'attachment-not-encrypted': (p) =>
    `${p.count === 1 ? '1 attachment is' : `${p.count} attachments are`} not encrypted by the add-in. Remove ${p.count === 1 ? 'it' : 'them'}: only the encrypted zip file may be sent.`,
  'attachment-changed-after-encryption': () => 'The encrypted zip file was changed or replaced after encryption. Encrypt the form again in the task pane.',
  'recipient-lookalike-confusable': (p) =>
    lookalike(p, 'it contains characters that look the same but are different (for example Cyrillic letters, 0 for o or rn for m)'),
  'recipient-lookalike-punycode': (p) => lookalike(p, 'its domain is an encoded international name (xn--) that Outlook may display as the real name'),
  'recipient-lookalike-non-ascii': (p) => lookalike(p, 'it contains characters outside the plain alphabet (accents, invisible or full-width characters)'),
  'recipient-lookalike-embedded': (p) => lookalike(p, 'it contains the registered mailbox, but the mail goes to another address (the domain after the last @)'),
  'recipient-lookalike-longer-domain': (p) => lookalike(p, 'its domain starts or ends with the real domain, but is a different domain'),
  'recipient-lookalike-trailing-dot': (p) => lookalike(p, 'the address ends with a dot'),
  'recipient-sub-address': (p) => lookalike(p, 'it has a + extension (sub-address)'),
  'recipient-display-name-mismatch': (p) =>
    `Recipient ${p.address} (${field[p.field]}) shows another address as its display name: "${p.shown}". The mail would go to ${p.address}, not to the address shown.`,
  'recipient-wrong-social-service': (p) =>
    `${p.address} is the mailbox of ${p.socialService}, not of the social service of the client's municipality. This referral may only go to ${p.expectedMailbox} (${p.expectedSocialService}).`,
  'recipient-not-registered': (p) =>
    `${p.address} (${field[p.field]}) is not the registered mailbox. A referral may only go to ${p.expectedMailbox}; remove this recipient.`,
  'recipient-distribution-list': (p) => `${p.address} (${field[p.field]}) is a distribution list. A referral goes to one registered mailbox, never to a list.`,
  'recipient-bcc': (p) => `${p.address} is in Bcc. A referral has no Bcc recipients; remove them.`,
  'recipient-cc': (p) => `${p.address} is in Cc. A referral has no Cc recipients; remove them.`,
  'recipient-missing': (p) => `The registered mailbox ${p.expectedMailbox} of ${p.socialService} is not in To. Put exactly that address in To.`,
  'recipient-duplicate': (p) => `${p.address} is in To more than once. Keep it there once.`,
  'recipient-not-ascii': (p) =>
    `${p.address} (${field[p.field]}) is not a plain address: it holds characters outside the plain alphabet or an encoded international name (xn--). Such an address can imitate an OCMW mailbox, so the add-in holds this mail. A referral only goes to a registered mailbox.`,
  'recipient-near-miss': (p) =>
    `Did you mean ${p.resembles}? ${p.address} (${field[p.field]}) resembles that registered OCMW mailbox, but is another address. Send only if the address is right and the mail holds no client data: a referral goes through the task pane.`,
  'recipient-named-social-service': (p) =>
    `${p.address} (${field[p.field]}) is named as an OCMW or social service, but is ${p.resembles ? `not the registered mailbox ${p.resembles}` : 'not a registered OCMW mailbox'}. Send only if the mail holds no client data: a referral goes through the task pane${p.resembles ? ` to ${p.resembles}` : ''}.`,
  'recipient-group-with-attachments': (p) =>
    `${p.address} (${field[p.field]}) is a distribution list or contact group, and the mail has attachments. The add-in cannot see who is in it. Send only if no OCMW is in it or the attachments hold no client data: a referral goes through the task pane.`,
  'recipient-same-domain-with-attachments': (p) =>
    `Did you mean ${p.resembles}? ${p.address} (${field[p.field]}) is another address at the domain of that registered OCMW mailbox, and the mail has attachments. A referral only goes to ${p.resembles}, encrypted through the task pane. Send only if the attachments hold no client data.`,
  'follow-up-registered-mailbox': (p) =>
    `This mail goes to ${p.mailbox} (${p.socialService}) but is not a referral from the task pane. A follow-up without client data is fine; a referral always goes through the task pane, encrypted. Send only if this mail holds no client data.`,
  'attachment-to-social-service': (p) =>
    `This mail goes to ${p.mailbox} (${p.socialService}) with ${p.names.length === 1 ? 'an attachment' : `${p.names.length} attachments`} (${named(p.names, 3)}), but is not a referral from the task pane. Client data only goes encrypted, through the task pane. Send only if the attachments hold no client data.`,
  'attachment-form-to-social-service': (p) =>
    `${p.address} (${field[p.field]}) is an address at the OCMW of ${p.resembles}. The attachment (${named(p.names, 3)}) looks like a referral form, or a picture or PDF of one, and would leave unencrypted. A referral only goes to ${p.resembles}, encrypted through the task pane.`,
  'referral-traces-unreadable': () =>
    'What the task pane kept with this mail to look for client data is unreadable. Without it the add-in cannot tell whether the mail holds client data. Open the task pane and go through the referral again.',
  'consent-missing': () =>
    'Confirm that the client was informed and consented to their first name, last name and contact details being shared with the social service.',
  'content-password': (p) =>
    `${capital(where(p.where))} contains the password. The password must never be in the mail: pass it on by another channel (phone, text message).`,
  'content-password-shape': (p) =>
    `${capital(where(p.where))} contains something that looks like a password made by the add-in (words of the password list in a row, or 16 characters in groups of 4). The password must never be in a mail: pass it on by another channel (phone, text message).`,
  'content-client-name': (p) => `${capital(where(p.where))} contains the client's name. Client data belongs only in the encrypted file.`,
  'content-client-phone': (p) => `${capital(where(p.where))} contains the client's phone number. Client data belongs only in the encrypted file.`,
  'content-client-email': (p) => `${capital(where(p.where))} contains the client's e-mail address. Client data belongs only in the encrypted file.`,
  'content-file-name-word': (p) =>
    `${capital(where(p.where))} contains a word from the name of the original file (for example the client's name). Use the neutral text from the task pane.`,
  'content-client-name-word': (p) =>
    `${capital(where(p.where))} contains ${nameWordPart[p.part]}. ${nameWordWhy[p.why]} So it may be chance. Send only if it is not about the client; otherwise it belongs only in the encrypted file.`,
  'content-national-number': (p) =>
    `${capital(where(p.where))} contains a national register number (or bis number). It belongs in no mail to an OCMW, not even in the encrypted file: the protocols share only first name, name and contact details. Remove it.`,
  'content-not-fully-checked': (p) =>
    `The mail is too long to check whole: only the first ${thousands(p.limit, ',')} characters of the subject and body were checked. Send only if the rest holds no client data, no national register number and no password.`,
  'attachment-name-client-data': (p) =>
    `The name of ${p.count === 1 ? '1 attachment' : `${p.count} attachments`} contains client data. File names are not encrypted: give the attachment a neutral name.`,
  'attachment-multiple-encrypted-zips': (p) => `There are ${p.count} encrypted zip files. A referral holds exactly one.`,
  'attachment-missing-encrypted-zip': () => 'The encrypted zip file is missing. Encrypt the referral form in the task pane (AES-256, opens with 7-Zip).',
  'attachment-inline': (p) =>
    `The mail holds ${p.names.length === 1 ? 'an inline image' : `${p.names.length} inline images`} (${named(p.names)}), for example a logo in the signature. They are not encrypted. The task pane removes them: open the task pane.`,
  'attachment-zip-not-aes256': () =>
    'The zip file is not (fully) encrypted with AES-256: at least one file in it is readable or weakly encrypted. Encrypt the form again in the task pane.',
  'attachment-zip-entry-name': () =>
    'A file inside the zip file has no neutral name. Names inside a zip are not encrypted. Encrypt the form again in the task pane.',
  'attachment-zip-invalid': () =>
    'The zip file is damaged or holds unencrypted data beside the encrypted files (for example a comment). Encrypt the form again in the task pane.',
  'referral-marker-invalid': (p) =>
    `The header ${p.header} written by the task pane is unreadable or was changed. Open the task pane and go through the referral again.`,
  'check-failed': () => 'The add-in could not check this referral, so it holds it back. Open the task pane and try again.',
  'send-check-test': (p) =>
    `Test mail to ${p.address}: the Send check of Secure referral runs on this device (version ${p.version}, registry ${p.registry}). This mail is not sent; delete it.`,
};

export const problems: typeof nl.problems = {
  'snapshot-field': (p) => `Mail data, field ${p.field}: must be ${p.expected.en}.`,
  'marker-header': (p) => `Header ${p.header}: must be ${p.expected.en}.`,
};

export const snapshotExpect: typeof nl.snapshotExpect = {
  location: 'null or {by, value} with by = postcode, municipality, nis or protocolId',
  recipients: 'a list of recipients',
  'recipients[].address': 'an address (text)',
  'recipients[].field': 'to, cc or bcc',
  'recipients[].recipientType': 'user, externalUser, distributionList or other',
  consentConfirmed: 'true or false',
  attachments: 'a list of attachments',
  'attachments[].size': 'a whole number (bytes)',
  'attachments[].isOurEncryptedZip': 'true or false',
  'attachments[].sha256': '64 hexadecimal characters',
  encryptedZipSha256: '64 hexadecimal characters',
  unknownField: 'absent (unknown field)',
  fallback: 'a valid value of the right type',
};

export const markerExpect: typeof nl.markerExpect = {
  reference: 'a reference as the task pane makes it (e.g. KG-20261123-7K3M9Q)',
  protocolId: 'the id of a protocol in the registry',
  consent: '"confirmed"',
  attachmentSha256: '64 lower-case hexadecimal characters',
  addinVersion: 'a version such as 1.4.2 or 1.4.2-pilot',
  registry: '12 lower-case hexadecimal characters',
};

export const openTaskPane: typeof nl.openTaskPane = 'Open task pane';

export const promptNotOffered: typeof nl.promptNotOffered =
  'This version of Outlook cannot offer "Send Anyway" here. Change the recipients, send a referral through the task pane, or ask your IT department to update Outlook.';

export const acknowledgeInTaskPane: typeof nl.acknowledgeInTaskPane =
  'Open the task pane and choose "Check the mail": if it is no client data, choose "Send anyway" there and send again.';
