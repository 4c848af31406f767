// The registry: the shipped file holds the two real protocols exactly; a broken file is refused
// with every problem named; lookups find a protocol the way a team member types a location.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem, ProblemCode } from '../../src/domain';
import {
  CalendarDay,
  findByMunicipality,
  findByNis,
  findByPostcode,
  loadShippedRegistry,
  parseRegistry,
  parseRegistryJson,
  protocolStatus,
  resolveProtocol,
} from '../../src/domain';
import { registry, registryFrom, shippedData } from './fixtures';

const day = (s: string): CalendarDay => CalendarDay.parse(s);
const codes = (problems: readonly Problem[]): ProblemCode[] => problems.map((p) => p.code);

function problemsOf(data: unknown): Problem[] {
  const r = parseRegistry(data);
  if (r.ok) throw new Error('expected the registry to be refused');
  return r.problems;
}

describe('the shipped registry', () => {
  it('is valid', () => {
    const r = loadShippedRegistry();
    expect(r.ok).toBe(true);
  });

  it('holds Mesen exactly as its protocol says', () => {
    const mesen = registry.protocols.find((p) => p.municipality.name === 'Mesen');
    expect(mesen).toMatchObject({
      municipality: { nis: '33016', postcodes: ['8957'] },
      socialService: { kbo: '0212.198.584', address: { street: 'Markt 22', postcode: '8957', municipality: 'Mesen' } },
      mailbox: 'ocmw@mesen.be',
      localTeam: 'Kind en Gezin Ieper',
      inForceFrom: '2024-02-01',
      endedOn: null,
      signed: { place: 'Brussel', date: '2024-01-29' },
      dpo: { opgroeien: 'dpo@opgroeien.be', socialService: 'privacy@mesen.be' },
      source: { document: '000_765daf12dc99516a.txt' },
    });
  });

  it('holds Kontich exactly as its protocol says', () => {
    const kontich = registry.protocols.find((p) => p.municipality.name === 'Kontich');
    expect(kontich).toMatchObject({
      municipality: { nis: '11024', postcodes: ['2550'] },
      socialService: { kbo: '0212.188.983', address: { street: 'Gemeenteplein 1', postcode: '2550', municipality: 'Kontich' } },
      mailbox: 'sociale.dienst@kontich.be',
      inForceFrom: '2026-02-28',
      endedOn: null,
      signed: { place: 'Kontich', date: '2026-02-23' },
      dpo: { opgroeien: 'dpo@opgroeien.be', socialService: 'luziane.lima@c-smart.be' },
      source: { document: '001_e07d98166610120d.txt' },
    });
  });

  // The protocol texts live next to the repository on the team's machines; where they are present,
  // the mailbox (art. 6) and the DPO contacts (art. 9) must appear in them verbatim.
  const protocolsDir = join(__dirname, '..', '..', '..', 'shared', 'protocols');
  (existsSync(protocolsDir) ? it : it.skip)('matches the source documents word for word where they are present', () => {
    for (const p of registry.protocols) {
      const text = readFileSync(join(protocolsDir, p.source.document), 'utf8');
      expect(text).toContain(`mailadres: ${p.mailbox}`);
      expect(text).toContain(p.dpo.opgroeien);
      expect(text).toContain(p.dpo.socialService);
      expect(text).toContain(p.socialService.kbo);
    }
  });
});

describe('a broken registry is refused, naming every bad record and field', () => {
  it('refuses text that is not JSON', () => {
    const r = parseRegistryJson('{"version": 1, "protocols": [');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codes(r.problems)).toEqual(['registry-not-json']);
  });

  it('refuses an unknown version', () => {
    const data = shippedData();
    data.version = 2;
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-shape']);
    expect(problems[0]?.message.en).toContain('version');
  });

  it('lists problems in several records at once, each with its record and field', () => {
    const data = shippedData();
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
    const data = shippedData();
    const p = data.protocols[0] ?? {};
    p.inforceFrom = p.inForceFrom;
    delete p.inForceFrom;
    const problems = problemsOf(data);
    expect(codes(problems).sort()).toEqual(['registry-field-missing', 'registry-field-unknown']);
    expect(problems.map((x) => x.message.en).join('\n')).toContain('inforceFrom: unknown field');
  });

  it('refuses a date that does not exist', () => {
    const data = shippedData();
    (data.protocols[1] ?? {}).inForceFrom = '2026-02-30';
    expect(codes(problemsOf(data))).toEqual(['registry-field-invalid']);
  });

  it('refuses two records with the same id', () => {
    const data = shippedData();
    (data.protocols[1] ?? {}).id = 'mesen-2024';
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-duplicate-id']);
    expect(problems[0]?.message.nl).toContain('"mesen-2024"');
    expect(problems[0]?.message.en).toContain('Protocol 1');
    expect(problems[0]?.message.en).toContain('Protocol 2');
  });

  it('refuses two protocols in force on the same day for the same postcode', () => {
    const data = shippedData();
    const copy = { ...structuredClone(data.protocols[1]), id: 'kontich-2027', inForceFrom: '2027-01-01', mailbox: 'ocmw@kontich.be' };
    data.protocols.push(copy);
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-overlap']);
    expect(problems[0]?.message.en).toContain('postcode 2550');
    expect(problems[0]?.message.en).toContain('2027-01-01');
  });

  it('refuses two protocols in force for the same municipality even with other postcodes and NIS code', () => {
    const data = shippedData();
    const copy = structuredClone(data.protocols[0] ?? {});
    copy.id = 'mesen-bis';
    copy.municipality = { name: 'MESEN', nis: '99999', postcodes: ['8950'] };
    data.protocols.push(copy);
    expect(codes(problemsOf(data))).toEqual(['registry-overlap']);
  });

  it('accepts a successor protocol that starts on the day the old one ended', () => {
    const data = shippedData();
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
    const data = shippedData();
    (data.protocols[0] ?? {}).mailbox = mailbox;
    const problems = problemsOf(data);
    expect(codes(problems)).toEqual(['registry-mailbox-not-ascii']);
    expect(problems[0]?.message.nl).toContain('geen gewoon ASCII-adres');
  });

  it('refuses an end date before the start date, also when another field is broken too', () => {
    const data = shippedData();
    const p = data.protocols[0] ?? {};
    p.endedOn = '2024-01-31';
    p.localTeam = '';
    const problems = problemsOf(data);
    expect(codes(problems).sort()).toEqual(['registry-end-before-start', 'registry-field-invalid']);
    expect(problems.find((x) => x.code === 'registry-end-before-start')?.message.en).toContain('2024-01-31');
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
    const data = shippedData();
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
    const data = shippedData();
    (data.protocols[0] ?? {}).endedOn = '2026-06-01';
    const p = registryFrom(data).protocols[0];
    if (!p) throw new Error('missing protocol');
    expect(protocolStatus(p, day('2026-05-31'))).toBe('in-force');
    expect(protocolStatus(p, day('2026-06-01'))).toBe('ended');
  });
});
