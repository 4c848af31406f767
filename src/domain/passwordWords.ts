// The password word list (src/domain/passwordWords.txt, made by `npm run wordlist`), unpacked
// from its front-coded form (src/domain/generatedWords.ts) on first use: the pane draws passwords
// from it and the Send check recognises a run of its words in a mail (src/domain/wordRun.ts).
// Nothing here runs at load: a bundle that imports the domain without these (the pane's first
// screen) does not carry the list.
import { MIN_GENERATED_PASSWORD_BITS } from './formats';
import { PACKED_WORDS, WORD_COUNT } from './generatedWords';

/** "0aal2p3je" (aal, aap, aapje): a digit (letters shared with the word before), then the rest of the word. */
function unpack(packed: string): string[] {
  const out: string[] = [];
  let previous = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < packed.length && packed.charCodeAt(j) >= 97) j++;
    previous = previous.slice(0, shared) + packed.slice(i + 1, j);
    out.push(previous);
    i = j;
  }
  return out;
}

let unpacked: readonly string[] | null = null;

/** The list's words, sorted. */
export function wordList(): readonly string[] {
  if (unpacked === null) {
    const words = unpack(PACKED_WORDS);
    if (words.length !== WORD_COUNT) throw new Error('the password word list does not unpack');
    unpacked = words;
  }
  return unpacked;
}

/** Bits of one word drawn uniformly from the list: 11 for 2,048 words. */
export const BITS_PER_WORD = /*#__PURE__*/ Math.log2(WORD_COUNT);

/** The fewest words that reach MIN_GENERATED_PASSWORD_BITS: 7. */
export const WORDS_PER_PASSWORD = /*#__PURE__*/ Math.ceil(MIN_GENERATED_PASSWORD_BITS / BITS_PER_WORD);
