// "Toch verzenden" for weak findings, remembered for one mail.
//
// A weak finding (a word of the client's name that is also a common word, the team member's own
// name or a word of the protocol; a mail too long to read whole) is a question. Outlook asks it
// at Send only from Mailbox 1.14 on; before that, a question at Send can only be a refusal. The
// task pane can always ask: when the user chooses "Toch verzenden" there, the pane records which
// findings were acknowledged (their ids, never the words) in the item's sessionData, beside the
// traces, and every check after that (the pane's and the Send check's, on any client) lets those
// findings pass.
//
// Invariants (why it cannot hide what it must not):
// - Only findings whose outcome is a question can be acknowledged (ACKNOWLEDGEABLE, each a
//   'prompt' in REASON_OUTCOME); a refusal is never dropped, whatever the record says.
// - An acknowledgement covers the findings as the check sees them now: every weak finding of the
//   mail must be in it, or none is dropped (a new weak word asks again).
// - It is bound to the traces it was given for (their salt, new for every referral): one made for
//   another referral, or before the traces changed, covers nothing.
import * as z from 'zod/mini';
import type { Reason, ReasonCode } from './reasonParams';
import { REASON_OUTCOME } from './reasons';

export const ACKNOWLEDGEABLE: readonly ReasonCode[] = ['content-client-name-word', 'content-not-fully-checked'];

export const Acknowledgement = z.strictObject({
  v: z.literal(1),
  /** The salt of the traces it was given with ('' when the mail had none). */
  salt: z.string().check(z.regex(/^([0-9a-f]{32})?$/)),
  /** The ids of the acknowledged findings (findingId). */
  findings: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(64)),
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;

/** The id of a finding that can be acknowledged, or null: its code and where and what, never its words. */
export function findingId(r: Reason): string | null {
  if (ACKNOWLEDGEABLE.indexOf(r.code) < 0 || REASON_OUTCOME[r.code] !== 'prompt') return null;
  if (r.code === 'content-client-name-word') return `${r.code}:${r.where}:${r.part}:${r.why}`;
  return r.code;
}

/** The ids of the acknowledgeable findings among `reasons`, each once. */
export function acknowledgeableIds(reasons: readonly Reason[]): string[] {
  const ids: string[] = [];
  for (const r of reasons) {
    const id = findingId(r);
    if (id !== null && ids.indexOf(id) < 0) ids.push(id);
  }
  return ids;
}

/** The record the pane stores when the user acknowledges `reasons` for traces salted `salt`. */
export function acknowledge(reasons: readonly Reason[], salt: string): Acknowledgement {
  return { v: 1, salt, findings: acknowledgeableIds(reasons) };
}

/**
 * `reasons` without the weak findings `ack` covers: all of them when it covers every one (for
 * these traces), else none.
 */
export function applyAcknowledgement(reasons: readonly Reason[], ack: Acknowledgement | undefined, salt: string): Reason[] {
  const ids = acknowledgeableIds(reasons);
  if (!ack || ack.salt !== salt || ids.length === 0 || ids.some((id) => ack.findings.indexOf(id) < 0)) return [...reasons];
  return reasons.filter((r) => findingId(r) === null);
}
