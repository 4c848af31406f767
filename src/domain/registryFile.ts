// The registry of protocols: which OCMW mailbox may receive a referral for which municipality,
// from which day to which day. The zod schemas below are the single definition of a valid
// registry; `parseRegistry` is the one way in, and reports every problem at once (an admin fixing
// a registry file should not have to run the check ten times).
//
// Invariants of a parsed Registry (enforced here, relied on by the rules):
// - ids are unique;
// - on any day, at most one protocol is in force per postcode, per NIS code and per municipality
//   name, so a lookup never has to choose between two in-force protocols;
// - every mailbox is a plain lower-case ASCII address, so "equal to the registered mailbox" can be
//   a plain string comparison and anything else can be judged a look-alike.
import * as z from 'zod/mini';
import { CalendarDay, isCalendarDay } from './dates';
import type { LocalizedText, LocationBy, Problem } from './messages';
import { problem } from './messages';
import { foldAccents } from './text';

// --- field rules ------------------------------------------------------------------------------

const PLAIN_MAILBOX = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** Lower-case ASCII, no sub-address, no punycode, no trailing dot, no empty labels. */
export function isPlainMailbox(s: string): boolean {
  return PLAIN_MAILBOX.test(s) && !s.includes('..') && !/(^|[.@])xn--/.test(s);
}

/** Belgian enterprise number: the last two digits are 97 minus the first eight modulo 97. */
export function isValidKbo(s: string): boolean {
  const m = /^(0\d{3})\.(\d{3})\.(\d{3})$/.exec(s);
  if (!m) return false;
  const digits = `${m[1]}${m[2]}${m[3]}`;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

const Text = z.string().check(z.refine((s) => s.trim() === s && s.length > 0 && s.length <= 300));
const Postcode = z.string().check(z.regex(/^[1-9]\d{3}$/));
const Nis = z.string().check(z.regex(/^\d{5}$/));
const Kbo = z.string().check(z.refine(isValidKbo));
const Mailbox = z.string().check(z.refine(isPlainMailbox, { error: 'mailbox-not-ascii' }));
const Email = z.string().check(z.refine(isPlainMailbox));
const Phone = z.string().check(z.regex(/^\+?\d[\d ./()-]{6,20}\d$/));
export const ProtocolId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64));

export const Protocol = z
  .strictObject({
    id: ProtocolId,
    municipality: z.strictObject({
      name: Text,
      nis: Nis,
      postcodes: z.array(Postcode).check(z.minLength(1)),
      /** deelgemeenten, so a client living in Waarloos finds Kontich */
      localities: z.optional(z.array(Text)),
    }),
    socialService: z.strictObject({
      name: Text,
      kbo: Kbo,
      address: z.strictObject({ street: Text, postcode: Postcode, municipality: Text }),
      phone: z.optional(Phone),
    }),
    mailbox: Mailbox,
    localTeam: Text,
    inForceFrom: CalendarDay,
    /** First day on which the protocol is no longer in force; null while it runs. */
    endedOn: z.nullable(CalendarDay),
    signed: z.strictObject({ place: Text, date: CalendarDay }),
    dpo: z.strictObject({ opgroeien: Email, socialService: Email }),
    source: z.strictObject({ document: Text, title: Text }),
  })
  .check(
    z.refine((p) => p.endedOn === null || p.endedOn >= p.inForceFrom, {
      error: 'end-before-start',
      path: ['endedOn'],
      // Run even when other fields of the record are broken, so every problem is listed at once.
      when: (payload) => datesReadable(payload.value),
    }),
  );
export type Protocol = z.infer<typeof Protocol>;

function datesReadable(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { inForceFrom, endedOn } = value;
  return typeof inForceFrom === 'string' && isCalendarDay(inForceFrom) && typeof endedOn === 'string' && isCalendarDay(endedOn);
}

const Envelope = z.strictObject({ version: z.literal(1), protocols: z.array(z.unknown()) });

export const Registry = z
  .strictObject({ version: z.literal(1), protocols: z.array(Protocol) })
  .check(
    z.superRefine((reg, ctx) => {
      for (const f of crossRecordFindings(reg.protocols.map((p, index) => ({ index, id: p.id, protocol: p })))) {
        ctx.addIssue({ code: 'custom', message: f.kind, path: ['protocols', f.indexes[0] ?? 0] });
      }
    }),
  )
  .brand<'Registry'>();
export type Registry = z.infer<typeof Registry>;

// --- what each field must be, in words, for the problem messages ------------------------------

const EXPECT: Record<string, LocalizedText> = {
  '': { nl: 'een object {"version": 1, "protocols": [...]}', en: 'an object {"version": 1, "protocols": [...]}' },
  version: { nl: 'het getal 1', en: 'the number 1' },
  protocols: { nl: 'een lijst van protocollen', en: 'a list of protocols' },
  'protocols[]': { nl: 'een protocol-object', en: 'a protocol object' },
  id: { nl: 'een id van kleine letters, cijfers en koppeltekens (bv. "kontich-2026")', en: 'an id of lower-case letters, digits and hyphens (e.g. "kontich-2026")' },
  municipality: { nl: 'een object met name, nis en postcodes', en: 'an object with name, nis and postcodes' },
  'municipality.name': { nl: 'de naam van de gemeente', en: 'the name of the municipality' },
  'municipality.nis': { nl: 'een NIS-code van vijf cijfers, als tekst (bv. "11024")', en: 'a five-digit NIS code, as a string (e.g. "11024")' },
  'municipality.postcodes': { nl: 'een lijst met minstens één postcode', en: 'a list with at least one postcode' },
  'municipality.postcodes[]': { nl: 'een Belgische postcode van vier cijfers, als tekst (bv. "2550")', en: 'a four-digit Belgian postcode, as a string (e.g. "2550")' },
  'municipality.localities': { nl: 'een lijst van deelgemeenten', en: 'a list of localities (deelgemeenten)' },
  'municipality.localities[]': { nl: 'de naam van een deelgemeente', en: 'the name of a locality' },
  socialService: { nl: 'een object met name, kbo en address', en: 'an object with name, kbo and address' },
  'socialService.name': { nl: 'de naam van de sociale dienst', en: 'the name of the social service' },
  'socialService.kbo': { nl: 'een geldig KBO-nummer als 0xxx.xxx.xxx (met juist controlegetal)', en: 'a valid KBO number as 0xxx.xxx.xxx (with a correct check number)' },
  'socialService.address': { nl: 'een adres met street, postcode en municipality', en: 'an address with street, postcode and municipality' },
  'socialService.address.street': { nl: 'straat en huisnummer', en: 'street and number' },
  'socialService.address.postcode': { nl: 'een Belgische postcode van vier cijfers', en: 'a four-digit Belgian postcode' },
  'socialService.address.municipality': { nl: 'de gemeente van het adres', en: 'the municipality of the address' },
  'socialService.phone': { nl: 'een telefoonnummer (bv. "+32 3 450 33 00")', en: 'a phone number (e.g. "+32 3 450 33 00")' },
  mailbox: { nl: 'het geregistreerde mailadres uit artikel 6', en: 'the registered mailbox from article 6' },
  localTeam: { nl: 'de naam van het lokale team van Kind en Gezin', en: 'the name of the local Kind en Gezin team' },
  inForceFrom: { nl: 'een bestaande datum JJJJ-MM-DD (artikel 11)', en: 'an existing date YYYY-MM-DD (article 11)' },
  endedOn: { nl: 'null of een bestaande datum JJJJ-MM-DD', en: 'null or an existing date YYYY-MM-DD' },
  signed: { nl: 'een object met place en date', en: 'an object with place and date' },
  'signed.place': { nl: 'de plaats van ondertekening', en: 'the place of signing' },
  'signed.date': { nl: 'een bestaande datum JJJJ-MM-DD', en: 'an existing date YYYY-MM-DD' },
  dpo: { nl: 'een object met opgroeien en socialService', en: 'an object with opgroeien and socialService' },
  'dpo.opgroeien': { nl: 'een gewoon e-mailadres (artikel 9)', en: 'a plain e-mail address (article 9)' },
  'dpo.socialService': { nl: 'een gewoon e-mailadres (artikel 9)', en: 'a plain e-mail address (article 9)' },
  source: { nl: 'een object met document en title', en: 'an object with document and title' },
  'source.document': { nl: 'de bestandsnaam van de protocoltekst', en: 'the file name of the protocol text' },
  'source.title': { nl: 'de titel van het protocol', en: 'the title of the protocol' },
};
const EXPECT_FALLBACK: LocalizedText = { nl: 'een geldige waarde (zie docs/registry.md)', en: 'a valid value (see docs/registry.md)' };

// --- parsing ----------------------------------------------------------------------------------

export type RegistryResult = { ok: true; registry: Registry } | { ok: false; problems: Problem[] };

type Entry = { index: number; id: string | undefined; protocol: Protocol | undefined };
type Finding =
  | { kind: 'duplicate-id'; id: string; indexes: number[] }
  | { kind: 'overlap'; indexes: [number, number]; shared: string; from: string };

/** Accepts anything (the result of JSON.parse); never throws. */
export function parseRegistry(data: unknown): RegistryResult {
  const env = Envelope.safeParse(data);
  if (!env.success) {
    return { ok: false, problems: env.error.issues.map((i) => envelopeProblem(i)) };
  }
  const problems: Problem[] = [];
  const entries: Entry[] = env.data.protocols.map((raw, index) => {
    const parsed = Protocol.safeParse(raw);
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(...recordProblems(issue, raw, recordLabel(index, id)));
    }
    return { index, id, protocol: parsed.success ? parsed.data : undefined };
  });
  for (const f of crossRecordFindings(entries)) problems.push(findingProblem(f, entries));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, registry: Registry.parse(data) };
}

/** Parses JSON text first, so a syntax error is a problem like any other. */
export function parseRegistryJson(text: string): RegistryResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [problem('registry-not-json', { detail: e instanceof Error ? e.message : String(e) })] };
  }
  return parseRegistry(data);
}

function recordLabel(index: number, id: string | undefined): string {
  return id === undefined ? `Protocol ${index + 1}` : `Protocol ${index + 1} ("${id}")`;
}

function envelopeProblem(issue: z.core.$ZodIssue): Problem {
  const field = fieldPath(issue.path) || '(root)';
  return problem('registry-shape', { field, expected: EXPECT[patternOf(issue.path)] ?? EXPECT_FALLBACK });
}

function recordProblems(issue: z.core.$ZodIssue, raw: unknown, record: string): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => problem('registry-field-unknown', { record, field: fieldPath([...issue.path, k]) }));
  }
  const field = fieldPath(issue.path);
  const value = valueAt(raw, issue.path);
  if (issue.message === 'end-before-start' && isRecord(raw)) {
    return [problem('registry-end-before-start', { record, inForceFrom: String(raw.inForceFrom), endedOn: String(raw.endedOn) })];
  }
  if (issue.message === 'mailbox-not-ascii' && typeof value === 'string') {
    return [problem('registry-mailbox-not-ascii', { record, field, got: JSON.stringify(value) })];
  }
  const expected = EXPECT[patternOf(issue.path)] ?? EXPECT_FALLBACK;
  if (value === undefined) return [problem('registry-field-missing', { record, field, expected })];
  return [problem('registry-field-invalid', { record, field, expected, got: shown(value) })];
}

function findingProblem(f: Finding, entries: readonly Entry[]): Problem {
  const label = (i: number): string => recordLabel(i, entries[i]?.id);
  if (f.kind === 'duplicate-id') return problem('registry-duplicate-id', { id: f.id, records: f.indexes.map(label).join(', ') });
  return problem('registry-overlap', { first: label(f.indexes[0]), second: label(f.indexes[1]), shared: f.shared, from: f.from });
}

function crossRecordFindings(entries: readonly Entry[]): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map<string, number[]>();
  for (const e of entries) if (e.id !== undefined) byId.set(e.id, [...(byId.get(e.id) ?? []), e.index]);
  for (const [id, indexes] of byId) if (indexes.length > 1) findings.push({ kind: 'duplicate-id', id, indexes });

  const valid = entries.filter((e): e is Entry & { protocol: Protocol } => e.protocol !== undefined);
  for (const [n, a] of valid.entries()) {
    for (const b of valid.slice(n + 1)) {
      const from = overlapStart(a.protocol, b.protocol);
      if (from === null) continue;
      const shared = sharedArea(a.protocol, b.protocol);
      if (shared) findings.push({ kind: 'overlap', indexes: [a.index, b.index], shared, from });
    }
  }
  return findings;
}

/** First day on which both are in force, or null when their periods do not meet. */
function overlapStart(a: Protocol, b: Protocol): string | null {
  const from = a.inForceFrom > b.inForceFrom ? a.inForceFrom : b.inForceFrom;
  const endA = a.endedOn ?? '9999-12-31';
  const endB = b.endedOn ?? '9999-12-31';
  return from < endA && from < endB ? from : null;
}

function sharedArea(a: Protocol, b: Protocol): string {
  const parts = a.municipality.postcodes.filter((p) => b.municipality.postcodes.includes(p)).map((p) => `postcode ${p}`);
  if (a.municipality.nis === b.municipality.nis) parts.push(`NIS ${a.municipality.nis}`);
  if (normalizeName(a.municipality.name) === normalizeName(b.municipality.name)) parts.push(a.municipality.name);
  return parts.join(', ');
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function patternOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isRecord(v) && typeof k === 'string') v = v[k];
    else return undefined;
  }
  return v;
}

function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// --- lookups ----------------------------------------------------------------------------------

/** Case-, accent-, hyphen- and space-insensitive: "Sint-Niklaas" = "sint niklaas", "MESEN" = "Mesen". */
export function normalizeName(s: string): string {
  return foldAccents(s)
    .replace(/[\s\-'’.]+/g, ' ')
    .trim();
}

export function findByPostcode(registry: Registry, postcode: string): Protocol[] {
  const pc = postcode.trim();
  return registry.protocols.filter((p) => p.municipality.postcodes.includes(pc));
}

export function findByNis(registry: Registry, nis: string): Protocol[] {
  const code = nis.trim();
  return registry.protocols.filter((p) => p.municipality.nis === code);
}

/** Matches the municipality's name and its localities (deelgemeenten). */
export function findByMunicipality(registry: Registry, name: string): Protocol[] {
  const wanted = normalizeName(name);
  if (!wanted) return [];
  return registry.protocols.filter((p) =>
    [p.municipality.name, ...(p.municipality.localities ?? [])].some((n) => normalizeName(n) === wanted),
  );
}

export function findById(registry: Registry, id: string): Protocol | undefined {
  return registry.protocols.find((p) => p.id === id.trim());
}

/** Guesses what a free-text query is: 4 digits a postcode, 5 digits a NIS code, else a name. */
export function classifyQuery(query: string): LocationBy {
  const q = query.trim();
  if (/^\d{4}$/.test(q)) return 'postcode';
  if (/^\d{5}$/.test(q)) return 'nis';
  return 'municipality';
}

export type ClientLocation = { readonly by: LocationBy; readonly value: string };

export function findProtocols(registry: Registry, location: ClientLocation): Protocol[] {
  switch (location.by) {
    case 'postcode':
      return findByPostcode(registry, location.value);
    case 'nis':
      return findByNis(registry, location.value);
    case 'municipality':
      return findByMunicipality(registry, location.value);
    case 'protocolId': {
      const p = findById(registry, location.value);
      return p ? [p] : [];
    }
  }
}

export type ProtocolStatus = 'in-force' | 'not-yet-in-force' | 'ended';

/** In force from inForceFrom (inclusive) until endedOn (exclusive), on a Brussels calendar day. */
export function protocolStatus(protocol: Protocol, day: CalendarDay): ProtocolStatus {
  if (day < protocol.inForceFrom) return 'not-yet-in-force';
  if (protocol.endedOn !== null && day >= protocol.endedOn) return 'ended';
  return 'in-force';
}

export type Resolution =
  | { readonly status: ProtocolStatus; readonly protocol: Protocol }
  | { readonly status: 'not-found'; readonly protocol: null }
  | { readonly status: 'invalid-location'; readonly protocol: null; readonly by: 'postcode' | 'nis' };

/**
 * The protocol for the client's location on a day. When none is in force, the most telling one
 * is returned with its status: the next one to start, else the one that ended last.
 */
export function resolveProtocol(registry: Registry, location: ClientLocation, day: CalendarDay): Resolution {
  const value = location.value.trim();
  if (location.by === 'postcode' && !/^\d{4}$/.test(value)) return { status: 'invalid-location', protocol: null, by: 'postcode' };
  if (location.by === 'nis' && !/^\d{5}$/.test(value)) return { status: 'invalid-location', protocol: null, by: 'nis' };
  const found = findProtocols(registry, location);
  const inForce = found.find((p) => protocolStatus(p, day) === 'in-force');
  if (inForce) return { status: 'in-force', protocol: inForce };
  const upcoming = found.filter((p) => protocolStatus(p, day) === 'not-yet-in-force').sort((a, b) => (a.inForceFrom < b.inForceFrom ? -1 : 1))[0];
  if (upcoming) return { status: 'not-yet-in-force', protocol: upcoming };
  const ended = found.sort((a, b) => ((a.endedOn ?? '') > (b.endedOn ?? '') ? -1 : 1))[0];
  if (ended) return { status: 'ended', protocol: ended };
  return { status: 'not-found', protocol: null };
}
