// `ADDIN_BASE_URL=https://addin.example.org/ npm run build`: a release in dist/, ready to
// host as static files, with dist/manifest.xml pointing at that address.
//
// Every step either succeeds or stops the build with a message saying what to do: a release
// that half-works (a localhost URL left in the manifest, a missing icon, an invalid registry)
// would only be noticed by users, after the admin deployed it.
// ADDIN_OUT_DIR (default dist) chooses another output folder, e.g. for tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateManifestFile } from './lib/manifest-file';
import { PROJECT_WIRING } from './lib/project-wiring';
import { findDevUrls, findLoopbackUrls, manifestVersion, parseBaseUrl, ReleaseError, rewriteManifest } from './lib/release';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.ADDIN_OUT_DIR ?? 'dist');
const rel = (p: string): string => path.relative(root, p) || '.';

function step(text: string): void {
  console.log(`build: ${text}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw new ReleaseError(`could not run ${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) throw new ReleaseError(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

function checkRegistry(): void {
  // The same file the bundles are built from (webpack.config.js); the webpack loader checks it
  // again, but this step lists every problem before anything is built.
  const file = path.resolve(root, process.env.ADDIN_REGISTRY_FILE ?? 'registry/protocols.json');
  step(`checking the protocol registry ${rel(file)} (npm run registry -- check)`);
  run('npx', ['--no-install', 'tsx', path.join(root, 'src/cli/registry.ts'), 'check', file]);
}

function webpackBuild(): void {
  step(`webpack --mode production -> ${rel(outDir)}/`);
  run('npx', ['--no-install', 'webpack', '--mode', 'production'], { ...process.env, ADDIN_OUT_DIR: outDir });
}

function copyAssets(): void {
  const target = path.join(outDir, 'assets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(root, 'assets'), target, { recursive: true });
  step(`copied assets/ -> ${rel(target)}/`);
}

function writeManifest(base: string, version: string): string {
  const xml = rewriteManifest(readFileSync(path.join(root, 'manifest.xml'), 'utf8'), base, version);
  const left = findLoopbackUrls(xml);
  if (left.length) throw new ReleaseError(`the release manifest would still point at this machine: ${left.join(', ')}`);
  const file = path.join(outDir, 'manifest.xml');
  writeFileSync(file, xml);
  step(`wrote ${rel(file)} (Version ${version}, base ${base})`);
  return file;
}

function checkNoDevUrls(): void {
  const offenders = filesUnder(outDir)
    .filter((f) => /\.(html?|m?js|css|json)$/i.test(f))
    .flatMap((f) => findDevUrls(readFileSync(f, 'utf8')).map((u) => `${rel(f)}: ${u}`));
  if (offenders.length) {
    throw new ReleaseError(`the built files still contain the development address:\n  ${offenders.join('\n  ')}`);
  }
}

function main(): void {
  const base = parseBaseUrl(process.env.ADDIN_BASE_URL);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
  const version = manifestVersion(typeof pkg.version === 'string' ? pkg.version : '');

  checkRegistry();
  webpackBuild();
  copyAssets();
  const manifest = writeManifest(base, version);
  checkNoDevUrls();

  const problems = validateManifestFile(manifest, { ...PROJECT_WIRING, expectedBase: base, built: true });
  if (problems.length) throw new ReleaseError(`${rel(manifest)} does not pass the manifest check:\n  ${problems.join('\n  ')}`);
  step(`${rel(manifest)} passes the manifest check`);
  console.log(`\nRelease ready in ${rel(outDir)}/: host it at ${base} and deploy ${rel(manifest)} (docs/manifest.md).`);
}

try {
  main();
} catch (e) {
  if (!(e instanceof ReleaseError)) throw e;
  console.error(`\nbuild failed: ${e.message}`);
  process.exit(1);
}
