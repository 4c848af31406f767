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
