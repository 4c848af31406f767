// The password-shape rule: the Send check never knows the password (only the open pane does), but
// it knows what every password the add-in makes looks like (src/domain/formats.ts): 16 Crockford
// symbols in 4 groups of 4. A subject or body holding a string of that shape is refused, however
// it was written: with or without the hyphens, spaced, one symbol at a time, in any letter case.
//
// False positives matter as much as misses: the rule runs on every follow-up to an OCMW, so long
// Dutch prose, the pane's neutral text, the reference (KG-20261123-7K3M9Q), dates, phone numbers
// and Belgian account numbers must not match (test/domain/passwordShape.test.ts runs it over the
// published protocols). Hence:
// - only whole runs of letters and digits count, joined by short separators (white space,
//   hyphens, dots, slashes), each run 1, 2, 4, 8 or 16 symbols long (the ways people split 4x4);
// - except for the exact form the pane shows (XXXX-XXXX-XXXX-XXXX), at least one digit and one
//   letter: four ordinary four-letter words ("deze week gaat naar") are prose, not a password.
//   About 1 in 400 generated passwords has no digit; written with spaces instead of hyphens it
//   is missed, written as shown it is still found.
// - a valid Belgian IBAN (BE68 5390 0754 7034 has exactly this shape) is an account number.
import { CROCKFORD_ALPHABET, PASSWORD_FORMAT } from './formats';

const LENGTH = PASSWORD_FORMAT.groupSize * PASSWORD_FORMAT.groups;
const RUN_LENGTHS = [1, 2, PASSWORD_FORMAT.groupSize, 2 * PASSWORD_FORMAT.groupSize, LENGTH];
const MAX_SEPARATOR = 3;
const SEPARATOR = /^[\s\-\u2010-\u2015./_·]+$/;
const SYMBOLS = new Set(CROCKFORD_ALPHABET.split(''));

type Run = { readonly text: string; readonly start: number; readonly end: number };

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Maximal runs of ASCII letters and digits, upper-cased, with their positions. */
function runs(text: string): Run[] {
  const out: Run[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && isAlphanumeric(text.charCodeAt(i));
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) {
      out.push({ text: text.slice(start, i).toUpperCase(), start, end: i });
      start = -1;
    }
  }
  return out;
}

function usable(run: Run): boolean {
  if (RUN_LENGTHS.indexOf(run.text.length) < 0) return false;
  for (let i = 0; i < run.text.length; i++) if (!SYMBOLS.has(run.text.charAt(i))) return false;
  return true;
}

/**
 * A Belgian IBAN (BE, 14 digits, mod 97 = 1), the one 16-symbol IBAN a team member writes. Only
 * Belgium's: a general IBAN pattern would also excuse about 1 in 2000 generated passwords.
 */
function isIban(symbols: string): boolean {
  if (!/^BE[0-9]{14}$/.test(symbols)) return false;
  const moved = symbols.slice(4) + symbols.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const value = c >= 65 ? String(c - 55) : moved.charAt(i);
    for (let j = 0; j < value.length; j++) remainder = (remainder * 10 + Number(value.charAt(j))) % 97;
  }
  return remainder === 1;
}

function looksLikePassword(group: readonly Run[], separators: readonly string[]): boolean {
  const symbols = group.map((r) => r.text).join('');
  if (isIban(symbols)) return false;
  const asShown = group.length === PASSWORD_FORMAT.groups && separators.every((s) => s === PASSWORD_FORMAT.separator);
  return asShown || (/[0-9]/.test(symbols) && /[A-Z]/.test(symbols));
}

/** True when `text` holds a string shaped like a password the add-in makes. */
export function containsPasswordShape(text: string): boolean {
  // NFKC: full-width and other compatibility forms of digits and letters count as those.
  const normal = text.normalize('NFKC');
  const all = runs(normal);
  for (let i = 0; i < all.length; i++) {
    const group: Run[] = [];
    const separators: string[] = [];
    let total = 0;
    for (let j = i; j < all.length; j++) {
      const run = all[j] as Run;
      if (!usable(run)) break;
      if (j > i) {
        const between = normal.slice((all[j - 1] as Run).end, run.start);
        if (between.length > MAX_SEPARATOR || !SEPARATOR.test(between)) break;
        separators.push(between);
      }
      group.push(run);
      total += run.text.length;
      if (total === LENGTH && looksLikePassword(group, separators)) return true;
      if (total >= LENGTH) break;
    }
  }
  return false;
}
