// `npm run bench:word-runs`: the word-password rule (src/domain/wordRun.ts) against ordinary Dutch
// (bench/ordinaryDutch.ts: the repo's docs, the protocols, the neutral texts, the false-block
// sentences, the pane's words). Target: no run of RUN_WORDS list words (0 false blocks); runs of
// two are printed to show how close prose comes. Also the rule's time on 2 MB of adversarial
// input (linear: target < 200 ms, as the other text rules). Recorded by hand in BENCHMARKS.md.
import { loadShippedRegistry } from '../src/domain';
import { BITS_PER_WORD, wordList, WORDS_PER_PASSWORD } from '../src/domain/passwordWords';
import { RUN_WORDS, containsWordRun, wordRuns } from '../src/domain/wordRun';
import { ordinaryDutch } from './ordinaryDutch';

function main(): void {
  const loaded = loadShippedRegistry();
  if (!loaded.ok) throw new Error('the shipped registry does not load');
  console.log(
    `list: ${wordList().length} words, ${BITS_PER_WORD} bits each; password: ${WORDS_PER_PASSWORD} words, ${WORDS_PER_PASSWORD * BITS_PER_WORD} bits; rule: ${RUN_WORDS} in a row`,
  );
  let chars = 0;
  let found = 0;
  for (const { source, text } of ordinaryDutch(loaded.registry)) {
    chars += text.length;
    const twos = wordRuns(text, 2);
    const long = twos.filter((r) => r.words >= RUN_WORDS);
    found += long.length;
    const shown = twos.map((r) => JSON.stringify(r.text.replace(/\s+/g, ' '))).join(', ');
    console.log(
      `  ${source.padEnd(48)} ${String(text.length).padStart(7)} chars  runs of ${RUN_WORDS}+: ${long.length}  runs of 2: ${twos.length - long.length}${shown ? `  (${shown})` : ''}`,
    );
  }
  console.log(`ordinary Dutch: ${chars} characters, ${found} run(s) of ${RUN_WORDS} or more list words  target 0: ${found === 0 ? 'met' : 'MISSED'}`);

  const MB2 = 2 * 1024 * 1024;
  const word = wordList()[100] as string;
  const inputs: Array<[string, string]> = [
    ['2 MB of one letter', 'a'.repeat(MB2)],
    ['2 MB of list words two at a time', `${word} ${word} en `.repeat(Math.floor(MB2 / (2 * word.length + 5)))],
    ['2 MB of glued list-word prefixes', `${word.slice(0, -1)}`.repeat(Math.floor(MB2 / (word.length - 1)))],
    ['2 MB of separators and invisible characters', '-\u200b '.repeat(Math.floor(MB2 / 3))],
  ];
  let slow = 0;
  for (const [label, text] of inputs) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.cpuUsage();
      containsWordRun(text);
      const t = process.cpuUsage(t0);
      times.push((t.user + t.system) / 1000);
    }
    times.sort((a, b) => a - b);
    const median = times[2] as number;
    if (median >= 200) slow++;
    console.log(`  ${label.padEnd(48)} ${median.toFixed(0)} ms CPU (median of 5)  target < 200 ms: ${median < 200 ? 'met' : 'MISSED'}`);
  }
  process.exitCode = found === 0 && slow === 0 ? 0 : 1;
}

main();
