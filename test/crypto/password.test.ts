import { generatePassword, isAcceptablePassword, isGeneratedPassword, judgePassword, PASSWORD_ALPHABET, PASSWORD_BITS } from '../../src/crypto/password';
import { uniformIndices, type FillRandom } from '../../src/crypto/random';
import { spellPassword, spellPasswordText } from '../../src/crypto/spelling';

/** xorshift32: a fixed, reproducible stand-in for crypto.getRandomValues. */
function seeded(seed: number): FillRandom {
  let x = seed >>> 0 || 1;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      bytes[i] = x & 0xff;
    }
  };
}

describe('generatePassword', () => {
  it('is 4 groups of 4 Crockford base32 characters: 80 bits, ASCII, no I L O U', () => {
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword();
      expect(pw).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(pw).toHaveLength(19);
      expect(pw).not.toMatch(/[ILOU]/);
      expect(isGeneratedPassword(pw)).toBe(true);
    }
    expect(PASSWORD_ALPHABET).toHaveLength(32);
    expect(PASSWORD_BITS).toBeGreaterThanOrEqual(80);
  });

  it('uses the random source it is given (same seed, same password; another seed, another)', () => {
    expect(generatePassword(seeded(42))).toBe(generatePassword(seeded(42)));
    expect(generatePassword(seeded(42))).not.toBe(generatePassword(seeded(43)));
  });

  it('is uniform over the alphabet (chi-square, fixed seed)', () => {
    const counts = new Map<string, number>([...PASSWORD_ALPHABET].map((c) => [c, 0]));
    const fill = seeded(20261123);
    const passwords = 4000;
    for (let i = 0; i < passwords; i++) {
      for (const c of generatePassword(fill).replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const n = passwords * 16;
    const expected = n / 32;
    const chi2 = [...counts.values()].reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    // 31 degrees of freedom: p = 0.001 at 61.1. A biased sampler (e.g. byte % 30) lands far above.
    expect(counts.size).toBe(32);
    expect(chi2).toBeLessThan(61.1);
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

  it('refuses an impossible range', () => {
    expect(() => uniformIndices(1, 0, seeded(1))).toThrow(RangeError);
    expect(() => uniformIndices(1, 257, seeded(1))).toThrow(RangeError);
  });
});

describe('judgePassword', () => {
  it.each([
    ['', 'empty'],
    ['7K3M-Q9TX-4HNB-W2ZR', 'ok'],
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

describe('spelling aid', () => {
  it('spells each group in the Belgian spelling alphabet, digits in Dutch', () => {
    const groups = spellPassword('7K3M-Q9TX', 'nl');
    expect(groups).toEqual([
      [
        { char: '7', word: 'zeven' },
        { char: 'K', word: 'Kilogram' },
        { char: '3', word: 'drie' },
        { char: 'M', word: 'Maria' },
      ],
      [
        { char: 'Q', word: 'Quintus' },
        { char: '9', word: 'negen' },
        { char: 'T', word: 'Telefoon' },
        { char: 'X', word: 'Xavier' },
      ],
    ]);
    expect(spellPasswordText('7K3M-Q9TX', 'en')).toBe('7 seven, K Kilo, 3 three, M Mike / Q Quebec, 9 nine, T Tango, X X-ray');
  });

  it('has a word for every symbol a password can contain, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const c of PASSWORD_ALPHABET) {
        const [[spelled]] = spellPassword(c, lang) as [[{ char: string; word: string }]];
        expect(spelled.word).not.toBe(c);
        expect(spelled.word.length).toBeGreaterThan(2);
      }
    }
  });
});
