// The registry as the bundles carry it: generated at build time from a registry file that passed
// every check (scripts/lib/shipped-registry.ts), and turned back into a Registry here at start-up
// with no parsing and no zod.
//
// Each bundle carries only what it reads, column by column (one array per field, in registry
// order, so gzip finds the repeats within a field):
// - 'send', for the Send check: ids, social services' names, mailboxes, dates, and the names of
//   the municipalities. The Send check finds a protocol by the id the pane wrote in the mail's
//   header, recognises a referral by its mailbox, and asks about a private address whose display
//   name names a registered municipality ("OCMW Mesen"); it never looks up a postcode or NIS code.
//   Localities are left out: a display name naming one with "OCMW" or "sociale dienst" is asked
//   about anyway, and they would double what the Send check's bundle grows by per protocol.
// - 'pane', for the task pane: also the localities, NIS code, postcodes, local team and phone
//   number, which its first screens show. The pane loads it in its own
//   chunk; the rest of each record (KBO, address, DPO contacts, ...) is in another chunk, loaded by
//   the two screens that show it (shippedRecords.ts).
//
// Runs in the Send check's ES2016 runtime: plain loops and property access only.
import type { CalendarDay } from './dates';
import type { Municipality, Protocol, Registry } from './registry';
import { trustedRegistry } from './registry';

export type RuntimeForm = 'send' | 'pane';

export type CompactRegistry = {
  readonly form: RuntimeForm;
  readonly id: readonly string[];
  readonly service: readonly string[];
  readonly mailbox: readonly string[];
  readonly from: readonly string[];
  readonly ended: ReadonlyArray<string | null>;
  readonly name: readonly string[];
  /** Form 'pane' only. */
  readonly place?: {
    readonly localities: ReadonlyArray<readonly string[] | null>;
    readonly nis: readonly string[];
    readonly postcodes: ReadonlyArray<readonly string[]>;
    readonly phone: ReadonlyArray<string | null>;
    readonly team: readonly string[];
  };
};

/** Build time: the columns of one form, from protocols that passed parseRegistry. */
export function compactRegistry(protocols: readonly Protocol[], form: RuntimeForm): CompactRegistry {
  const column = <T>(f: (p: Protocol) => T): T[] => protocols.map(f);
  const common = {
    form,
    id: column((p) => p.id),
    service: column((p) => p.socialService.name),
    mailbox: column((p) => p.mailbox),
    from: column((p): string => p.inForceFrom),
    ended: column((p): string | null => p.endedOn),
    name: column((p) => p.municipality.name),
  };
  if (form === 'send') return common;
  return {
    ...common,
    place: {
      localities: column((p) => p.municipality.localities ?? null),
      nis: column((p) => p.municipality.nis),
      postcodes: column((p) => p.municipality.postcodes),
      phone: column((p) => p.socialService.phone ?? null),
      team: column((p) => p.localTeam),
    },
  };
}

/** Start-up: the Registry the rules use, from the columns the build generated. */
export function expandRegistry(compact: CompactRegistry): Registry {
  const protocols: Protocol[] = [];
  const place = compact.place;
  for (let i = 0; i < compact.id.length; i++) {
    // The build generated these columns from one validated registry, all of the same length and
    // with days in the CalendarDay format: the casts restate what it checked.
    const common = {
      id: compact.id[i] as string,
      mailbox: compact.mailbox[i] as string,
      inForceFrom: compact.from[i] as CalendarDay,
      endedOn: (compact.ended[i] ?? null) as CalendarDay | null,
    };
    if (place) {
      const localities = place.localities[i];
      const phone = place.phone[i];
      const municipality: Municipality = {
        name: compact.name[i] as string,
        nis: place.nis[i] as string,
        postcodes: place.postcodes[i] as readonly string[],
        ...(localities ? { localities } : {}),
      };
      protocols.push({
        ...common,
        municipality,
        socialService: phone ? { name: compact.service[i] as string, phone } : { name: compact.service[i] as string },
        localTeam: place.team[i] as string,
      });
    } else {
      protocols.push(sendProtocol(common, compact.service[i] as string, compact.name[i] as string));
    }
  }
  return trustedRegistry(protocols);
}

/**
 * A protocol of the 'send' form. What that form leaves out would be wrong data if it were made up
 * (an empty postcode list says "no postcode", not "not carried"), so reading it throws instead:
 * a Send check that ever looked up a municipality fails loudly, and the mail is held (judge.ts).
 */
function sendProtocol(common: Omit<Protocol, 'municipality' | 'socialService' | 'localTeam'>, service: string, name: string): Protocol {
  const socialService = { name: service };
  Object.defineProperty(socialService, 'phone', { get: notCarried('socialService.phone') });
  // No localities: an absent list only means fewer display names recognised (see the top).
  const municipality = { name };
  Object.defineProperty(municipality, 'nis', { get: notCarried('municipality.nis') });
  Object.defineProperty(municipality, 'postcodes', { get: notCarried('municipality.postcodes') });
  const protocol = { ...common, socialService, municipality };
  Object.defineProperty(protocol, 'localTeam', { get: notCarried('localTeam') });
  return protocol as unknown as Protocol;
}

function notCarried(field: string): () => never {
  return () => {
    throw new Error(`The Send check's registry does not carry ${field}: it finds protocols by id, mailbox and municipality name only (src/domain/compact.ts).`);
  };
}
