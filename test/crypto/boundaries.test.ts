// The pane's main bundle may import src/crypto/index.ts and src/crypto/browser.ts; neither may
// drag zip.js (about 500 KB) in with it: zip.js belongs in the worker chunk only.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '..', '..', 'src', 'crypto');

/** Runtime (non type-only) imports of a module, followed through relative paths. */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) runtimeImports(path.resolve(path.dirname(file), `${spec}.ts`), seen);
    else seen.add(spec);
  }
  return seen;
}

it.each(['index.ts', 'browser.ts'])('%s does not import zip.js, even indirectly', (entry) => {
  const imports = [...runtimeImports(path.join(DIR, entry))];
  expect(imports.filter((i) => i.includes('@zip.js'))).toEqual([]);
  expect(imports.some((i) => i.endsWith('zip.ts'))).toBe(false);
});

it('the worker does import it (the check above can see an import)', () => {
  expect([...runtimeImports(path.join(DIR, 'worker.ts'))]).toContain('@zip.js/zip.js');
});
