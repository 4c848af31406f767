import { brusselsDay } from '../domain/dates';
import { CROCKFORD_ALPHABET, NEUTRAL_PREFIX, REFERENCE_RANDOM_SYMBOLS, isReference, ourZipName } from '../domain/formats';
import { CryptoError } from './errors';
import { uniformIndices, defaultFillRandom, type FillRandom } from './random';

// The reference carries the calendar day in Belgium (the day the team member sees), computed by
// the one Brussels-day function of the rules (src/domain/dates.ts).
//
// Names inside a zip and the zip's own name are not encrypted: they must say nothing about the
// client. Everything here is built from the reference and an allow-listed extension only.

export { isReference };

/** `KG-20261123-7K3M9Q`: the day plus 30 random bits, no personal data. */
export function generateReference(now: Date = new Date(), fillRandom: FillRandom = defaultFillRandom): string {
  const day = brusselsDay(now).replace(/-/g, '');
  const suffix = uniformIndices(REFERENCE_RANDOM_SYMBOLS, CROCKFORD_ALPHABET.length, fillRandom)
    .map((i) => CROCKFORD_ALPHABET.charAt(i))
    .join('');
  return `KG-${day}-${suffix}`;
}

// An allow-list, not a pattern: an "extension" such as `.Janssens` is a name, not a type.
const SAFE_EXTENSIONS = new Set([
  'pdf',
  'doc',
  'docx',
  'odt',
  'rtf',
  'txt',
  'xls',
  'xlsx',
  'ods',
  'csv',
  'ppt',
  'pptx',
  'odp',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'tif',
  'tiff',
  'heic',
  'bmp',
  'webp',
  'eml',
  'msg',
  'zip',
  'xml',
  'json',
]);

export function safeExtension(originalFileName: string): string {
  const base = originalFileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return SAFE_EXTENSIONS.has(ext) ? ext : 'bin';
}

export type NeutralNames = { entryName: string; zipName: string };

/**
 * `doorverwijzing-KG-20261123-7K3M9Q.pdf` inside `doorverwijzing-KG-20261123-7K3M9Q.zip`.
 * For a second file in the same zip pass `index` (2, 3, ...) so entry names stay unique.
 */
export function neutralNames(reference: string, originalFileName: string, index?: number): NeutralNames {
  if (!isReference(reference)) throw new CryptoError('bad-reference');
  const stem = `${NEUTRAL_PREFIX}-${reference}`;
  const suffix = index !== undefined && index > 1 ? `-${index}` : '';
  return { entryName: `${stem}${suffix}.${safeExtension(originalFileName)}`, zipName: ourZipName(reference) };
}
