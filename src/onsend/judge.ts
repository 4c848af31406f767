// The Send check's decision, apart from Office: given a MailboxPort, the registry and the time,
// what should Outlook do with this mail? The shell (handler.ts) only turns the Verdict into
// event.completed.
//
// Which mails are judged: a referral is a mail the pane marked (any of our headers, valid or
// not) or one with a recipient that is, imitates or displays a registered mailbox. Everything
// else is allowed after reading only To/Cc/Bcc and our headers: no subject, body or attachment.
//
// When Office cannot tell us enough (after retrying transient failures):
// - Something read already shows a referral: refuse (check-failed). A referral must not leave
//   unchecked.
// - A recipient field could not be read and nothing else shows a referral: refuse too. The
//   unread field may hold the OCMW mailbox, and the recipient is what the whole protocol is
//   about; this is also what Outlook itself does in Block mode when the add-in cannot load.
// - All recipients were read, none is or imitates a registered mailbox, and only our headers
//   could not be read: allow. Such a mail cannot reach an OCMW, and the only referral it could
//   be is one the pane already encrypted and then readdressed; blocking every ordinary mail
//   on a header read would let a flaky add-in stop the team's mail.
import type { Reason, Registry } from '../domain';
import { RECIPIENT_FIELDS, evaluateSend, isRegistryMailboxOrLookalike, reason } from '../domain';
import type { RetryOptions } from '../office/retry';
import type { KnownState } from '../office/readSnapshot';
import type { MailboxPort } from '../office/port';
import { readMailSnapshot, readMarker, readRecipients } from '../office/readSnapshot';

export type Verdict =
  | { readonly allow: true; readonly basis: 'not-a-referral' | 'referral-passes' }
  | {
      readonly allow: false;
      /**
       * rules: evaluateSend refused; marker-invalid: the pane's headers are damaged;
       * check-failed: a referral could not be checked; unclassified: a mail that could not be
       * told apart from a referral.
       */
      readonly basis: 'rules' | 'marker-invalid' | 'check-failed' | 'unclassified';
      /** Most important first. */
      readonly reasons: readonly Reason[];
    };

export type JudgeOptions = {
  /** Retries of transient Office failures; the handler keeps the pauses short (Send is waiting). */
  readonly retry?: RetryOptions;
};

export const ALLOW_ORDINARY: Verdict = { allow: true, basis: 'not-a-referral' };

export function checkFailed(basis: 'check-failed' | 'unclassified' = 'check-failed'): Verdict {
  return { allow: false, basis, reasons: [reason('check-failed', {})] };
}

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

// Promise.allSettled is ES2020 and missing in classic Outlook's runtime.
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value): Settled<T> => ({ ok: true, value }),
    (): Settled<T> => ({ ok: false }),
  );
}

export async function judgeMail(port: MailboxPort, registry: Registry, now: Date, options: JudgeOptions = {}): Promise<Verdict> {
  try {
    return await judge(port, registry, now, options);
  } catch {
    // A bug or an unexpected Office answer: we do not know what this mail is, so it waits.
    return checkFailed('unclassified');
  }
}

async function judge(port: MailboxPort, registry: Registry, now: Date, options: JudgeOptions): Promise<Verdict> {
  const [fields, marker] = await Promise.all([
    Promise.all(RECIPIENT_FIELDS.map((field) => settle(readRecipients(port, field, options.retry)))),
    settle(readMarker(port, options.retry)),
  ]);
  const recipients = fields.flatMap((f) => (f.ok ? f.value : []));
  const allRecipientsRead = fields.every((f) => f.ok);
  const toRegistry = recipients.some((r) => isRegistryMailboxOrLookalike(r.address, registry, r.displayName));
  const marked = marker.ok && marker.value.status !== 'absent';

  if (!toRegistry && !marked) return allRecipientsRead ? ALLOW_ORDINARY : checkFailed('unclassified');

  // A referral from here on.
  if (!allRecipientsRead || !marker.ok) return checkFailed();
  const m = marker.value;
  if (m.status === 'invalid') {
    const reasons = m.headers.map((header) => reason('referral-marker-invalid', { header }));
    return reasons.length > 0 ? { allow: false, basis: 'marker-invalid', reasons } : checkFailed();
  }
  // Without a marker the pane was bypassed: no location and no consent are known, and the rules
  // say so (with whatever else is wrong), which sends the user to the pane.
  const known: KnownState =
    m.status === 'valid' ? { location: { by: 'protocolId', value: m.marker.protocolId }, consentConfirmed: m.marker.consent === 'confirmed' } : {};

  let snapshot;
  try {
    snapshot = (await readMailSnapshot(port, known, { addressing: { recipients, marker: m }, ...(options.retry ? { retry: options.retry } : {}) })).snapshot;
  } catch {
    return checkFailed();
  }
  const decision = evaluateSend(snapshot, registry, now);
  return decision.allowed ? { allow: true, basis: 'referral-passes' } : { allow: false, basis: 'rules', reasons: decision.reasons };
}
