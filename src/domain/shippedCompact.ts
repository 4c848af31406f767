// The shipped registry in the compact form a bundle carries (compact.ts).
//
// In the bundles this module's text is replaced at build time by the data itself (webpack.config.js,
// scripts/lib/registry-loader.cjs): the 'send' form in onsend.js, the 'pane' form in the pane's
// registry chunk, each generated from a registry file that passed every check; an invalid file
// stops the build. Run from source (tests, scripts), the same form is computed here from the same
// file, so no build is needed first. test/domain/shipped.test.ts holds the two to the same result.
import data from '../../registry/protocols.json';
import type { CompactRegistry } from './compact';
import { compactRegistry } from './compact';
import { parseRegistry } from './registryFile';

export function shippedCompact(): CompactRegistry {
  const r = parseRegistry(data);
  if (!r.ok) throw new Error(`registry/protocols.json is not a valid registry:\n${r.problems.map((p) => p.message.en).join('\n')}`);
  return compactRegistry(r.records, 'pane');
}
