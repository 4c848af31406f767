// The pane's registry arrives in its own chunk ("registry"), requested as soon as this script
// runs, while Office is still starting: the municipalities, their localities and mailboxes grow
// with every protocol (about 17 KB gzipped for 300), and none of it is needed to paint the pane.
// Usually the chunk is there before the pane first renders, and the registry is too.
import type { RegistryResult } from '../domain';
import { loadOnce, useLoaded } from './loadOnce';

const registryChunk = loadOnce(() =>
  import(/* webpackChunkName: "registry" */ '../domain/shipped').then(
    (m) => m.loadShippedRegistry(),
    // The chunk could not be fetched: the pane says the registry cannot be read, and nothing can be sent.
    (): RegistryResult => ({ ok: false, problems: [] }),
  ),
);
void registryChunk.load();

/** The shipped registry, or undefined for the moment its chunk is still on its way. */
export function useShippedRegistry(): RegistryResult | undefined {
  const registry = useLoaded(registryChunk);
  // Never 'failed': a chunk that cannot be fetched is an unreadable registry (above).
  return registry === null || registry === 'failed' ? undefined : registry;
}
