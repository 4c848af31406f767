// What the pane does to the mail, through the MailboxPort only. No React here, so the order of
// the steps (and what is left behind when one fails) can be tested against the simulated mailbox.
//
// Invariants of encryptAndReplace:
// - The plaintext original is removed only after the zip was added AND re-read from the mail.
// - Nothing plaintext is ever added: the only bytes added are the encrypted zip.
// - An add is never blindly repeated: after a failed add the attachments are re-read, and a zip
//   that did arrive (Office may report failure for a change it made) is used, not added twice.
// - Only transient errors are retried, a bounded number of times (withRetry).
import type { ClientTraces, Recipient } from '../domain';
import { RECIPIENT_FIELDS, REFERRAL_HEADER_NAMES, TRACES_SESSION_KEY, isZipNameFor, markerHeaders, parseMarker, referenceOfZipName } from '../domain';
import type { MailAttachment, MailboxPort } from '../office/port';
import { MailboxError } from '../office/port';
import { toRecipients } from '../office/readSnapshot';
import type { Limiter } from '../office/retry';
import { isTransient, withRetry } from '../office/retry';
import type { Call, EncryptSource, EncryptStage, Encrypted, FailureCode, PriorReferral } from './types';

export type CallOptions = { limiter: Limiter; onRetry?: () => void; delaysMs?: readonly number[] };

/** Every Office call of the pane: limited to a few at once, transient failures retried. */
export function makeCall({ limiter, onRetry, delaysMs }: CallOptions): Call {
  return (op) => withRetry(() => limiter(op), { onRetry: () => onRetry?.(), ...(delaysMs ? { delaysMs } : {}) });
}

export async function readRecipients(port: MailboxPort, call: Call): Promise<Recipient[]> {
  const lists = await Promise.all(RECIPIENT_FIELDS.map((field) => call(() => port.getRecipients(field)).then((list) => toRecipients(field, list))));
  return lists.flatMap((list) => list);
}

/** To becomes exactly the registered mailbox; Cc and Bcc are emptied. Each set is idempotent. */
export async function setOnlyRegistered(port: MailboxPort, call: Call, mailbox: string): Promise<void> {
  await call(() => port.setRecipients('to', [{ emailAddress: mailbox }]));
  await call(() => port.setRecipients('cc', []));
  await call(() => port.setRecipients('bcc', []));
}

/** Attachments a team member could mean as "the form": real files, not inline images. */
export function formCandidates(list: readonly MailAttachment[]): MailAttachment[] {
  return list.filter((a) => a.attachmentType === 'file' && !a.isInline && referenceOfZipName(a.name) === null);
}

/** Reads our headers and the attachments; null when the mail holds nothing of an earlier referral. */
export async function findPriorReferral(port: MailboxPort, call: Call): Promise<PriorReferral | null> {
  const [headers, attachments] = await Promise.all([call(() => port.getInternetHeaders(REFERRAL_HEADER_NAMES)), call(() => port.getAttachments())]);
  const marker = parseMarker(headers);
  const zips = attachments.filter((a) => a.attachmentType === 'file' && referenceOfZipName(a.name) !== null).map((a) => ({ id: a.id, name: a.name }));
  if (marker.status === 'absent' && zips.length === 0) return null;
  const named = zips[0] ? referenceOfZipName(zips[0].name) : null;
  const reference = marker.status === 'valid' ? marker.marker.reference : named;
  const whole = marker.status === 'valid' && zips.length === 1 && zips[0] !== undefined && isZipNameFor(zips[0].name, marker.marker.reference);
  return { reference, zips, marker, whole };
}

/**
 * Removes the earlier referral's zip(s) and our headers, then looks again: 'cleared' only when the
 * mail holds nothing of it any more. Headers go last, so a mail left half-way still carries the
 * marker and the Send check keeps refusing it (missing or changed zip) rather than judging it as
 * an unmarked mail.
 */
export async function clearPriorReferral(port: MailboxPort, call: Call, prior: PriorReferral): Promise<'cleared' | 'failed'> {
  try {
    for (const zip of prior.zips) {
      if ((await removeOriginal(port, call, zip.id)) === 'still-attached') return 'failed';
    }
    await call(() => port.removeInternetHeaders(REFERRAL_HEADER_NAMES));
    return (await findPriorReferral(port, call)) === null ? 'cleared' : 'failed';
  } catch {
    return 'failed';
  }
}

export type EncryptDeps = {
  encrypt(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, password: string, onProgress: (done: number, total: number) => void): Promise<Uint8Array>;
  sha256(bytes: Uint8Array): Promise<string>;
  newPassword(): string;
  newReference(): string;
  names(reference: string, originalName: string): { entryName: string; zipName: string };
  /** Throws when the file cannot be encrypted (too large); lets us refuse before any Office call. */
  checkSize(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, password: string): void;
  isTooLarge(error: unknown): boolean;
  sleep?: (ms: number) => Promise<void>;
};

export type EncryptOutcome = { ok: true; result: Encrypted } | { ok: false; failure: FailureCode };

export type EncryptRequest = {
  port: MailboxPort;
  call: Call;
  source: EncryptSource;
  protocolId: string;
  /** The client traces for this mail, stored for the Send check with the headers. */
  traces: ClientTraces;
  deps: EncryptDeps;
  onStage: (stage: EncryptStage, done?: number, total?: number) => void;
};

const ADD_ATTEMPTS = 3;

export async function encryptAndReplace({ port, call, source, protocolId, traces, deps, onStage }: EncryptRequest): Promise<EncryptOutcome> {
  onStage('reading');
  let bytes: Uint8Array;
  try {
    bytes = source.kind === 'attachment' ? await call(() => port.getAttachmentContent(source.id)) : source.bytes;
  } catch {
    return { ok: false, failure: 'read-original' };
  }

  const password = deps.newPassword();
  // A form made in the pane already carries its reference (it is printed on the PDF).
  const reference = source.kind === 'document' ? source.reference : deps.newReference();
  const { entryName, zipName } = deps.names(reference, source.name);
  const files = [{ name: entryName, bytes }];
  let zip: Uint8Array;
  let sha256: string;
  try {
    deps.checkSize(files, password);
    onStage('encrypting', 0, bytes.length);
    zip = await deps.encrypt(files, password, (done, total) => onStage('encrypting', done, total));
    sha256 = await deps.sha256(zip);
  } catch (error) {
    return { ok: false, failure: deps.isTooLarge(error) ? 'too-large' : 'encrypt' };
  }

  onStage('attaching');
  let zipId: string;
  try {
    zipId = await addOnce(port, call, zipName, zip, deps.sleep);
  } catch {
    return { ok: false, failure: 'attach' };
  }

  onStage('confirming');
  try {
    const list = await call(() => port.getAttachments());
    const found = list.find((a) => a.id === zipId) ?? list.find((a) => a.name === zipName && a.size === zip.length);
    if (!found) return { ok: false, failure: 'confirm' };
    zipId = found.id;
  } catch {
    return { ok: false, failure: 'confirm' };
  }

  let original: Encrypted['original'] = null;
  if (source.kind === 'attachment') {
    onStage('removing');
    original = { id: source.id, name: source.name, status: await removeOriginal(port, call, source.id) };
  }

  onStage('headers');
  const headers = await writeHeaders(port, call, { reference, protocolId, sha256 });
  const tracesStored = await writeTraces(port, call, traces);
  return { ok: true, result: { reference, password, zipName, zipId, sha256, protocolId, original, headers, traces, tracesStored } };
}

/** Adds the zip, re-reading the attachments after any failure so it is never attached twice. */
async function addOnce(port: MailboxPort, call: Call, name: string, bytes: Uint8Array, sleep = defaultSleep): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(() => noRetry(() => port.addFileAttachment(name, bytes)));
    } catch (error) {
      const list = await call(() => port.getAttachments());
      const arrived = list.find((a) => a.name === name && a.size === bytes.length);
      if (arrived) return arrived.id;
      if (!isTransient(unwrap(error)) || attempt >= ADD_ATTEMPTS) throw unwrap(error);
      await sleep(300 * attempt);
    }
  }
}

/** Removes the original; a failed remove is checked against the mail before calling it failed. */
export async function removeOriginal(port: MailboxPort, call: Call, id: string): Promise<'removed' | 'still-attached'> {
  try {
    await call(() => port.removeAttachment(id));
    return 'removed';
  } catch {
    try {
      const list = await call(() => port.getAttachments());
      return list.some((a) => a.id === id) ? 'still-attached' : 'removed';
    } catch {
      return 'still-attached';
    }
  }
}

export async function writeHeaders(
  port: MailboxPort,
  call: Call,
  marker: { reference: string; protocolId: string; sha256: string },
): Promise<'written' | 'failed'> {
  try {
    const headers = markerHeaders({ reference: marker.reference, protocolId: marker.protocolId, consent: 'confirmed', attachmentSha256: marker.sha256 });
    await call(() => port.setInternetHeaders(headers));
    return 'written';
  } catch {
    return 'failed';
  }
}

export async function writeNeutralText(port: MailboxPort, call: Call, subject: string, body: string): Promise<void> {
  await call(() => port.setSubject(subject));
  await call(() => port.setBodyText(body));
}

// The add must not go through withRetry: a transient failure may have attached the zip, so the
// retry decision is addOnce's, after looking. Wrapping the error hides it from withRetry.
class NotRetried extends Error {
  constructor(readonly inner: unknown) {
    super('not retried');
  }
}
async function noRetry<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (error) {
    throw new NotRetried(error);
  }
}
function unwrap(error: unknown): unknown {
  return error instanceof NotRetried ? error.inner : error;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stores the client traces on the item for the Send check (sessionData, never sent). 'unsupported'
 * on clients before Mailbox 1.11: the Send check then cannot look for client data, which the
 * pane's own check still does with the traces it holds.
 */
export async function writeTraces(port: MailboxPort, call: Call, traces: ClientTraces): Promise<'written' | 'unsupported' | 'failed'> {
  try {
    await call(() => port.setSessionData(TRACES_SESSION_KEY, JSON.stringify(traces)));
    return 'written';
  } catch (error) {
    return error instanceof MailboxError && error.code === 'not-supported' ? 'unsupported' : 'failed';
  }
}
