// The word-password rule: the Send check never knows the password (only the open pane does), but
// it knows the words passwords are made of (src/domain/passwordWords.txt). A run of RUN_WORDS
// words of that list one after the other is our password, however it was written: in any letter
// case, joined by hyphens, spaces, line breaks, commas, list numbers ("1. tafel 2. molen"),
// bullets or nothing at all ("tafelmolenboek"), with invisible characters (zero-width space, soft
// hyphen, word joiner) or full-width letters inside. A password is 7 words; 3 in a row is already
// a large part of it pasted into a mail.
//
// False positives matter as much as misses: the rule runs on every mail to an OCMW's domain. The
// list holds nouns only (no function words, verbs or adjectives), so ordinary Dutch seldom puts
// three of them together; bench/wordRuns.ts and test/domain/wordRun.test.ts measure it on the
// repo's Dutch docs, the protocols and the false-block benchmark's sentences (the target, met:
// no run of 3 there). A compound of two list words ("huisbezoek") counts as one word, as it reads.
//
// Linear time: one pass over the text; each letter is the start of at most one walk of at most 8
// letters down a trie of the list (typed arrays, built once).
import { wordList } from './passwordWords';

/** Consecutive list words that make a password found. */
export const RUN_WORDS = 3;
const LONGEST = 8;

type Trie = { readonly next: Uint16Array; readonly end: Uint8Array };

let trie: Trie | null = null;

/** The list as a trie: next[node * 26 + letter] is the child (0: none), end[node] marks a word. */
function buildTrie(): Trie {
  const words = wordList();
  let letters = 0;
  for (let i = 0; i < words.length; i++) letters += (words[i] as string).length;
  const next = new Uint16Array((letters + 1) * 26);
  const end = new Uint8Array(letters + 1);
  let nodes = 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    let node = 0;
    for (let j = 0; j < w.length; j++) {
      const slot = node * 26 + (w.charCodeAt(j) - 97);
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot] as number;
    }
    end[node] = 1;
  }
  return { next, end };
}

/** An ASCII letter, either case. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * The invisible characters that join, not separate (src/domain/text.ts, INVISIBLE): skipped inside
 * a word here rather than stripped from the whole text first, which on a text full of them costs
 * more than the rule.
 */
function isInvisible(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x34f ||
    c === 0x61c ||
    c === 0x115f ||
    c === 0x1160 ||
    c === 0x17b4 ||
    c === 0x17b5 ||
    (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0x3164 ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff ||
    c === 0xffa0
  );
}

/** A letter outside ASCII (é, ß, Cyrillic, CJK): part of a word that is not a list word. */
function isOtherLetter(c: number): boolean {
  return (
    c >= 0xc0 && !isInvisible(c) && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff)
  );
}

/**
 * The fewest list words that spell letters[0, n) (0 to 25) exactly, or 0 when they cannot be
 * spelled so. `best` is scratch space of at least n + 1 entries.
 */
function segments(letters: Uint8Array, n: number, t: Trie, best: Int32Array): number {
  const NONE = 0x7fffffff;
  best[0] = 0;
  for (let i = 1; i <= n; i++) best[i] = NONE;
  for (let i = 0; i < n; i++) {
    const here = best[i] as number;
    if (here === NONE) continue;
    let node = 0;
    for (let j = i; j < n && j - i < LONGEST; j++) {
      node = t.next[node * 26 + (letters[j] as number)] as number;
      if (node === 0) break;
      if (t.end[node] === 1 && here + 1 < (best[j + 1] as number)) best[j + 1] = here + 1;
    }
  }
  const out = best[n] as number;
  return out === NONE ? 0 : out;
}

/** A run of list words in a text (for the measurement: bench/wordRuns.ts). */
export type WordRun = { readonly words: number; readonly text: string };

/**
 * One pass over the text. Without `report`, stops at the first run of RUN_WORDS; with it, reports
 * every run of at least `atLeast` words (counted as the rule counts them) once it ends.
 */
function scan(text: string, atLeast: number, report?: (run: WordRun) => void): boolean {
  const t = trie ?? (trie = buildTrie());
  // NFKC: full-width letters are letters. Letter case and invisible characters are dealt with
  // letter by letter below.
  const s = text.normalize('NFKC');
  const n = s.length;
  let letters = new Uint8Array(64);
  let best = new Int32Array(65);
  let run = 0;
  let runFrom = 0;
  let runTo = 0;
  const close = (): boolean => {
    if (run >= atLeast) {
      if (!report) return true;
      report({ words: run, text: s.slice(runFrom, runTo) });
    }
    run = 0;
    return false;
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLetter(c)) {
      // Digits, white space, punctuation, symbols: separators. Invisible characters: nothing.
      // Another script's letters: a word that is no list word, which ends the run.
      if (isOtherLetter(c)) {
        while (i < n && (isLetter(s.charCodeAt(i)) || isOtherLetter(s.charCodeAt(i)) || isInvisible(s.charCodeAt(i)))) i++;
        if (close()) return true;
      } else i++;
      continue;
    }
    // One word: its ASCII letters in lower case, invisible characters inside it skipped.
    const start = i;
    let length = 0;
    let other = false;
    for (; i < n; i++) {
      const k = s.charCodeAt(i);
      if (isLetter(k)) {
        if (length === letters.length) {
          const grown = new Uint8Array(letters.length * 2);
          grown.set(letters);
          letters = grown;
        }
        letters[length++] = (k | 0x20) - 97;
      } else if (isOtherLetter(k)) other = true;
      else if (!isInvisible(k)) break;
    }
    let words = 0;
    if (!other && length >= 3) {
      if (length + 1 > best.length) best = new Int32Array(Math.max(length + 1, best.length * 2));
      words = segments(letters, length, t, best);
    }
    if (words === 0) {
      if (close()) return true;
      continue;
    }
    if (run === 0) runFrom = start;
    runTo = i;
    // One word, or a compound of two ("huisbezoek"): one step of the run. Three or more glued
    // together ("tafelmolenboek") are a run by themselves.
    run += words >= RUN_WORDS ? words : 1;
  }
  return close();
}

/** True when `text` holds RUN_WORDS or more words of the password list in a row. */
export function containsWordRun(text: string): boolean {
  return scan(text, RUN_WORDS);
}

/** Every run of at least `atLeast` list words in `text`, as the rule counts them. */
export function wordRuns(text: string, atLeast: number): WordRun[] {
  const out: WordRun[] = [];
  scan(text, atLeast, (r) => out.push(r));
  return out;
}
