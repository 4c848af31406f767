// Where the client lives, judged on its own: the protocol for that municipality and whether it
// is in force on the day. The first half of evaluateReferral (evaluate.ts), and all the pane's
// first screen asks. A module of its own so that the first screen carries none of the recipient
// and content rules: a bundle that takes this takes only the registry lookups and the messages.
import type { CalendarDay } from './dates';
import type { ClientLocation } from './location';
import type { Reason } from './reasonParams';
import { reason } from './reasons';
import type { Protocol, ProtocolStatus, Registry } from './registry';
import { resolveProtocol } from './registry';

export type LocationVerdict = {
  readonly protocol: Protocol | null;
  readonly protocolStatus: ProtocolStatus | 'not-found' | 'invalid-location' | 'no-location';
  /** Why no protocol can be used there that day; empty when one is in force. */
  readonly reasons: readonly Reason[];
};

/**
 * Where the client lives: the protocol for that municipality and whether it is in force on the
 * day. The first half of evaluateReferral, and all the pane's first screen asks (it needs none of
 * the recipient rules, and does not load them).
 */
export function evaluateLocation(location: ClientLocation | null, registry: Registry, day: CalendarDay): LocationVerdict {
  if (location === null || location.value.trim() === '') return { protocol: null, protocolStatus: 'no-location', reasons: [reason('location-missing', {})] };
  const { by } = location;
  const value = location.value.trim();
  const resolved = resolveProtocol(registry, location, day);
  const reasons: Reason[] = [];
  if (resolved.status === 'invalid-location') reasons.push(reason('location-invalid', { by: resolved.by, value }));
  else if (resolved.status === 'not-found') reasons.push(reason('protocol-not-found', { by, value }));
  else if (resolved.status === 'not-yet-in-force')
    reasons.push(
      reason('protocol-not-yet-in-force', {
        protocolId: resolved.protocol.id,
        socialService: resolved.protocol.socialService.name,
        inForceFrom: resolved.protocol.inForceFrom,
      }),
    );
  else if (resolved.status === 'ended')
    reasons.push(
      reason('protocol-ended', {
        protocolId: resolved.protocol.id,
        socialService: resolved.protocol.socialService.name,
        endedOn: resolved.protocol.endedOn ?? '',
      }),
    );
  return { protocol: resolved.protocol, protocolStatus: resolved.status, reasons };
}
