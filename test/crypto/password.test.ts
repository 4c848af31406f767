import {
  generatePassword,
  isAcceptablePassword,
  isGeneratedPassword,
  judgePassword,
  passwordWords,
  PASSWORD_BITS,
  PASSWORD_WORD_COUNT,
} from '../../src/crypto/password';
import { uniformIndices, type FillRandom } from '../../src/crypto/random';
import { wordList } from '../../src/domain/passwordWords';
import { seeded } from '../fixtures/seededRandom';

describe('generatePassword', () => {
  const list = new Set(wordList());

  it('is 7 words of the list joined by hyphens: 77 bits, lower-case ASCII, nothing else', () => {
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword();
      expect(pw).toMatch(/^[a-z]{3,8}(-[a-z]{3,8}){6}$/);
      expect(passwordWords(pw)).toHaveLength(7);
      for (const w of passwordWords(pw)) expect(list.has(w)).toBe(true);
      expect(isGeneratedPassword(pw)).toBe(true);
    }
    expect(wordList()).toHaveLength(2048);
    expect(PASSWORD_WORD_COUNT).toBe(7);
    expect(PASSWORD_BITS).toBe(77);
  });

  it('uses the random source it is given (same seed, same password; another seed, another)', () => {
    expect(generatePassword(seeded(42))).toBe(generatePassword(seeded(42)));
    expect(generatePassword(seeded(42))).not.toBe(generatePassword(seeded(43)));
  });

  it('is uniform over the list (chi-square, fixed seed)', () => {
    const index = new Map(wordList().map((w, i) => [w, i]));
    const counts = new Array<number>(wordList().length).fill(0);
    const fill = seeded(20261123);
    const passwords = 20_000;
    for (let i = 0; i < passwords; i++) for (const w of passwordWords(generatePassword(fill))) counts[index.get(w)!]! += 1;
    const n = passwords * 7;
    const expected = n / counts.length;
    const chi2 = counts.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    // 2047 degrees of freedom: p = 0.001 at about 2,253. Words picked by (16-bit value % 2000)
    // would put 2,048 words' worth of draws on 2,000 and land far above.
    expect(chi2).toBeLessThan(2253);
  });

  it('the chi-square check does catch modulo bias', () => {
    // Same statistic on a deliberately biased mapping (byte % 30 over 32 symbols' worth of bytes).
    const fill = seeded(7);
    const counts = new Array<number>(30).fill(0);
    const bytes = new Uint8Array(64_000);
    fill(bytes);
    for (const b of bytes) counts[b % 30]! += 1;
    const expected = bytes.length / 30;
    const chi2 = counts.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeGreaterThan(58.3); // p = 0.001 for 29 degrees of freedom
  });
});

describe('uniformIndices (rejection sampling)', () => {
  it('rejects the bytes that would bias the result', () => {
    // For n = 10 only bytes < 250 are usable: 250..255 must be skipped, not folded onto 0..5.
    const script = [250, 251, 252, 253, 254, 255, 7, 249];
    let k = 0;
    const fill: FillRandom = (bytes) => {
      for (let i = 0; i < bytes.length; i++) bytes[i] = script[k++ % script.length]!;
    };
    expect(uniformIndices(2, 10, fill)).toEqual([7, 9]);
  });

  it('above 256, draws two bytes and rejects the values that would bias the result', () => {
    // For n = 3000 only values < 63,000 (21 x 3000) are usable: 0xF618 = 63,000 must be skipped.
    const script = [0xf6, 0x18, 0xff, 0xff, 0x00, 0x07, 0x0b, 0xb8];
    let k = 0;
    const fill: FillRandom = (bytes) => {
      for (let i = 0; i < bytes.length; i++) bytes[i] = script[k++ % script.length]!;
    };
    expect(uniformIndices(2, 3000, fill)).toEqual([7, 0]);
  });

  it('refuses an impossible range', () => {
    expect(() => uniformIndices(1, 0, seeded(1))).toThrow(RangeError);
    expect(() => uniformIndices(1, 65537, seeded(1))).toThrow(RangeError);
  });
});

describe('judgePassword', () => {
  it.each([
    ['', 'empty'],
    ['7K3M-Q9TX-4HNB-W2ZR', 'ok'],
    [wordList().slice(100, 107).join('-'), 'ok'],
    [wordList().slice(100, 102).join('-'), 'weak'],
    ['wachtwoord', 'weak'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'weak'],
    ['Kind&Gezin2026!', 'weak'],
    ['correct-horse-battery-staple-x7', 'ok'],
    ['7K3M-Q9TX-4HNB-W2ZRé', 'not-ascii'],
  ] as const)('%j -> %s', (pw, verdict) => {
    expect(judgePassword(pw)).toBe(verdict);
    expect(isAcceptablePassword(pw)).toBe(verdict === 'ok');
  });
});
