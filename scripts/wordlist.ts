// `npm run wordlist`: makes the password word list from the packages (scripts/lib/wordList.ts)
// and writes src/domain/passwordWords.txt (to read) and src/domain/generatedWords.ts (for the
// bundles). Prints the steps and how many words each left; `npm run wordlist -- --removed <step>`
// also prints the words that step took out, for review.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWordList, loadSources, render } from './lib/wordList';

const root = process.cwd();
const sources = loadSources(root);
const list = buildWordList(sources);
const { text, module } = render(list, sources);
writeFileSync(join(root, 'src/domain/passwordWords.txt'), text);
writeFileSync(join(root, 'src/domain/generatedWords.ts'), module);
for (const st of list.steps) console.log(`${st.name.padEnd(24)} ${String(st.kept).padStart(6)}  ${st.why}`);
console.log(`${list.words.length} words written to src/domain/passwordWords.txt and src/domain/generatedWords.ts`);
const asked = process.argv.indexOf('--removed');
if (asked >= 0) {
  const name = process.argv[asked + 1];
  const st = list.steps.find((s) => s.name === name);
  if (!st) {
    console.error(`no step named ${String(name)}; the steps: ${list.steps.map((s) => s.name).join(', ')}`);
    process.exitCode = 2;
  } else console.log(`removed by ${st.name}: ${st.removed.join(' ')}`);
}
