// The flow's state outside React: an intent's pure state change is applied at once, so async
// handlers read the state as it is *now* (getState) instead of a copy made at the last render,
// and a second click sees the first one's change before React has rendered it. React subscribes
// with useSyncExternalStore.
import { initialFlow } from '../flow';
import type { Update } from '../intents/intent';
import type { FlowState } from '../types';

export type FlowStore = {
  getState(): FlowState;
  update(change: Update): void;
  subscribe(listener: () => void): () => void;
};

export function createFlowStore(initial: FlowState = initialFlow): FlowStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
