// Import cycles among the project's own modules, type-only imports included.
//
// A cycle means two modules that can only be understood together, and an order of evaluation
// that depends on who imports first. Type-only imports count: they are how a shared type ends up
// defined in the wrong module (the pane's flow.ts and mailActions.ts once needed each other's
// types). ESLint's cycle rules skip `import type`, so this uses the TypeScript compiler itself:
// it resolves every import exactly as `tsc` does.
import path from 'node:path';
import ts from 'typescript';

export type Cycle = readonly string[];

/** The project's own files each file imports (or re-exports), resolved as tsc resolves them. */
function importGraph(files: readonly string[], options: ts.CompilerOptions): Map<string, string[]> {
  const host = ts.createCompilerHost(options);
  const own = new Set(files.map((f) => path.resolve(f)));
  const graph = new Map<string, string[]>();
  for (const file of own) {
    const text = ts.sys.readFile(file) ?? '';
    const imports = ts.preProcessFile(text, true, true).importedFiles;
    const targets: string[] = [];
    for (const { fileName } of imports) {
      const resolved = ts.resolveModuleName(fileName, file, options, host).resolvedModule?.resolvedFileName;
      const target = resolved === undefined ? undefined : path.resolve(resolved);
      if (target !== undefined && own.has(target) && target !== file && !targets.includes(target)) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle, as its strongly connected component (Tarjan), each sorted, the list sorted. */
export function findImportCycles(files: readonly string[], options: ts.CompilerOptions, root = process.cwd()): Cycle[] {
  const graph = importGraph(files, options);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: Cycle[] = [];
  let next = 0;

  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.map((f) => path.relative(root, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The files and options of a tsconfig.json. */
export function projectOf(tsconfigPath: string): { files: string[]; options: ts.CompilerOptions } {
  const config = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfigPath));
  return { files: parsed.fileNames, options: parsed.options };
}
