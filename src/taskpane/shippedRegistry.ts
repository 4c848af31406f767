// The pane's registry arrives in its own chunk ("registry"), requested as soon as this script
// runs, while Office is still starting: the municipalities, their localities and mailboxes grow
// with every protocol (about 17 KB gzipped for 300), and none of it is needed to paint the pane.
// Usually the chunk is there before the pane first renders, and the registry is too.
import { useEffect, useState } from 'react';
import type { RegistryResult } from '../domain';

let loaded: RegistryResult | undefined;
const loading: Promise<RegistryResult> = import(/* webpackChunkName: "registry" */ '../domain/shipped').then(
  (m) => m.loadShippedRegistry(),
  // The chunk could not be fetched: the pane says the registry cannot be read, and nothing can be sent.
  (): RegistryResult => ({ ok: false, problems: [] }),
);
void loading.then((r) => {
  loaded = r;
});

/** The shipped registry, or undefined for the moment its chunk is still on its way. */
export function useShippedRegistry(): RegistryResult | undefined {
  const [registry, setRegistry] = useState(loaded);
  useEffect(() => {
    if (registry !== undefined) return undefined;
    let live = true;
    void loading.then((r) => {
      if (live) setRegistry(r);
    });
    return () => {
      live = false;
    };
  }, [registry]);
  return registry;
}
