// The pane reaches src/crypto through its lazy taskpane/cryptoDeps.ts, and its `encrypt` chunk
// src/cryptoWorker/client.ts; neither may drag zip.js (about 500 KB) in with it: zip.js belongs in
// the worker chunk only. And src/crypto stays the pure half: nothing in it reaches the worker adapter.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', 'src');

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

it.each(['taskpane/cryptoDeps.ts', 'cryptoWorker/client.ts'])('%s does not import zip.js, even indirectly', (entry) => {
  const imports = [...runtimeImports(path.join(SRC, entry))];
  expect(imports.filter((i) => i.includes('@zip.js'))).toEqual([]);
  expect(imports.some((i) => i.endsWith(`${path.sep}zip.ts`))).toBe(false);
});

it('the worker does import it (the check above can see an import)', () => {
  expect([...runtimeImports(path.join(SRC, 'cryptoWorker', 'worker.ts'))]).toContain('@zip.js/zip.js');
});

it('src/crypto imports nothing of the worker adapter', () => {
  for (const file of readdirSync(path.join(SRC, 'crypto')).filter((f) => f.endsWith('.ts'))) {
    expect([file, [...runtimeImports(path.join(SRC, 'crypto', file))].filter((i) => i.includes('cryptoWorker'))]).toEqual([file, []]);
  }
});
