// The word-password rule: three words of the password list in a row are our password, however
// they are written; ordinary Dutch never holds such a run.
import { generatePassword, passwordWords } from '../../src/crypto/password';
import { checkText, containsWordRun } from '../../src/domain';
import { wordList } from '../../src/domain/passwordWords';
import { RUN_WORDS, wordRuns } from '../../src/domain/wordRun';
import { ordinaryDutch } from '../../bench/ordinaryDutch';
import { registry } from '../fixtures/rules';

const [A, B, C, D] = [wordList()[10], wordList()[500], wordList()[1000], wordList()[1500]] as [string, string, string, string];
const fullWidth = (w: string): string => [...w].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');

describe('containsWordRun', () => {
  it.each([
    ['joined by hyphens, as the pane shows it', `${A}-${B}-${C}`],
    ['in capitals', `${A}-${B}-${C}`.toUpperCase()],
    ['capitalised like a sentence', `Wachtwoord: ${A[0]!.toUpperCase()}${A.slice(1)} ${B} ${C}.`],
    ['spaced', `${A} ${B} ${C}`],
    ['one per line', `${A}\n${B}\n${C}`],
    ['numbered as the pane numbers them (copied from the pane)', `1\n${A}\n2\n${B}\n3\n${C}`],
    ['as a numbered list', `1. ${A}\n2. ${B}\n3. ${C}`],
    ['as bullets', `\u2022 ${A}\n\u2022 ${B}\n\u2022 ${C}`],
    ['with commas', `${A}, ${B}, ${C}`],
    ['with slashes and underscores', `${A}/${B}_${C}`],
    ['glued together', `${A}${B}${C}`],
    ['with a zero-width space inside a word', `${A.slice(0, 2)}\u200B${A.slice(2)} ${B} ${C}`],
    ['with a soft hyphen and a word joiner inside', `${A.slice(0, 2)}\u00AD${A.slice(2)}-${B}\u2060-${C}`],
    ['with no-break spaces', `${A}\u00A0${B}\u00A0${C}`],
    ['in full-width letters', `${fullWidth(A)} ${fullWidth(B)} ${fullWidth(C)}`],
    ['with emoji between the words', `${A} \u{1F511} ${B} \u{1F511} ${C}`],
    ['inside a sentence', `Het is ${A} ${B} ${C} en dan verder`],
  ])('finds three list words %s', (_how, text) => {
    expect(containsWordRun(text)).toBe(true);
  });

  it('finds every one of 2000 generated passwords: as shown, in capitals, without hyphens, and any three of its words in a row', () => {
    for (let i = 0; i < 2000; i++) {
      const p = generatePassword();
      const words = passwordWords(p);
      expect(containsWordRun(`Het wachtwoord is ${p}.`)).toBe(true);
      expect(containsWordRun(p.toUpperCase())).toBe(true);
      expect(containsWordRun(words.join(''))).toBe(true);
      const k = i % (words.length - 2);
      expect(containsWordRun(words.slice(k, k + 3).join(' '))).toBe(true);
    }
  });

  it.each([
    ['two list words', `${A} ${B}`],
    ['list words apart, an ordinary word between', `${A} ${B} en ${C} ${D}`],
    ['a list word inside a longer word', `${A}x ${B} ${C}x`],
    ['a list word with an accented letter', `${A.slice(0, -1)}é ${B} ${C.slice(0, -1)}é`],
    ['list words with a word in another script between', `${A} ${B} \u043a\u043e\u0442 ${C}`],
    ['short words only', 'de en op in te'],
    ['the reference and a date', 'KG-20261123-7K3M9Q op 12/05/2026'],
  ])('does not take %s for a password', (_what, text) => {
    expect(containsWordRun(text)).toBe(false);
  });

  it('counts a compound of two list words as one word, as it reads', () => {
    expect(wordRuns(`${A}${B} ${C}`, 2)).toEqual([{ words: 2, text: `${A}${B} ${C}` }]);
    expect(containsWordRun(`${A}${B} ${C}`)).toBe(false);
  });

  it('finds no run of three in ordinary Dutch: the docs, the protocols, neutral texts, sentences, signatures, the pane', () => {
    const texts = ordinaryDutch(registry);
    expect(texts.length).toBeGreaterThan(10);
    for (const { source, text } of texts) {
      expect({ source, runs: wordRuns(text, RUN_WORDS) }).toEqual({ source, runs: [] });
      // And the corpus does not hide a password: with one inside, it is found.
      expect(containsWordRun(`${text}\n${generatePassword()}\n${text}`)).toBe(true);
    }
  });

  it('refuses the run in the subject and in the body, with the same reason as the old shape', () => {
    const codes = checkText({ subject: `Doorverwijzing ${A} ${B} ${C}`, body: `1. ${B}\n2. ${C}\n3. ${D}` }).map(
      (r) => `${r.code}:${'where' in r ? r.where : ''}`,
    );
    expect(codes).toEqual(['content-password-shape:subject', 'content-password-shape:body']);
  });
});
