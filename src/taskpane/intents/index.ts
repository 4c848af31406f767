// The pane's actions, made from the intent objects: what a component calls is `perform` (the
// state change, at once) followed by `run` (the effect), under the intent's own name. No list to
// keep in step: an intent added to one of these files is an action.
import { brusselsDay } from '../../domain';
import type { ReferralView } from '../flow';
import { referralView } from '../flow';
import type { FlowState } from '../types';
import * as encrypt from './encrypt';
import * as final from './final';
import type { IntentEnv } from './intent';
import * as location from './location';
import * as outcome from './outcome';
import * as prior from './prior';
import * as recipients from './recipients';
import * as source from './source';

const INTENTS = { ...location, ...prior, ...recipients, ...source, ...encrypt, ...outcome, ...final };

type Intents = typeof INTENTS;
/** The arguments of an intent: those of its state change, or else of its effect. */
type Args<I> = I extends { perform: (state: FlowState, ...args: infer A) => FlowState }
  ? A
  : I extends { run: (env: IntentEnv, ...args: infer A) => unknown }
    ? A
    : never;
type Result<I> = I extends { run: (env: IntentEnv, ...args: never[]) => infer R } ? R : void;
/** Only the objects are intents; the files' other exports (state changes, helpers) are not actions. */
type IntentNames = { [K in keyof Intents]: Intents[K] extends { perform: unknown } | { run: unknown } ? K : never }[keyof Intents];

export type ReferralActions = { [K in IntentNames]: (...args: Args<Intents[K]>) => Result<Intents[K]> } & {
  /** The state as it is now (for async code; components get it through React). */
  getState(): FlowState;
  /** The view of the state as it is now. */
  getView(): ReferralView;
};

type AnyIntent = { perform?: (state: FlowState, ...args: unknown[]) => FlowState; run?: (env: IntentEnv, ...args: unknown[]) => unknown };

export function bindIntents(env: Omit<IntentEnv, 'getView'>): ReferralActions {
  const getView = (): ReferralView => referralView(env.getState(), env.registry, brusselsDay(env.now()), env.rules.loaded());
  const full: IntentEnv = { ...env, getView };
  const actions: Record<string, unknown> = { getState: env.getState, getView };
  for (const [name, value] of Object.entries(INTENTS)) {
    if (typeof value !== 'object' || value === null || !('perform' in value || 'run' in value)) continue;
    const intent = value as AnyIntent;
    actions[name] = (...args: unknown[]): unknown => {
      const perform = intent.perform;
      if (perform) full.update((s) => perform(s, ...args));
      return intent.run?.(full, ...args);
    };
  }
  return actions as ReferralActions;
}
