// Content rules (protocol art. 3 and 6): client data and the password travel only inside the
// encrypted zip. The subject, body and attachment names are not encrypted, so none of them may
// hold the password or the client's name, phone number or e-mail address, nor a word of the name
// of the team member's own form file.
//
// Client data is searched through its traces (salted hashes, src/domain/traces.ts): the pane and
// the Send check hand in the same traces and get the same answer. Matching is tolerant on purpose
// (case, accents, spacing, phone formats): "PEETERS" or "0470 12 34 56" leaks just as much.
import type { NameWordPart, Reason, Where } from './reasonParams';
import { reason } from './reasons';
import { lookalikeReading } from './confusables';
import { containsNationalNumber } from './nationalNumber';
import { containsPasswordShape } from './passwordShape';
import { containsWordRun } from './wordRun';
import { WORD_SEPARATORS, stripInvisible } from './text';
import type { ClientTraces } from './traces';
import type { TraceMatcher } from './traceMatcher';
import { traceMatcher } from './traceMatcher';
import type { ZipProblem } from './zipInspect';

export type AttachmentInfo = {
  readonly name: string;
  readonly size: number;
  /** The pane (or the Send check) recognised this as the zip the add-in encrypted. */
  readonly isOurEncryptedZip: boolean;
  /** SHA-256 of the attachment's bytes, hex, when the caller computed it. */
  readonly sha256?: string | undefined;
  /** An image inside the body (cid:): it travels with the mail, unencrypted. */
  readonly isInline?: boolean | undefined;
  /** The zip inspector's findings for a zip claimed as ours. */
  readonly zipProblems?: readonly ZipProblem[] | undefined;
};

/**
 * The most of a mail's subject and body the text rules read (characters, subject first). Every
 * rule is linear, and this bounds the time a Send can take over its text (about 0.3 s for a
 * referral in classic Outlook's runtime, BENCHMARKS.md). A mail that is longer is still judged on
 * what was read, and 'content-not-fully-checked' says so (a question: the rest was not read).
 */
export const MAX_SCANNED_TEXT = 1024 * 1024;

/** Letters and digits only, lower case: "ABCD-EFGH 2345" is found as "abcdefgh2345". */
function compact(s: string): string {
  return stripInvisible(s.normalize('NFKC')).toLowerCase().replace(WORD_SEPARATORS, '');
}

/** The password the pane made (known only to the pane), written in any grouping or case. */
export function containsPassword(text: string, password: string): boolean {
  if (password.length === 0) return false;
  const p = compact(password);
  return text.includes(password) || (p.length > 0 && compact(text).includes(p));
}

export type ContentInput = {
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly AttachmentInfo[];
  readonly password?: string | undefined;
  readonly traces?: ClientTraces | undefined;
  /** The hash the pane recorded for its zip (header X-KG-Attachment-SHA256), when known. */
  readonly encryptedZipSha256?: string | undefined;
};

export type TextInput = Pick<ContentInput, 'subject' | 'body' | 'password' | 'traces'>;

const NAME_PART: { readonly [K in 'full' | 'first' | 'last']: NameWordPart } = { full: 'full', first: 'first', last: 'last' };

/**
 * The client-data findings of one text, strong ones as refusals and weak ones as questions
 * (src/domain/traces.ts grades them). A strong name finding makes the weak name findings of the
 * same text moot: the mail is refused anyway.
 */
function traceReasons(text: string, where: Where, matcher: TraceMatcher): Reason[] {
  const out: Reason[] = [];
  const found = matcher.find(text);
  const strongName = found.names.some((n) => n.grade === 'strong');
  if (strongName) out.push(reason('content-client-name', { where }));
  if (found.phone) out.push(reason('content-client-phone', { where }));
  if (found.email) out.push(reason('content-client-email', { where }));
  if (found.file.indexOf('strong') >= 0) out.push(reason('content-file-name-word', { where }));
  if (!strongName) {
    for (const n of found.names) if (n.grade !== 'strong') out.push(reason('content-client-name-word', { where, part: NAME_PART[n.part], why: n.grade }));
  }
  if (found.file.indexOf('strong') < 0) {
    for (const g of found.file) if (g !== 'strong') out.push(reason('content-client-name-word', { where, part: 'file', why: g }));
  }
  return out;
}

/**
 * The subject and body: the password (known to the pane only), anything shaped like one of our
 * passwords (three words of the password list in a row, or the old 4x4 symbols), a national register number, and the client's data by its traces. Also what the Send
 * check runs on any mail to an OCMW's domain or near it, before it merely asks. Linear in the
 * text, and at most MAX_SCANNED_TEXT characters of it are read. `matcher` lets a caller share the
 * per-mail memo of hashed tokens with the attachment names (checkContent).
 */
export function checkText(input: TextInput, matcher?: TraceMatcher): Reason[] {
  const reasons: Reason[] = [];
  const subject = input.subject.slice(0, MAX_SCANNED_TEXT);
  const body = input.body.slice(0, Math.max(0, MAX_SCANNED_TEXT - subject.length));
  const texts: ReadonlyArray<readonly [Where, string]> = [
    ['subject', subject],
    ['body', body],
  ];
  const traces = input.traces ? (matcher ?? traceMatcher(input.traces)) : undefined;
  for (const [where, written] of texts) {
    // As written, and as a reader sees it (another script's look-alike letters and digits, %40):
    // a finding in either counts, once.
    const found: Reason[] = [];
    for (const text of readings(written)) {
      const password = input.password !== undefined && containsPassword(text, input.password);
      if (password) found.push(reason('content-password', { where }));
      // The word passwords, and until December 2027 the old 4x4 symbols too (src/domain/formats.ts).
      else if (containsWordRun(text) || containsPasswordShape(text)) found.push(reason('content-password-shape', { where }));
      if (containsNationalNumber(text)) found.push(reason('content-national-number', { where }));
      if (traces) found.push(...traceReasons(text, where, traces));
    }
    // As within one reading: the whole name found makes its single words moot.
    const strongName = found.some((r) => r.code === 'content-client-name');
    reasons.push(...distinct(strongName ? found.filter((r) => r.code !== 'content-client-name-word') : found));
  }
  if (input.subject.length + input.body.length > MAX_SCANNED_TEXT) reasons.push(reason('content-not-fully-checked', { limit: MAX_SCANNED_TEXT }));
  return reasons;
}

/**
 * A text as written and, where it differs, as a reader sees it: the neighbourhoods of what folds
 * (src/domain/confusables.ts).
 */
function readings(text: string): readonly string[] {
  const folded = lookalikeReading(text);
  return folded === undefined ? [text] : [text, folded];
}

/** Reasons without repeats (the same finding in both readings of a text), in their first order. */
function distinct(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every content rule of a referral: its text and its attachments. */
export function checkContent(input: ContentInput): Reason[] {
  const matcher = input.traces ? traceMatcher(input.traces) : undefined;
  return [...checkText(input, matcher), ...checkAttachments(input, matcher)];
}

const ZIP_REASON: { readonly [P in ZipProblem]: 'attachment-zip-not-aes256' | 'attachment-zip-entry-name' | 'attachment-zip-invalid' } = {
  'not-a-zip': 'attachment-zip-invalid',
  'unexpected-data': 'attachment-zip-invalid',
  comment: 'attachment-zip-invalid',
  'not-encrypted': 'attachment-zip-not-aes256',
  'not-aes256': 'attachment-zip-not-aes256',
  'readable-data': 'attachment-zip-not-aes256',
  'entry-name': 'attachment-zip-entry-name',
};

function checkAttachments(input: ContentInput, matcher: TraceMatcher | undefined): Reason[] {
  const reasons: Reason[] = [];
  const expected = input.encryptedZipSha256?.toLowerCase();
  const claimed = input.attachments.filter((a) => a.isOurEncryptedZip);
  // A zip whose bytes no longer hash to what the pane recorded was swapped or edited after encryption.
  const changed = claimed.filter((a) => expected !== undefined && a.sha256 !== undefined && a.sha256.toLowerCase() !== expected);
  const ours = claimed.filter((a) => !changed.includes(a));
  // Inline images are named apart: the pane removes them, and "not encrypted" would not say which.
  const inline = input.attachments.filter((a) => !a.isOurEncryptedZip && a.isInline === true);
  const plaintext = input.attachments.filter((a) => !a.isOurEncryptedZip && a.isInline !== true);

  if (plaintext.length > 0) reasons.push(reason('attachment-not-encrypted', { count: plaintext.length }));
  if (inline.length > 0) reasons.push(reason('attachment-inline', { names: inline.map((a) => a.name) }));
  if (changed.length > 0) reasons.push(reason('attachment-changed-after-encryption', {}));
  // The zip's own bytes (src/domain/zipInspect.ts): hand-set headers over a plaintext zip do not pass.
  const zipCodes: Array<(typeof ZIP_REASON)[ZipProblem]> = [];
  for (const a of claimed) for (const p of a.zipProblems ?? []) if (zipCodes.indexOf(ZIP_REASON[p]) < 0) zipCodes.push(ZIP_REASON[p]);
  for (const code of zipCodes) reasons.push(reason(code, {}));
  if (matcher) {
    // A file name is judged strictly: weak name words in it are client data too (a team member's
    // "Ben Rand.pdf" names the client, whatever "ben" means in a sentence).
    const named = input.attachments.filter((a) =>
      readings(a.name).some((name) => {
        const hits = matcher.find(name);
        return hits.names.length > 0 || hits.phone || hits.email;
      }),
    ).length;
    if (named > 0) reasons.push(reason('attachment-name-client-data', { count: named }));
  }
  if (input.attachments.some((a) => readings(a.name).some(containsNationalNumber)))
    reasons.push(reason('content-national-number', { where: 'attachment-name' }));
  if (input.password !== undefined && input.attachments.some((a) => containsPassword(a.name, input.password ?? ''))) {
    reasons.push(reason('content-password', { where: 'attachment-name' }));
  }
  if (ours.length > 1) reasons.push(reason('attachment-multiple-encrypted-zips', { count: ours.length }));
  if (ours.length === 0 && changed.length === 0) reasons.push(reason('attachment-missing-encrypted-zip', {}));
  return reasons;
}
