// What an attachment says about itself at Send: its format and pixel size from its first bytes
// (real encoders where the machine has one: pngjs for PNG, a camera-style JPEG fixture), and the
// grading of attachments near an OCMW: a form, or a picture or PDF of one, against a logo and an
// ordinary attachment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { GradedAttachment } from '../../src/domain';
import { formEvidence, mentionsReferral, nameSaysForm, sniffContent } from '../../src/domain';
import { CLIENT_TRACES } from '../fixtures/rules';

function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(255);
  return new Uint8Array(PNG.sync.write(image));
}

/** A JPEG as a camera writes it: EXIF (APP1) and quantisation tables before the frame header. */
function jpeg(width: number, height: number, exifBytes = 30_000): Uint8Array {
  const seg = (marker: number, body: Uint8Array) => [0xff, marker, ((body.length + 2) >> 8) & 0xff, (body.length + 2) & 0xff, ...body];
  const exif = new Uint8Array(exifBytes - 2).fill(0x41);
  const sof = new Uint8Array([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return new Uint8Array([0xff, 0xd8, ...seg(0xe1, exif), ...seg(0xdb, new Uint8Array(65)), 0xff, 0xff, ...seg(0xc2, sof), 0xff, 0xda, 0, 2]);
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const le16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
const le32 = (v: number) => [...le16(v & 0xffff), ...le16(v >>> 16)];

describe('sniffContent: format and pixel size from the first bytes', () => {
  it('PNG (pngjs), any size', () => {
    expect(sniffContent(png(200, 60))).toEqual({ format: 'png', width: 200, height: 60 });
    expect(sniffContent(png(1280, 720))).toEqual({ format: 'png', width: 1280, height: 720 });
  });

  it('JPEG: a real file, and one whose frame header comes after 30 KB of camera data and a progressive marker', () => {
    expect(sniffContent(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'crypto', 'sample.jpg'))))).toEqual({
      format: 'jpeg',
      width: 48,
      height: 32,
    });
    expect(sniffContent(jpeg(3024, 4032))).toEqual({ format: 'jpeg', width: 3024, height: 4032 });
    expect(sniffContent(jpeg(3024, 4032).subarray(0, 1000))).toEqual({ format: 'jpeg' });
  });

  it('GIF, BMP (both header kinds, top-down), WebP (lossy, lossless, extended), TIFF, PDF, zip, other', () => {
    expect(sniffContent(new Uint8Array([...ascii('GIF89a'), ...le16(120), ...le16(40), 0, 0]))).toEqual({ format: 'gif', width: 120, height: 40 });
    const bmp = (header: number, w: number, h: number) =>
      new Uint8Array([
        ...ascii('BM'),
        ...le32(0),
        ...le32(0),
        ...le32(54),
        ...le32(header),
        ...(header === 12 ? [...le16(w), ...le16(h)] : [...le32(w), ...le32(h)]),
        0,
        0,
        0,
        0,
      ]);
    expect(sniffContent(bmp(40, 800, -600 >>> 0))).toEqual({ format: 'bmp', width: 800, height: 600 });
    expect(sniffContent(bmp(12, 64, 32))).toEqual({ format: 'bmp', width: 64, height: 32 });
    const riff = (chunk: string, body: number[]) =>
      new Uint8Array([...ascii('RIFF'), ...le32(100), ...ascii('WEBP'), ...ascii(chunk), ...le32(body.length), ...body]);
    expect(sniffContent(riff('VP8X', [0, 0, 0, 0, ...le16(1279), 0, ...le16(719), 0]))).toEqual({ format: 'webp', width: 1280, height: 720 });
    expect(sniffContent(riff('VP8L', [0x2f, ...le32(((600 - 1) << 14) | (800 - 1))]))).toEqual({ format: 'webp', width: 800, height: 600 });
    expect(sniffContent(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(640), ...le16(480)]))).toEqual({ format: 'webp', width: 640, height: 480 });
    expect(sniffContent(ascii('II*\x00\x08\x00'))).toEqual({ format: 'tiff' });
    expect(sniffContent(ascii('%PDF-1.7\n%'))).toEqual({ format: 'pdf' });
    expect(sniffContent(ascii(`${' '.repeat(100)}%PDF-1.4`))).toEqual({ format: 'pdf' });
    expect(sniffContent(ascii('PK\x03\x04xxxx'))).toEqual({ format: 'zip' });
    expect(sniffContent(ascii('hello'))).toEqual({ format: 'other' });
    expect(sniffContent(new Uint8Array(0))).toEqual({ format: 'other' });
  });

  it('never throws and stays linear on hostile input: truncated headers, a JPEG of zero-length segments, 2 MB of 0xFF', () => {
    for (const b of [png(10, 10), jpeg(100, 100)]) for (let n = 0; n < 64; n++) expect(() => sniffContent(b.subarray(0, n))).not.toThrow();
    const zeros = new Uint8Array(2 * 1024 * 1024);
    zeros.set([0xff, 0xd8, 0xff]);
    for (let i = 2; i + 4 < zeros.length; i += 4) zeros.set([0xff, 0xe1, 0, 0], i);
    const started = performance.now();
    expect(sniffContent(zeros).format).toBe('jpeg');
    expect(sniffContent(new Uint8Array(2 * 1024 * 1024).fill(0xff)).format).toBe('other');
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('formEvidence: how strongly an attachment suggests a plaintext referral form', () => {
  const att = (name: string, size: number, more: Partial<GradedAttachment> = {}): GradedAttachment => ({ name, size, isOurEncryptedZip: false, ...more });
  const inline = (name: string, content: GradedAttachment['content'], size = 20_000) => att(name, size, { isInline: true, content });

  it.each([
    ['Verwijsformulier.pdf', 'named'],
    ['doorverwijzing Jan.docx', 'named'],
    ['Doorverwijsformulier OCMW.pdf', 'named'],
    ['aanmeldingsformulier.pdf', 'named'],
    ['Scan_20260302.pdf', 'named'],
    ['scan0001.pdf', 'named'],
    ['IMG_identiteitskaart.jpg', 'named'],
    ['cliëntgegevens.xlsx', 'named'],
    ['Referral form.pdf', 'named'],
    ['rijksregister.png', 'named'],
    ['agenda.pdf', null],
    ['verslag teamoverleg.docx', null],
    ['uitnodiging.ics', null],
    ['begroting 2026.xlsx', null],
    ['informatie.pdf', null],
  ])('%j: %s', (name, evidence) => {
    expect(formEvidence(att(name, 80_000))).toBe(evidence);
  });

  it("a name with the client's name, phone or e-mail (the pane's traces) is the strongest", () => {
    expect(formEvidence(att('Van den Broeck Jan.pdf', 1000), CLIENT_TRACES)).toBe('client-data');
    expect(formEvidence(att('0470123456.pdf', 1000), CLIENT_TRACES)).toBe('client-data');
    expect(formEvidence(att('agenda.pdf', 1000), CLIENT_TRACES)).toBeNull();
  });

  it('inside the body: a signature logo is nothing, a screenshot or a PDF is a picture of a form', () => {
    // Outlook names both image001.png: only the pixels tell them apart.
    expect(formEvidence(inline('image001.png', { format: 'png', width: 200, height: 60 }))).toBeNull();
    expect(formEvidence(inline('image001.png', { format: 'png', width: 600, height: 200 }))).toBeNull();
    expect(formEvidence(inline('image002.jpg', { format: 'jpeg', width: 32, height: 32 }))).toBeNull();
    expect(formEvidence(inline('image001.png', { format: 'png', width: 1280, height: 720 }))).toBe('picture');
    expect(formEvidence(inline('image001.png', { format: 'png', width: 420, height: 300 }))).toBe('picture');
    expect(formEvidence(inline('image001.jpg', { format: 'jpeg', width: 3024, height: 4032 }))).toBe('picture');
    expect(formEvidence(inline('formulier.pdf', { format: 'pdf' }))).toBe('named');
    expect(formEvidence(inline('document.pdf', { format: 'pdf' }))).toBe('inline-pdf');
    expect(formEvidence(inline('image003.png', { format: 'pdf' }))).toBe('inline-pdf');
    // Not read (the client could not give the bytes): judged on its size.
    expect(formEvidence(att('image001.png', 9_000, { isInline: true }))).toBeNull();
    expect(formEvidence(att('image001.png', 400_000, { isInline: true }))).toBe('picture');
    expect(formEvidence(att('document.pdf', 9_000, { isInline: true }))).toBe('inline-pdf');
  });

  it('attached: a photo or scan is a picture, a small image a logo, an archive a form zipped by hand, a document ordinary', () => {
    expect(formEvidence(att('IMG_2034.jpg', 2_400_000, { content: { format: 'jpeg', width: 3024, height: 4032 } }))).toBe('picture');
    expect(formEvidence(att('IMG_2034.jpg', 2_400_000))).toBe('picture');
    expect(formEvidence(att('logo.png', 6_000, { content: { format: 'png', width: 180, height: 60 } }))).toBeNull();
    expect(formEvidence(att('renamed.pdf', 90_000, { content: { format: 'png', width: 1200, height: 900 } }))).toBe('picture');
    expect(formEvidence(att('stukken.zip', 40_000))).toBe('archive');
    expect(formEvidence(att('stukken.7z', 40_000))).toBe('archive');
    expect(formEvidence(att('verslag.docx', 40_000, { content: { format: 'zip' } }))).toBeNull();
    expect(formEvidence(att('agenda.pdf', 40_000, { content: { format: 'pdf' } }))).toBeNull();
    expect(formEvidence({ name: 'doorverwijzing-KG-20260302-7K3M9Q.zip', size: 4000, isOurEncryptedZip: true })).toBeNull();
  });

  it('reads names in linear time: a 2 MB name finishes well under 200 ms', () => {
    const started = performance.now();
    expect(nameSaysForm(`${'a'.repeat(2 * 1024 * 1024)}.pdf`)).toBe(false);
    expect(mentionsReferral(`${'-'.repeat(2 * 1024 * 1024)}doorverwijzing`)).toBe(true);
    expect(formEvidence(att(`${'ab '.repeat(700_000)}.png`, 10, { isInline: true }))).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
