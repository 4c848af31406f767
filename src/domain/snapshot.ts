// What the rules are given about a mail: parsed once at the edge (the pane from its form and the
// MailboxPort, the Send handler from Office and the headers), then trusted by the core.
//
// Two sizes: a ReferralSnapshot (who, where, consent) is enough to judge the addressing, which
// the command line does without a message; a MailSnapshot adds what only a real mail has.
import * as z from 'zod/mini';
import * as en from '../words/en/send';
import * as nl from '../words/nl/send';
import { Acknowledgement } from './acknowledgement';
import type { LocalizedText } from './lang';
import { ClientLocation } from './location';
import type { Problem } from './problemParams';
import { mailProblem } from './problems';
import { CONTENT_FORMATS } from './attachmentEvidence';
import { clampAttachmentName } from './clamp';
import { SHA256_HEX } from './formats';
import { Recipient } from './recipient';
import { ClientTraces } from './traces';
import { ZIP_PROBLEMS } from './zipInspect';

// Any case, as a snapshot has always accepted; the add-in itself writes lower case (SHA256_HEX).
const Sha256 = z.string().check(z.regex(new RegExp(SHA256_HEX.source, 'i')));

export const SnapshotAttachment = z.strictObject({
  /** Cut, not refused, when longer than any real name (src/domain/clamp.ts). */
  name: z.string().check(z.overwrite(clampAttachmentName)),
  size: z.int().check(z.nonnegative()),
  isOurEncryptedZip: z.boolean(),
  sha256: z.optional(Sha256),
  /** An image shown inside the body (a signature logo, a pasted screenshot), as Outlook reports it. */
  isInline: z.optional(z.boolean()),
  /** What the zip inspector (src/domain/zipInspect.ts) found in a zip claimed as ours; empty: nothing. */
  zipProblems: z.optional(z.array(z.enum(ZIP_PROBLEMS)).check(z.maxLength(ZIP_PROBLEMS.length))),
  /**
   * What its first bytes say (src/domain/attachmentEvidence.ts): read by the Send check for the
   * inline attachments and pictures of a mail to an OCMW, to tell a logo from a screenshot.
   */
  content: z.optional(
    z.strictObject({
      format: z.enum(CONTENT_FORMATS),
      width: z.optional(z.int().check(z.nonnegative())),
      height: z.optional(z.int().check(z.nonnegative())),
    }),
  ),
});
export type SnapshotAttachment = z.infer<typeof SnapshotAttachment>;

export const ReferralSnapshot = z.strictObject({
  /** null when the client's location is not known (yet): the rules then refuse. */
  location: z.nullable(ClientLocation),
  /** All of them, however many: the one not judged could be the OCMW's mailbox. */
  recipients: z.array(Recipient),
  consentConfirmed: z.boolean(),
});
export type ReferralSnapshot = z.infer<typeof ReferralSnapshot>;

/**
 * How much of a mail the rules judge as a referral. 'referral' (the default): the pane is preparing
 * it, or the pane's headers mark it; every referral rule applies. 'mail': the Send check, on a mail
 * without our headers; it is judged as a referral only when its recipients or attachments make it
 * one, and otherwise allowed or, near an OCMW, asked about (src/domain/evaluate.ts).
 */
export const SnapshotScope = z.enum(['referral', 'mail']);
export type SnapshotScope = z.infer<typeof SnapshotScope>;

export const MailSnapshot = z.extend(ReferralSnapshot, {
  scope: z.optional(SnapshotScope),
  subject: z.string(),
  /** the body as plain text */
  body: z.string(),
  attachments: z.array(SnapshotAttachment),
  /** known to the pane after encryption; the Send handler never has it */
  password: z.optional(z.string()),
  /**
   * Salted hashes of what the pane knows about the client (its form, the original file name):
   * the pane's in memory, the Send check's from the item's sessionData (src/domain/traces.ts).
   */
  traces: z.optional(ClientTraces),
  /**
   * The item's sessionData held traces that do not parse (truncated, damaged): the traces are
   * unknown. A referral is then refused (src/domain/evaluate.ts); any other mail is judged without them.
   */
  tracesUnreadable: z.optional(z.boolean()),
  /** the hash the pane recorded for its zip (header X-KG-Attachment-SHA256) */
  encryptedZipSha256: z.optional(Sha256),
  /** The weak findings the user let pass in the pane ("Toch verzenden"), from the item's sessionData (acknowledgement.ts). */
  acknowledged: z.optional(Acknowledgement),
});
export type MailSnapshot = z.infer<typeof MailSnapshot>;
export type MailSnapshotInput = z.input<typeof MailSnapshot>;

type ExpectKey = keyof typeof nl.snapshotExpect;
/** What a field must be, in both languages (src/words/<lang>/send.ts, `snapshotExpect`). */
const expectOf = (key: ExpectKey): LocalizedText => ({ nl: nl.snapshotExpect[key], en: en.snapshotExpect[key] });
const isExpectKey = (pattern: string): pattern is ExpectKey => Object.prototype.hasOwnProperty.call(nl.snapshotExpect, pattern);

export type SnapshotResult<T> = { ok: true; snapshot: T } | { ok: false; problems: Problem[] };

// The messages name the field only, never the value: a snapshot may hold the password.
function toProblems(error: z.core.$ZodError): Problem[] {
  return error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return keys.map((path) => {
      const field = path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
      const pattern = path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[]` : acc ? `${acc}.${String(k)}` : String(k)), '');
      const expected = expectOf(issue.code === 'unrecognized_keys' ? 'unknownField' : isExpectKey(pattern) ? pattern : 'fallback');
      return mailProblem('snapshot-field', { field: field || '(root)', expected });
    });
  });
}

export function parseMailSnapshot(data: unknown): SnapshotResult<MailSnapshot> {
  const r = MailSnapshot.safeParse(data);
  return r.success ? { ok: true, snapshot: r.data } : { ok: false, problems: toProblems(r.error) };
}

export function parseReferralSnapshot(data: unknown): SnapshotResult<ReferralSnapshot> {
  const r = ReferralSnapshot.safeParse(data);
  return r.success ? { ok: true, snapshot: r.data } : { ok: false, problems: toProblems(r.error) };
}
