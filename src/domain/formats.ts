// The shapes of what the add-in makes, in one place: the referral reference, the encrypted zip's
// name, and the password format. The generators (src/crypto) build them from these definitions;
// the rules and the Send check recognise them by the same definitions.
//
// All three are ASCII and say nothing about the client: they travel unencrypted (file names,
// headers, the neutral mail text).

/** Crockford base32: no I, L, O, U, so nothing is mistaken for 1, 0 or V when read aloud. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The old password: 4 groups of 4 Crockford symbols joined by hyphens, `7K3M-Q9TX-4HNB-W2ZR` (80
 * bits). New zips get word passwords (WORD_PASSWORD); the Send check still recognises this shape
 * until December 2027, a year after the change, while old zips' passwords may still be passed on.
 */
export const PASSWORD_FORMAT = { groupSize: 4, groups: 4, separator: '-' } as const;

/** What a password carries at least: WinZip AES's 1,000 PBKDF2 iterations add next to nothing (docs/encryption.md). */
export const MIN_GENERATED_PASSWORD_BITS = 77;

/**
 * A password is words of the list (src/domain/passwordWords.txt) joined by this, as few as reach
 * MIN_GENERATED_PASSWORD_BITS (src/domain/passwordWords.ts): 7 of 2,048 words, 77 bits.
 */
export const WORD_SEPARATOR = '-';

/** `KG-20261123-7K3M9Q`: "KG", the Brussels calendar day, 6 random Crockford symbols (30 bits). */
export const REFERENCE_PATTERN = /^KG-\d{8}-[0-9A-HJKMNP-TV-Z]{6}$/;
export const REFERENCE_RANDOM_SYMBOLS = 6;

/** A reference anywhere in a text (a subject, a body): a mail about a referral. */
export const REFERENCE_IN_TEXT = /\bKG-\d{8}-[0-9A-HJKMNP-TV-Z]{6}\b/i;

export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}

/** The prefix of every name the add-in gives a file: `doorverwijzing-<reference>.<ext>`. */
export const NEUTRAL_PREFIX = 'doorverwijzing';

/** The encrypted zip's file name for a reference. */
export function ourZipName(reference: string): string {
  return `${NEUTRAL_PREFIX}-${reference}.zip`;
}

/**
 * The reference in a file name that has the shape of our zip's name (white space around it and
 * letter case ignored, as Outlook may show either), or null for any other name. Read back through
 * ourZipName and REFERENCE_PATTERN, so the zip name's shape is written once.
 */
export function referenceOfZipName(name: string): string | null {
  const written = name.trim();
  const reference = written.slice(NEUTRAL_PREFIX.length + 1, -'.zip'.length).toUpperCase();
  return isReference(reference) && ourZipName(reference).toLowerCase() === written.toLowerCase() ? reference : null;
}

/** The highest n of `doorverwijzing-<reference>-<n>.<ext>`: two digits, so a suffix can never hold a number such as a national register number. */
export const MAX_ENTRY_INDEX = 99;

/**
 * True when `name` is a neutral name of a file inside the zip for this reference:
 * `doorverwijzing-<reference>.<ext>`, or `doorverwijzing-<reference>-<n>.<ext>` for the n-th file
 * (n from 2 to MAX_ENTRY_INDEX), the extension lower-case letters and digits (src/crypto/names.ts
 * allow-lists them).
 */
export function isEntryNameFor(name: string, reference: string): boolean {
  const prefix = `${NEUTRAL_PREFIX}-${reference}`;
  if (name.indexOf(prefix) !== 0 || !REFERENCE_PATTERN.test(reference)) return false;
  return /^(?:-[2-9]|-[1-9][0-9])?\.[a-z0-9]{1,5}$/.test(name.slice(prefix.length));
}

/** True when `name` is the zip name for exactly this reference. */
export function isZipNameFor(name: string, reference: string): boolean {
  return referenceOfZipName(name) === reference.toUpperCase();
}

/** A calendar day as the registry, the marker and the pane write it: YYYY-MM-DD, its year, month and day captured (dates.ts). */
export const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A SHA-256 digest as the add-in writes it, in lower-case hex: the zip's in the marker, each client trace's. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The item's sessionData key under which the pane stores the client traces for the Send check (traces.ts). */
export const TRACES_SESSION_KEY = 'kg-client-traces';

/** The item's sessionData key under which the pane records the user's "Toch verzenden" on weak findings (acknowledgement.ts). */
export const ACKNOWLEDGEMENT_SESSION_KEY = 'kg-acknowledged';
