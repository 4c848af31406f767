// `npm run validate [-- <manifest> [--base <url>] [--built]]`: the offline manifest check
// (scripts/lib/manifest-check.ts). Exits 1 and names each offending element.
//
//   npm run validate                                   manifest.xml, whose base must be https://localhost:3000/
//   npm run validate -- dist/manifest.xml --built      a release: every URL must be a built file, no localhost
//   npm run validate -- dist/manifest.xml --built --base https://addin.example.org/
import { validateManifestFile } from './lib/manifest-file';
import { PROJECT_WIRING } from './lib/project-wiring';
import { DEV_BASE } from './lib/release';

type Args = { file: string; base?: string; built: boolean };

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let base: string | undefined;
  let built = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--built') built = true;
    else if (a === '--base') {
      base = argv[++i];
      if (!base) throw new Error('--base needs a URL');
    } else if (a?.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (a !== undefined) file = a;
  }
  // The committed manifest must point at the dev server; a named file is only checked for
  // consistency with its own base unless --base says which base to expect.
  return { file: file ?? 'manifest.xml', base: base ?? (file === undefined ? DEV_BASE : undefined), built };
}

let args: Args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`validate-manifest: ${e instanceof Error ? e.message : String(e)}`);
  console.error('usage: npm run validate -- [manifest.xml] [--base https://host/path/] [--built]');
  process.exit(2);
}
const problems = validateManifestFile(args.file, { ...PROJECT_WIRING, ...(args.base ? { expectedBase: args.base } : {}), built: args.built });
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`\n${args.file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(`${args.file}: OK${args.base ? ` (base ${args.base})` : ''}${args.built ? ', every file present' : ''}`);
