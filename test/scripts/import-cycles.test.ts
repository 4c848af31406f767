// The cycle check of `npm run lint`: it must find a cycle made only of type imports (ESLint's
// cycle rules do not), name its modules, and pass the project as it is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { findImportCycles, projectOf } from '../../scripts/lib/import-cycles';

const options: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 };
let dir: string;
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cycles-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('finds a cycle of type-only imports, and names its modules', () => {
  const files = [
    file('flow.ts', "import type { Prior } from './mailActions';\nexport type Flow = { prior: Prior };\n"),
    file('mailActions.ts', "import type { Flow } from './flow';\nexport type Prior = { flow?: Flow };\n"),
    file('other.ts', "import type { Flow } from './flow';\nexport type Other = Flow;\n"),
  ];
  expect(findImportCycles(files, options, dir)).toEqual([['flow.ts', 'mailActions.ts']]);
});

test('finds a ring of three, through a re-export', () => {
  const files = [
    file('a.ts', "import { b } from './b';\nexport const a = (): number => b() + 1;\n"),
    file('b.ts', "export { c as b } from './c';\n"),
    file('c.ts', "import type { a } from './a';\nexport const c = (): number => 1;\nexport type A = typeof a;\n"),
  ];
  expect(findImportCycles(files, options, dir)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
});

test('a chain is no cycle', () => {
  const files = [file('a.ts', "import { b } from './b';\nexport const a = b;\n"), file('b.ts', 'export const b = 1;\n')];
  expect(findImportCycles(files, options, dir)).toEqual([]);
});

test('the project has none', () => {
  const root = path.join(__dirname, '..', '..');
  const { files, options: projectOptions } = projectOf(path.join(root, 'tsconfig.json'));
  expect(files.length).toBeGreaterThan(100);
  expect(findImportCycles(files, projectOptions, root)).toEqual([]);
});
