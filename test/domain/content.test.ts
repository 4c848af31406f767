// Rule 4: the subject, body and attachment names are not encrypted, so they may not hold the
// password or client data; the only attachment is our encrypted zip, and it must be there.
import type { ReasonCode } from '../../src/domain';
import { MAX_SCANNED_TEXT, buildTraces, checkContent, containsPassword, findTraces, phoneDigits } from '../../src/domain';
import { SALT, ZIP_SHA } from '../fixtures/rules';

const zip = { name: 'doorverwijzing-KG-20260302-7F3K9Q.zip', size: 20480, isOurEncryptedZip: true, sha256: ZIP_SHA };
const client = { firstName: 'Jan', lastName: 'Van den Broeck', phone: '0470 12 34 56', email: 'gezin.vdb@example.org' };
const traces = buildTraces({ client }, SALT);
const password = 'K7QM-94TX-HB2R-8WZD';
const base = { subject: 'Doorverwijzing KG-20260302-7F3K9Q', body: 'Zie bijlage (7-Zip).', attachments: [zip], password, traces, encryptedZipSha256: ZIP_SHA };
const run = (over: Partial<typeof base> & Record<string, unknown>): ReasonCode[] => checkContent({ ...base, ...over }).map((r) => r.code);

describe('subject and body', () => {
  it('a neutral mail passes', () => expect(run({})).toEqual([]));

  it.each([
    ['subject', { subject: `Wachtwoord ${password}` }],
    ['body, grouped with spaces', { body: 'Het wachtwoord is K7QM 94TX HB2R 8WZD' }],
    ['body, lower case without groups', { body: 'ww: k7qm94txhb2r8wzd' }],
  ])('finds the password in the %s', (_where, over) => {
    const reasons = checkContent({ ...base, ...over });
    expect(reasons.map((r) => r.code)).toEqual(['content-password']);
    // The message says where, never what.
    for (const r of reasons) {
      expect(r.message.nl).not.toContain('K7QM');
      expect(r.message.en).not.toContain('K7QM');
    }
  });

  it.each([
    ['whole name', 'Verwijzing voor Jan Van den Broeck'],
    ['whole name, last name first', 'Van den Broeck, Jan'],
    ['last name, joined', 'Gezin Vandenbroeck'],
    ['last name, upper case', 'Gezin VAN DEN BROECK'],
    ['last name without spaces between parts', 'van-den-broeck'],
    ['last name with accents added', 'Van dén Broeck'],
  ])('finds the client name (%s)', (_k, subject) => {
    expect(run({ subject })).toEqual(['content-client-name']);
  });

  it('asks about a first name that is also a common word (Jan), with the finding named, never the word', () => {
    const reasons = checkContent({ ...base, subject: 'Verwijzing voor Jan' });
    expect(reasons.map((r) => r.code)).toEqual(['content-client-name-word']);
    expect(reasons[0]).toMatchObject({ where: 'subject', part: 'first', why: 'common-word' });
    expect(reasons[0]?.message.nl).toContain('voornaam van de cliënt');
    expect(reasons[0]?.message.nl).not.toMatch(/\bJan\b/);
  });

  it.each([
    ['85.07.30-033.28', 'with separators'],
    ['85073003328', 'without separators'],
    ['85 07 30 033 28', 'spaced'],
    ['０８．０１．２０－００１．８８', 'in full-width digits'],
  ])('refuses a national register number %j (%s), in the subject and the body', (nrn) => {
    expect(run({ subject: `Doorverwijzing ${nrn}` })).toEqual(['content-national-number']);
    expect(run({ body: `Rijksregisternummer: ${nrn}` })).toEqual(['content-national-number']);
  });

  it('refuses a national register number in an attachment name', () => {
    expect(run({ attachments: [zip, { ...zip, name: 'verslag-85073003328.pdf', isOurEncryptedZip: false }] })).toEqual([
      'attachment-not-encrypted',
      'content-national-number',
    ]);
  });

  it('reads at most MAX_SCANNED_TEXT characters, and says so', () => {
    const long = `${'Beste, '.repeat(200_000)} Van den Broeck`;
    expect(long.length).toBeGreaterThan(MAX_SCANNED_TEXT);
    expect(run({ body: long })).toEqual(['content-not-fully-checked']);
    expect(run({ body: `Van den Broeck ${long}` })).toEqual(['content-client-name', 'content-not-fully-checked']);
  });

  it('does not mistake a longer word for the first name', () => {
    expect(run({ body: 'Met dank aan Janssens en januari.' })).toEqual([]);
  });

  it.each(['0470 12 34 56', '+32 470 12 34 56', '0032470123456', '0470/12.34.56', '+32 (0)470 12-34-56', 'tel:+32470123456'])(
    'finds the phone number written as %j',
    (written) => {
      expect(run({ body: `Bel de cliënt op ${written}.` })).toEqual(['content-client-phone']);
    },
  );

  it('does not flag other numbers', () => {
    expect(run({ body: 'Referentie KG-20260302-7F3K9Q, 20480 bytes, 12 34 56.' })).toEqual([]);
  });

  it('finds the e-mail address in any case', () => {
    expect(run({ subject: 'GEZIN.VDB@EXAMPLE.ORG' })).toEqual(['content-client-email']);
  });

  it('reports subject and body separately', () => {
    expect(run({ subject: 'Van den Broeck', body: 'Van den Broeck' })).toEqual(['content-client-name', 'content-client-name']);
    expect(checkContent({ ...base, subject: 'Van den Broeck', body: 'Van den Broeck' }).map((r) => ('where' in r ? r.where : null))).toEqual([
      'subject',
      'body',
    ]);
  });

  it('without client traces or password, no client data is looked for; the password is still found by its shape', () => {
    expect(checkContent({ subject: `Jan ${password}`, body: '0470 12 34 56', attachments: [zip] }).map((r) => r.code)).toEqual(['content-password-shape']);
    expect(checkContent({ subject: 'Jan', body: '0470 12 34 56', attachments: [zip] }).map((r) => r.code)).toEqual([]);
  });
});

describe('attachments', () => {
  const pdf = { name: 'verwijsformulier.pdf', size: 50000, isOurEncryptedZip: false };
  it.each<[string, Record<string, unknown>, ReasonCode[]]>([
    ['no attachment at all', { attachments: [] }, ['attachment-missing-encrypted-zip']],
    ['only the plaintext form', { attachments: [pdf] }, ['attachment-not-encrypted', 'attachment-missing-encrypted-zip']],
    ['the zip and the plaintext form', { attachments: [zip, pdf] }, ['attachment-not-encrypted']],
    ['two encrypted zips', { attachments: [zip, { ...zip, name: 'tweede.zip' }] }, ['attachment-multiple-encrypted-zips']],
    ['a zip swapped after encryption', { attachments: [{ ...zip, sha256: 'b'.repeat(64) }] }, ['attachment-changed-after-encryption']],
    ['the zip hash in upper case', { attachments: [{ ...zip, sha256: ZIP_SHA.toUpperCase() }] }, []],
    ['a zip named after the client', { attachments: [{ ...zip, name: 'Van den Broeck.zip' }] }, ['attachment-name-client-data']],
    ['a zip named with the password', { attachments: [{ ...zip, name: `${password}.zip` }] }, ['content-password']],
  ])('%s', (_name, over, expected) => {
    expect(run(over)).toEqual(expected);
  });
});

describe('matchers', () => {
  it.each([
    ['0470 12 34 56', '470123456'],
    ['+32 470 12 34 56', '470123456'],
    ['0032 470 12 34 56', '470123456'],
    ['03 450 33 00', '34503300'],
    ['+31 6 12345678', '31612345678'],
  ])('phoneDigits(%j) = %s', (input, digits) => expect(phoneDigits(input)).toBe(digits));

  it('ignores too-short phone numbers and one-letter names rather than flagging everything', () => {
    const short = buildTraces({ client: { firstName: 'A', phone: '1234' } }, SALT);
    expect(short.name).toEqual([]);
    expect(short.phone).toEqual([]);
    expect(findTraces('a b c 1234', short)).toEqual({ names: [], phone: false, email: false, file: [] });
    expect(containsPassword('anything', '')).toBe(false);
  });
});
