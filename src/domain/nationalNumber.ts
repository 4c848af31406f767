// The Belgian national register number (rijksregisternummer) and the bis number: never Art. 3 data
// (the protocols share first name, name and contact details), so never in the subject, the body
// or a file name of a referral, nor in any mail to an OCMW.
//
// YYMMDD SSS CC: birth date, a serial number, and a check number: 97 - (YYMMDDSSS mod 97), or for
// births from 2000 on 97 - (2YYMMDDSSS mod 97). A bis number adds 20 or 40 to the month (and the
// month or day may be 00 when the date is unknown). Only checksum-valid numbers count: about 1 in
// 97 of random 11-digit numbers pass, and only whole numbers are looked at, so an account number
// or a reference holding 11 digits somewhere is not one.
//
// Written as "85.07.30-033.28", "85073003328", "850730 033 28", "85 07 30 033 28", with full-width
// digits or invisible characters in between. A number after "+" or "0032" is a phone number.
//
// Linear time: one pass over the text, no regular expression that can backtrack.
import { nextDigit, readableDigits } from './text';

/** True when `digits` (11 of them) is a checksum-valid national register or bis number. */
export function isNationalNumber(digits: string): boolean {
  if (!/^[0-9]{11}$/.test(digits)) return false;
  const month = Number(digits.substr(2, 2));
  const day = Number(digits.substr(4, 2));
  const m = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  if (m > 12 || day > 31) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (base % 97) === check || 97 - ((2000000000 + base) % 97) === check;
}

/** The digits of `s` from `from` to `to`, separators left out. */
function digitsOf(s: string, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) if (isDigit(s.charCodeAt(k))) out += s.charAt(k);
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Separators inside one written number: . - / and the dashes U+2010-2015. */
function isTight(c: number): boolean {
  return c === 46 || c === 45 || c === 47 || (c >= 0x2010 && c <= 0x2015);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** True when `text` holds a national register or bis number, written in any of the usual ways. */
export function containsNationalNumber(text: string): boolean {
  const s = readableDigits(text);
  const n = s.length;
  let i = 0;
  while ((i = nextDigit(s, i)) < n) {
    // A chain: groups of digits joined by one separator, or by spaces (at most two). Digits are
    // counted, and turned into a string only for a count of 11: a text of "7K3M…" starts a chain
    // every other character, and each would otherwise build two strings.
    const phone = (i > 0 && s.charCodeAt(i - 1) === 43) || s.startsWith('0032', i);
    let chain = 0;
    let compound = 0;
    let compoundFrom = i;
    let j = i;
    let found = false;
    for (;;) {
      const from = j;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      compound += j - from;
      chain += j - from;
      let k = j;
      const tight = k < n && isTight(s.charCodeAt(k));
      if (tight) k++;
      else while (k < n && k - j < 2 && isSpace(s.charCodeAt(k))) k++;
      const continues = k > j && k < n && isDigit(s.charCodeAt(k));
      // A compound (digits joined without spaces) of 11 digits is a whole number on its own.
      if (!tight || !continues) {
        if (!phone && compound === 11 && isNationalNumber(digitsOf(s, compoundFrom, j))) found = true;
        compound = 0;
        compoundFrom = k;
      }
      if (!continues) break;
      j = k;
    }
    if (found || (!phone && chain === 11 && isNationalNumber(digitsOf(s, i, j)))) return true;
    i = j > i ? j : i + 1;
  }
  return false;
}
