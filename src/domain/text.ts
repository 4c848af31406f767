// Character classes spelled out as ranges instead of Unicode property escapes (\p{...}): the
// Send handler's bundle must parse as ES2016 and run in classic Outlook's JavaScript-only
// runtime, where \p{...} is a syntax error.

/** Combining marks left by NFKD: accents, diaeresis, cedilla, ... */
// Matching combining marks on their own is the point here (to strip them), not a misleading class.
// eslint-disable-next-line no-misleading-character-class
export const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Invisible format characters and non-ASCII spaces someone could hide inside an address. */
export const INVISIBLE_OR_SPACE = /[\u00a0\u00ad\u061c\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\u3164\ufeff\uffa0]/g;

/** Everything that separates words: white space and punctuation (ASCII, Latin-1, general). */
export const WORD_SEPARATORS = /[\s!-/:-@[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f]+/g;

/** Lower case without accents: "Méséñ" -> "mesen". */
export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Invisible characters that join, not separate: soft hyphen, zero-width space and (non-)joiners,
 * word joiner, invisible operators, bidirectional marks and isolates, variation selectors, the
 * byte-order mark, Hangul fillers. The text rules remove them before they read a word, so
 * "Van den Bro\u00ADeck" is "Van den Broeck" and "7K3M\u200B-Q9TX" is "7K3M-Q9TX".
 */
// Matching joiners and variation selectors on their own is the point here (to strip them).
export const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;

/** `s` without INVISIBLE characters. Linear. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/**
 * A text as the number rules read it: compatibility forms folded (full-width and other scripts'
 * digits become 0-9) and invisible characters removed, so "０４７０" and "04\u200B70" are 0470.
 */
export function readableDigits(text: string): string {
  return stripInvisible(text.normalize('NFKC'));
}

/** The index of the first ASCII digit in `s` at or after `from`, or `s.length`. A loop, not a
 * regular expression per call: in a text of "7K3M…" every other character starts a number. */
export function nextDigit(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
    i++;
  }
  return i;
}
