// The flow's state outside React: the reducer (flow.ts) applied at dispatch, so async handlers read
// the state as it is *now* (getState) instead of a copy made at the last render, and a second
// click sees the first one's dispatch before React has rendered it. React subscribes with
// useSyncExternalStore.
import { flowReducer, initialFlow } from '../flow';
import type { FlowAction, FlowState } from '../types';

export type FlowStore = {
  getState(): FlowState;
  dispatch(action: FlowAction): void;
  subscribe(listener: () => void): () => void;
};

export function createFlowStore(initial: FlowState = initialFlow): FlowStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = flowReducer(state, action);
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
