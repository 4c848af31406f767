// What an attachment of a mail near an OCMW says about itself, graded. A plaintext referral form,
// or a picture or PDF of one, to an OCMW is strong evidence (the mail is refused); an ordinary
// attachment (a reply-all with agenda.pdf) is at most asked about, naming it; a signature logo is
// nothing at all.
//
// What can really be read at Send: the name, the size, whether Outlook shows it inside the body,
// and (read by the shell, src/office/readSnapshot.ts, for inline attachments and pictures only)
// the first bytes, which give the format and, for a picture, its size in pixels. Office gives no
// content type in compose mode. A form's own words (a PDF's text, a Word file's) are compressed
// and not read: the pane's own PDF (src/referral/pdf.ts) keeps its metadata in a compressed
// object stream, and never leaves the pane in the clear anyway (it goes straight into the zip).
//
// The grading, strongest first (docs/send-check.md has the table):
// - client-data: the name holds the client's name, phone or e-mail (the pane's traces);
// - named: the name says what it is: it holds (door)verwijs/verwijz, formulier, referral,
//   client/cliënt, scan, rijksregister or identiteit, accents and case aside, inside words too
//   (Verwijsformulier.pdf, aanmeldingsformulier.pdf, Scan_0001.pdf, IMG-identiteitskaart.jpg);
// - inline-pdf: a PDF inside the body: never a logo;
// - picture: a picture larger than a logo, inside the body (a pasted screenshot) or attached (a
//   photo or scan of a paper form). A logo has at most LOGO_SHORT_SIDE pixels on its short side
//   and LOGO_LONG_SIDE on its long side (a signature's logo, banner or icons; Outlook names both
//   a logo and a screenshot image001.png); a picture whose size cannot be read counts as a logo
//   up to LOGO_BYTES;
// - archive: a zip, 7z, rar or other archive attached: a referral zipped by hand.
// Anything else (agenda.pdf, verslag.docx) is ordinary.
//
// Invariants: pure, ES2016, linear in the name and in the bytes read; sniffing reads only fixed
// header offsets (a JPEG's segments are skipped by their lengths).
import { MAX_ATTACHMENT_NAME_CHARS, clampAttachmentName, clampMiddle } from './clamp';
import type { AttachmentInfo } from './content';
import type { ClientTraces } from './traces';
import { findTraces } from './traceMatcher';
import { foldAccents } from './text';

export const CONTENT_FORMATS = ['png', 'jpeg', 'gif', 'bmp', 'webp', 'tiff', 'pdf', 'zip', 'other'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

/** What the first bytes of an attachment say: its format and, for a picture, its size in pixels. */
export type Sniffed = { readonly format: ContentFormat; readonly width?: number | undefined; readonly height?: number | undefined };

/** How many bytes the shell reads to sniff: enough for a JPEG whose camera data comes before its size. */
export const SNIFF_BYTES = 256 * 1024;

export const LOGO_SHORT_SIDE = 250;
export const LOGO_LONG_SIDE = 1000;
export const LOGO_BYTES = 40 * 1024;

const u16be = (b: Uint8Array, i: number): number => (((b[i] as number) << 8) | (b[i + 1] as number)) >>> 0;
const u16le = (b: Uint8Array, i: number): number => ((b[i] as number) | ((b[i + 1] as number) << 8)) >>> 0;
const u24le = (b: Uint8Array, i: number): number => u16le(b, i) + (b[i + 2] as number) * 0x10000;
const u32be = (b: Uint8Array, i: number): number => u16be(b, i) * 0x10000 + u16be(b, i + 2);
const u32le = (b: Uint8Array, i: number): number => u16le(b, i) + u16le(b, i + 2) * 0x10000;

function startsWith(b: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > b.length) return false;
  for (let i = 0; i < ascii.length; i++) if (b[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let p = 2;
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff) return null;
    const marker = b[p + 1] as number;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      p += 2;
      continue;
    }
    // SOF0-15 but DHT (c4), JPG (c8) and DAC (cc): height then width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (p + 9 > b.length) return null;
      return { height: u16be(b, p + 5), width: u16be(b, p + 7) };
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan data or end before any frame
    p += 2 + u16be(b, p + 2);
  }
  return null;
}

/** The format and pixel size from an attachment's first bytes; 'other' when not recognised. */
export function sniffContent(b: Uint8Array): Sniffed {
  if (startsWith(b, 0, '\x89PNG\r\n\x1a\n') && startsWith(b, 12, 'IHDR')) return { format: 'png', width: u32be(b, 16), height: u32be(b, 20) };
  if (startsWith(b, 0, 'GIF87a') || startsWith(b, 0, 'GIF89a'))
    return b.length >= 10 ? { format: 'gif', width: u16le(b, 6), height: u16le(b, 8) } : { format: 'gif' };
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    const size = jpegSize(b);
    return size ? { format: 'jpeg', width: size.width, height: size.height } : { format: 'jpeg' };
  }
  if (startsWith(b, 0, 'BM') && b.length >= 26) {
    const header = u32le(b, 14);
    if (header === 12) return { format: 'bmp', width: u16le(b, 18), height: u16le(b, 20) };
    // Height is signed: negative for top-down bitmaps.
    return { format: 'bmp', width: Math.abs(u32le(b, 18) | 0), height: Math.abs(u32le(b, 22) | 0) };
  }
  if (startsWith(b, 0, 'RIFF') && startsWith(b, 8, 'WEBP')) {
    if (startsWith(b, 12, 'VP8X') && b.length >= 30) return { format: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
    if (startsWith(b, 12, 'VP8L') && b.length >= 25) {
      const bits = u32le(b, 21);
      return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (startsWith(b, 12, 'VP8 ') && b.length >= 30) return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    return { format: 'webp' };
  }
  if (startsWith(b, 0, 'II*\x00') || startsWith(b, 0, 'MM\x00*')) return { format: 'tiff' };
  // A PDF's header may follow some bytes of junk (PDF 32000-1, 7.5.2 readers search the first 1024).
  for (let i = 0; i + 5 <= Math.min(b.length, 1024); i++) if (b[i] === 0x25 && startsWith(b, i, '%PDF-')) return { format: 'pdf' };
  if (startsWith(b, 0, 'PK\x03\x04')) return { format: 'zip' };
  return { format: 'other' };
}

export type FormEvidence = 'client-data' | 'named' | 'inline-pdf' | 'picture' | 'archive';

export type GradedAttachment = AttachmentInfo & { readonly content?: Sniffed | undefined };

const FORM_WORDS = ['verwijs', 'verwijz', 'formulier', 'referral', 'client', 'scan', 'rijksregister', 'identiteit'];
const PICTURE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'jpe', 'jfif', 'gif', 'bmp', 'webp', 'tif', 'tiff', 'heic', 'heif'];
const ARCHIVE_EXTENSIONS = ['zip', '7z', 'rar', 'gz', 'tgz', 'tar', 'bz2', 'xz', 'zipx', 'cab'];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0
    ? name
        .slice(dot + 1)
        .trim()
        .toLowerCase()
    : '';
}

/** True when a picture's extension asks for its first bytes to be read (the shell sniffs those, and every inline attachment). */
export function isPictureName(name: string): boolean {
  return PICTURE_EXTENSIONS.indexOf(extensionOf(name)) >= 0;
}

/** Accents and case aside, one of `stems` occurs in the text: inside words too ("aanmeldingsformulier", "IMG_scan"). One pass per stem. */
function holdsStem(text: string, stems: readonly string[]): boolean {
  const folded = foldAccents(text);
  for (const stem of stems) if (folded.indexOf(stem) >= 0) return true;
  return false;
}

/** The name (its extension aside) holds one of FORM_WORDS: Verwijsformulier, Scan_0001, cliëntgegevens. */
export function nameSaysForm(written: string): boolean {
  const name = clampAttachmentName(written);
  const dot = name.lastIndexOf('.');
  return holdsStem(dot > 0 ? name.slice(0, dot) : name, FORM_WORDS);
}

const REFERRAL_WORDS = ['verwijs', 'verwijz', 'referral'];
const MAX_SUBJECT_CHARS = 1000;

/**
 * A subject about a referral: it holds (door)verwijs/verwijz or referral. Subjects are at most
 * 255 characters in Exchange; of a longer one the start and end are read (clamp.ts).
 */
export function mentionsReferral(subject: string): boolean {
  return holdsStem(clampMiddle(subject, MAX_SUBJECT_CHARS, '…'), REFERRAL_WORDS);
}

function isLogoSized(a: GradedAttachment): boolean {
  const w = a.content?.width;
  const h = a.content?.height;
  if (w !== undefined && h !== undefined && w > 0 && h > 0) return Math.min(w, h) <= LOGO_SHORT_SIDE && Math.max(w, h) <= LOGO_LONG_SIDE;
  return a.size <= LOGO_BYTES;
}

function isPicture(a: GradedAttachment): boolean {
  const format = a.content?.format;
  if (format !== undefined && format !== 'other') return format !== 'pdf' && format !== 'zip';
  return isPictureName(a.name);
}

/**
 * How strongly one attachment (not our encrypted zip) suggests a plaintext referral form, or
 * null for an ordinary attachment or a logo. `traces`: the pane's, when the mail has them.
 */
export function formEvidence(attachment: GradedAttachment, traces?: ClientTraces): FormEvidence | null {
  if (attachment.isOurEncryptedZip) return null;
  // Cut as the snapshot's schema cuts it, so the rule is as fast when called on its own.
  const a = attachment.name.length > MAX_ATTACHMENT_NAME_CHARS ? { ...attachment, name: clampAttachmentName(attachment.name) } : attachment;
  if (traces) {
    const hits = findTraces(a.name, traces);
    // A weak finding (a name that is also a common word) is no evidence of a form on its own.
    if (hits.names.some((n) => n.grade === 'strong') || hits.phone || hits.email) return 'client-data';
  }
  if (nameSaysForm(a.name)) return 'named';
  const pdf = a.content?.format === 'pdf' || (a.content === undefined && extensionOf(a.name) === 'pdf');
  if (a.isInline === true) {
    if (pdf) return 'inline-pdf';
    return isLogoSized(a) ? null : 'picture';
  }
  if (isPicture(a)) return isLogoSized(a) ? null : 'picture';
  if (ARCHIVE_EXTENSIONS.indexOf(extensionOf(a.name)) >= 0) return 'archive';
  return null;
}
