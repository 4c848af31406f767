// The shipped registry as the bundles carry it, generated when they are built (registry-loader.cjs
// applies it to src/domain/shippedCompact.ts and shippedRecords.ts). The registry file is read and
// checked exactly as `npm run registry -- check` does; an invalid one stops the build with every
// problem listed, so a bundle can only ever hold a registry that passed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFileAtMost } from '../../src/cli/files';
import type { ReleaseInfo } from '../../src/domain/release';
import { registryDigest, versionLabel } from '../../src/domain/release';
import { readReleaseSettings } from './release-settings';
import type { LocalizedText, RuntimeForm } from '../../src/domain';
import { MAX_REGISTRY_BYTES, compactRegistry, parseRegistryBytes, problem } from '../../src/domain';

/** 'send' for onsend.js, 'pane' for the pane's registry chunk, 'records' for its record screens. */
export type ShippedForm = RuntimeForm | 'records';
/** What the loader can generate: a form of the registry, or the release info (shippedRelease.ts). */
export type LoaderForm = ShippedForm | 'release';
export type Generated = { readonly ok: true; readonly code: string; readonly protocols: number } | { readonly ok: false; readonly message: string };

const both = (m: LocalizedText): string => `- ${m.nl}\n  ${m.en}`;

/** `packageFile`: the package.json whose version a 'release' module carries. */
export function shippedModule(file: string, form: LoaderForm, packageFile?: string): Generated {
  if (form === 'release') return releaseModule(file, packageFile ?? 'package.json', process.env);
  const read = readFileAtMost(file, MAX_REGISTRY_BYTES);
  if (!read.ok) return { ok: false, message: both(problem('cli-file', { file, trouble: read.trouble, detail: read.detail }).message) };
  const r = parseRegistryBytes(read.bytes);
  if (!r.ok) {
    const head = problem('cli-registry-invalid', { file }).message;
    return { ok: false, message: [`${head.nl}\n${head.en}`, ...r.problems.map((p) => both(p.message))].join('\n') };
  }
  const data = form === 'records' ? r.records : compactRegistry(r.records, form);
  // A JSON text is a JavaScript expression, once U+2028 and U+2029 are escaped (ES2016 reads them
  // as line ends inside a string). The keys are the schema's own (strictObject), so no "__proto__".
  const literal = JSON.stringify(data)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const name = form === 'records' ? 'shippedRecords' : 'shippedCompact';
  const code = [
    `// Generated when this bundle was built, from ${path.basename(file)} (${r.records.length} protocols, checked): form '${form}'.`,
    '// See src/domain/shippedCompact.ts and scripts/lib/shipped-registry.ts.',
    'let data;',
    `export function ${name}() {`,
    `  if (data === undefined) data = ${literal};`,
    '  return data;',
    '}',
    '',
  ].join('\n');
  return { ok: true, code, protocols: r.records.length };
}

/** The release info of this build, checked: package.json's version, the settings, the registry's digest. */
export function releaseInfo(file: string, packageFile: string, env: NodeJS.ProcessEnv): { ok: true; info: ReleaseInfo } | { ok: false; message: string } {
  const settings = readReleaseSettings(env, 'development');
  if (!settings.ok) return { ok: false, message: settings.problems.map((p) => `- ${p}`).join('\n') };
  const read = readFileAtMost(file, MAX_REGISTRY_BYTES);
  if (!read.ok) return { ok: false, message: both(problem('cli-file', { file, trouble: read.trouble, detail: read.detail }).message) };
  const r = parseRegistryBytes(read.bytes);
  if (!r.ok) return { ok: false, message: both(problem('cli-registry-invalid', { file }).message) };
  const pkg = JSON.parse(readFileSync(packageFile, 'utf8')) as { version?: unknown };
  const version = typeof pkg.version === 'string' ? pkg.version : '';
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) return { ok: false, message: `- package.json version "${version}" is not plain x.y.z` };
  const { channel, helpdesk } = settings.settings;
  return { ok: true, info: { version: versionLabel(version, channel), channel, registry: registryDigest(r.records), protocols: r.records.length, helpdesk } };
}

function releaseModule(file: string, packageFile: string, env: NodeJS.ProcessEnv): Generated {
  const r = releaseInfo(file, packageFile, env);
  if (!r.ok) return { ok: false, message: r.message };
  const literal = JSON.stringify(r.info)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const code = [
    `// Generated when this bundle was built (${r.info.version}, registry ${r.info.registry} from ${path.basename(file)}). See src/domain/shippedRelease.ts.`,
    `const info = ${literal};`,
    'export function shippedRelease() {',
    '  return info;',
    '}',
    '',
  ].join('\n');
  return { ok: true, code, protocols: r.info.protocols };
}
