// Client traces: the pane hands the Send check salted hashes of what it knows about the client;
// the Send check finds them in the subject or body without ever holding the data.
import { buildTraces, ClientTraces, fileNameWords, findTraces, namePhrase, protocolWords, saltFrom, words } from '../../src/domain';
import { registry, SALT } from './fixtures';

const mesen = registry.protocols.find((p) => p.id.startsWith('mesen'));
if (!mesen) throw new Error('Mesen protocol missing from the shipped registry');

describe('words: the one tokenizer', () => {
  it.each<[string, string[]]>([
    ['Verwijsformulier_JanPeeters-2026.pdf', ['verwijsformulier', 'jan', 'peeters', '2026', 'pdf']],
    ['VAN DEN BROECK', ['van', 'den', 'broeck']],
    ['Çelik Öztürk', ['celik', 'ozturk']],
    ['peeters2026scan', ['peeters', '2026', 'scan']],
    ['  ', []],
  ])('%j', (input, expected) => expect(words(input)).toEqual(expected));
});

describe('fileNameWords', () => {
  it.each<[string, string[]]>([
    ['Verwijsformulier Jan Peeters.pdf', ['jan', 'peeters']],
    ['scan_20261123_Kristof-Janssens (2).pdf', ['kristof', 'janssens']],
    ['Doorverwijzing formulier.pdf', []],
    ['C:\\Users\\an\\Documents\\Aanmelding OCMW familie Öztürk.docx', ['familie', 'ozturk']],
    // An "extension" that is a name is not dropped as one.
    ['formulier.Janssens', ['janssens']],
  ])('%j -> %j', (name, expected) => expect(fileNameWords(name)).toEqual(expected));

  it("leaves out the protocol's own names, which the neutral text uses", () => {
    expect(fileNameWords('Verwijzing OCMW Mesen - gezin Claeys.pdf', protocolWords(mesen))).toEqual(['claeys']);
    expect(fileNameWords('Mesen Ieper.pdf', protocolWords(mesen))).toEqual([]);
  });
});

describe('buildTraces', () => {
  const traces = buildTraces(
    {
      client: { firstName: 'Jan', lastName: 'Van den Broeck', phone: '+32 470 12 34 56', email: 'Gezin.VDB@example.org' },
      fileName: 'Verwijsformulier Kristof.pdf',
    },
    SALT,
  );

  it('holds hashes only: no name, number or address in the clear', () => {
    const { salt: _salt, ...hashes } = traces;
    const text = JSON.stringify(hashes);
    for (const secret of ['jan', 'broeck', '470', '123456', 'gezin.vdb', 'example', 'kristof']) expect(text.toLowerCase()).not.toContain(secret);
    expect(ClientTraces.safeParse(traces).success).toBe(true);
    expect(traces.nameWords).toBe(3);
  });

  it('gives other hashes with another salt, so equal names on two mails cannot be linked', () => {
    const other = buildTraces({ client: { firstName: 'Jan' } }, 'f'.repeat(32));
    expect(other.name[0]).not.toBe(buildTraces({ client: { firstName: 'Jan' } }, SALT).name[0]);
  });

  it.each<[string, keyof ReturnType<typeof findTraces>]>([
    ['Doorverwijzing voor Jan', 'name'],
    ['gezin VAN DEN BROECK', 'name'],
    ['mevrouw Van-dén-Broeck', 'name'],
    ['bel 0470/12.34.56', 'phone'],
    ['bel +32 (0)470 12-34-56 of later', 'phone'],
    ['mail naar gezin.vdb@EXAMPLE.org.', 'email'],
    ['over Kristof', 'file'],
  ])('finds %j as %s', (text, kind) => {
    const hits = findTraces(text, traces);
    expect(hits[kind]).toBe(true);
    expect(
      Object.entries(hits)
        .filter(([, v]) => v)
        .map(([k]) => k),
    ).toEqual([kind]);
  });

  it.each([
    'Doorverwijzing Kind en Gezin KG-20261123-7K3M9Q',
    'Met dank aan Janssens, in januari. Broeck alleen is geen naam: de achternaam is drie woorden.',
    'Referentie 20261123, 12 34 56, 0470 12 34',
    'Beste collega van Sociale Dienst (OCMW) Mesen, zie bijlage.',
  ])('finds nothing in %j', (text) => {
    expect(findTraces(text, traces)).toEqual({ name: false, phone: false, email: false, file: false });
  });

  it('refuses what is not client data to look for: one letter, a short number, no @', () => {
    const t = buildTraces({ client: { firstName: 'J', phone: '1234', email: 'geen adres' } }, SALT);
    expect([t.name, t.phone, t.email]).toEqual([[], [], []]);
  });

  it('builds a salt only from exactly 16 random bytes', () => {
    expect(saltFrom(new Uint8Array(16).fill(255))).toBe('f'.repeat(32));
    expect(() => saltFrom(new Uint8Array(8))).toThrow(RangeError);
  });

  it('namePhrase keeps the words of a compound name', () => {
    expect(namePhrase("D'Hondt-Verbeke")).toBe('d hondt verbeke');
    expect(namePhrase('A')).toBe('');
  });
});
