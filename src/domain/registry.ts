// The registry as the rules use it: which OCMW mailbox may receive a referral for which
// municipality, from which day to which day, and the lookups on it.
//
// This module holds no schema and no zod: the task pane and the Send check get the registry as
// data that was validated when the add-in was built (compact.ts, shipped.ts), and their bundles
// must not carry the parser. The one definition of a valid registry file, and the only way to
// make a Registry from untrusted data, is parseRegistry in registryFile.ts.
//
// Invariants of a Registry (established by parseRegistry, relied on here and by the rules):
// - ids are unique;
// - on any day, at most one protocol is in force per postcode, per NIS code and per name
//   (municipality or locality, compared as normalizeName does), so a lookup never has to choose
//   between two in-force protocols;
// - every mailbox is a plain lower-case ASCII address, so "equal to the registered mailbox" can be
//   a plain comparison and anything else can be judged a look-alike.
//
// The Send check's bundle runs in classic Outlook's ES2016 runtime: nothing here may use a later
// built-in (Object.values/entries, flat, padStart, ...).
import type { CalendarDay } from './dates';
import type { ClientLocation, LocationBy } from './location';
import type { Problem } from './problemParams';
import { foldAccents } from './text';

export type Municipality = {
  readonly name: string;
  readonly nis: string;
  readonly postcodes: readonly string[];
  /** deelgemeenten, so a client living in Waarloos finds Kontich */
  readonly localities?: readonly string[];
};

/**
 * What the rules and the pane's screens read of a protocol. The file's record has more
 * (registryFile.ts: ProtocolRecord); screens that show the rest load the full record.
 */
export type Protocol = {
  readonly id: string;
  readonly municipality: Municipality;
  readonly socialService: { readonly name: string; readonly phone?: string };
  readonly mailbox: string;
  readonly localTeam: string;
  readonly inForceFrom: CalendarDay;
  /** First day on which the protocol is no longer in force; null while it runs. */
  readonly endedOn: CalendarDay | null;
};

declare const validated: unique symbol;
/** A registry that passed every check of parseRegistry (see the invariants above). */
export type Registry = { readonly version: 1; readonly protocols: readonly Protocol[]; readonly [validated]: true };

export type RegistryResult = { readonly ok: true; readonly registry: Registry } | { readonly ok: false; readonly problems: Problem[] };

/**
 * Marks protocols as a Registry. Only for protocols that passed parseRegistry, or that were
 * generated at build time from a registry that did (compact.ts): the brand is the promise that the
 * invariants above hold.
 */
export function trustedRegistry(protocols: readonly Protocol[]): Registry {
  return { version: 1, protocols } as unknown as Registry;
}

// --- lookups ----------------------------------------------------------------------------------

/** Case-, accent-, hyphen- and space-insensitive: "Sint-Niklaas" = "sint niklaas", "MESEN" = "Mesen". */
export function normalizeName(s: string): string {
  return foldAccents(s)
    .replace(/[\s\-'’.]+/g, ' ')
    .trim();
}

/** Every name a client may give for this protocol's municipality, normalized, each once. */
export function namesOf(p: Protocol): string[] {
  const names: string[] = [];
  const all = [p.municipality.name].concat(p.municipality.localities ?? []);
  for (const n of all) {
    const key = normalizeName(n);
    if (key !== '' && names.indexOf(key) < 0) names.push(key);
  }
  return names;
}

type Index = Map<string, Protocol[]>;
type Indexes = { id?: Map<string, Protocol>; postcode?: Index; nis?: Index; name?: Index };

// Built on first use and kept per registry object: a registry never changes, and at 30,000
// protocols a scan per keystroke (with a name normalized per protocol) is what a user would feel.
const indexes = new WeakMap<Registry, Indexes>();

function indexesOf(registry: Registry): Indexes {
  let ix = indexes.get(registry);
  if (ix === undefined) {
    ix = {};
    indexes.set(registry, ix);
  }
  return ix;
}

function build(registry: Registry, keysOf: (p: Protocol) => readonly string[]): Index {
  const index: Index = new Map();
  for (const p of registry.protocols) {
    for (const key of keysOf(p)) {
      const list = index.get(key);
      if (list) list.push(p);
      else index.set(key, [p]);
    }
  }
  return index;
}

export function findByPostcode(registry: Registry, postcode: string): Protocol[] {
  const ix = indexesOf(registry);
  if (!ix.postcode) ix.postcode = build(registry, (p) => p.municipality.postcodes);
  return (ix.postcode.get(postcode.trim()) ?? []).slice();
}

export function findByNis(registry: Registry, nis: string): Protocol[] {
  const ix = indexesOf(registry);
  if (!ix.nis) ix.nis = build(registry, (p) => [p.municipality.nis]);
  return (ix.nis.get(nis.trim()) ?? []).slice();
}

/** Matches the municipality's name and its localities (deelgemeenten). */
export function findByMunicipality(registry: Registry, name: string): Protocol[] {
  const wanted = normalizeName(name);
  if (!wanted) return [];
  const ix = indexesOf(registry);
  if (!ix.name) ix.name = build(registry, namesOf);
  return (ix.name.get(wanted) ?? []).slice();
}

export function findById(registry: Registry, id: string): Protocol | undefined {
  const ix = indexesOf(registry);
  if (!ix.id) {
    ix.id = new Map();
    for (const p of registry.protocols) ix.id.set(p.id, p);
  }
  return ix.id.get(id.trim());
}

// The shapes of the two codes that name a Belgian place, defined once: the registry file's schema,
// these look-ups, the pane's search box, the referral form and the CLI all test against them.

/** A Belgian postcode (bpost): four digits, 1000 to 9999. */
export const POSTCODE = /^[1-9]\d{3}$/;

/** A NIS code (Statbel's code of a municipality): five digits. */
export const NIS_CODE = /^\d{5}$/;

/**
 * Guesses what a free-text query is: 5 digits a NIS code, other digits a postcode (valid only with
 * four: "895" is a postcode short of a digit, not a municipality), else a name.
 */
export function classifyQuery(query: string): LocationBy {
  const q = query.trim();
  if (NIS_CODE.test(q)) return 'nis';
  if (/^\d+$/.test(q)) return 'postcode';
  return 'municipality';
}

/** A query longer than any municipality's name and postcode together is not compared by letters. */
const MAX_QUERY_FOR_SUGGESTIONS = 60;

/**
 * What a typed location means. Besides a postcode, a NIS code or a name, the Belgian way of
 * writing both, "8957 Mesen" or "Mesen 8957", is the postcode when the name is one of that
 * postcode's municipality or localities; a name that does not belong to it is judged as typed
 * (and found nowhere), never silently dropped for the postcode.
 */
export function locationOfQuery(registry: Registry, query: string): ClientLocation {
  const value = query.trim();
  const by = classifyQuery(value);
  if (by !== 'municipality' || value.length > MAX_QUERY_FOR_SUGGESTIONS) return { by, value };
  const words = value.split(/[\s,]+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  let postcode: string | null = null;
  let name = '';
  if (words.length > 1 && POSTCODE.test(first)) {
    postcode = first;
    name = words.slice(1).join(' ');
  } else if (words.length > 1 && POSTCODE.test(last)) {
    postcode = last;
    name = words.slice(0, -1).join(' ');
  }
  if (postcode === null) return { by, value };
  const wanted = normalizeName(name);
  const matches = findByPostcode(registry, postcode).some((p) => namesOf(p).indexOf(wanted) >= 0);
  return matches ? { by: 'postcode', value: postcode } : { by, value };
}

/** Edit distance (insert, delete, substitute, swap two neighbours), given up above `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prevprev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevprev[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    prevprev = prev;
    prev = row;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

/** A protocol's municipality as the pane suggests it: "8957 Mesen". */
export type LocationSuggestion = { readonly query: string; readonly municipality: string };

/**
 * For a location with no protocol: the municipalities with one that the team member may have
 * meant ("Meesen" or "8958": Mesen), at most `limit`. Names within two typing mistakes (one for
 * short names), postcodes one digit apart. Compares at most MAX_QUERY_FOR_SUGGESTIONS characters
 * against each name, so its cost grows with the registry, not with what was typed.
 */
export function suggestLocations(registry: Registry, query: string, limit = 3): LocationSuggestion[] {
  const value = query.trim();
  if (value === '' || value.length > MAX_QUERY_FOR_SUGGESTIONS) return [];
  const out: LocationSuggestion[] = [];
  const seen = new Set<string>();
  const add = (p: Protocol, name: string): void => {
    const key = `${p.id} ${name}`;
    if (seen.has(key) || out.length >= limit) return;
    seen.add(key);
    out.push({ query: name, municipality: p.municipality.name });
  };
  const digits = value.replace(/\s+/g, '');
  if (/^\d{4}$/.test(digits)) {
    for (const p of registry.protocols)
      for (const pc of p.municipality.postcodes) {
        let diff = 0;
        for (let i = 0; i < 4; i++) if (pc[i] !== digits[i]) diff++;
        if (diff === 1) add(p, `${pc} ${p.municipality.name}`);
      }
    return out;
  }
  if (/\d/.test(value)) return out;
  const wanted = normalizeName(value);
  const max = wanted.length <= 4 ? 1 : 2;
  for (const p of registry.protocols) {
    const all = [p.municipality.name].concat(p.municipality.localities ?? []);
    for (const name of all) if (withinEdits(wanted, normalizeName(name), max)) add(p, name);
  }
  return out;
}

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
  if (location.by === 'postcode' && !POSTCODE.test(value)) return { status: 'invalid-location', protocol: null, by: 'postcode' };
  if (location.by === 'nis' && !NIS_CODE.test(value)) return { status: 'invalid-location', protocol: null, by: 'nis' };
  const found = findProtocols(registry, location);
  const inForce = found.find((p) => protocolStatus(p, day) === 'in-force');
  if (inForce) return { status: 'in-force', protocol: inForce };
  const upcoming = found.filter((p) => protocolStatus(p, day) === 'not-yet-in-force').sort((a, b) => (a.inForceFrom < b.inForceFrom ? -1 : 1))[0];
  if (upcoming) return { status: 'not-yet-in-force', protocol: upcoming };
  const ended = found.sort((a, b) => ((a.endedOn ?? '') > (b.endedOn ?? '') ? -1 : 1))[0];
  if (ended) return { status: 'ended', protocol: ended };
  return { status: 'not-found', protocol: null };
}
