// The client traces' tokenizer and hashes (src/domain/traces.ts says what traces are): one pass
// that cuts a text into tokens the way the pane cut the client's data (case, accents, camelCase,
// letter/digit boundaries and invisible characters do not matter), and the salted hashes and
// fingerprints the pane stores and the Send check compares. Linear time, pure, ES2016.
import { prefixedSha256Hex, utf8Bytes } from './sha256';
import { COMBINING_MARKS, stripInvisible } from './text';

/** Letters of any script count as letters: a name in Cyrillic or Arabic is still a name. */
function isWordCharacter(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x6ff) ||
    (c >= 0x4e00 && c <= 0x9fff)
  );
}

function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  );
}

const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// What the tokenizer asks of a character, as bits: one table lookup per character of the usual
// scripts instead of a dozen range tests (a 2 MB token of "7K3M" is two million tokens).
const WORD = 1 << 0;
const LOWER = 1 << 1;
const UPPER = 1 << 2;
const DIGIT = 1 << 3;
const LATIN = 1 << 4;
const MARK = 1 << 5;
function characterClass(c: number): number {
  return (
    (isWordCharacter(c) ? WORD : 0) |
    (isLower(c) ? LOWER : 0) |
    (isUpper(c) ? UPPER : 0) |
    (isDigit(c) ? DIGIT : 0) |
    (isAsciiLetter(c) ? LATIN : 0) |
    (isCombiningMark(c) ? MARK : 0)
  );
}
const CLASS_TABLE_SIZE = 0x700;
const CLASS_TABLE = new Uint8Array(CLASS_TABLE_SIZE);
for (let c = 0; c < CLASS_TABLE_SIZE; c++) CLASS_TABLE[c] = characterClass(c);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Math.imul once: a global looked up per character is slow where globals sit behind an
// interceptor (a vm context, as in the tests of the Send bundle).
const imul = Math.imul;
export const fnv = (h: number, c: number): number => imul(h ^ c, FNV_PRIME);
/** The 16 bits a fingerprint keeps of an FNV-1a state. */
export const fold = (h: number): number => ((h >>> 16) ^ h) & 0xffff;

export const AT_MARKER = 1;
export const HAS_MARKS = 2;

/**
 * The tokens of a text, found in one pass and kept as positions (no string per token): the text
 * decomposed and lower-cased (`lower`), each token's start and end in it, whether it holds
 * combining marks (dropped from its text), whether it is an "@", and the FNV-1a state of its
 * characters after `seed` (a fingerprint continues from it: a token joined with the next one).
 */
export type Tokens = {
  readonly count: number;
  readonly lower: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly state: Int32Array;
  readonly flags: Uint8Array;
};

/** `into`, a larger array of the same kind, holding `from` at its start. */
function copied<A extends Int32Array | Uint8Array>(from: A, into: A): A {
  into.set(from);
  return into;
}

/**
 * One pass over the text (decomposed, invisible characters removed): a token ends at anything
 * that is not a letter or digit, where a lower-case letter meets a capital (camelCase), and where
 * a letter meets a digit. Accents are dropped, tokens lower-cased; "@" is a token of its own when
 * asked for (an address's).
 */
export function scan(text: string, keepAt: boolean, seed: number): Tokens {
  const s = stripInvisible(text).normalize('NFKD');
  let lower = s.toLowerCase();
  // Lower-casing that changes the length (rare outside Latin, Greek, Cyrillic): case by character.
  if (lower.length !== s.length) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const l = s.charAt(i).toLowerCase();
      out += l.length === 1 ? l : s.charAt(i);
    }
    lower = out;
  }
  let capacity = 64;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let state = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let count = 0;
  // Doubling: the arrays grow with the tokens, not with the text, and the push itself stays small.
  const grow = (): void => {
    capacity *= 2;
    start = copied(start, new Int32Array(capacity));
    end = copied(end, new Int32Array(capacity));
    state = copied(state, new Int32Array(capacity));
    flags = copied(flags, new Uint8Array(capacity));
  };
  const push = (from: number, to: number, h: number, f: number): void => {
    if (count === capacity) grow();
    start[count] = from;
    end[count] = to;
    state[count] = h;
    flags[count] = f;
    count++;
  };
  let from = -1;
  let h = seed;
  let marks = 0;
  let previous = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // "%40" and "%2E" (an address in a link, mailto:jan.vdb%40example.org) are "@" and ".".
    if (c === 37 && i + 2 < s.length && isUrlEscape(s.charCodeAt(i + 1), s.charCodeAt(i + 2))) {
      if (from >= 0) push(from, i, h, marks);
      from = -1;
      const at = s.charCodeAt(i + 1) === 52;
      if (at && keepAt && (count === 0 || flags[count - 1] !== AT_MARKER)) push(i, i + 3, seed, AT_MARKER);
      i += 2;
      previous = 0;
      continue;
    }
    const kind = c < CLASS_TABLE_SIZE ? (CLASS_TABLE[c] as number) : characterClass(c);
    if ((kind & MARK) !== 0) {
      if (from >= 0) marks = HAS_MARKS;
      continue;
    }
    if ((kind & WORD) !== 0) {
      if (
        from >= 0 &&
        (((previous & LOWER) !== 0 && (kind & UPPER) !== 0) ||
          ((previous & LATIN) !== 0 && (kind & DIGIT) !== 0) ||
          ((previous & DIGIT) !== 0 && (kind & LATIN) !== 0))
      ) {
        push(from, i, h, marks);
        from = -1;
      }
      if (from < 0) {
        from = i;
        h = seed;
        marks = 0;
      }
      h = fnv(h, lower.charCodeAt(i));
    } else {
      if (from >= 0) push(from, i, h, marks);
      from = -1;
      // Two "@" with no word between them are one marker.
      if (keepAt && c === 64 && (count === 0 || flags[count - 1] !== AT_MARKER)) push(i, i + 1, seed, AT_MARKER);
    }
    previous = kind;
  }
  if (from >= 0) push(from, s.length, h, marks);
  return { count, lower, start, end, state, flags };
}

/** "40" or "2E"/"2e" after a "%". */
const isUrlEscape = (a: number, b: number): boolean => (a === 52 && b === 48) || (a === 50 && (b === 69 || b === 101));

/** The text of token `i`: lower case, without accents. */
export function tokenText(t: Tokens, i: number): string {
  const text = t.lower.slice(t.start[i] as number, t.end[i] as number);
  return ((t.flags[i] as number) & HAS_MARKS) !== 0 ? text.replace(COMBINING_MARKS, '') : text;
}

/** The FNV state `h` continued over the characters of token `i` (a token written joined to the one before). */
export function continueState(t: Tokens, h: number, i: number): number {
  for (let k = t.start[i] as number; k < (t.end[i] as number); k++) {
    const c = t.lower.charCodeAt(k);
    if (!isCombiningMark(c)) h = fnv(h, c);
  }
  return h;
}

/**
 * The one tokenizer: camelCase and letter/digit boundaries split ("JanPeeters2026" -> jan,
 * peeters, 2026), accents off, lower case, invisible characters removed, everything else that is
 * not a letter or digit separates.
 */
export function words(s: string): string[] {
  const t = scan(s, false, 0);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(tokenText(t, i));
  return out;
}

/**
 * Particles of family names (Dutch, French, German, Spanish, Arabic): part of a name, never a name
 * on their own, and written split or joined ("Van den Broeck", "Vandenbroeck", "El Amrani").
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  'van vanden vander vande von vom zu de der den des del della dal dalla di da du dos das do le la les ten ter te t d op in het el al ben bin ibn abu abou ait mac mc o'.split(
    ' ',
  ),
);

/**
 * The national significant number of a phone number written in any common Belgian or
 * international way: "0470 12 34 56", "+32 470 12 34 56", "0032470123456" -> "470123456".
 */
export function phoneDigits(s: string): string {
  const trimmed = stripInvisible(s.normalize('NFKC')).trim();
  let digits = trimmed.replace(/\D/g, '');
  const international = trimmed.charAt(0) === '+' || digits.indexOf('00') === 0;
  if (digits.indexOf('00') === 0) digits = digits.slice(2);
  if (international && digits.indexOf('32') === 0) digits = digits.slice(2);
  return digits.replace(/^0+/, '');
}

/** Phone numbers shorter than this would match dates and references; a Belgian one has 8 or 9 digits. */
export const MIN_PHONE_DIGITS = 8;
export const MAX_PHONE_DIGITS = 15;

/** An e-mail address as the traces hold it: letters and digits of each side, joined by "@". */
export function emailKey(address: string): { local: string; domain: string } | null {
  const a = address
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = a.lastIndexOf('@');
  if (at <= 0) return null;
  const local = words(a.slice(0, at)).join('');
  const domain = words(a.slice(at + 1)).join('');
  return local.length > 0 && local.length <= 64 && domain.length > 0 && domain.length <= 255 ? { local, domain } : null;
}

// --- hashing --------------------------------------------------------------------------------

/** Tokens longer than this are never looked up: no trace is that long (names have 200 characters at most). */
export const MAX_TOKEN = 320;

/**
 * The trace hash of one token for this salt: SHA-256 of a 64-byte block (a label and the salt)
 * followed by the token. Names, file words, phone numbers and addresses share it.
 */
export function traceHasher(salt: string): (token: string) => string {
  const block = new Uint8Array(64);
  block.set(utf8Bytes(`kg-client-traces-v2\u0000${salt}`));
  return prefixedSha256Hex(block);
}

/** The FNV-1a state of the salt: every fingerprint of one mail starts from it. */
export function saltSeed(salt: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < salt.length; i++) h = fnv(h, salt.charCodeAt(i));
  return fnv(h, 0x1f);
}

/**
 * A 16-bit fingerprint of a token, keyed with the salt (FNV-1a): a fast first look, so that only
 * about one token in 65,536 of a long text is hashed with SHA-256 for nothing. It tells nothing
 * the hash beside it does not.
 */
export function fingerprint(salt: string, token: string): number {
  let h = saltSeed(salt);
  for (let i = 0; i < token.length; i++) h = fnv(h, token.charCodeAt(i));
  return fold(h);
}
