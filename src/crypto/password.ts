import { CROCKFORD_ALPHABET, PASSWORD_FORMAT } from '../domain/formats';
import { uniformIndices, defaultFillRandom, type FillRandom } from './random';

// The format is defined with the other shapes the add-in makes (src/domain/formats.ts), where the
// Send check's password-shape rule reads it too.
export const PASSWORD_ALPHABET = CROCKFORD_ALPHABET;
export const PASSWORD_GROUP_SIZE = PASSWORD_FORMAT.groupSize;
export const PASSWORD_GROUPS = PASSWORD_FORMAT.groups;
export const PASSWORD_SEPARATOR = PASSWORD_FORMAT.separator;
/** 16 symbols x 5 bits. WinZip AES uses only 1000 PBKDF2 iterations, so the password carries the strength. */
export const PASSWORD_BITS = PASSWORD_GROUP_SIZE * PASSWORD_GROUPS * Math.log2(PASSWORD_ALPHABET.length);
export const MIN_PASSWORD_BITS = 80;
/** Passwords we did not generate must be at least this long (separators not counted). */
const MIN_FREE_LENGTH = 20;

const GENERATED = new RegExp(
  `^[${PASSWORD_ALPHABET}]{${PASSWORD_GROUP_SIZE}}(${PASSWORD_SEPARATOR}[${PASSWORD_ALPHABET}]{${PASSWORD_GROUP_SIZE}}){${PASSWORD_GROUPS - 1}}$`,
);

/** A fresh password like `7K3M-Q9TX-4HNB-W2ZR` (80 bits). */
export function generatePassword(fillRandom: FillRandom = defaultFillRandom): string {
  const symbols = uniformIndices(PASSWORD_GROUP_SIZE * PASSWORD_GROUPS, PASSWORD_ALPHABET.length, fillRandom).map((i) => PASSWORD_ALPHABET.charAt(i));
  const groups: string[] = [];
  for (let g = 0; g < PASSWORD_GROUPS; g++) {
    groups.push(symbols.slice(g * PASSWORD_GROUP_SIZE, (g + 1) * PASSWORD_GROUP_SIZE).join(''));
  }
  return groups.join(PASSWORD_SEPARATOR);
}

export function isGeneratedPassword(password: string): boolean {
  return GENERATED.test(password);
}

export type PasswordVerdict = 'ok' | 'empty' | 'not-ascii' | 'weak';

/**
 * Judges a password the caller brings (the CLI and the pane only use generated ones, but the zip
 * module must not trust that). Non-ASCII is refused because 7-Zip and bsdtar do not agree with
 * zip.js on how to turn it into bytes. The estimate is deliberately crude and conservative:
 * length x log2(size of the character classes used), with floors on length (a short "complex"
 * password like `Kind&Gezin2026!` is a guessable word plus decoration) and on distinct characters
 * (so that `aaaaaaaaaaaaaaaaaaaa` does not pass).
 */
export function judgePassword(password: string): PasswordVerdict {
  if (password.length === 0) return 'empty';
  if (!/^[\x20-\x7e]+$/.test(password)) return 'not-ascii';
  if (isGeneratedPassword(password)) return 'ok';
  const chars = password.replace(/[-\s]/g, '');
  let pool = 0;
  if (/[0-9]/.test(chars)) pool += 10;
  if (/[A-Z]/.test(chars)) pool += 26;
  if (/[a-z]/.test(chars)) pool += 26;
  if (/[^0-9A-Za-z]/.test(chars)) pool += 33;
  const distinct = new Set(chars).size;
  const bits = chars.length * Math.log2(Math.max(pool, 1));
  return bits >= MIN_PASSWORD_BITS && chars.length >= MIN_FREE_LENGTH && distinct >= 10 ? 'ok' : 'weak';
}

export function isAcceptablePassword(password: string): boolean {
  return judgePassword(password) === 'ok';
}
