// Article 9 of every protocol: a data leak (a referral to a wrong address, an unencrypted
// attachment) is reported without undue delay to both DPOs. The pane prepares that report as a new
// mail the team member checks and sends: the reference, the protocol, the date and the address it
// went to, and nothing about the client. Always Dutch (src/words/nl/breach.ts): the DPOs are
// Flemish, whatever language the team member's Outlook speaks. Loaded with the help view only.
import * as z from 'zod/mini';
import type { Protocol } from '../domain';
import { CalendarDay, ReferralReference, formatDay } from '../domain';
import type { NewMessage } from '../office/port';
import { breach } from '../words/nl/breach';

// An address as people type it: no spaces, one @, a dot in the domain. Not a full RFC check:
// the DPO reads it, no mail is sent to it.
const ADDRESS = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/;

/** What the team member fills in; reference and address may be left empty when not known. */
export const BreachFacts = z.strictObject({
  reference: z.union([z.literal(''), ReferralReference]),
  sentOn: CalendarDay,
  sentTo: z.union([z.literal(''), z.string().check(z.maxLength(254), z.regex(ADDRESS))]),
});
export type BreachFacts = z.infer<typeof BreachFacts>;
export type BreachField = keyof BreachFacts;

export type BreachInput = { reference: string; sentOn: string; sentTo: string };

/** Parses the form at the edge; on failure, the fields in error. */
export function parseBreachFacts(input: BreachInput): { ok: true; facts: BreachFacts } | { ok: false; fields: BreachField[] } {
  const parsed = BreachFacts.safeParse({
    reference: input.reference.trim().toUpperCase(),
    sentOn: input.sentOn.trim(),
    sentTo: input.sentTo.trim().toLowerCase(),
  });
  if (parsed.success) return { ok: true, facts: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((i) => i.path[0]).filter((p): p is BreachField => p === 'reference' || p === 'sentOn' || p === 'sentTo'))];
  return { ok: false, fields };
}

/** The DPO contacts of a protocol (from its full record: registryFile.ts ProtocolRecord). */
export type DpoContacts = { readonly opgroeien: string; readonly socialService: string };

/** The new mail to both DPOs of the protocol. */
export function breachReport(protocol: Protocol, dpo: DpoContacts, facts: BreachFacts): NewMessage {
  const words = {
    reference: facts.reference,
    protocolId: protocol.id,
    socialService: protocol.socialService.name,
    localTeam: protocol.localTeam,
    sentOn: formatDay(facts.sentOn, 'nl'),
    sentTo: facts.sentTo,
  };
  return { to: [dpo.opgroeien, dpo.socialService], subject: breach.subject(words), body: breach.body(words) };
}
