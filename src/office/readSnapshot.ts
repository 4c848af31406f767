// Builds the MailSnapshot the rules judge, from a MailboxPort. The task pane and the Send
// handler both come through here, so they read the same mail the same way and evaluateSend
// sees the same snapshot from both.
//
// Invariants:
// - Only reads; nothing here changes the mail.
// - Reads are retried on transient Office failures only (they are safe to repeat); any other
//   failure rejects with the MailboxError, never with mail content in its message.
// - Attachment bytes are read only for an attachment named as our zip for the marker's
//   reference (src/domain/formats.ts); every other attachment is judged on its
//   metadata, so a mail with a big unrelated file is not slowed down by hashing it.
// - An attachment so named is *claimed* as ours (isOurEncryptedZip) and carries the hash of its
//   bytes and what the zip inspector found in them (src/domain/zipInspect.ts); the rules compare
//   the hash with the one the pane recorded (a mismatch is "changed after encryption", not
//   "missing") and refuse a zip that is not AES-256 throughout, whatever the headers say.
// - With `sniff` (the Send check, for a mail to an OCMW), the first bytes of inline attachments
//   and pictures (at most MAX_SNIFFED, SNIFF_BYTES each) give their format and pixel size, to tell
//   a logo from a screenshot (src/domain/attachmentEvidence.ts). A read that fails leaves the
//   attachment judged on its name and size.
// - The mail's own content never makes the read fail: values longer than any real one are cut
//   by the schema (src/domain/clamp.ts), and traces that do not parse are reported as unreadable
//   (the rules refuse a referral on that) instead of failing the check.
import type { ClientLocation, MarkerResult, Recipient, RecipientField, SnapshotAttachment, SnapshotScope, Sniffed } from '../domain';
import {
  ACKNOWLEDGEMENT_SESSION_KEY,
  Acknowledgement,
  ClientTraces,
  MailSnapshot,
  REFERRAL_HEADER_NAMES,
  SNIFF_BYTES,
  TRACES_SESSION_KEY,
  inspectZip,
  isPictureName,
  isZipNameFor,
  parseMarker,
  sha256HexAsync,
  sniffContent,
} from '../domain';
import { base64ToBytes } from '../domain/base64';
import type { MailAttachment, MailboxPort } from './port';
import { MailboxError, toRecipients } from './port';
import type { RetryOptions } from './retry';
import { withRetry } from './retry';

/** What the caller knows that the mail does not say (the pane from its form; the handler from the marker). */
export type KnownState = {
  /** Absent or null: not known, and the rules refuse. */
  readonly location?: ClientLocation | null | undefined;
  readonly consentConfirmed?: boolean | undefined;
  readonly password?: string | undefined;
  /**
   * The pane passes the traces it holds in memory; without them they are read from the item's
   * sessionData, where the pane stored them (what the Send check does).
   */
  readonly traces?: ClientTraces | undefined;
  /** Absent: 'referral' (the pane). The Send check passes 'mail' for a mail without our headers. */
  readonly scope?: SnapshotScope | undefined;
};

/** Who the mail goes to and what the pane wrote in its headers: enough to tell a referral. */
export type Addressing = { readonly recipients: Recipient[]; readonly marker: MarkerResult };

export type ReadOptions = {
  /** Retries of transient failures. The Send handler passes shorter pauses than the default. */
  readonly retry?: RetryOptions;
  /** Already read by the caller (the Send handler reads it first to decide whether to go on). */
  readonly addressing?: Addressing;
  /** Injectable for tests; default sha256HexAsync. */
  readonly hash?: (bytes: Uint8Array) => Promise<string>;
  /** Read the first bytes of inline attachments and pictures (see the invariants). */
  readonly sniff?: boolean;
};

/** At most this many attachments of one mail are sniffed; the rest are judged on name and size. */
export const MAX_SNIFFED = 10;

export type ReadResult = { readonly snapshot: MailSnapshot; readonly marker: MarkerResult };

export function readRecipients(port: MailboxPort, field: RecipientField, retry?: RetryOptions): Promise<Recipient[]> {
  return withRetry(() => port.getRecipients(field), retry).then((list) => toRecipients(field, list));
}

export function readMarker(port: MailboxPort, retry?: RetryOptions): Promise<MarkerResult> {
  return withRetry(() => port.getInternetHeaders(REFERRAL_HEADER_NAMES), retry).then(parseMarker);
}

/** Recipients (To, Cc, Bcc) and our headers only: no subject, body or attachments. */
export async function readAddressing(port: MailboxPort, options: Pick<ReadOptions, 'retry'> = {}): Promise<Addressing> {
  const [to, cc, bcc, marker] = await Promise.all([
    readRecipients(port, 'to', options.retry),
    readRecipients(port, 'cc', options.retry),
    readRecipients(port, 'bcc', options.retry),
    readMarker(port, options.retry),
  ]);
  return { recipients: [...to, ...cc, ...bcc], marker };
}

/** The format and pixel size of an attachment from its first SNIFF_BYTES; undefined when it cannot be read. */
async function sniffAttachment(port: MailboxPort, a: MailAttachment, retry: RetryOptions | undefined): Promise<Sniffed | undefined> {
  try {
    const base64 = await withRetry(() => port.getAttachmentBase64(a.id), retry);
    // Only the start is decoded: whole base64 quads, white space (which Office does not send) aside.
    const start = base64.slice(0, Math.ceil(SNIFF_BYTES / 3) * 4).replace(/\s+/g, '');
    return sniffContent(base64ToBytes(start.slice(0, start.length - (start.length % 4))));
  } catch {
    return undefined;
  }
}

async function describeAttachment(
  port: MailboxPort,
  a: MailAttachment,
  reference: string | undefined,
  options: ReadOptions,
  sniff: boolean,
): Promise<SnapshotAttachment> {
  const size = Number.isFinite(a.size) && a.size > 0 ? Math.floor(a.size) : 0;
  const claimed = reference !== undefined && a.attachmentType === 'file' && !a.isInline && isZipNameFor(a.name, reference);
  if (!claimed) {
    const content = sniff ? await sniffAttachment(port, a, options.retry) : undefined;
    return { name: a.name, size, isOurEncryptedZip: false, ...(a.isInline ? { isInline: true } : {}), ...(content ? { content } : {}) };
  }
  const bytes = await withRetry(() => port.getAttachmentContent(a.id), options.retry);
  const sha256 = await (options.hash ?? sha256HexAsync)(bytes);
  return { name: a.name, size: bytes.length, isOurEncryptedZip: true, sha256, zipProblems: [...inspectZip(bytes, { reference }).problems] };
}

/** What the item's sessionData says about the client: traces, none, or some that do not parse. */
export type StoredTraces = { readonly traces?: ClientTraces; readonly unreadable: boolean };

/**
 * The client traces the pane stored on this item: none when there are none or the client has no
 * sessionData (Mailbox < 1.11); `unreadable` when they exist but do not parse (truncated,
 * damaged). The latter is the mail's content, not a fault: it never fails the read, and the rules
 * decide what it means (a referral is refused, src/domain/evaluate.ts).
 */
export async function readTraces(port: MailboxPort, retry?: RetryOptions): Promise<StoredTraces> {
  let raw: string | null;
  try {
    raw = await withRetry(() => port.getSessionData(TRACES_SESSION_KEY), retry);
  } catch (error) {
    if (error instanceof MailboxError && error.code === 'not-supported') return { unreadable: false };
    throw error;
  }
  if (raw === null || raw === '') return { unreadable: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { unreadable: true };
  }
  const parsed = ClientTraces.safeParse(data);
  return parsed.success ? { traces: parsed.data, unreadable: false } : { unreadable: true };
}

/**
 * The user's "Toch verzenden" on weak findings that the pane stored on this item, or undefined
 * when there is none, the client has no sessionData, or it does not parse: an acknowledgement can
 * only let findings pass, so one that cannot be read lets none pass (src/domain/acknowledgement.ts).
 */
export async function readAcknowledgement(port: MailboxPort, retry?: RetryOptions): Promise<Acknowledgement | undefined> {
  let raw: string | null;
  try {
    raw = await withRetry(() => port.getSessionData(ACKNOWLEDGEMENT_SESSION_KEY), retry);
  } catch (error) {
    if (error instanceof MailboxError && error.code === 'not-supported') return undefined;
    throw error;
  }
  if (raw === null || raw === '') return undefined;
  try {
    const parsed = Acknowledgement.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the whole mail into a parsed MailSnapshot. With a valid marker, the pane's recorded zip
 * hash becomes encryptedZipSha256 and the zip named for its reference is read and hashed.
 */
export async function readMailSnapshot(port: MailboxPort, known: KnownState, options: ReadOptions = {}): Promise<ReadResult> {
  const [addressing, subject, body, attachments] = await Promise.all([
    options.addressing ? Promise.resolve(options.addressing) : readAddressing(port, options),
    withRetry(() => port.getSubject(), options.retry),
    withRetry(() => port.getBodyText(), options.retry),
    withRetry(() => port.getAttachments(), options.retry),
  ]);
  const marker = addressing.marker;
  const valid = marker.status === 'valid' ? marker.marker : undefined;
  // One at a time: each may be megabytes, and Outlook on the web allows few calls at once.
  const described: SnapshotAttachment[] = [];
  let sniffed = 0;
  for (const a of attachments) {
    const sniff = options.sniff === true && sniffed < MAX_SNIFFED && a.attachmentType === 'file' && (a.isInline || isPictureName(a.name));
    if (sniff) sniffed++;
    described.push(await describeAttachment(port, a, valid?.reference, options, sniff));
  }
  const stored: StoredTraces = known.traces ? { traces: known.traces, unreadable: false } : await readTraces(port, options.retry);
  const traces = stored.traces;
  const acknowledged = await readAcknowledgement(port, options.retry);

  const parsed = MailSnapshot.safeParse({
    location: known.location ?? null,
    recipients: addressing.recipients,
    consentConfirmed: known.consentConfirmed === true,
    subject,
    body,
    attachments: described,
    ...(known.scope !== undefined ? { scope: known.scope } : {}),
    ...(known.password !== undefined ? { password: known.password } : {}),
    ...(traces !== undefined ? { traces } : {}),
    ...(stored.unreadable ? { tracesUnreadable: true } : {}),
    ...(valid ? { encryptedZipSha256: valid.attachmentSha256 } : {}),
    ...(acknowledged ? { acknowledged } : {}),
  });
  // Outlook handed back something the schema cannot take even after cutting what is too long
  // (not a string where one belongs): a failed read, which the caller treats as such.
  if (!parsed.success) throw new MailboxError('failed', 'read mail', 'SnapshotOutOfBounds');
  return { snapshot: parsed.data, marker };
}
