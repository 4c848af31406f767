// No text rule takes time that grows faster than its input: every rule, fed 2 MB of what defeats
// naive patterns (one endless token, endless separators, digits, "@", ".", soft hyphens,
// zero-width spaces), grows linearly: 4x the input costs about 4x the CPU time (best of three),
// never near the 16x of a quadratic rule, and stays far under a ceiling. The absolute figures
// (target: under 200 ms each) are a benchmark, `npm run bench:linear`, not a timed test. The same
// inputs run through the built Send bundle in the ES2016 context in test/onsend/bundle.test.ts.
import { buildTraces, checkText, containsNationalNumber, containsPassword, containsPasswordShape, containsWordRun, traceMatcher } from '../../src/domain';
import { ADVERSARIAL, GROWTH_NOISE_MS, LINEAR_GROWTH, LINEAR_TEST_TIMEOUT_MS, growth } from './adversarial';
import { SALT } from '../fixtures/rules';

const traces = buildTraces(
  { client: { firstName: 'Wout', lastName: 'Van den Broeck', phone: '0470 12 34 56', email: 'jan.vdb@example.org' }, fileName: 'Verwijsformulier Kristof.pdf' },
  SALT,
);

const RULES: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['password shape', containsPasswordShape],
  ['word password (a run of list words)', containsWordRun],
  ['national register number', containsNationalNumber],
  ['the known password', (text) => containsPassword(text, '7K3M-Q9TX-4HNB-W2ZR')],
  ['client traces (name, phone, e-mail, file words)', (text) => traceMatcher(traces).find(text)],
];

// A ceiling no linear rule comes near even on a loaded machine (quiet: under 200 ms, BENCHMARKS.md),
// while a quadratic one on 2 MB takes minutes.
const CEILING_MS = 2000;
const MB2 = 2 * 1024 * 1024;

describe('every text rule is linear: 2 MB of adversarial input', () => {
  for (const [rule, run] of RULES) {
    it.each(ADVERSARIAL.map(([what, text]) => [what, text] as const))(
      `${rule}: %s`,
      async (_what, text) => {
        const { full, quarter } = await growth(run, text);
        expect(full).toBeLessThan(CEILING_MS);
        expect(full).toBeLessThan(LINEAR_GROWTH * quarter + GROWTH_NOISE_MS);
      },
      LINEAR_TEST_TIMEOUT_MS,
    );
  }

  // Inputs that defeat the word-password rule in particular, made here rather than kept beside
  // ADVERSARIAL, whose strings every rule's test holds in memory: a token that starts a list word
  // at every letter ("aandee" of "aandeel"), and list words two at a time, one short of a run.
  it.each([
    ['one 2 MB token of list-word beginnings', () => 'aandee'.repeat(MB2 / 6)],
    ['2 MB of list words two at a time', () => 'aandeel aangifte en '.repeat(MB2 / 20)],
  ])(
    'word password (a run of list words): %s',
    async (_what, make) => {
      const text = make();
      expect(containsWordRun(text)).toBe(false);
      const { full, quarter } = await growth(containsWordRun, text);
      expect(full).toBeLessThan(CEILING_MS);
      expect(full).toBeLessThan(LINEAR_GROWTH * quarter + GROWTH_NOISE_MS);
    },
    LINEAR_TEST_TIMEOUT_MS,
  );

  it(
    'the whole text check reads at most 1 MiB of a 2 MB body, and says so',
    () => {
      for (const [, text] of ADVERSARIAL) {
        const codes = checkText({ subject: '', body: text, traces }).map((r) => r.code);
        expect(codes).toContain('content-not-fully-checked');
      }
    },
    LINEAR_TEST_TIMEOUT_MS,
  );
});
