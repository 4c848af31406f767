// The password word list (src/domain/passwordWords.txt, made by `npm run wordlist`), unpacked
// once from its front-coded form (src/domain/generatedWords.ts): the pane draws passwords from it
// and the Send check recognises a run of its words in a mail (src/domain/wordRun.ts).
import { MIN_GENERATED_PASSWORD_BITS } from './formats';
import { PACKED_WORDS, WORD_COUNT } from './generatedWords';

/** "0aal1p3en": a digit (letters shared with the word before), then the rest of the word. */
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

export const PASSWORD_WORDS: readonly string[] = unpack(PACKED_WORDS);

if (PASSWORD_WORDS.length !== WORD_COUNT) throw new Error('the password word list does not unpack');

/** Bits of one word drawn uniformly from the list: 11 for 2,048 words. */
export const BITS_PER_WORD = Math.log2(PASSWORD_WORDS.length);

/** The fewest words that reach MIN_GENERATED_PASSWORD_BITS: 7. */
export const WORDS_PER_PASSWORD = Math.ceil(MIN_GENERATED_PASSWORD_BITS / BITS_PER_WORD);
