// `npm run wordlist`: makes the password word list from the packages (scripts/lib/wordList.ts)
// and writes src/domain/passwordWords.txt (to read) and src/domain/generatedWords.ts (for the
// bundles). Prints the steps and how many words each left.
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
