// The registry file (registry/protocols.json): the schemas in registrySchema.ts are the single
// definition of a valid registry, and parseRegistry is the one way from untrusted data to a
// Registry. Every problem is reported at once (an admin fixing a registry file should not have to
// run the check ten times), each naming the record, the field and what it must be. Findings
// across records (an id twice, overlapping protocols) come from registryOverlap.ts.
//
// Used by the command line, the build (which turns the validated file into the bundles' compact
// form, scripts/lib/shipped-registry.ts) and the tests; the pane and the Send check never parse.
//
// What a valid file guarantees is listed with the Registry type in registry.ts. Beyond the field
// rules, checked here: no key twice in one object (JSON readers keep the last one silently), at
// least one protocol, no postcode or locality twice in one protocol, readable text (no control,
// invisible or lone surrogate characters), and no two protocols in force on the same day for the
// same postcode, NIS code, municipality or locality name.
import * as z from 'zod/mini';
import type { JsonDuplicateKey, JsonPath } from './json';
import { readJson } from './json';
import type { LocalizedText } from './lang';
import type { Problem } from './messages';
import { problem } from './messages';
import type { Registry } from './registry';
import { normalizeName, trustedRegistry } from './registry';
import { ProtocolRecord, badCharacter, isRecord } from './registrySchema';
import type { Entry, Finding } from './registryOverlap';
import { crossRecordFindings } from './registryOverlap';

/**
 * Largest registry file read, in bytes. Every municipality of Belgium (about 565) with a few
 * renewals each is well under 2 MB; 30,000 protocols written like registry/protocols.json are
 * 34 MB (bench/registry.ts). A file picked by mistake (a disk image, a log) is refused before
 * it is read into memory.
 */
export const MAX_REGISTRY_BYTES = 64 * 1024 * 1024;

const Envelope = z.strictObject({ version: z.literal(1), protocols: z.array(z.unknown()) });

// --- what each field must be, in words, for the problem messages ------------------------------

const EXPECT: Record<string, LocalizedText> = {
  '': { nl: 'een object {"version": 1, "protocols": [...]}', en: 'an object {"version": 1, "protocols": [...]}' },
  version: { nl: 'het getal 1', en: 'the number 1' },
  protocols: { nl: 'een lijst van protocollen', en: 'a list of protocols' },
  'protocols[]': { nl: 'een protocol-object', en: 'a protocol object' },
  id: {
    nl: 'een id van kleine letters, cijfers en koppeltekens, hoogstens 64 tekens (bv. "kontich-2026")',
    en: 'an id of lower-case letters, digits and hyphens, at most 64 characters (e.g. "kontich-2026")',
  },
  municipality: { nl: 'een object met name, nis en postcodes', en: 'an object with name, nis and postcodes' },
  'municipality.name': {
    nl: 'de naam van de gemeente (hoogstens 100 tekens, zonder spaties vooraan of achteraan)',
    en: 'the name of the municipality (at most 100 characters, no leading or trailing spaces)',
  },
  'municipality.nis': { nl: 'een NIS-code van vijf cijfers, als tekst (bv. "11024")', en: 'a five-digit NIS code, as a string (e.g. "11024")' },
  'municipality.postcodes': { nl: 'een lijst met 1 tot 50 postcodes', en: 'a list of 1 to 50 postcodes' },
  'municipality.postcodes[]': {
    nl: 'een Belgische postcode van vier cijfers, als tekst (bv. "2550")',
    en: 'a four-digit Belgian postcode, as a string (e.g. "2550")',
  },
  'municipality.localities': { nl: 'een lijst van hoogstens 100 deelgemeenten', en: 'a list of at most 100 localities (deelgemeenten)' },
  'municipality.localities[]': {
    nl: 'de naam van een deelgemeente (hoogstens 100 tekens, zonder spaties vooraan of achteraan)',
    en: 'the name of a locality (at most 100 characters, no leading or trailing spaces)',
  },
  socialService: { nl: 'een object met name, kbo en address', en: 'an object with name, kbo and address' },
  'socialService.name': { nl: 'de naam van de sociale dienst', en: 'the name of the social service' },
  'socialService.kbo': {
    nl: 'een geldig KBO-nummer als 0xxx.xxx.xxx (met juist controlegetal)',
    en: 'a valid KBO number as 0xxx.xxx.xxx (with a correct check number)',
  },
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

/** A valid registry, as the rules use it, and the file's full records (same order). */
export type RegistryFileResult =
  { readonly ok: true; readonly registry: Registry; readonly records: readonly ProtocolRecord[] } | { readonly ok: false; readonly problems: Problem[] };

/** Accepts anything (the result of JSON.parse); never throws. */
export function parseRegistry(data: unknown): RegistryFileResult {
  return validate(data, []);
}

/**
 * Parses a registry file's text: JSON first (strictly: a key twice in one object is a problem,
 * not a silent "last one wins"), so a syntax error is a problem like any other. A leading
 * byte-order mark, which Windows Notepad writes, is allowed.
 */
export function parseRegistryJson(text: string): RegistryFileResult {
  const json = readJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return { ok: false, problems: [problem('registry-not-json', { line: json.at.line, column: json.at.column, expected: json.expected })] };
  return validate(json.value, json.duplicateKeys);
}

/** Parses a registry file's bytes: at most MAX_REGISTRY_BYTES, UTF-8 (with or without BOM). */
export function parseRegistryBytes(bytes: Uint8Array): RegistryFileResult {
  if (bytes.length > MAX_REGISTRY_BYTES) return { ok: false, problems: [problem('registry-too-large', { limit: MAX_REGISTRY_BYTES })] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Where: the first replacement character a lenient decoding puts in.
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const upTo = lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd')));
    return { ok: false, problems: [problem('registry-not-utf8', { line: upTo.split('\n').length })] };
  }
  return parseRegistryJson(text);
}

function validate(data: unknown, duplicateKeys: readonly JsonDuplicateKey[]): RegistryFileResult {
  const problems: Problem[] = duplicateKeys.map((d) => duplicateKeyProblem(d, data));
  const env = Envelope.safeParse(data);
  if (!env.success) {
    return { ok: false, problems: [...problems, ...env.error.issues.map((i) => envelopeProblem(i))] };
  }
  if (env.data.protocols.length === 0) return { ok: false, problems: [...problems, problem('registry-empty', {})] };
  const entries: Entry[] = env.data.protocols.map((raw, index) => {
    const parsed = ProtocolRecord.safeParse(raw);
    const id = isRecord(raw) ? raw.id : undefined;
    const label = recordLabel(index, id);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(...recordProblems(issue, raw, label));
    }
    problems.push(...repeatedValues(raw, label));
    return { index, id: typeof id === 'string' ? id : undefined, protocol: parsed.success ? parsed.data : undefined };
  });
  for (const f of crossRecordFindings(entries)) problems.push(findingProblem(f, entries));
  if (problems.length > 0) return { ok: false, problems };
  const records = entries.map((e) => e.protocol).filter((p): p is ProtocolRecord => p !== undefined);
  return { ok: true, registry: trustedRegistry(records), records };
}

function recordLabel(index: number, id: unknown): string {
  return typeof id === 'string' && id !== '' ? `Protocol ${index + 1} (${preview(id)})` : `Protocol ${index + 1}`;
}

function duplicateKeyProblem(d: JsonDuplicateKey, data: unknown): Problem {
  const [top, index] = d.path;
  const inRecord = top === 'protocols' && typeof index === 'number';
  const record = inRecord ? recordLabel(index, valueAt(data, ['protocols', index, 'id'])) : 'Register';
  const field = fieldPath(inRecord ? d.path.slice(2) : d.path);
  return problem('registry-duplicate-key', { record, field, line: d.at.line, firstLine: d.first.line });
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
    return [problem('registry-mailbox-not-ascii', { record, field, got: preview(value) })];
  }
  if (issue.message === 'text-character' && typeof value === 'string') {
    const bad = badCharacter(value);
    if (bad) {
      const codePoint = `U+${bad.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
      return [problem('registry-text-character', { record, field, codePoint, position: bad.index + 1, kind: bad.kind })];
    }
  }
  const expected = EXPECT[patternOf(issue.path)] ?? EXPECT_FALLBACK;
  if (value === undefined) return [problem('registry-field-missing', { record, field, expected })];
  return [problem('registry-field-invalid', { record, field, expected, got: preview(value) })];
}

/** A postcode or locality listed twice in one protocol: harmless to lookups, but a sign of a slip. */
function repeatedValues(raw: unknown, record: string): Problem[] {
  const municipality = valueAt(raw, ['municipality']);
  const problems: Problem[] = [];
  const lists: Array<[string, (s: string) => string]> = [
    ['postcodes', (s) => s],
    ['localities', normalizeName],
  ];
  for (const [name, key] of lists) {
    const list = valueAt(municipality, [name]);
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, number>();
    list.forEach((v: unknown, i) => {
      if (typeof v !== 'string') return;
      const k = key(v);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else
        problems.push(
          problem('registry-repeated-value', { record, field: `municipality.${name}[${i}]`, got: preview(v), first: `municipality.${name}[${first}]` }),
        );
    });
  }
  return problems;
}

function findingProblem(f: Finding, entries: readonly Entry[]): Problem {
  const label = (i: number): string => recordLabel(i, entries[i]?.id);
  if (f.kind === 'duplicate-id') return problem('registry-duplicate-id', { id: f.id, records: f.indexes.map(label).join(', ') });
  return problem('registry-overlap', { first: label(f.indexes[0]), second: label(f.indexes[1]), shared: f.shared, from: f.from });
}

// --- helpers ----------------------------------------------------------------------------------

function fieldPath(path: JsonPath | readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function patternOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isRecord(v) && typeof k === 'string' && Object.prototype.hasOwnProperty.call(v, k)) v = v[k];
    else return undefined;
  }
  return v;
}

/**
 * A value as a problem message shows it: short, one line, escaped (a lone surrogate or a control
 * character shows as \uXXXX), and never recursing deeper than two levels, whatever the file holds.
 */
export function preview(v: unknown, depth = 2): string {
  let s: string;
  if (typeof v === 'string') s = JSON.stringify(v);
  else if (Array.isArray(v))
    s =
      depth === 0
        ? '[…]'
        : `[${v
            .slice(0, 5)
            .map((x) => preview(x, depth - 1))
            .join(', ')}${v.length > 5 ? ', …' : ''}]`;
  else if (isRecord(v)) {
    const keys = Object.keys(v);
    s =
      depth === 0
        ? '{…}'
        : `{${keys
            .slice(0, 5)
            .map((k) => `${JSON.stringify(k)}: ${preview(v[k], depth - 1)}`)
            .join(', ')}${keys.length > 5 ? ', …' : ''}}`;
  } else s = String(v);
  if (s.length <= 80) return s;
  // Never cut between the two halves of a character outside the BMP (an emoji, say).
  const cut = /[\ud800-\udbff]/.test(s.charAt(76)) ? 76 : 77;
  return `${s.slice(0, cut)}...`;
}
