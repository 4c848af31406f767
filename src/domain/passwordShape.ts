// The password-shape rule: the Send check never knows the password (only the open pane does), but
// it knows what every password the add-in makes looks like (src/domain/formats.ts): 16 Crockford
// symbols in 4 groups of 4. A subject or body holding a string of that shape is refused, however
// it was written: with or without the hyphens, spaced, one symbol at a time, in any letter case,
// one group per line or per bullet, with ":" or ", " or four spaces between the groups, with
// invisible characters (zero-width space, soft hyphen, word joiner) or a no-break space inside.
//
// False positives matter as much as misses: the rule runs on every mail to an OCMW's domain, so
// long Dutch prose, the pane's neutral text, the reference (KG-20261123-7K3M9Q), dates, phone
// numbers, account numbers, Teams links and pasted codes must not match
// (test/domain/passwordShape.test.ts runs it over the published protocols). Hence whole tokens
// only, and a look at the text around them:
// - a *compound* is letters and digits joined without white space (7K3M-Q9TX-4HNB-W2ZR, a GUID,
//   a base64 line, a URL); a compound is a password only when it holds exactly 16 symbols, in
//   runs of 1, 2, 4, 8 or 16 (the ways people split 4x4), so a GUID (32 symbols), a hash or a
//   base64 line never is;
// - compounds apart (white space and layout between them: line breaks, bullets, ":", ", ", list
//   numbers) add up to a password when they hold 1, 2, 4 or 8 symbols each and 16 together, and
//   the compound just before and just after does not continue the sequence (a group of the same
//   size with a digit or in capitals: an IBAN is "DE89 3704 0044 0532 0130 00", longer than 16);
// - except for the exact form the pane shows (XXXX-XXXX-XXXX-XXXX), at least one digit and one
//   letter: four ordinary four-letter words ("deze week gaat naar") are prose, not a password.
//   About 1 in 400 generated passwords has no digit; written otherwise than shown it is missed.
// - 16 hexadecimal symbols (a hash, a key) are not a password: about 1 in 65,000 passwords is
//   all-hexadecimal, and is then missed unless written as shown;
// - a valid Belgian IBAN (BE68 5390 0754 7034 has exactly the password's shape) is an account number.
//
// Linear time: one pass to find the runs, and from each compound at most 16 more are looked at.
import { CROCKFORD_ALPHABET, PASSWORD_FORMAT } from './formats';
import { readableDigits } from './text';

const LENGTH = PASSWORD_FORMAT.groupSize * PASSWORD_FORMAT.groups;
const RUN_LENGTHS = [1, 2, PASSWORD_FORMAT.groupSize, 2 * PASSWORD_FORMAT.groupSize, LENGTH];
/** Longest layout between two groups: "\n\n  • " and the like. */
const MAX_LAYOUT = 16;

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A letter or digit outside ASCII: it makes its run no password, and is no separator. */
function isOtherWordCharacter(c: number): boolean {
  return c >= 0xc0 && !isSymbol(c) && c !== 0xd7 && c !== 0xf7;
}

/** Punctuation, symbols and emoji (surrogate pairs) outside ASCII: layout, like ASCII punctuation. */
function isSymbol(c: number): boolean {
  return (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe10 && c <= 0xfe6f);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** What may stand between the groups of a password laid out apart: punctuation, bullets, dashes. */
function isLayout(c: number): boolean {
  return (
    (c >= 33 && c <= 47) || // ! " # $ % & ' ( ) * + , - . /
    (c >= 58 && c <= 64) || // : ; < = > ? @
    (c >= 91 && c <= 96) || // [ \ ] ^ _ `
    (c >= 123 && c <= 126) || // { | } ~
    c === 0xb7 || // middle dot
    isSymbol(c) // dashes, bullets, arrows, shapes, emoji
  );
}

const TIGHT = 0;
const LAYOUT = 1;
const BREAK = 2;

/** How two runs are joined: up to three punctuation marks (TIGHT), layout with white space (LAYOUT), or not (BREAK). */
function gapBetween(s: string, from: number, to: number): number {
  if (to - from > MAX_LAYOUT) return BREAK;
  let space = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) space = true;
    else if (!isLayout(c)) return BREAK;
  }
  if (space) return LAYOUT;
  return to - from <= 3 ? TIGHT : BREAK;
}

/** A list number at the start of a line ("1. ", "2) ") is layout, not a group: "1. 7K3M\n2. Q9TX". */
const LIST_NUMBER = /(^|\n)([ \t]*)[0-9]{1,2}[.)](?=[ \t])/g;

const SYMBOL_CODES = ((): Uint8Array => {
  const out = new Uint8Array(128);
  for (let i = 0; i < CROCKFORD_ALPHABET.length; i++) {
    out[CROCKFORD_ALPHABET.charCodeAt(i)] = 1;
    out[CROCKFORD_ALPHABET.toLowerCase().charCodeAt(i)] = 1;
  }
  return out;
})();

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isWord = (c: number): boolean => isAlphanumeric(c) || isOtherWordCharacter(c);

// Flags of a compound (one byte each, in Compounds.flags).
const USABLE = 1; // every run of usable length (1, 2, 4, 8, 16) and Crockford symbols only
const DIGIT = 2;
const LETTER = 4;
const HEX = 8; // only 0-9 and A-F
const CAPITALS = 16; // no lower-case letter as written
const AS_SHOWN = 32; // runs of four joined by single hyphens, so far: the form the pane shows

/**
 * Compounds: letters and digits joined without white space (see the top), in typed arrays with one
 * entry per compound, so that a 2 MB text allocates a few arrays, not an object per word.
 */
type Compounds = {
  readonly count: number;
  /** Symbols in the compound. */
  readonly size: Int32Array;
  readonly flags: Uint8Array;
  /** Runs in the compound. */
  readonly runs: Int32Array;
  /** How it is joined to the next compound: LAYOUT or BREAK (TIGHT would make them one). */
  readonly next: Uint8Array;
  /** Where it starts and ends in the text. */
  readonly from: Int32Array;
  readonly to: Int32Array;
};

function compounds(s: string): Compounds {
  const n = s.length;
  // A compound holds at least one character and is followed by at least one: at most n/2 + 1 of them.
  const capacity = (n >> 1) + 2;
  const size = new Int32Array(capacity);
  const flags = new Uint8Array(capacity);
  const runs = new Int32Array(capacity);
  const next = new Uint8Array(capacity);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  let count = 0;
  let joined = false;
  let i = 0;
  while (i < n && !isWord(s.charCodeAt(i))) i++;
  while (i < n) {
    // One run of letters and digits.
    const start = i;
    let f = USABLE | HEX | CAPITALS;
    for (; i < n; i++) {
      const k = s.charCodeAt(i);
      if (isAlphanumeric(k)) {
        if (SYMBOL_CODES[k] !== 1) f &= ~USABLE;
        if (k <= 57) f |= DIGIT;
        else {
          f |= LETTER;
          if (k >= 97) f &= ~CAPITALS;
        }
        if (!isHex(k)) f &= ~HEX;
      } else if (isOtherWordCharacter(k)) f &= ~(USABLE | HEX);
      else break;
    }
    const length = i - start;
    if (RUN_LENGTHS.indexOf(length) < 0) f &= ~USABLE;
    if (joined) {
      const last = count - 1;
      const hyphen = length === PASSWORD_FORMAT.groupSize && to[last] === start - 1 && s.charAt(start - 1) === PASSWORD_FORMAT.separator;
      const old = flags[last] as number;
      flags[last] = (old & (f | (hyphen ? AS_SHOWN : 0)) & (USABLE | HEX | CAPITALS | AS_SHOWN)) | ((old | f) & (DIGIT | LETTER));
      size[last] = (size[last] as number) + length;
      runs[last] = (runs[last] as number) + 1;
      to[last] = i;
    } else {
      size[count] = length;
      flags[count] = f | (length === PASSWORD_FORMAT.groupSize ? AS_SHOWN : 0);
      runs[count] = 1;
      next[count] = BREAK;
      from[count] = start;
      to[count] = i;
      count++;
    }
    // What stands between this run and the next one.
    const gapStart = i;
    while (i < n && !isWord(s.charCodeAt(i))) i++;
    const gap = i < n ? gapBetween(s, gapStart, i) : BREAK;
    joined = gap === TIGHT;
    if (!joined) next[count - 1] = gap;
  }
  return { count, size, flags, runs, next, from, to };
}

/** A valid Belgian IBAN (BE, 14 digits, mod 97 = 1), the one IBAN with exactly the password's 16 symbols. */
function isBelgianIban(symbols: string): boolean {
  if (!/^BE[0-9]{14}$/.test(symbols)) return false;
  const moved = `${symbols.slice(4)}1114${symbols.slice(2, 4)}`;
  let remainder = 0;
  for (let i = 0; i < moved.length; i++) remainder = (remainder * 10 + Number(moved.charAt(i))) % 97;
  return remainder === 1;
}

/** Would compound `k` carry on a sequence of groups of `size` symbols (an account number, a longer code)? */
function continues(c: Compounds, k: number, size: number): boolean {
  if (k < 0 || k >= c.count) return false;
  const f = c.flags[k] as number;
  return (f & USABLE) !== 0 && c.runs[k] === 1 && c.size[k] === size && ((f & DIGIT) !== 0 || ((f & CAPITALS) !== 0 && size > 1));
}

/** The letters and digits of compounds first..last, upper case. */
function symbolsOf(s: string, c: Compounds, first: number, last: number): string {
  return s
    .slice(c.from[first] as number, c.to[last] as number)
    .replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase();
}

/** True when `text` holds a string shaped like a password the add-in makes. */
export function containsPasswordShape(text: string): boolean {
  // NFKC: full-width and other compatibility forms of digits and letters count as those, and a
  // no-break space is a space.
  const s = readableDigits(text).replace(LIST_NUMBER, '$1$2 -');
  const c = compounds(s);
  for (let i = 0; i < c.count; i++) {
    const f = c.flags[i] as number;
    if ((f & USABLE) === 0) continue;
    const size = c.size[i] as number;
    // One compound: exactly the 16 symbols.
    if (size === LENGTH) {
      const asShown = (f & AS_SHOWN) !== 0 && c.runs[i] === PASSWORD_FORMAT.groups;
      const mixed = (f & DIGIT) !== 0 && (f & LETTER) !== 0 && (f & HEX) === 0;
      if ((asShown || mixed) && !isBelgianIban(symbolsOf(s, c, i, i))) return true;
      continue;
    }
    // Compounds laid out apart, adding up to 16, with nothing like them on either side.
    if (i > 0 && c.next[i - 1] === LAYOUT && continues(c, i - 1, size)) continue;
    let total = size;
    let all = f;
    let any = f;
    let j = i;
    while (total < LENGTH && c.next[j] === LAYOUT && j + 1 < c.count) {
      const k = j + 1;
      const g = c.flags[k] as number;
      if ((g & USABLE) === 0 || (c.size[k] as number) >= LENGTH) break;
      total += c.size[k] as number;
      all &= g;
      any |= g;
      j = k;
    }
    if (total !== LENGTH || j === i) continue;
    if (c.next[j] === LAYOUT && continues(c, j + 1, c.size[j] as number)) continue;
    if ((any & DIGIT) !== 0 && (any & LETTER) !== 0 && (all & HEX) === 0 && !isBelgianIban(symbolsOf(s, c, i, j))) return true;
  }
  return false;
}
