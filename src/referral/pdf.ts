// The referral form as a one-page A4 PDF, generated in the pane from the article 3 fields only.
//
// Invariants:
// - Only the fields of a (re-)parsed ReferralForm are printed: nothing beyond article 3.
// - No client data in the document metadata: Title is "Doorverwijzing <reference>", Author
//   "Opgroeien regie", Producer/Creator name the add-in; no Subject, no Keywords.
// - Same input, same bytes: the dates in the metadata come from meta.dateIso, not the clock.
//
// Font decision: the 14 standard PDF fonts (Helvetica, WinAnsi encoding) only. Embedding a font
// that covers other scripts needs @pdf-lib/fontkit, which the project does not carry, and a full
// Unicode font would add megabytes to a pane that must stay small. Letters outside WinAnsi are
// transliterated instead (transliterate.ts), Cyrillic and Greek as in passports (ICAO Doc 9303).
// The result says which fields were changed so the pane can ask the team member to check them,
// or to type the name as it appears in Latin letters on the identity document.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { z } from 'zod';
import type { Lang } from '../domain/lang';
import { formatDay } from '../domain/lang';
import * as en from '../words/en/pdf';
import * as nl from '../words/nl/pdf';
import { REFERRAL_FIELD_LABELS, REFERRAL_FIELDS, ReferralForm, type ReferralField } from './form';
import { toPrintable } from './transliterate';

export type ReferralPdfMeta = {
  /** The referral's reference number; no spaces, so it cannot carry a name. */
  readonly reference: string;
  /** YYYY-MM-DD, already the calendar day in Brussels. */
  readonly dateIso: string;
  /** The local Kind en Gezin team, as in the protocol ("Kind en Gezin Ieper"). */
  readonly localTeam: string;
  readonly socialService: { readonly name: string; readonly mailbox: string; readonly address: string };
  readonly protocolId: string;
  /** Language of the document. The recipient is a Flemish OCMW, so the pane should keep 'nl'. */
  readonly lang?: Lang;
};

export type ReferralPdf = {
  readonly bytes: Uint8Array;
  /** True when a client field is printed differently from how it was typed (see the font decision). */
  readonly transliterated: boolean;
  /** Which client fields were transliterated, in form order. */
  readonly transliteratedFields: readonly ReferralField[];
  /** True when some characters had no Latin form and were printed as "?". */
  readonly unprintableCharacters: boolean;
};

export const REFERRAL_PDF_ERROR_CODES = ['invalid-form', 'invalid-meta', 'layout-overflow'] as const;
export type ReferralPdfErrorCode = (typeof REFERRAL_PDF_ERROR_CODES)[number];

/** A programming error in the caller (the pane must parse the form first); never client data. */
export class ReferralPdfError extends Error {
  override readonly name = 'ReferralPdfError';
  readonly code: ReferralPdfErrorCode;
  /** Names of the offending fields only, never their values. */
  readonly fields: readonly string[];

  constructor(code: ReferralPdfErrorCode, fields: readonly string[] = []) {
    super(fields.length > 0 ? `${code}: ${fields.join(', ')}` : code);
    this.code = code;
    this.fields = fields;
  }
}

const registryText = z.string().trim().min(1).max(200);

const Meta = z.object({
  reference: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/),
  dateIso: z.iso.date(),
  localTeam: registryText,
  socialService: z.object({ name: registryText, mailbox: registryText, address: registryText }),
  protocolId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/),
  lang: z.enum(['nl', 'en']).optional(),
});

// ---------------------------------------------------------------------------------------------
// Layout

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56; // 2 cm
const CONTENT_WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.36, 0.36, 0.4);
const RULE = rgb(0.72, 0.72, 0.76);
const SHADE = rgb(0.95, 0.95, 0.96);
const FOOTER_TOP = MARGIN + 58;

/** Greedy word wrap; a word wider than the line is cut by characters rather than overflowing. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string): boolean => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

type Fonts = { regular: PDFFont; bold: PDFFont };

class Cursor {
  y = A4[1] - MARGIN;

  constructor(
    private readonly page: PDFPage,
    private readonly fonts: Fonts,
  ) {}

  /** Draws wrapped text at x; returns the height used. Moves the cursor down when `advance`. */
  text(
    value: string,
    opts: { x?: number; width?: number; size?: number; bold?: boolean; color?: typeof INK; lineGap?: number; advance?: boolean; y?: number },
  ): number {
    const size = opts.size ?? 11;
    const font = opts.bold === true ? this.fonts.bold : this.fonts.regular;
    const x = opts.x ?? MARGIN;
    const lineHeight = size * (opts.lineGap ?? 1.3);
    const lines = wrap(value, font, size, opts.width ?? CONTENT_WIDTH - (x - MARGIN));
    let y = opts.y ?? this.y;
    for (const line of lines) {
      y -= size;
      this.page.drawText(line, { x, y, size, font, color: opts.color ?? INK });
      y -= lineHeight - size;
    }
    const used = lines.length * lineHeight;
    if (opts.advance !== false) this.y -= used;
    return used;
  }

  gap(points: number): void {
    this.y -= points;
  }

  rule(y = this.y, color = RULE, thickness = 0.75): void {
    this.page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness, color });
  }

  assertAboveFooter(): void {
    if (this.y < FOOTER_TOP + 8) throw new ReferralPdfError('layout-overflow');
  }
}

function fieldValue(form: ReferralForm, field: ReferralField): string | undefined {
  return form[field];
}

/**
 * Renders the referral as a one-page A4 PDF. `form` is parsed again here, so a value that did
 * not come through parseReferralForm cannot slip extra data or control characters into the
 * document. Throws ReferralPdfError on a bad form or meta (programming errors, not user input).
 */
export async function createReferralPdf(form: ReferralForm, meta: ReferralPdfMeta): Promise<ReferralPdf> {
  const parsedForm = ReferralForm.safeParse(form);
  if (!parsedForm.success) {
    throw new ReferralPdfError('invalid-form', [...new Set(parsedForm.error.issues.map((i) => String(i.path[0])))]);
  }
  const parsedMeta = Meta.safeParse(meta);
  if (!parsedMeta.success) {
    throw new ReferralPdfError('invalid-meta', [...new Set(parsedMeta.error.issues.map((i) => i.path.join('.')))]);
  }
  // The longest values the form allows, in the widest letters, do not fit at the normal size:
  // rather than ever spilling onto a second page, the client table shrinks.
  for (const size of VALUE_SIZES) {
    try {
      return await render(parsedForm.data, parsedMeta.data, size);
    } catch (error) {
      if (!(error instanceof ReferralPdfError && error.code === 'layout-overflow') || size === VALUE_SIZES[VALUE_SIZES.length - 1]) {
        throw error;
      }
    }
  }
  throw new ReferralPdfError('layout-overflow');
}

const VALUE_SIZES = [11.5, 10, 8.5, 7] as const;

async function render(client: ReferralForm, m: z.infer<typeof Meta>, valueSize: number): Promise<ReferralPdf> {
  const lang = m.lang ?? 'nl';
  const words = lang === 'en' ? en.pdf : nl.pdf;

  // updateMetadata: false keeps pdf-lib from stamping its own producer and the current time.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const printable = new Set(fonts.regular.getCharacterSet());
  // Registry texts are reviewed Dutch; they pass through the same filter only so that a typo in
  // the registry cannot make generation throw.
  const print = (value: string): string => toPrintable(value, printable).text;

  const date = new Date(`${m.dateIso}T12:00:00Z`); // noon UTC: the same calendar day everywhere
  doc.setTitle(`${words.docTitle} ${m.reference}`);
  doc.setAuthor('Opgroeien regie');
  doc.setCreator('Veilige doorverwijzing (Outlook-invoegtoepassing)');
  doc.setProducer('Veilige doorverwijzing');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(lang === 'nl' ? 'nl-BE' : 'en');

  const page = doc.addPage(A4);
  const c = new Cursor(page, fonts);

  // Header band
  c.text(words.organisation, { size: 9, color: MUTED, advance: false });
  const confidentialWidth = fonts.bold.widthOfTextAtSize(words.confidential, 9);
  c.text(words.confidential, { size: 9, bold: true, color: rgb(0.6, 0.1, 0.1), x: A4[0] - MARGIN - confidentialWidth, width: confidentialWidth + 1 });
  c.gap(10);
  c.text(words.title, { size: 20, bold: true });
  c.gap(6);
  c.rule(c.y, INK, 1.2);
  c.gap(14);

  // Reference, date, protocol
  const keyWidth = 90;
  for (const [key, value] of [
    [words.reference, m.reference],
    [words.date, formatDay(m.dateIso, lang)],
    [words.protocol, m.protocolId],
  ] as const) {
    c.text(key, { size: 10, color: MUTED, advance: false });
    c.text(print(value), { x: MARGIN + keyWidth, size: 11, bold: key === words.reference });
    c.gap(2);
  }
  c.gap(14);

  // From | To, side by side
  const columnWidth = (CONTENT_WIDTH - 24) / 2;
  const rightX = MARGIN + columnWidth + 24;
  const top = c.y;
  c.text(words.from, { size: 10, bold: true, color: MUTED });
  c.gap(2);
  c.text(print(m.localTeam), { size: 11, bold: true, width: columnWidth });
  c.text('Opgroeien regie', { size: 11, width: columnWidth });
  const leftBottom = c.y;
  c.y = top;
  c.text(words.to, { x: rightX, size: 10, bold: true, color: MUTED });
  c.gap(2);
  c.text(print(m.socialService.name), { x: rightX, size: 11, bold: true, width: columnWidth });
  c.text(print(m.socialService.address), { x: rightX, size: 11, width: columnWidth });
  c.text(print(m.socialService.mailbox), { x: rightX, size: 11, width: columnWidth });
  c.y = Math.min(c.y, leftBottom);
  c.gap(20);

  // Client table
  c.text(words.client, { size: 13, bold: true });
  c.gap(2);
  c.text(words.clientNote, { size: 9, color: MUTED });
  c.gap(8);

  const labelWidth = 130;
  const padding = 6;
  const valueX = MARGIN + labelWidth + padding;
  const valueWidth = CONTENT_WIDTH - labelWidth - 2 * padding;
  const changedFields: ReferralField[] = [];
  let unprintable = false;
  c.rule();
  REFERRAL_FIELDS.forEach((name, index) => {
    const raw = fieldValue(client, name);
    let shown: string;
    let muted = false;
    if (raw === undefined) {
      shown = words.notGiven;
      muted = true;
    } else {
      const result = toPrintable(raw, printable);
      if (result.changed) changedFields.push(name);
      unprintable ||= result.unprintable;
      shown = result.text;
    }
    const rowHeight = wrap(shown, fonts.bold, valueSize, valueWidth).length * valueSize * 1.3 + 2 * padding;
    const rowTop = c.y;
    if (index % 2 === 0) {
      page.drawRectangle({ x: MARGIN, y: rowTop - rowHeight, width: CONTENT_WIDTH, height: rowHeight, color: SHADE });
    }
    c.text(REFERRAL_FIELD_LABELS[name][lang], { x: MARGIN + padding, y: rowTop - padding - 0.5, size: 10, color: MUTED, advance: false });
    c.text(shown, { x: valueX, y: rowTop - padding, width: valueWidth, size: valueSize, bold: !muted, color: muted ? MUTED : INK, advance: false });
    c.y = rowTop - rowHeight;
    c.rule();
  });
  c.gap(22);

  // Consent (art. 2): a ticked box, drawn, since WinAnsi has no check mark glyph.
  c.text(words.consentTitle, { size: 13, bold: true });
  c.gap(6);
  const box = 11;
  const boxY = c.y - box - 1;
  page.drawRectangle({ x: MARGIN, y: boxY, width: box, height: box, borderColor: INK, borderWidth: 1 });
  page.drawLine({ start: { x: MARGIN + 2.2, y: boxY + 5.5 }, end: { x: MARGIN + 4.6, y: boxY + 2.6 }, thickness: 1.6, color: INK });
  page.drawLine({ start: { x: MARGIN + 4.6, y: boxY + 2.6 }, end: { x: MARGIN + 9, y: boxY + 9 }, thickness: 1.6, color: INK });
  c.text(words.consent(print(m.socialService.name)), { x: MARGIN + box + 8, size: 11, lineGap: 1.4 });
  c.assertAboveFooter();

  // Footer
  const footer = new Cursor(page, fonts);
  footer.y = FOOTER_TOP;
  footer.rule();
  footer.gap(8);
  footer.text(words.footer(print(m.protocolId)), { size: 8.5, color: MUTED, lineGap: 1.35 });
  footer.gap(4);
  footer.text(`${words.reference} ${m.reference} · ${words.page}`, { size: 8.5, color: MUTED });

  const bytes = await doc.save();
  return {
    bytes,
    transliterated: changedFields.length > 0,
    transliteratedFields: changedFields,
    unprintableCharacters: unprintable,
  };
}
