// Content rules (protocol art. 3 and 6): client data and the password travel only inside the
// encrypted zip. The subject, body and attachment names are not encrypted, so none of them may
// hold the password or the client's name, phone number or e-mail address.
//
// Matching is tolerant on purpose (case, accents, spacing, phone formats): a name typed as
// "PEETERS" or a number typed as "0470 12 34 56" leaks just as much as the exact form.
import type { Reason, Where } from './messages';
import { reason } from './messages';
import { WORD_SEPARATORS, foldAccents } from './text';

export type ClientDetails = {
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
};

export type AttachmentInfo = {
  readonly name: string;
  readonly size: number;
  /** The pane (or the Send check) recognised this as the zip the add-in encrypted. */
  readonly isOurEncryptedZip: boolean;
  /** SHA-256 of the attachment's bytes, hex, when the caller computed it. */
  readonly sha256?: string | undefined;
};

/** Lower case, accents off, every run of non-letters/digits one space: for name matching. */
function foldText(s: string): string {
  return ` ${foldAccents(s).replace(WORD_SEPARATORS, ' ').trim()} `;
}

/** Whole-word (or whole-phrase) occurrence, case- and accent-insensitive. */
export function containsName(text: string, name: string): boolean {
  const n = foldText(name).trim();
  // One letter is not a name we can look for without flagging every sentence.
  if (n.replace(/ /g, '').length < 2) return false;
  return foldText(text).includes(` ${n} `);
}

/**
 * The national significant number of a phone number written in any common Belgian or
 * international way: "0470 12 34 56", "+32 470 12 34 56", "0032470123456" -> "470123456".
 */
export function phoneDigits(s: string): string {
  const trimmed = s.trim();
  let digits = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (international && digits.startsWith('32')) digits = digits.slice(2);
  return digits.replace(/^0+/, '');
}

const NUMBER_RUN = /\+?\d[\d\s./()\-\u00a0]*\d/g;

/** True when a run of digits in the text (with the usual separators) contains the phone number. */
export function containsPhone(text: string, phone: string): boolean {
  const wanted = phoneDigits(phone);
  // Short numbers would match dates and reference numbers; a real Belgian number has 8-9 digits.
  if (wanted.length < 8) return false;
  return (text.match(NUMBER_RUN) ?? []).some((run) => run.replace(/\D/g, '').includes(wanted));
}

export function containsEmail(text: string, email: string): boolean {
  const e = email.trim().toLowerCase();
  return e.includes('@') && text.toLowerCase().includes(e);
}

/** Letters and digits only, lower case: "ABCD-EFGH 2345" is found as "abcdefgh2345". */
function compact(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(WORD_SEPARATORS, '');
}

export function containsPassword(text: string, password: string): boolean {
  if (password.length === 0) return false;
  const p = compact(password);
  return text.includes(password) || (p.length > 0 && compact(text).includes(p));
}

function clientDataIn(text: string, client: ClientDetails): { name: boolean; phone: boolean; email: boolean } {
  const name = [client.firstName, client.lastName].some((n) => n !== undefined && containsName(text, n));
  return {
    name,
    phone: client.phone !== undefined && containsPhone(text, client.phone),
    email: client.email !== undefined && containsEmail(text, client.email),
  };
}

export type ContentInput = {
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly AttachmentInfo[];
  readonly password?: string | undefined;
  readonly client?: ClientDetails | undefined;
  /** The hash the pane recorded for its zip (header X-KG-Attachment-SHA256), when known. */
  readonly encryptedZipSha256?: string | undefined;
};

export function checkContent(input: ContentInput): Reason[] {
  const reasons: Reason[] = [];
  const texts: ReadonlyArray<readonly [Where, string]> = [
    ['subject', input.subject],
    ['body', input.body],
  ];
  for (const [where, text] of texts) {
    if (input.password !== undefined && containsPassword(text, input.password)) reasons.push(reason('content-password', { where }));
    if (input.client) {
      const found = clientDataIn(text, input.client);
      if (found.name) reasons.push(reason('content-client-name', { where }));
      if (found.phone) reasons.push(reason('content-client-phone', { where }));
      if (found.email) reasons.push(reason('content-client-email', { where }));
    }
  }
  return [...reasons, ...checkAttachments(input)];
}

function checkAttachments(input: ContentInput): Reason[] {
  const reasons: Reason[] = [];
  const expected = input.encryptedZipSha256?.toLowerCase();
  const claimed = input.attachments.filter((a) => a.isOurEncryptedZip);
  // A zip whose bytes no longer hash to what the pane recorded was swapped or edited after encryption.
  const changed = claimed.filter((a) => expected !== undefined && a.sha256 !== undefined && a.sha256.toLowerCase() !== expected);
  const ours = claimed.filter((a) => !changed.includes(a));
  const plaintext = input.attachments.filter((a) => !a.isOurEncryptedZip);

  if (plaintext.length > 0) reasons.push(reason('attachment-not-encrypted', { count: plaintext.length }));
  if (changed.length > 0) reasons.push(reason('attachment-changed-after-encryption', {}));
  if (input.client) {
    const client = input.client;
    const named = input.attachments.filter((a) => Object.values(clientDataIn(a.name, client)).some(Boolean)).length;
    if (named > 0) reasons.push(reason('attachment-name-client-data', { count: named }));
  }
  if (input.password !== undefined && input.attachments.some((a) => containsPassword(a.name, input.password ?? ''))) {
    reasons.push(reason('content-password', { where: 'attachment-name' }));
  }
  if (ours.length > 1) reasons.push(reason('attachment-multiple-encrypted-zips', { count: ours.length }));
  if (ours.length === 0 && changed.length === 0) reasons.push(reason('attachment-missing-encrypted-zip', {}));
  return reasons;
}
