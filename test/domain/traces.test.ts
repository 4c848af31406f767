// Client traces: the pane hands the Send check salted hashes of what it knows about the client;
// the Send check finds them in the subject or body without ever holding the data, and weighs what
// it finds: the whole name is strong, a name word that is also a common word, the team member's
// own name or a word of the protocol is weak.
import type { TraceFindings } from '../../src/domain';
import { buildTraces, ClientTraces, fileNameWords, findTraces, isCommonNameWord, protocolWords, saltFrom, traceMatcher, words } from '../../src/domain';
import { registry, SALT } from '../fixtures/rules';

const mesen = registry.protocols.find((p) => p.id.startsWith('mesen'));
const kontich = registry.protocols.find((p) => p.id.startsWith('kontich'));
if (!mesen || !kontich) throw new Error('a shipped protocol is missing');

describe('words: the one tokenizer', () => {
  it.each<[string, string[]]>([
    ['Verwijsformulier_JanPeeters-2026.pdf', ['verwijsformulier', 'jan', 'peeters', '2026', 'pdf']],
    ['VAN DEN BROECK', ['van', 'den', 'broeck']],
    ['Çelik Öztürk', ['celik', 'ozturk']],
    ['peeters2026scan', ['peeters', '2026', 'scan']],
    ['Van den Bro\u00ADeck', ['van', 'den', 'broeck']],
    ['Jan\u200BPeeters', ['jan', 'peeters']],
    ['ＪＡＮ　ＰＥＥＴＥＲＳ', ['jan', 'peeters']],
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

describe('the common words that are names (from @zxcvbn-ts/language-nl-be, at build time)', () => {
  it('holds everyday Dutch words that are Flemish names, and not uncommon names', () => {
    for (const w of ['ben', 'dag', 'bel', 'roos', 'wolf', 'de', 'van']) expect(isCommonNameWord(w)).toBe(true);
    for (const w of ['peeters', 'janssens', 'vandenbroeck', 'broeck', 'goossens', 'mesen', 'xyzzy']) expect(isCommonNameWord(w)).toBe(false);
  });
});

const found = (f: TraceFindings): string[] => [
  ...f.names.map((n) => `${n.part}:${n.grade}`),
  ...(f.phone ? ['phone'] : []),
  ...(f.email ? ['email'] : []),
  ...f.file.map((g) => `file:${g}`),
];

describe('buildTraces and findTraces', () => {
  const traces = buildTraces(
    {
      client: { firstName: 'Wout', lastName: 'Van den Broeck', phone: '+32 470 12 34 56', email: 'Gezin.VDB@example.org' },
      fileName: 'Verwijsformulier Kristof.pdf',
    },
    SALT,
  );

  it('holds hashes only: no name, number or address in the clear', () => {
    const { salt: _salt, ...hashes } = traces;
    const text = JSON.stringify(hashes);
    for (const secret of ['wout', 'broeck', '470', '123456', 'gezin', 'vdb', 'example', 'kristof']) expect(text.toLowerCase()).not.toContain(secret);
    expect(ClientTraces.safeParse(traces).success).toBe(true);
    expect(traces.nameWords.map((w) => `${w.part}${w.particle ? '(particle)' : ''}`)).toEqual(['first', 'last(particle)', 'last(particle)', 'last']);
  });

  it('gives other hashes with another salt, so equal names on two mails cannot be linked', () => {
    const other = buildTraces({ client: { firstName: 'Wout' } }, 'f'.repeat(32));
    expect(other.name[0]?.hash).not.toBe(buildTraces({ client: { firstName: 'Wout' } }, SALT).name[0]?.hash);
  });

  it.each<[string, string[]]>([
    ['Doorverwijzing voor Wout', ['first:strong']],
    ['gezin VAN DEN BROECK', ['last:strong']],
    ['mevrouw Vandenbroeck', ['last:strong']],
    ['mevrouw VandenBroeck', ['last:strong']],
    ['mevrouw Vanden Broeck', ['last:strong']],
    ['mevrouw Van-dén-Broeck', ['last:strong']],
    ['mevrouw Van den Bro\u00ADeck', ['last:strong']],
    ['mevrouw Van\u200Bden\u2060Broeck', ['last:strong']],
    ['Wout Van den Broeck', ['full:strong', 'first:strong', 'last:strong']],
    ['Van den Broeck Wout', ['full:strong', 'first:strong', 'last:strong']],
    ['Broeck, Wout Van den', ['full:strong', 'first:strong']],
    ['WOUT VANDENBROECK', ['full:strong', 'first:strong', 'last:strong']],
    ['bel 0470/12.34.56', ['phone']],
    ['bel +32 (0)470 12-34-56 of later', ['phone']],
    ['bel 0470 \u2013 12 34 56', ['phone']],
    ['bel ０４７０ １２ ３４ ５６', ['phone']],
    ['bel 0032 470 12 34 56', ['phone']],
    ['mail naar gezin.vdb@EXAMPLE.org.', ['email']],
    ['mail naar GezinVdb@Example.org', ['email']],
    ['mail naar gezin.vdb (at) example.org', ['email']],
    ['mail naar gezin.vdb [at] example [dot] org', ['email']],
    ['mail naar gezin.vdb at example dot org', ['email']],
    ['mail naar gezin punt vdb apenstaartje example punt org', ['email']],
    ['mail naar gezin.vdb\uFF20example.org', ['email']],
    ['over Kristof', ['file:strong']],
  ])('finds in %j: %j', (text, expected) => {
    expect(found(findTraces(text, traces))).toEqual(expected);
  });

  it.each([
    'Doorverwijzing Kind en Gezin KG-20261123-7K3M9Q',
    'Met dank aan Wouters, in januari. Broeck alleen is geen naam: de achternaam is drie woorden.',
    'Van den Berg en de broeck',
    'Referentie 20261123, 12 34 56, 0470 12 34, 04701234567',
    'Beste collega van Sociale Dienst (OCMW) Mesen, zie bijlage.',
    'gezin.vdb@example.com en vdb@example.org, ik ben at home',
  ])('finds nothing in %j', (text) => {
    expect(found(findTraces(text, traces))).toEqual([]);
  });

  it('refuses what is not client data to look for: one letter, a short number, no @', () => {
    const t = buildTraces({ client: { firstName: 'J', phone: '1234', email: 'geen adres' } }, SALT);
    expect([t.name, t.phone, t.email]).toEqual([[], [], []]);
  });

  it('builds a salt only from exactly 16 random bytes', () => {
    expect(saltFrom(new Uint8Array(16).fill(255))).toBe('f'.repeat(32));
    expect(() => saltFrom(new Uint8Array(8))).toThrow(RangeError);
  });

  it('reads traces of the earlier format (v 1) as invalid, not as none', () => {
    expect(ClientTraces.safeParse({ v: 1, salt: SALT, name: [], nameWords: 0, phone: [], email: [], file: [] }).success).toBe(false);
    expect(ClientTraces.safeParse({ ...traces, name: [{ hash: 'a'.repeat(64), from: 0, to: 2 }] }).success).toBe(false);
  });
});

describe('weak findings: a name word that is also something else', () => {
  it('a first name that is a common word ("Ben" in "ik ben bereikbaar") is weak; the whole name is strong', () => {
    const t = buildTraces({ client: { firstName: 'Ben', lastName: 'Goossens' } }, SALT);
    expect(found(findTraces('Ik ben bereikbaar op dinsdag.', t))).toEqual(['first:common-word']);
    expect(found(findTraces('Over Ben Goossens', t))).toEqual(['full:strong', 'last:strong', 'first:common-word']);
    expect(found(findTraces('Goossens, Ben', t))).toEqual(['full:strong', 'last:strong', 'first:common-word']);
  });

  it('a surname that is a common word ("Rand", "De Wolf") is weak; with the first name it is strong', () => {
    const rand = buildTraces({ client: { firstName: 'Wout', lastName: 'Wolf' } }, SALT);
    expect(found(findTraces('Het verhaal van de wolf.', rand))).toEqual(['last:common-word']);
    expect(found(findTraces('Wout Wolf', rand))).toEqual(['full:strong', 'first:strong', 'last:common-word']);
  });

  it("the team member's own name in the signature is weak, also when the client has exactly that name", () => {
    const t = buildTraces({ client: { firstName: 'Jan', lastName: 'Peeters' }, ownName: 'An Peeters' }, SALT);
    expect(found(findTraces('Met vriendelijke groeten,\nAn Peeters\ngezinsondersteuner', t))).toEqual(['last:own-name']);
    const same = buildTraces({ client: { firstName: 'An', lastName: 'Peeters' }, ownName: 'Peeters, An' }, SALT);
    expect(found(findTraces('Groeten, An Peeters', same))).toEqual(['full:own-name', 'first:own-name', 'last:own-name']);
  });

  it("a word of the protocol's own text (the municipality, the team) is weak", () => {
    const t = buildTraces({ client: { firstName: 'Wout', lastName: 'Mesen' }, exclude: protocolWords(mesen) }, SALT);
    expect(found(findTraces('Beste collega van Sociale Dienst (OCMW) Mesen', t))).toEqual(['last:protocol-word']);
    const rand = buildTraces({ client: { lastName: 'Rand' }, exclude: protocolWords(kontich) }, SALT);
    expect(found(findTraces('een doorverwijzing van Kind en Gezin Zuid-Oost Rand Antwerpen', rand))).toEqual(['last:protocol-word']);
  });
});

describe('linear time', () => {
  const traces = buildTraces(
    {
      client: { firstName: 'Wout', lastName: 'Van den Broeck', phone: '0470 12 34 56', email: 'jan.vdb@example.org' },
      fileName: 'Verwijsformulier Kristof.pdf',
    },
    SALT,
  );
  const MB2 = 2 * 1024 * 1024;
  it.each<[string, string]>([
    ['one 2 MB token', 'a'.repeat(MB2)],
    ['2 MB of separators', ' ,.-'.repeat(MB2 / 4)],
    ['2 MB of digits', '7'.repeat(MB2)],
    ['2 MB of "@"', '@'.repeat(MB2)],
    ['2 MB of "."', '.'.repeat(MB2)],
    ['2 MB of soft hyphens', '\u00AD'.repeat(MB2)],
    ['2 MB of zero-width spaces', '\u200B'.repeat(MB2)],
    ['120,000 digits', '4'.repeat(120_000)],
  ])('finds nothing in %s, and hashes at most one token for it', (_what, text) => {
    expect(found(traceMatcher(traces).find(text))).toEqual([]);
  });
});
