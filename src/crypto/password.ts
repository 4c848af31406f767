import { PASSWORD_FORMAT, WORD_SEPARATOR } from '../domain/formats';
import { BITS_PER_WORD, wordList, WORDS_PER_PASSWORD } from '../domain/passwordWords';
import { uniformIndices, defaultFillRandom, type FillRandom } from './random';

// The password is read out over the phone and typed into 7-Zip by someone else: common Dutch
// words (src/domain/passwordWords.txt), lower case, joined by hyphens, shown, copied and sent by
// SMS exactly as typed. WinZip AES uses only 1,000 PBKDF2 iterations, so the password carries the
// strength: at least 77 bits from the platform's CSPRNG, each word uniform over the list.
export const PASSWORD_SEPARATOR = WORD_SEPARATOR;
export const PASSWORD_WORD_COUNT = WORDS_PER_PASSWORD;
/** 7 words x 11 bits. */
export const PASSWORD_BITS = PASSWORD_WORD_COUNT * BITS_PER_WORD;
/** Passwords someone brings (not generated) are judged against this. */
export const MIN_PASSWORD_BITS = 80;
/** Passwords we did not generate must be at least this long (separators not counted). */
const MIN_FREE_LENGTH = 20;

let wordSet: ReadonlySet<string> | null = null;

/** The old generated shape (16 Crockford symbols in 4 groups), still a good password when brought. */
const OLD_GENERATED = new RegExp(
  `^[0-9A-HJKMNP-TV-Z]{${PASSWORD_FORMAT.groupSize}}(${PASSWORD_FORMAT.separator}[0-9A-HJKMNP-TV-Z]{${PASSWORD_FORMAT.groupSize}}){${PASSWORD_FORMAT.groups - 1}}$`,
);

/** A fresh password like `tafel-molen-...` (7 words, 77 bits). */
export function generatePassword(fillRandom: FillRandom = defaultFillRandom): string {
  const words = wordList();
  return uniformIndices(PASSWORD_WORD_COUNT, words.length, fillRandom)
    .map((i) => words[i] as string)
    .join(PASSWORD_SEPARATOR);
}

/** The words of a generated password, in order, as the pane numbers them. */
export function passwordWords(password: string): string[] {
  return password.split(PASSWORD_SEPARATOR);
}

/** A password the add-in makes: today's words, or the old 4x4 symbols. */
export function isGeneratedPassword(password: string): boolean {
  const words = password.split(PASSWORD_SEPARATOR);
  const set = wordSet ?? (wordSet = new Set(wordList()));
  if (words.length === PASSWORD_WORD_COUNT && words.every((w) => set.has(w))) return true;
  return OLD_GENERATED.test(password);
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
