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
import * as wordsEn from '../words/en/registry';
import * as wordsNl from '../words/nl/registry';
import type { LocalizedText } from './lang';
import type { Problem } from './problemParams';
import { problem } from './problems';
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

/** What the field at `pattern` must be, in both languages (src/words/<lang>/registry.ts, `expect`). */
function expectOf(pattern: string): LocalizedText {
  const known = Object.prototype.hasOwnProperty.call(wordsNl.expect, pattern);
  return known ? { nl: wordsNl.expect[pattern] ?? '', en: wordsEn.expect[pattern] ?? '' } : { nl: wordsNl.expectFallback, en: wordsEn.expectFallback };
}

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
  return problem('registry-shape', { field, expected: expectOf(patternOf(issue.path)) });
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
  const expected = expectOf(patternOf(issue.path));
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
