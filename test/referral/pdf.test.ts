import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString } from 'pdf-lib';
import { parseReferralForm, type ReferralForm } from '../../src/referral/form';
import { createReferralPdf, ReferralPdfError, type ReferralPdfMeta } from '../../src/referral/pdf';

const meta: ReferralPdfMeta = {
  reference: 'KG-20260305-7K3M9Q',
  dateIso: '2026-03-05',
  localTeam: 'Kind en Gezin Zuid-Oost Rand Antwerpen (Kontich)',
  socialService: { name: 'OCMW Kontich', mailbox: 'sociale.dienst@kontich.be', address: 'Gemeenteplein 1, 2550 Kontich' },
  protocolId: '001_e07d98166610120d',
};

function form(overrides: Record<string, unknown> = {}): ReferralForm {
  const result = parseReferralForm(
    {
      firstName: 'Annelies',
      lastName: 'Verhoeven',
      street: 'Mechelsesteenweg',
      houseNumber: '12 bus 3',
      postcode: '2550',
      municipality: 'Kontich',
      phone: '0470 12 34 56',
      email: 'annelies.verhoeven@example.be',
      ...overrides,
    },
    { postcodes: ['2550'], municipality: 'Kontich' },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.form;
}

// WinAnsi differs from Latin-1 only in 0x80-0x9F; the PDF uses a few of those (– — ’ ·).
const WIN_ANSI_HIGH: Record<number, string> = { 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x80: '€' };

/** The text drawn on page 1, one string per text-show operator, read back from the PDF itself. */
async function drawnText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const out: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) throw new Error('unexpected content stream type');
    const ops = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    for (const match of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const hex = match[1] ?? '';
      let text = '';
      for (let i = 0; i < hex.length; i += 2) {
        const code = parseInt(hex.slice(i, i + 2), 16);
        text += WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
      }
      out.push(text);
    }
  }
  return out;
}

// Wrapped lines are joined with a space, so a sentence reads as one string again.
const joined = async (bytes: Uint8Array): Promise<string> => (await drawnText(bytes)).join(' ');

/** Every value in the document information dictionary, decoded. */
async function infoValues(bytes: Uint8Array): Promise<Record<string, string>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const out: Record<string, string> = {};
  for (const [key, value] of info.entries()) {
    out[key.decodeText()] =
      value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : value instanceof PDFName ? value.decodeText() : String(value);
  }
  return out;
}

describe('the referral PDF', () => {
  it('is a PDF with one A4 page that pdf-lib can read back', async () => {
    const { bytes } = await createReferralPdf(form(), meta);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
  });

  it('shows the title, reference, date, team, social service, client data, consent and protocol', async () => {
    const text = await joined((await createReferralPdf(form(), meta)).bytes);
    for (const expected of [
      'Doorverwijzing naar de sociale dienst',
      'KG-20260305-7K3M9Q',
      '5 maart 2026',
      'Kind en Gezin Zuid-Oost Rand Antwerpen',
      'OCMW Kontich',
      'sociale.dienst@kontich.be',
      'Gemeenteplein 1, 2550 Kontich',
      'Annelies',
      'Verhoeven',
      'Mechelsesteenweg',
      '12 bus 3',
      '2550',
      '+32470123456',
      'annelies.verhoeven@example.be',
      'Geïnformeerd en toestemming (artikel 2)',
      'De cliënt werd geïnformeerd',
      'Verstuurd onder protocol 001_e07d98166610120d',
      'mogen alleen gebruikt worden binnen dat protocol',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says a contact field was not given instead of leaving it blank', async () => {
    const lines = await drawnText((await createReferralPdf(form({ email: '' }), meta)).bytes);
    const label = lines.indexOf('E-mail');
    expect(label).toBeGreaterThan(-1);
    expect(lines[label + 1]).toBe('(niet opgegeven)');
  });

  it('prints only the article 3 fields, even when the caller slips in more', async () => {
    const withExtra = { ...form(), nationalNumber: '85.07.30-033.28', diagnosis: 'Diagnose X' } as ReferralForm;
    const text = await joined((await createReferralPdf(withExtra, meta)).bytes);
    expect(text).not.toContain('85.07.30-033.28');
    expect(text).not.toContain('Diagnose');
  });

  it('keeps client data out of the document metadata', async () => {
    const client = form();
    const info = await infoValues((await createReferralPdf(client, meta)).bytes);
    expect(info.Title).toBe('Doorverwijzing KG-20260305-7K3M9Q');
    expect(info.Author).toBe('Opgroeien regie');
    expect(info.Subject).toBeUndefined();
    expect(info.Keywords).toBeUndefined();
    expect(info.Producer).not.toMatch(/pdf-lib/i);
    const all = Object.values(info).join('\n');
    for (const value of [client.firstName, client.lastName, client.street, client.email ?? '', client.phone ?? '', '0470']) {
      expect(all).not.toContain(value);
    }
  });

  it('is deterministic: same input, same bytes; dates come from meta.dateIso', async () => {
    const a = await createReferralPdf(form(), meta);
    const b = await createReferralPdf(form(), meta);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const doc = await PDFDocument.load(a.bytes, { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-05T12:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-03-05T12:00:00.000Z');
  });

  it('renders in English on request, with the same data', async () => {
    const result = await createReferralPdf(form(), { ...meta, lang: 'en' });
    const text = await joined(result.bytes);
    expect(text).toContain('Referral to the social service');
    expect(text).toContain('5 March 2026');
    expect(text).toContain('Verhoeven');
    expect((await infoValues(result.bytes)).Title).toBe('Referral KG-20260305-7K3M9Q');
  });

  it('keeps the longest allowed values on one page', async () => {
    const wide = (n: number): string =>
      Array.from({ length: n }, (_, i) => (i % 12 === 11 ? ' ' : 'W'))
        .join('')
        .trimEnd();
    const email = `${'W'.repeat(64)}@${'w'.repeat(63)}.${'w'.repeat(63)}.${'w'.repeat(58)}.be`;
    const longest = form({ firstName: wide(80), lastName: wide(80), street: wide(100), municipality: wide(60), houseNumber: '12345WW-12345W bus W', email });
    const { bytes } = await createReferralPdf(longest, meta);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    // Wrapped, but nothing cut off.
    expect((await drawnText(bytes)).join('')).toContain(longest.email);
  });
});

describe('names outside the standard PDF font', () => {
  it('prints Dutch and French accents as typed, without a warning', async () => {
    const result = await createReferralPdf(form({ firstName: 'Zoë', lastName: 'Lefèvre-Çelik' }), meta);
    expect(result.transliterated).toBe(false);
    expect(result.transliteratedFields).toEqual([]);
    const text = await joined(result.bytes);
    expect(text).toContain('Zoë');
    expect(text).toContain('Lefèvre-Çelik');
  });

  it('transliterates Polish and Turkish letters and says which fields changed', async () => {
    const result = await createReferralPdf(form({ firstName: 'Łukasz', lastName: 'Yılmaz-Şahin', street: 'Gemeenteplein' }), meta);
    expect(result.transliterated).toBe(true);
    expect(result.transliteratedFields).toEqual(['firstName', 'lastName']);
    expect(result.unprintableCharacters).toBe(false);
    const text = await joined(result.bytes);
    expect(text).toContain('Lukasz');
    expect(text).toContain('Yilmaz-Sahin');
  });

  it('transliterates Cyrillic as on a passport (ICAO 9303)', async () => {
    const result = await createReferralPdf(form({ firstName: 'Жанна', lastName: 'Щербакова' }), meta);
    const text = await joined(result.bytes);
    expect(text).toContain('Zhanna');
    expect(text).toContain('Shcherbakova');
    expect(result.unprintableCharacters).toBe(false);
  });

  it('does not crash on Arabic, and says characters could not be printed', async () => {
    const result = await createReferralPdf(form({ firstName: 'محمد', lastName: 'Peeters' }), meta);
    expect(result.transliteratedFields).toEqual(['firstName']);
    expect(result.unprintableCharacters).toBe(true);
    expect(await joined(result.bytes)).toContain('????');
  });
});

describe('refusing bad input to the generator', () => {
  it('refuses a form that did not come through the parser, without echoing its values', async () => {
    const bad = { ...form(), firstName: 'Annelies\u0000', phone: undefined, email: undefined } as ReferralForm;
    const error = await createReferralPdf(bad, meta).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralPdfError);
    expect((error as ReferralPdfError).code).toBe('invalid-form');
    expect((error as ReferralPdfError).fields).toEqual(expect.arrayContaining(['firstName', 'phone']));
    expect((error as Error).message).not.toContain('Annelies');
  });

  it.each([
    ['a reference with a name in it (it goes into the title)', { reference: 'KG Annelies Verhoeven' }],
    ['an impossible date', { dateIso: '2026-02-30' }],
    ['a date with a time', { dateIso: '2026-03-05T10:00' }],
    ['an empty social service', { socialService: { name: '', mailbox: 'x@y.be', address: 'a' } }],
  ])('refuses meta with %s', async (_label, change) => {
    const error = await createReferralPdf(form(), { ...meta, ...change }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferralPdfError);
    expect((error as ReferralPdfError).code).toBe('invalid-meta');
  });
});

// A real PDF reader as a second opinion. CI must install poppler-utils for these to run there.
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const withPoppler = hasPoppler ? it : it.skip;

describe('read by pdftotext (poppler-utils)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'referral-pdf-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function pdftotext(bytes: Uint8Array): string {
    const file = join(dir, 'referral.pdf');
    writeFileSync(file, bytes);
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    return run.stdout;
  }

  withPoppler('finds the name, the reference and the social service', async () => {
    const text = pdftotext((await createReferralPdf(form(), meta)).bytes);
    expect(text).toContain('Doorverwijzing naar de sociale dienst');
    expect(text).toContain('Annelies');
    expect(text).toContain('Verhoeven');
    expect(text).toContain('KG-20260305-7K3M9Q');
    expect(text).toContain('OCMW Kontich');
    expect(text).toContain('sociale.dienst@kontich.be');
    expect(text).toContain('De cliënt werd geïnformeerd');
  });

  withPoppler('reads a transliterated name', async () => {
    const text = pdftotext((await createReferralPdf(form({ firstName: 'Łukasz', lastName: 'Петров' }), meta)).bytes);
    expect(text).toContain('Lukasz');
    expect(text).toContain('Petrov');
  });
});
