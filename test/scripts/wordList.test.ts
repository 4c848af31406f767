// The committed password word list is exactly what the script makes from the pinned packages: a
// changed source (a new package version, an edited step) fails here instead of changing the list
// silently. Run `npm run wordlist` and review the difference when it does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIST_SIZE, buildWordList, loadSources, render, soundKey } from '../../scripts/lib/wordList';
import { wordList } from '../../src/domain/passwordWords';

const root = join(__dirname, '..', '..');
const sources = loadSources(root);
const list = buildWordList(sources);
const files = render(list, sources);

describe('the password word list', () => {
  it('is what the script makes from the packages, in both committed files', () => {
    expect(readFileSync(join(root, 'src/domain/passwordWords.txt'), 'utf8')).toBe(files.text);
    expect(readFileSync(join(root, 'src/domain/generatedWords.ts'), 'utf8')).toBe(files.module);
  });

  it('unpacks in the bundles to the same words', () => {
    expect(wordList()).toEqual(list.words);
    expect(wordList()).toHaveLength(LIST_SIZE);
  });

  it('holds lower-case ASCII words of 3 to 8 letters, each once, none that sound alike', () => {
    expect(new Set(list.words).size).toBe(list.words.length);
    for (const w of list.words) expect(w).toMatch(/^[a-z]{3,8}$/);
    expect(new Set(list.words.map(soundKey)).size).toBe(list.words.length);
  });

  it('has no two words one letter apart (changed, added, dropped or two swapped)', () => {
    const words = new Set(list.words);
    for (const w of list.words) {
      for (let i = 0; i <= w.length; i++) {
        if (i < w.length && words.has(w.slice(0, i) + w.slice(i + 1))) throw new Error(`${w} / ${w.slice(0, i) + w.slice(i + 1)}`);
        if (i + 1 < w.length) {
          const swapped = w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2);
          if (swapped !== w && words.has(swapped)) throw new Error(`${w} / ${swapped}`);
        }
        for (let c = 97; c <= 122; c++) {
          const changed = w.slice(0, i) + String.fromCharCode(c) + w.slice(i + 1);
          if (i < w.length && changed !== w && words.has(changed)) throw new Error(`${w} / ${changed}`);
        }
      }
    }
  });

  it('leaves out what is spelled two ways when heard, names and hurtful words', () => {
    const names = new Set([...sources.firstNames, ...sources.lastNames]);
    for (const w of list.words) {
      expect(w).not.toMatch(/ei|ij|au|ou|dt|c|y|q|x|th|ph/);
      expect(names.has(w)).toBe(false);
    }
    for (const hurtful of ['ziekte', 'dood', 'kanker', 'schuld', 'geld', 'arm', 'bloed', 'seks', 'drugs', 'moord', 'idioot'])
      expect(list.words).not.toContain(hurtful);
  });

  it('names its sources and their licences in the header', () => {
    expect(files.text).toContain('(MIT)');
    expect(files.text).toContain('BSD-3-Clause or CC BY 3.0');
    for (const st of list.steps) expect(files.text).toContain(`- ${st.name} (${st.kept})`);
  });
});
