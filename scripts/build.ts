// `ADDIN_BASE_URL=https://addin.example.org/ npm run build`: a release in dist/, ready to
// host as static files, with dist/manifest.xml pointing at that address.
//
// Every step either succeeds or stops the build with a message saying what to do: a release
// that half-works (a localhost URL left in the manifest, a missing icon, an invalid registry)
// would only be noticed by users, after the admin deployed it.
// ADDIN_OUT_DIR (default dist) chooses another output folder, e.g. for tests.
//
// Channels (ADDIN_CHANNEL, docs/versioning.md):
//   release (default)  the add-in everybody gets: manifest.xml's Id, SendMode Block
//   pilot              a second add-in beside it for a pilot group: its own fixed Id, SoftBlock
//   test               `npm run build:web`: the browser tests' build, with the fixture registry
//                      (ADDIN_REGISTRY_FILE); never deployed
// A release and a pilot are always built from registry/protocols.json: ADDIN_REGISTRY_FILE is
// refused for them, so no test registry can ship.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseInfo } from '../src/domain/release';
import { validateManifestFile } from './lib/manifest-file';
import { PROJECT_WIRING } from './lib/project-wiring';
import type { BuildChannel } from './lib/release';
import { findDevUrls, findLoopbackUrls, manifestVersion, parseBaseUrl, ReleaseError, rewriteManifest } from './lib/release';
import { readReleaseSettings } from './lib/release-settings';
import { releaseInfo } from './lib/shipped-registry';
import { renderSupportPage } from './lib/support-page';

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

const SHIPPED_REGISTRY = path.join(root, 'registry', 'protocols.json');
const FIXTURE_REGISTRY = path.join(root, 'test', 'fixtures', 'registry.json');

type Plan = { channel: BuildChannel; registryFile: string; env: NodeJS.ProcessEnv };

/** The channel and registry of this build, or a ReleaseError saying what to change. */
function plan(argv: readonly string[], env: NodeJS.ProcessEnv): Plan {
  const testBuild = argv.includes('--test');
  const unknown = argv.filter((a) => a !== '--test');
  if (unknown.length) throw new ReleaseError(`unknown argument ${unknown.join(' ')}: npm run build takes no arguments (npm run build:web adds --test)`);
  const raw = (env.ADDIN_CHANNEL ?? '').trim() || (testBuild ? 'test' : 'release');
  if (testBuild && raw !== 'test') throw new ReleaseError(`--test builds the test channel, but ADDIN_CHANNEL is "${raw}"`);
  if (raw !== 'release' && raw !== 'pilot' && raw !== 'test')
    throw new ReleaseError(`ADDIN_CHANNEL "${raw}" is not a channel: use release (the default) or pilot`);
  const channel: BuildChannel = raw;
  const override = (env.ADDIN_REGISTRY_FILE ?? '').trim();
  if (override && channel !== 'test') {
    throw new ReleaseError(
      `ADDIN_REGISTRY_FILE is for test builds only (npm run build:web); a ${channel} is always built from registry/protocols.json. Unset ADDIN_REGISTRY_FILE.`,
    );
  }
  const registryFile = override ? path.resolve(root, override) : channel === 'test' ? FIXTURE_REGISTRY : SHIPPED_REGISTRY;
  const base = channel === 'test' && !(env.ADDIN_BASE_URL ?? '').trim() ? { ADDIN_BASE_URL: 'https://addin.example.org/' } : {};
  return { channel, registryFile, env: { ...env, ...base, ADDIN_CHANNEL: channel, ADDIN_REGISTRY_FILE: registryFile, ADDIN_OUT_DIR: outDir } };
}

function checkRegistry(file: string): void {
  // The same file the bundles are built from (webpack.config.js); the webpack loader checks it
  // again, but this step lists every problem before anything is built.
  step(`checking the protocol registry ${rel(file)} (npm run registry -- check)`);
  run('npx', ['--no-install', 'tsx', path.join(root, 'src/cli/registry.ts'), 'check', file]);
}

function webpackBuild(env: NodeJS.ProcessEnv): void {
  step(`webpack --mode production -> ${rel(outDir)}/`);
  run('npx', ['--no-install', 'webpack', '--mode', 'production'], env);
}

function copyAssets(info: ReleaseInfo): void {
  const target = path.join(outDir, 'assets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(root, 'assets'), target, { recursive: true });
  const support = path.join(target, 'support.html');
  writeFileSync(support, renderSupportPage(readFileSync(support, 'utf8'), info));
  step(
    `copied assets/ -> ${rel(target)}/ (support.html: version ${info.version}, registry ${info.registry}${info.helpdesk ? `, helpdesk ${info.helpdesk.name}` : ''})`,
  );
}

function writeManifest(base: string, version: string, channel: BuildChannel): string {
  const xml = rewriteManifest(readFileSync(path.join(root, 'manifest.xml'), 'utf8'), base, version, channel);
  const left = findLoopbackUrls(xml);
  if (left.length) throw new ReleaseError(`the release manifest would still point at this machine: ${left.join(', ')}`);
  const file = path.join(outDir, 'manifest.xml');
  writeFileSync(file, xml);
  step(`wrote ${rel(file)} (${channel}, Version ${version}, base ${base})`);
  return file;
}

/** version.json: what this release is, for the probe (npm run probe), hosting/release.sh and support. */
function writeVersionFile(info: ReleaseInfo): void {
  const { version, channel, registry, protocols } = info;
  writeFileSync(path.join(outDir, 'version.json'), `${JSON.stringify({ version, channel, registry, protocols }, null, 2)}\n`);
  step(`wrote ${rel(path.join(outDir, 'version.json'))}`);
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
  const { channel, registryFile, env } = plan(process.argv.slice(2), process.env);
  const base = parseBaseUrl(env.ADDIN_BASE_URL);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
  const version = manifestVersion(typeof pkg.version === 'string' ? pkg.version : '');
  const settings = readReleaseSettings(env, 'release');
  if (!settings.ok) throw new ReleaseError(`the build settings are not usable:\n  ${settings.problems.join('\n  ')}`);

  checkRegistry(registryFile);
  const about = releaseInfo(registryFile, path.join(root, 'package.json'), env);
  if (!about.ok) throw new ReleaseError(about.message);
  const info = about.info;
  if (!info.helpdesk) step('no helpdesk set (ADDIN_HELPDESK_NAME, _PHONE, _EMAIL, _URL): the pane and support.html say "your IT helpdesk"');
  webpackBuild(env);
  copyAssets(info);
  const manifest = writeManifest(base, version, channel);
  writeVersionFile(info);
  checkNoDevUrls();

  const problems = validateManifestFile(manifest, { ...PROJECT_WIRING, expectedBase: base, built: true });
  if (problems.length) throw new ReleaseError(`${rel(manifest)} does not pass the manifest check:\n  ${problems.join('\n  ')}`);
  step(`${rel(manifest)} passes the manifest check`);
  const what = { release: 'Release', pilot: 'Pilot', test: 'TEST build (not for deployment)' }[channel];
  console.log(`\n${what} ${info.version} (registry ${info.registry}, ${info.protocols} protocols) ready in ${rel(outDir)}/.`);
  if (channel !== 'test') {
    console.log(`Host it at ${base} as releases/${info.version}-${info.registry}/ and switch to it (docs/admin.md, section 2);`);
    console.log(`deploy ${rel(manifest)} only when the manifest changed (docs/versioning.md).`);
  }
}

try {
  main();
} catch (e) {
  if (!(e instanceof ReleaseError)) throw e;
  console.error(`\nbuild failed: ${e.message}`);
  process.exit(1);
}
