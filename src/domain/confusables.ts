// What a text or an address looks like to a reader, whatever script or encoding it was written in.
//
// Two uses, one table (Unicode's confusables, UTS #39, from the unhomoglyph package; reduced at
// build time to the entries with an ASCII prototype, scripts/lib/confusables-loader.cjs):
// - recipients (lookalike.ts): the skeleton of an address, to tell an imitation of a registered
//   mailbox ("оcmw@mesen.be" with a Cyrillic о) from the mailbox;
// - the text rules (content.ts): the client's name, phone, e-mail, a national register number or
//   a password written with letters or digits of another script ("Jаn Vаn den Broeck" with
//   Cyrillic а, "٠٤٧٠١٢٣٤٥٦" in Arabic-Indic digits) read as the reader reads them.
import CONFUSABLES from 'unhomoglyph/data.json';
import { COMBINING_MARKS, INVISIBLE_OR_SPACE } from './text';

const PROTOTYPES: Readonly<Record<string, string>> = CONFUSABLES as Readonly<Record<string, string>>;
export const hasPrototype = (key: string): boolean => Object.prototype.hasOwnProperty.call(PROTOTYPES, key);

/** Each character replaced by its prototype, marks and invisible characters dropped. */
export function mapPrototypes(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFD')) out += hasPrototype(ch) ? (PROTOTYPES[ch] as string) : ch;
  return out.normalize('NFD').replace(COMBINING_MARKS, '').replace(INVISIBLE_OR_SPACE, '');
}

/**
 * The first code point of each block of ten decimal digits (Unicode category Nd) in the Basic
 * Multilingual Plane outside ASCII: Arabic-Indic, Extended Arabic-Indic, NKo, the Indic scripts,
 * Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, ..., full-width. A number written in them is the
 * same number (NFKC leaves all but the full-width ones as they are).
 */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946,
  0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

/**
 * Each character outside ASCII that reads as ASCII letters or digits, to what it reads as: the
 * digits of DIGIT_ZEROS, and the confusables whose prototype is one to three ASCII letters or
 * digits. Built once, on first use (the Send check may never need it).
 */
let readsAs: Map<number, string> | undefined;
const ALNUM_PROTOTYPE = /^[A-Za-z0-9]{1,3}$/;

function readsAsTable(): Map<number, string> {
  if (readsAs) return readsAs;
  const table = new Map<number, string>();
  for (const key of Object.keys(PROTOTYPES)) {
    const p = PROTOTYPES[key] as string;
    if (key.length === 1 && key.charCodeAt(0) > 0x7f && ALNUM_PROTOTYPE.test(p)) table.set(key.charCodeAt(0), p);
  }
  for (const zero of DIGIT_ZEROS) for (let d = 0; d <= 9; d++) table.set(zero + d, String(d));
  readsAs = table;
  return table;
}

/**
 * `text` as a reader sees it: digits of any script as ASCII digits; letters and digits of another
 * script that Unicode lists as looking like ASCII ones (Cyrillic а, Greek ο, Latin small capitals)
 * as those, and mathematical letters (a surrogate pair) by their compatibility form. ("%40" and
 * "%2E" in a link are read as "@" and "." where addresses are read, src/domain/traceTokens.ts.) ASCII itself is left as it is: "rn" stays "rn" and "0" stays "0" (in prose they
 * are what they are), and so are invisible characters (the rules drop those themselves). Returns
 * `text` itself when nothing changes. Linear: one pass, a map look-up per character outside ASCII.
 */
export function foldLookalikes(text: string): string {
  return foldSpans(text).text;
}

/**
 * How far from a folded character a finding can reach: longer than any the text rules look for
 * (an e-mail address of 320 characters, a password in 16 groups with their separators).
 */
export const FOLD_REACH = 400;

/**
 * What the text rules need to read a second time: only the neighbourhoods (FOLD_REACH either
 * side) of the characters that fold, each folded, joined by blank lines; undefined when nothing
 * folds. A finding that needs a folded character lies within its neighbourhood, and everything
 * else was read the first time: a name in Cyrillic costs a few hundred characters, not a second
 * pass over the whole mail. Linear.
 */
export function lookalikeReading(text: string): string | undefined {
  const { changes } = foldSpans(text);
  if (changes.length === 0) return undefined;
  const parts: string[] = [];
  let from = -1;
  let to = -1;
  for (const at of changes) {
    const a = Math.max(0, at - FOLD_REACH);
    const b = Math.min(text.length, at + FOLD_REACH);
    if (from >= 0 && a <= to) to = b;
    else {
      if (from >= 0) parts.push(foldSpans(text.slice(from, to)).text);
      from = a;
      to = b;
    }
  }
  parts.push(foldSpans(text.slice(from, to)).text);
  return parts.join('\n\n');
}

/** The folded text, and where (in `text`) each fold starts. */
function foldSpans(text: string): { text: string; changes: number[] } {
  const table = readsAsTable();
  const changes: number[] = [];
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | undefined;
    let width = 1;
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const pair = text.substr(i, 2);
      const compat = pair.normalize('NFKC');
      if (compat === pair || !ALNUM_PROTOTYPE.test(compat)) continue;
      replacement = compat;
      width = 2;
    } else {
      replacement = table.get(c);
      if (replacement === undefined) continue;
    }
    out += text.slice(copied, i) + replacement;
    changes.push(i);
    copied = i + width;
    i += width - 1;
  }
  return { text: changes.length === 0 ? text : out + text.slice(copied), changes };
}
