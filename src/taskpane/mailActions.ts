// What the pane does to the mail, through the MailboxPort only. No React here, so the order of
// the steps (and what is left behind when one fails) can be tested against the simulated mailbox.
//
// Invariants of encryptAndReplace:
// - Nothing plaintext is ever added: the only bytes added are the encrypted zip, and (when an add
//   fails after the original was taken out to make room) the original itself, back where it was.
// - 'add-first': the plaintext original is removed only after the zip was added AND re-read from
//   the mail. 'original-out-first' (original and zip do not fit together): the original's content
//   is read and kept in memory before it is removed, and put back when the zip does not arrive;
//   if even that fails, the caller gets it back to hold (never lost while the pane is open).
// - An add is never blindly repeated: after a failed add the attachments are re-read, and a zip
//   that did arrive (Office may report failure for a change it made) is used, not added twice.
//   When that re-read fails too, the outcome is 'uncertain': the caller looks again before it says
//   anything, and never adds a second zip on a guess (addOnce, attachments.ts).
// - Every byte-heavy step (base64 decoding, encryption, hashing, base64 encoding) is the
//   worker's (deps.encrypt): this module only hands strings between Office and the worker.
// - Only transient errors are retried, a bounded number of times (withRetry).
import type { ClientTraces, Recipient } from '../domain';
import {
  RECIPIENT_FIELDS,
  REFERRAL_HEADER_NAMES,
  TRACES_SESSION_KEY,
  isZipNameFor,
  markerHeaders,
  parseMarker,
  referenceOfZipName,
  shippedRelease,
} from '../domain';
import { base64Size } from '../domain/base64';
import type { WorkerFile } from '../cryptoWorker/protocol';
import type { MailboxPort } from '../office/port';
import { MailboxError, toRecipients } from '../office/port';
import { withRetry } from '../office/retry';
import { addOnce, removeAttachmentChecked, restoreHeldOriginal } from './attachments';
import { isFinished } from './flow';
import type { Call, EncryptPlan, EncryptSource, EncryptStage, Encrypted, FailureCode, HeldOriginal, OriginalOutcome, PriorReferral } from './types';

export type CallOptions = { onRetry?: () => void; delaysMs?: readonly number[] };

/**
 * Every Office call of the pane, with its transient failures retried. Not limited here: the port
 * limits its own calls (officeMailbox.ts), so one limit holds for the pane and the Send check.
 */
export function makeCall({ onRetry, delaysMs }: CallOptions = {}): Call {
  return (op) => withRetry(op, { onRetry: () => onRetry?.(), ...(delaysMs ? { delaysMs } : {}) });
}

/**
 * To, Cc and Bcc together, through the pane's call (its retries show in the pane). The Send check
 * reads one field at a time with its own pauses (readRecipients in office/readSnapshot.ts).
 */
export async function readAllRecipients(port: MailboxPort, call: Call): Promise<Recipient[]> {
  const lists = await Promise.all(RECIPIENT_FIELDS.map((field) => call(() => port.getRecipients(field)).then((list) => toRecipients(field, list))));
  return lists.flatMap((list) => list);
}

/** To becomes exactly the registered mailbox; Cc and Bcc are emptied. Each set is idempotent. */
export async function writeOnlyRegistered(port: MailboxPort, call: Call, mailbox: string): Promise<void> {
  await call(() => port.setRecipients('to', [{ emailAddress: mailbox }]));
  await call(() => port.setRecipients('cc', []));
  await call(() => port.setRecipients('bcc', []));
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
 * an unmarked mail. The client traces of that referral go with it (best effort: a new
 * encryption writes its own).
 */
export async function clearPriorReferral(port: MailboxPort, call: Call, prior: PriorReferral): Promise<'cleared' | 'failed'> {
  try {
    for (const zip of prior.zips) {
      if ((await removeAttachmentChecked(port, call, zip.id)) === 'still-attached') return 'failed';
    }
    await call(() => port.removeInternetHeaders(REFERRAL_HEADER_NAMES));
    await call(() => port.removeSessionData(TRACES_SESSION_KEY)).catch(() => undefined);
    return (await findPriorReferral(port, call)) === null ? 'cleared' : 'failed';
  } catch {
    return 'failed';
  }
}

/** What the worker hands back: the zip as Office takes it, with its size and SHA-256. */
export type EncryptedZip = { zipBase64: string; size: number; sha256: string };

export type EncryptDeps = {
  /** Decodes, encrypts, hashes and encodes in the worker. */
  encrypt(file: WorkerFile, password: string, onProgress: (done: number, total: number) => void): Promise<EncryptedZip>;
  newPassword(): string;
  newReference(): string;
  names(reference: string, originalName: string): { entryName: string; zipName: string };
  /** Throws when the file cannot be encrypted (too large); lets us refuse before any Office call. */
  checkSize(files: ReadonlyArray<{ name: string; size: number }>, password: string): void;
  isTooLarge(error: unknown): boolean;
  sleep?: (ms: number) => Promise<void>;
};

export type EncryptOutcome =
  /** The final safe state: zip in and confirmed, original out, headers set. */
  | { kind: 'done'; result: Encrypted }
  /** The zip is in; the original is still there or the headers are missing (see result). */
  | { kind: 'unfinished'; result: Encrypted }
  /** Nothing of ours in the mail. */
  | { kind: 'failed'; failure: FailureCode; original: OriginalOutcome }
  /** Office's answer about the zip was lost: the mail must be read again before anything is said. */
  | { kind: 'uncertain'; zipName: string; held: HeldOriginal | null };

export type EncryptRequest = {
  port: MailboxPort;
  call: Call;
  source: EncryptSource;
  protocolId: string;
  /** The client traces for this mail, stored for the Send check before anything is added. */
  traces: ClientTraces;
  deps: EncryptDeps;
  plan: EncryptPlan;
  onStage: (stage: EncryptStage, done?: number, total?: number) => void;
};

export async function encryptAndReplace({ port, call, source, protocolId, traces, deps, plan, onStage }: EncryptRequest): Promise<EncryptOutcome> {
  const failed = (failure: FailureCode, original: OriginalOutcome = { where: 'kept' }): EncryptOutcome => ({ kind: 'failed', failure, original });

  onStage('reading');
  // The traces go to the item first, so the Send check has them as soon as anything of this
  // referral can be in the mail (a pane closed half-way still leaves them).
  const [content, tracesStored] = await Promise.all([
    source.kind === 'attachment'
      ? call(() => port.getAttachmentBase64(source.id)).then(
          (base64) => ({ base64 }),
          () => null,
        )
      : Promise.resolve({ bytes: source.bytes }),
    writeTraces(port, call, traces),
  ]);
  if (content === null) return failed('read-original');

  const password = deps.newPassword();
  // A form made in the pane already carries its reference (it is printed on the PDF).
  const reference = source.kind === 'document' ? source.reference : deps.newReference();
  const { entryName, zipName } = deps.names(reference, source.name);
  const file: WorkerFile = 'base64' in content ? { name: entryName, base64: content.base64 } : { name: entryName, bytes: content.bytes };
  let zip: EncryptedZip;
  try {
    const size = 'base64' in content ? base64Size(content.base64) : content.bytes.length;
    deps.checkSize([{ name: entryName, size }], password);
    onStage('encrypting', 0, size);
    zip = await deps.encrypt(file, password, (done, total) => onStage('encrypting', done, total));
  } catch (error) {
    return failed(deps.isTooLarge(error) ? 'too-large' : 'encrypt');
  }

  // Original and zip do not fit together: the original goes first, kept here until the zip is in.
  let held: HeldOriginal | null = null;
  if (plan === 'original-out-first' && source.kind === 'attachment' && 'base64' in content) {
    onStage('making-room');
    if ((await removeAttachmentChecked(port, call, source.id)) === 'still-attached') return failed('make-room');
    held = { name: source.name, base64: content.base64 };
  }
  const putBack = async (failure: FailureCode): Promise<EncryptOutcome> => {
    if (held === null) return failed(failure);
    onStage('restoring');
    const id = await restoreHeldOriginal(port, call, held, deps.sleep);
    return failed(failure, id === null ? { where: 'held', original: held } : { where: 'put-back', id });
  };

  onStage('attaching');
  const added = await addOnce(port, call, zipName, zip.zipBase64, zip.size, deps.sleep);
  if (added.kind === 'unknown') return { kind: 'uncertain', zipName, held };
  if (added.kind === 'not-added') return putBack(added.tooLarge ? 'attach-too-large' : 'attach');

  onStage('confirming');
  let zipId: string;
  try {
    const list = await call(() => port.getAttachments());
    const found = list.find((a) => a.id === added.id) ?? list.find((a) => a.name === zipName && a.size === zip.size);
    // Outlook said yes but the mail does not show it: nothing of ours is in.
    if (!found) return putBack('attach');
    zipId = found.id;
  } catch {
    return { kind: 'uncertain', zipName, held };
  }

  let original: Encrypted['original'] = null;
  if (source.kind === 'attachment') {
    if (held !== null) original = { id: source.id, name: source.name, status: 'removed' };
    else {
      onStage('removing');
      original = { id: source.id, name: source.name, status: await removeAttachmentChecked(port, call, source.id) };
    }
  }

  onStage('headers');
  const headers = await writeHeaders(port, call, { reference, protocolId, sha256: zip.sha256 });
  const result: Encrypted = { reference, password, zipName, zipId, sha256: zip.sha256, protocolId, original, headers, traces, tracesStored };
  return { kind: isFinished(result) ? 'done' : 'unfinished', result };
}

/** What is left of an unfinished referral, done: the original removed, the headers written. */
export async function finishReferral(port: MailboxPort, call: Call, result: Encrypted): Promise<Encrypted> {
  const original =
    result.original?.status === 'still-attached'
      ? { ...result.original, status: await removeAttachmentChecked(port, call, result.original.id) }
      : result.original;
  const headers =
    result.headers === 'written'
      ? 'written'
      : await writeHeaders(port, call, { reference: result.reference, protocolId: result.protocolId, sha256: result.sha256 });
  return { ...result, original, headers };
}

export async function writeHeaders(
  port: MailboxPort,
  call: Call,
  marker: { reference: string; protocolId: string; sha256: string },
): Promise<'written' | 'failed'> {
  try {
    // Which pane and registry prepared it (src/domain/release.ts): for support, never about the client.
    const { version, registry } = shippedRelease();
    const headers = markerHeaders({
      reference: marker.reference,
      protocolId: marker.protocolId,
      consent: 'confirmed',
      attachmentSha256: marker.sha256,
      addinVersion: version,
      registry,
    });
    await call(() => port.setInternetHeaders(headers));
    return 'written';
  } catch {
    return 'failed';
  }
}

/** The neutral subject, and the body above the team member's own signature (or `signoff` where there is none). */
export async function writeNeutralText(
  port: MailboxPort,
  call: Call,
  subject: string,
  body: string,
  signoff: string,
): Promise<'signature-kept' | 'no-signature'> {
  await call(() => port.setSubject(subject));
  return call(() => port.setBodyTextAboveSignature(body, signoff));
}

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
