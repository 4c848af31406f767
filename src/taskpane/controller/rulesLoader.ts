// Loads the pane's rules chunk (rules.ts) once, and remembers it: components read it synchronously
// once it is there, actions wait for it.
import type * as Rules from './rules';

export type LoadedRules = typeof Rules;

let loading: Promise<LoadedRules> | null = null;
let loaded: LoadedRules | null = null;

export function loadRules(): Promise<LoadedRules> {
  loading ??= import(/* webpackChunkName: "rules" */ './rules').then(
    (rules) => {
      loaded = rules;
      return rules;
    },
    (error: unknown) => {
      // A failed fetch is tried again on the next call (the network may be back).
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The rules if they have arrived, else null. */
export function loadedRules(): LoadedRules | null {
  return loaded;
}
