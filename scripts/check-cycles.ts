// `npm run lint` (second half): no import cycles among the project's modules, type-only imports
// included (scripts/lib/import-cycles.ts says why). Exit 1 and every cycle listed when there is one.
import path from 'node:path';
import { findImportCycles, projectOf } from './lib/import-cycles';

const root = path.resolve(import.meta.dirname, '..');
const { files, options } = projectOf(path.join(root, 'tsconfig.json'));
const cycles = findImportCycles(files, options, root);
if (cycles.length > 0) {
  console.error(`Import cycles (${cycles.length}): modules that import each other, directly or around a ring. Move what they share into a module of its own.`);
  for (const cycle of cycles) console.error(`- ${cycle.join(' <-> ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${files.length} modules (type-only imports included).`);
