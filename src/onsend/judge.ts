// The Send check's decision, apart from Office: given a MailboxPort, the registry and the time,
// what should Outlook do with this mail? The shell (handler.ts) only turns the Verdict into
// event.completed. The rules themselves are evaluateSend's (src/domain), as in the pane.
//
// What is read: To/Cc/Bcc and our headers first. A mail that is not marked and has no recipient
// that is, imitates or comes near a registered mailbox (nor the admin's test address, a list, an address at an OCMW's
// domain or a non-ASCII address) is allowed right there: no subject, body or attachment is read.
// A distribution list or an address at an OCMW's domain alone costs one more read (are there
// attachments?). Everything else is read whole (readMailSnapshot) and judged by evaluateSend; for
// a mail to an OCMW that the pane did not mark, the first bytes of its inline attachments and
// pictures too (a logo or a screenshot?).
//
// When something goes wrong (Office keeps failing, our code throws, the watchdog fires), the
// verdict depends on what is already known (`Progress`), see failureVerdict:
// - recipients not (all) read and nothing shows a referral: held. The unread field may hold the
//   OCMW mailbox, and the recipient is what the protocols are about.
// - a referral: marked by the pane, or a recipient that is, imitates or pretends to be a
//   registered mailbox: held ("could not check"). A referral must not leave unchecked.
// - anything else (not marked, no such recipient; an ordinary mail or a near miss): allowed. A
//   fault of ours must not stop a tenant's mail, and this mail cannot reach an OCMW's registered
//   mailbox; holding it would turn every bug into an outage for every team member.
import type { MailKind, Outcome, Reason, Recipient, Registry } from '../domain';
import { RECIPIENT_FIELDS, evaluateSend, isSendCheckTestAddress, plainAddress, reason, screenRecipients } from '../domain';
import type { RetryOptions } from '../office/retry';
import { withRetry } from '../office/retry';
import type { KnownState } from '../office/readSnapshot';
import type { MailboxPort } from '../office/port';
import { readMailSnapshot, readMarker, readRecipients } from '../office/readSnapshot';

export type Verdict = {
  readonly outcome: Outcome;
  /**
   * What the outcome rests on: the kind of mail the rules judged (evaluateSend), or
   * marker-invalid (the pane's headers are damaged), check-failed (a referral could not be
   * checked), unclassified (a mail that could not be told apart from a referral), our-fault
   * (the check failed on a mail that cannot be a referral, and lets it go).
   */
  readonly basis: MailKind | 'marker-invalid' | 'check-failed' | 'unclassified' | 'our-fault';
  /** Most important first; empty when allowed. */
  readonly reasons: readonly Reason[];
};

/** How far the judge got: what the failure policy may rely on. */
export type Stage = 'addressing' | 'not-a-referral' | 'referral';
export type Progress = { stage: Stage };

export type JudgeOptions = {
  /** Retries of transient Office failures; the handler keeps the pauses short (Send is waiting). */
  readonly retry?: RetryOptions;
  /** Updated as the judge learns what the mail is; the handler's watchdog reads it. */
  readonly progress?: Progress;
};

export const ALLOW_ORDINARY: Verdict = { outcome: 'allow', basis: 'ordinary', reasons: [] };

export function checkFailed(basis: 'check-failed' | 'unclassified' = 'check-failed'): Verdict {
  return { outcome: 'block', basis, reasons: [reason('check-failed', {})] };
}

/** The verdict when the check cannot finish (see the head of this file). */
export function failureVerdict(stage: Stage): Verdict {
  if (stage === 'referral') return checkFailed('check-failed');
  if (stage === 'addressing') return checkFailed('unclassified');
  return { outcome: 'allow', basis: 'our-fault', reasons: [] };
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
  const progress = options.progress ?? { stage: 'addressing' };
  try {
    return await judge(port, registry, now, options.retry, progress);
  } catch {
    // A bug, or Office failing past the retries: decided by what is known so far.
    return failureVerdict(progress.stage);
  }
}

async function judge(port: MailboxPort, registry: Registry, now: Date, retry: RetryOptions | undefined, progress: Progress): Promise<Verdict> {
  const [fields, marker] = await Promise.all([
    Promise.all(RECIPIENT_FIELDS.map((field) => settle(readRecipients(port, field, retry)))),
    settle(readMarker(port, retry)),
  ]);
  const recipients = fields.reduce<Recipient[]>((all, f) => (f.ok ? all.concat(f.value) : all), []);
  const allRecipientsRead = fields.every((f) => f.ok);
  const marked = marker.ok && marker.value.status !== 'absent';

  // The plainest facts first, so that a fault in the screening below still finds a referral held.
  const mailboxes = new Set(registry.protocols.map((p) => p.mailbox.toLowerCase()));
  if (marked || recipients.some((r) => /^[\x20-\x7e]*$/.test(r.address) && mailboxes.has(plainAddress(r.address).toLowerCase()))) {
    progress.stage = 'referral';
  }
  const screen = screenRecipients(recipients, registry);
  const referral = marked || screen.imitation || screen.registered.length > 0;
  if (referral) progress.stage = 'referral';
  if (!allRecipientsRead) return referral ? checkFailed() : checkFailed('unclassified');
  if (!referral) progress.stage = 'not-a-referral';

  const asks = screen.nearMisses.length > 0 || screen.groups.length > 0 || screen.sameDomain.length > 0 || screen.nonAscii.length > 0;
  // The admin's test mail goes through the whole check, so its alert proves that the check runs.
  const test = recipients.some((r) => isSendCheckTestAddress(r.address));
  if (!referral && !asks && !test) return ALLOW_ORDINARY;
  // Headers unreadable: for a referral that is a failed check; otherwise the mail is judged as
  // unmarked (it is not addressed to an OCMW's registered mailbox).
  if (!marker.ok && referral) return checkFailed();
  const m = marker.ok ? marker.value : ({ status: 'absent' } as const);
  if (m.status === 'invalid') {
    const reasons = m.headers.map((header) => reason('referral-marker-invalid', { header }));
    return reasons.length > 0 ? { outcome: 'block', basis: 'marker-invalid', reasons } : checkFailed();
  }
  if (!referral && !test && screen.nearMisses.length === 0 && screen.nonAscii.length === 0 && screen.sameDomain.length === 0) {
    // Only groups: a question only when the mail carries attachments (inline images do not
    // count). An address at an OCMW's domain is read on: our password or a national register
    // number may go nowhere at an OCMW, attachments or not.
    const attachments = await withRetry(() => port.getAttachments(), retry);
    const counted = screen.sameDomain.length > 0 ? attachments : attachments.filter((a) => !a.isInline);
    if (counted.length === 0) return ALLOW_ORDINARY;
  }

  // A marked mail is judged by the protocol and consent its headers record; an unmarked one as a
  // mail ('mail' scope): a referral if its recipients or attachments make it one (and the rules
  // then say what the pane would have asked for), else a follow-up or near miss to ask about.
  const known: KnownState =
    m.status === 'valid'
      ? { location: { by: 'protocolId', value: m.marker.protocolId }, consentConfirmed: m.marker.consent === 'confirmed' }
      : { scope: 'mail' };
  // An unmarked mail to an OCMW: read what its pictures are (the rules tell a logo from a screenshot).
  const sniff = m.status !== 'valid' && !screen.imitation && (screen.registered.length > 0 || screen.sameDomain.length > 0);
  const { snapshot } = await readMailSnapshot(port, known, { addressing: { recipients, marker: m }, sniff, ...(retry ? { retry } : {}) });
  const decision = evaluateSend(snapshot, registry, now);
  return { outcome: decision.outcome, basis: decision.kind, reasons: decision.reasons };
}
