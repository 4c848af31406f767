// The registry that ships with the add-in (registry/protocols.json), bundled as data so the pane
// and the Send handler need no network and no file access to know the protocols.
import data from '../../registry/protocols.json';
import type { RegistryResult } from './registry';
import { parseRegistry } from './registry';

/** Parses the shipped registry. Tests and the build refuse an invalid one; shells still check `ok`. */
export function loadShippedRegistry(): RegistryResult {
  return parseRegistry(data);
}
