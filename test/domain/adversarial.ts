// Texts that defeat naive text rules (quadratic patterns, a loop per window): 2 MB each. Fed to
// every text rule in Node (linearTime.test.ts) and to the built Send bundle in the ES2016 context
// (test/onsend/bundle.test.ts).
const MB2 = 2 * 1024 * 1024;

export const ADVERSARIAL: ReadonlyArray<readonly [string, string]> = [
  ['one 2 MB token', 'a'.repeat(MB2)],
  ['2 MB of separators', ' ,.;-/'.repeat(MB2 / 6)],
  ['2 MB of digits', '7'.repeat(MB2)],
  ['2 MB of "@"', '@'.repeat(MB2)],
  ['2 MB of "."', '.'.repeat(MB2)],
  ['2 MB of soft hyphens', '\u00AD'.repeat(MB2)],
  ['2 MB of zero-width spaces', '\u200B'.repeat(MB2)],
  ['one 2 MB token of Crockford symbols', '7K3M'.repeat(MB2 / 4)],
];

/** CPU milliseconds of `run` (user + system), the best of three: other work on a shared machine does not count. */
export async function cpuMs(run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * How a rule's time grows: CPU time on the whole text and on its first quarter. Linear work is
 * about 4x; quadratic work 16x. A ratio, unlike a fixed budget, holds on a loaded machine as on a
 * quiet one (both runs slow down alike); the absolute figures (the 200 ms target per rule, on this
 * project's reference machine) are measured by `npm run bench:linear` and kept in BENCHMARKS.md.
 */
export async function growth(run: (text: string) => unknown, text: string): Promise<{ full: number; quarter: number }> {
  const quarter = await cpuMs(() => run(text.slice(0, text.length / 4)));
  const full = await cpuMs(() => run(text));
  return { full, quarter };
}

/** Linear within noise: at most 8x for 4x the input (quadratic is 16x), plus 50 ms of measuring noise. */
export const LINEAR_GROWTH = 8;
export const GROWTH_NOISE_MS = 50;
/**
 * How long jest waits for one growth test: six runs of a rule on up to 2 MB. Far above what they
 * take (CPU time, judged by the ratio), so a loaded machine slows them without failing them.
 */
export const LINEAR_TEST_TIMEOUT_MS = 120_000;
