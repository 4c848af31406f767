// What an intent of the pane is (excalidraw's actions: one object per thing the team member can
// do). `perform` is what it does to the state, pure and at once; `run` is what it then does in
// the mail, through the port, reading the state as it is *now* (env.getState). A state change
// that only an effect makes (a stage of encrypting, a list read) is a pure function next to the
// intent that makes it, applied with env.update.
//
// To add or change an intent, edit its object in the file of its step (intents/*.ts); the
// actions the components call are made from those objects (intents/index.ts).
import type { Registry } from '../../domain';
import type { MailboxPort } from '../../office/port';
import type { CryptoLoader } from '../controller/cryptoLoader';
import type { LoadedRules } from '../controller/rulesLoader';
import type { ReferralView } from '../flow';
import type { Call, FlowState } from '../types';

/** A pure state change; returning the same state object means "nothing changed". */
export type Update = (state: FlowState) => FlowState;

export type IntentEnv = {
  getState(): FlowState;
  /** The view of the state as it is now. */
  getView(): ReferralView;
  update(change: Update): void;
  port: MailboxPort;
  /** Every Office call goes through it (transient failures retried). */
  call: Call;
  registry: Registry;
  crypto: CryptoLoader;
  /** The rules chunk (rules.ts): loaded after the first screen; null until it arrived. */
  rules: { load(): Promise<LoadedRules>; loaded(): LoadedRules | null };
  now: () => Date;
};

/** The mail changed under the last check: its verdict no longer describes the mail. */
export function stale(state: FlowState): FlowState {
  return state.check.status === 'done' ? { ...state, check: { status: 'idle' } } : state;
}
