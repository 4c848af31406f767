// The registry rules, on the fixture registry (test/fixtures/registry.json): a broken file is
// refused with every problem named; lookups find a protocol the way a team member types a
// location. The shipped file's own checks: test/registry/shipped.test.ts.
import { readFileSync } from 'node:fs';
import type { Problem, ProblemCode } from '../../src/domain';
import {
  locationOfQuery,
  suggestLocations,
  CalendarDay,
  MAX_REGISTRY_BYTES,
  findByMunicipality,
  findByNis,
  findByPostcode,
  loadShippedRegistry,
  parseRegistry,
  parseRegistryBytes,
  parseRegistryJson,
  protocolStatus,
  resolveProtocol,
} from '../../src/domain';
import { REGISTRY_FILE, registry, registryFrom, fixtureData } from '../fixtures/rules';

const day = (s: string): CalendarDay => CalendarDay.parse(s);
const codes = (problems: readonly Problem[]): ProblemCode[] => problems.map((p) => p.code);

function problemsOf(data: unknown): Problem[] {
  const r = parseRegistry(data);
  if (r.ok) throw new Error('expected the registry to be refused');
  return r.problems;
}

const records = (() => {
  const r = parseRegistryBytes(readFileSync(REGISTRY_FILE));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('\n'));
  return r.records;
})();

describe('the fixture registry the rule tests use', () => {
  it('is valid, read from its bytes as the build and the command line read it, and is what loadShippedRegistry gives from source', () => {
    expect(records.map((r) => r.id)).toEqual(['mesen-2024', 'kontich-2026']);
    const loaded = loadShippedRegistry();
    expect(loaded.ok && loaded.registry.protocols.map((p) => p.id)).toEqual(['mesen-2024', 'kontich-2026']);
  });
});

describe('a broken registry is refused, naming every bad record and field', () => {
  it('refuses text that is not JSON', () => {
    const r = parseRegistryJson('{"version": 1, "protocols": [');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codes(r.problems)).toEqual(['registry-not-json']);
  });

  it('refuses an unknown version', () => {
    const data = fixtureData();
    data.version = 2;
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-shape']);
    expect(problems[0]?.message.en).toContain('version');
  });

  it('lists problems in several records at once, each with its record and field', () => {
    const data = fixtureData();
    delete data.protocols[0]?.mailbox;
    (data.protocols[1]?.municipality as Record<string, unknown>).postcodes = ['25500'];
    (data.protocols[1]?.socialService as Record<string, unknown>).kbo = '0212.188.984';
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-field-missing', 'registry-field-invalid', 'registry-field-invalid']);
    const text = problems.map((p) => p.message.en).join('\n');
    expect(text).toContain('Protocol 1 ("mesen-2024"), field mailbox: missing');
    expect(text).toContain('Protocol 2 ("kontich-2026"), field municipality.postcodes[0]');
    expect(text).toContain('"25500"');
    expect(text).toContain('field socialService.kbo');
    // and in Dutch
    expect(problems[0]?.message.nl).toContain('veld mailbox: ontbreekt');
  });

  it('refuses a misspelt field name instead of ignoring it', () => {
    const data = fixtureData();
    const p = data.protocols[0] ?? {};
    p.inforceFrom = p.inForceFrom;
    delete p.inForceFrom;
    const problems = problemsOf(data);
    expect(codes(problems).sort()).toEqual(['registry-field-missing', 'registry-field-unknown']);
    expect(problems.map((x) => x.message.en).join('\n')).toContain('inforceFrom: unknown field');
  });

  it('refuses a date that does not exist', () => {
    const data = fixtureData();
    (data.protocols[1] ?? {}).inForceFrom = '2026-02-30';
    expect(codes(problemsOf(data))).toEqual(['registry-field-invalid']);
  });

  it('refuses two records with the same id', () => {
    const data = fixtureData();
    (data.protocols[1] ?? {}).id = 'mesen-2024';
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-duplicate-id']);
    expect(problems[0]?.message.nl).toContain('"mesen-2024"');
    expect(problems[0]?.message.en).toContain('Protocol 1');
    expect(problems[0]?.message.en).toContain('Protocol 2');
  });

  it('refuses two protocols in force on the same day for the same postcode', () => {
    const data = fixtureData();
    const copy = { ...structuredClone(data.protocols[1]), id: 'kontich-2027', inForceFrom: '2027-01-01', mailbox: 'ocmw@kontich.be' };
    data.protocols.push(copy);
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-overlap']);
    expect(problems[0]?.message.en).toContain('postcode 2550');
    expect(problems[0]?.message.en).toContain('2027-01-01');
  });

  it('refuses two protocols in force for the same municipality even with other postcodes and NIS code', () => {
    const data = fixtureData();
    const copy = structuredClone(data.protocols[0] ?? {});
    copy.id = 'mesen-bis';
    copy.municipality = { name: 'MESEN', nis: '99999', postcodes: ['8950'] };
    data.protocols.push(copy);
    expect(codes(problemsOf(data))).toEqual(['registry-overlap']);
  });

  it('accepts a successor protocol that starts on the day the old one ended', () => {
    const data = fixtureData();
    const old = data.protocols[1] ?? {};
    old.endedOn = '2027-01-01';
    data.protocols.push({ ...structuredClone(old), id: 'kontich-2027', inForceFrom: '2027-01-01', endedOn: null });
    expect(parseRegistry(data).ok).toBe(true);
  });

  it.each([
    ['Cyrillic letter', 'ocmw@m\u0435sen.be'],
    ['accent', 'ocmw@mésen.be'],
    ['punycode', 'ocmw@xn--msen-v4d.be'],
    ['sub-address', 'ocmw+ref@mesen.be'],
    ['trailing dot', 'ocmw@mesen.be.'],
    ['upper case', 'OCMW@mesen.be'],
    ['display-name form', 'OCMW <ocmw@mesen.be>'],
  ])('refuses a mailbox that is not a plain ASCII address (%s)', (_kind, mailbox) => {
    const data = fixtureData();
    (data.protocols[0] ?? {}).mailbox = mailbox;
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-mailbox-not-ascii']);
    expect(problems[0]?.message.nl).toContain('geen gewoon ASCII-adres');
  });

  it('refuses an end date before the start date, also when another field is broken too', () => {
    const data = fixtureData();
    const p = data.protocols[0] ?? {};
    p.endedOn = '2024-01-31';
    p.localTeam = '';
    const problems = problemsOf(data);
    expect(codes(problems).sort()).toEqual(['registry-end-before-start', 'registry-field-invalid']);
    expect(problems.find((x) => x.code === 'registry-end-before-start')?.message.en).toContain('2024-01-31');
  });
});

describe('what an admin could get wrong in the file itself', () => {
  const text = readFileSync(REGISTRY_FILE, 'utf8');
  const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('refuses a key written twice in one record, naming the record, the field and both lines', () => {
    const twice = text.replace('"mailbox": "ocmw@mesen.be",', '"mailbox": "ocmw@mesen.be",\n      "mailbox": "evil@example.com",');
    const r = parseRegistryJson(twice);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r.problems)).toEqual(['registry-duplicate-key']);
    const line = lineOf('"mailbox": "ocmw@mesen.be"');
    expect(r.problems[0]?.message.en).toBe(
      `Protocol 1 ("mesen-2024"), field mailbox: occurs twice in the same object (line ${line} and line ${line + 1}). A JSON reader then silently keeps only the last value: keep one.`,
    );
    expect(r.problems[0]?.message.nl).toContain(`veld mailbox: staat twee keer in hetzelfde object (regel ${line} en regel ${line + 1})`);
  });

  it('refuses a key written twice outside the records too', () => {
    const r = parseRegistryJson(text.replace('"version": 1,', '"version": 1,\n  "version": 1,'));
    expect(!r.ok && r.problems.map((p) => p.message.en)).toEqual([expect.stringMatching(/^Register, field version: occurs twice/)]);
  });

  it('accepts a file saved with a UTF-8 byte-order mark (Windows Notepad)', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(REGISTRY_FILE)]);
    expect(parseRegistryBytes(bom).ok).toBe(true);
    expect(parseRegistryJson(`\ufeff${text}`).ok).toBe(true);
  });

  it('refuses bytes that are not UTF-8, with the line', () => {
    const latin1 = Buffer.from(text.replace('Markt 22', 'Markt 22\u00e9'), 'latin1');
    const r = parseRegistryBytes(latin1);
    expect(!r.ok && codes(r.problems)).toEqual(['registry-not-utf8']);
    expect(!r.ok && r.problems[0]?.message.en).toContain(`(line ${lineOf('Markt 22')})`);
  });

  it('refuses a file larger than the limit before reading it as text', () => {
    const r = parseRegistryBytes(new Uint8Array(MAX_REGISTRY_BYTES + 1));
    expect(!r.ok && r.problems.map((p) => p.message.en)).toEqual([expect.stringContaining('larger than 64 MiB')]);
  });

  it('says where the JSON breaks, in both languages', () => {
    const broken = text.replace('"endedOn": null,\n      "signed"', '"endedOn": null\n      "signed"');
    const r = parseRegistryJson(broken);
    const line = lineOf('"endedOn": null') + 1;
    expect(!r.ok && r.problems.map((p) => p.message)).toEqual([
      {
        nl: `Het register is geen geldige JSON: regel ${line}, kolom 7: hier hoort een komma of }.`,
        en: `The registry is not valid JSON: line ${line}, column 7: a comma or } belongs here.`,
      },
    ]);
  });

  it('refuses a registry without protocols: the Send check would let every mail go', () => {
    expect(codes(problemsOf({ version: 1, protocols: [] }))).toEqual(['registry-empty']);
  });

  it('refuses a postcode listed twice in one protocol, and a locality listed twice however it is written', () => {
    const data = fixtureData();
    const kontich = data.protocols[1]?.municipality as Record<string, unknown>;
    kontich.postcodes = ['2550', '2550'];
    kontich.localities = ['Kontich', 'Waarloos', 'WAARLOOS'];
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-repeated-value', 'registry-repeated-value']);
    expect(problems.map((p) => p.message.en)).toEqual([
      'Protocol 2 ("kontich-2026"), field municipality.postcodes[1]: "2550" is already in municipality.postcodes[0]. Each postcode and locality appears at most once.',
      'Protocol 2 ("kontich-2026"), field municipality.localities[2]: "WAARLOOS" is already in municipality.localities[1]. Each postcode and locality appears at most once.',
    ]);
  });

  it('refuses a locality of one protocol that is the municipality of another in force at the same time', () => {
    const data = fixtureData();
    (data.protocols[1]?.municipality as Record<string, unknown>).localities = ['Kontich', 'Waarloos', 'Mesen'];
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-overlap']);
    expect(problems[0]?.message.en).toBe(
      'Protocol 1 ("mesen-2024") and Protocol 2 ("kontich-2026") are both in force from 2026-02-28 for Mesen. At most one protocol may be in force on any day per postcode, NIS code and municipality or locality name: end the old protocol (endedOn).',
    );
  });

  it('finds every overlap in a long history, not only between neighbours', () => {
    const data = fixtureData();
    const mesen = data.protocols[0] ?? {};
    const at = (id: string, inForceFrom: string, endedOn: string | null) => ({ ...structuredClone(mesen), id, inForceFrom, endedOn });
    // mesen-2024 runs on (no end); each later record overlaps it, and c also overlaps b.
    data.protocols.push(at('mesen-b', '2025-01-01', '2025-06-01'), at('mesen-c', '2025-05-01', '2026-01-01'), at('mesen-d', '2026-01-01', '2026-01-01'));
    const problems = problemsOf(data);
    expect(problems.map((p) => (p.code === 'registry-overlap' ? `${p.first} + ${p.second} from ${p.from}` : p.code))).toEqual([
      'Protocol 1 ("mesen-2024") + Protocol 3 ("mesen-b") from 2025-01-01',
      'Protocol 1 ("mesen-2024") + Protocol 4 ("mesen-c") from 2025-05-01',
    ]);
    // mesen-d ends on the day it starts: never in force, so it overlaps nothing.
  });

  it.each([
    ['a lone high surrogate', 'localTeam', 'Kind en Gezin \ud800Ieper', 'character 15 is U+D800, a lone UTF-16 surrogate'],
    ['a lone low surrogate', 'socialService.name', '\udc00Sociale Dienst', 'character 1 is U+DC00, a lone UTF-16 surrogate'],
    ['a tab', 'source.title', 'Protocol\tvoor', 'character 9 is U+0009, a control character'],
    ['a right-to-left override', 'signed.place', 'Brus\u202esel', 'character 5 is U+202E, an invisible formatting character'],
  ])('refuses %s in a text field, naming the character and where it is', (_name, field, value, words) => {
    const data = fixtureData();
    const p = data.protocols[0] ?? {};
    const [a, b] = field.split('.') as [string, string | undefined];
    if (b === undefined) p[a] = value;
    else (p[a] as Record<string, unknown>)[b] = value;
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-text-character']);
    expect(problems[0]?.message.en).toContain(`Protocol 1 ("mesen-2024"), field ${field}: ${words}`);
  });

  it('accepts letters outside the BMP written as a surrogate pair', () => {
    const data = fixtureData();
    (data.protocols[0] ?? {}).localTeam = 'Kind en Gezin Ieper \ud835\udd40';
    expect(parseRegistry(data).ok).toBe(true);
  });

  it('refuses a lone surrogate in a locality too, where it would make the name unfindable', () => {
    const data = fixtureData();
    (data.protocols[1]?.municipality as Record<string, unknown>).localities = ['Kontich', 'Waar\udbffloos'];
    expect(problemsOf(data).map((p) => p.message.en)).toEqual([expect.stringContaining('field municipality.localities[1]: character 5 is U+DBFF')]);
  });

  it('describes a huge or deeply nested value in a few characters instead of printing it', () => {
    const deep = JSON.parse(`${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`) as unknown;
    const data = fixtureData();
    (data.protocols[0] ?? {}).mailbox = deep;
    (data.protocols[0] ?? {}).localTeam = 'x'.repeat(100_000);
    const text = problemsOf(data)
      .map((p) => p.message.en)
      .join('\n');
    expect(text).toContain('field mailbox: must be the registered mailbox from article 6, but is [[[…]]].');
    expect(text.length).toBeLessThan(1000);
  });
});

describe('lookups', () => {
  it.each(['Mesen', 'MESEN', 'mesen', '  Mésen ', 'MÉSEN'])('finds Mesen by municipality %j', (name) => {
    expect(findByMunicipality(registry, name).map((p) => p.id)).toEqual(['mesen-2024']);
  });

  it('finds Kontich by a locality (deelgemeente)', () => {
    expect(findByMunicipality(registry, 'waarloos').map((p) => p.id)).toEqual(['kontich-2026']);
  });

  it('finds by postcode and NIS code, and nothing for others', () => {
    expect(findByPostcode(registry, '8957').map((p) => p.id)).toEqual(['mesen-2024']);
    expect(findByPostcode(registry, '2550').map((p) => p.id)).toEqual(['kontich-2026']);
    expect(findByNis(registry, '11024').map((p) => p.id)).toEqual(['kontich-2026']);
    expect(findByPostcode(registry, '9000')).toEqual([]);
    expect(findByMunicipality(registry, 'Gent')).toEqual([]);
    expect(findByMunicipality(registry, '')).toEqual([]);
  });

  it('picks the protocol in force among an old and a new one for the same postcode', () => {
    const data = fixtureData();
    const old = data.protocols[1] ?? {};
    old.endedOn = '2027-01-01';
    data.protocols.push({ ...structuredClone(old), id: 'kontich-2027', inForceFrom: '2027-01-01', endedOn: null, mailbox: 'ocmw@kontich.be' });
    const reg = registryFrom(data);
    const at = (d: string) => resolveProtocol(reg, { by: 'postcode', value: '2550' }, day(d));
    expect(at('2026-12-31')).toMatchObject({ status: 'in-force', protocol: { id: 'kontich-2026' } });
    expect(at('2027-01-01')).toMatchObject({ status: 'in-force', protocol: { id: 'kontich-2027' } });
    expect(at('2026-02-27')).toMatchObject({ status: 'not-yet-in-force', protocol: { id: 'kontich-2026' } });
  });
});

describe('protocolStatus on a calendar day', () => {
  const kontich = registry.protocols.find((p) => p.id === 'kontich-2026');
  const mesen = registry.protocols.find((p) => p.id === 'mesen-2024');
  it.each([
    ['kontich', '2026-02-27', 'not-yet-in-force'],
    ['kontich', '2026-02-28', 'in-force'],
    ['mesen', '2024-01-31', 'not-yet-in-force'],
    ['mesen', '2024-02-01', 'in-force'],
  ])('%s on %s is %s', (which, d, status) => {
    const p = which === 'kontich' ? kontich : mesen;
    if (!p) throw new Error('missing protocol');
    expect(protocolStatus(p, day(d))).toBe(status);
  });

  it('an ended protocol is in force until the day before endedOn', () => {
    const data = fixtureData();
    (data.protocols[0] ?? {}).endedOn = '2026-06-01';
    const p = registryFrom(data).protocols[0];
    if (!p) throw new Error('missing protocol');
    expect(protocolStatus(p, day('2026-05-31'))).toBe('in-force');
    expect(protocolStatus(p, day('2026-06-01'))).toBe('ended');
  });
});

describe('suggestLocations: what the team member may have meant', () => {
  it('a name with a typing mistake or two, and a postcode one digit off, suggest the municipality with a protocol', () => {
    expect(suggestLocations(registry, 'Meesen')).toEqual([{ query: 'Mesen', municipality: 'Mesen' }]);
    expect(suggestLocations(registry, 'mesne')).toEqual([{ query: 'Mesen', municipality: 'Mesen' }]);
    expect(suggestLocations(registry, 'Kontig')).toEqual([{ query: 'Kontich', municipality: 'Kontich' }]);
    expect(suggestLocations(registry, '8958')).toEqual([{ query: '8957 Mesen', municipality: 'Mesen' }]);
    expect(suggestLocations(registry, '2551')).toEqual([{ query: '2550 Kontich', municipality: 'Kontich' }]);
  });

  it('suggests nothing for a different place, a short postcode or a 2 MB word', () => {
    expect(suggestLocations(registry, 'Antwerpen')).toEqual([]);
    expect(suggestLocations(registry, '9000')).toEqual([]);
    expect(suggestLocations(registry, '895')).toEqual([]);
    expect(suggestLocations(registry, 'Mes')).toEqual([]);
    const huge = 'Mesen'.repeat(400_000);
    expect(suggestLocations(registry, huge)).toEqual([]);
    expect(locationOfQuery(registry, `8957 ${huge}`)).toEqual({ by: 'municipality', value: `8957 ${huge}` });
  });

  it('"8957 Mesen" and "Mesen 8957" are the postcode; a postcode with another municipality is not', () => {
    expect(locationOfQuery(registry, '8957 Mesen')).toEqual({ by: 'postcode', value: '8957' });
    expect(locationOfQuery(registry, 'MESEN   8957')).toEqual({ by: 'postcode', value: '8957' });
    expect(locationOfQuery(registry, '8957 Kontich').by).toBe('municipality');
  });
});
