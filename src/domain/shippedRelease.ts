// What this build is (release.ts): the add-in's version and channel, the identifier of the
// registry compiled into it, and the helpdesk contact.
//
// In the bundles this module's text is replaced at build time (webpack.config.js,
// scripts/lib/registry-loader.cjs, form 'release') by the values themselves: the version from
// package.json, ADDIN_CHANNEL, the digest of the registry file the bundles carry, and the
// ADDIN_HELPDESK_* settings, each checked. Run from source (tests, scripts) it is computed here
// from the same files, on the development channel without a helpdesk, so no build is needed first.
import pkg from '../../package.json';
import data from '../../registry/protocols.json';
import type { ReleaseInfo } from './release';
import { registryDigest, versionLabel } from './release';
import { parseRegistry } from './registryFile';

let info: ReleaseInfo | undefined;

export function shippedRelease(): ReleaseInfo {
  if (info === undefined) {
    const r = parseRegistry(data);
    if (!r.ok) throw new Error(`registry/protocols.json is not a valid registry:\n${r.problems.map((p) => p.message.en).join('\n')}`);
    info = {
      version: versionLabel(pkg.version, 'development'),
      channel: 'development',
      registry: registryDigest(r.records),
      protocols: r.records.length,
      helpdesk: null,
    };
  }
  return info;
}
