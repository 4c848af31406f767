// The pane's one way to load a chunk once and remember it (the registry, the rules, the
// encryption side): async code awaits load(), render code reads loaded() synchronously, and a
// component that needs it re-renders when it arrives (useLoaded).
import { useEffect, useState } from 'react';

export type Once<T> = {
  /** The value, loading it on the first call; a failed load is tried again on the next call (the network may be back). */
  load(): Promise<T>;
  /** The value if it has arrived, else null. */
  loaded(): T | null;
};

export function loadOnce<T>(importer: () => Promise<T>): Once<T> {
  let loading: Promise<T> | null = null;
  let value: T | null = null;
  return {
    load() {
      loading ??= importer().then(
        (v) => {
          value = v;
          return v;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => value,
  };
}

/** The value for rendering: null while on its way, 'failed' when this load failed (not tried again). */
export function useLoaded<T>(once: Once<T>): T | 'failed' | null {
  const [value, setValue] = useState<T | 'failed' | null>(once.loaded);
  useEffect(() => {
    if (value !== null) return undefined;
    let live = true;
    once.load().then(
      (v) => live && setValue(v),
      () => live && setValue('failed'),
    );
    return () => {
      live = false;
    };
  }, [once, value]);
  return value;
}
