// The one verdict. The task pane and the Send handler both call evaluateSend on a parsed
// snapshot, so they cannot disagree about the same mail. Pure: the time is an argument, the
// registry is an argument, nothing is read from anywhere else. Same input, same decision.
import type { CalendarDay } from './dates';
import { brusselsDay } from './dates';
import type { Reason } from './messages';
import { reason, sortReasons } from './messages';
import type { Protocol, ProtocolStatus, Registry } from './registry';
import { resolveProtocol } from './registry';
import { checkRecipients } from './recipients';
import { checkContent } from './content';
import type { MailSnapshot, ReferralSnapshot } from './snapshot';

export type Decision = {
  readonly allowed: boolean;
  /** The protocol that applies (also when it is not in force that day), or null when none does. */
  readonly protocol: Protocol | null;
  readonly protocolStatus: ProtocolStatus | 'not-found' | 'invalid-location' | 'no-location';
  /** The Brussels calendar day the decision is about. */
  readonly day: CalendarDay;
  /** Every reason to refuse, most important first; empty exactly when allowed. */
  readonly reasons: readonly Reason[];
};

/**
 * Protocol validity, recipients and consent: everything that can be judged without a message
 * (used by the command line's `verify`, and as the first half of evaluateSend).
 */
export function evaluateReferral(snapshot: ReferralSnapshot, registry: Registry, day: CalendarDay): Decision {
  const reasons: Reason[] = [];
  let protocol: Protocol | null = null;
  let protocolStatus: Decision['protocolStatus'];

  if (snapshot.location === null || snapshot.location.value.trim() === '') {
    reasons.push(reason('location-missing', {}));
    protocolStatus = 'no-location';
  } else {
    const { by } = snapshot.location;
    const value = snapshot.location.value.trim();
    const resolved = resolveProtocol(registry, snapshot.location, day);
    protocol = resolved.protocol;
    protocolStatus = resolved.status;
    if (resolved.status === 'invalid-location') reasons.push(reason('location-invalid', { by: resolved.by, value }));
    else if (resolved.status === 'not-found') reasons.push(reason('protocol-not-found', { by, value }));
    else if (resolved.status === 'not-yet-in-force')
      reasons.push(reason('protocol-not-yet-in-force', { protocolId: resolved.protocol.id, socialService: resolved.protocol.socialService.name, inForceFrom: resolved.protocol.inForceFrom }));
    else if (resolved.status === 'ended')
      reasons.push(reason('protocol-ended', { protocolId: resolved.protocol.id, socialService: resolved.protocol.socialService.name, endedOn: resolved.protocol.endedOn ?? '' }));
  }

  reasons.push(...checkRecipients(snapshot.recipients, protocol, registry));
  if (!snapshot.consentConfirmed) reasons.push(reason('consent-missing', {}));
  return decide(protocol, protocolStatus, day, reasons);
}

/** Every rule, for a mail about to be sent on the given Brussels calendar day. */
export function evaluateSendOnDay(snapshot: MailSnapshot, registry: Registry, day: CalendarDay): Decision {
  const referral = evaluateReferral(snapshot, registry, day);
  const content = checkContent(snapshot);
  return decide(referral.protocol, referral.protocolStatus, day, [...referral.reasons, ...content]);
}

/** Every rule, for a mail about to be sent at instant `now` (judged on its Brussels calendar day). */
export function evaluateSend(snapshot: MailSnapshot, registry: Registry, now: Date): Decision {
  return evaluateSendOnDay(snapshot, registry, brusselsDay(now));
}

function decide(protocol: Protocol | null, protocolStatus: Decision['protocolStatus'], day: CalendarDay, reasons: readonly Reason[]): Decision {
  const sorted = sortReasons(reasons);
  // Belt and braces: a protocol not in force always yields a reason, but never rely on that alone.
  return { allowed: sorted.length === 0 && protocolStatus === 'in-force', protocol, protocolStatus, day, reasons: sorted };
}
