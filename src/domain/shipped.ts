// The registry that ships with the add-in, as validated data: the build checks
// registry/protocols.json and puts into each bundle the compact form it needs (compact.ts,
// shippedCompact.ts), so neither the pane nor the Send check parses anything at start-up.
import { expandRegistry } from './compact';
import type { RegistryResult } from './registry';
import { shippedCompact } from './shippedCompact';

let shipped: RegistryResult | undefined;

/**
 * The shipped registry, made once. In a build it is always ok (the build stops on an invalid
 * file); it stays a result because the shells that use it are written to refuse when it is not.
 */
export function loadShippedRegistry(): RegistryResult {
  if (shipped === undefined) shipped = { ok: true, registry: expandRegistry(shippedCompact()) };
  return shipped;
}
