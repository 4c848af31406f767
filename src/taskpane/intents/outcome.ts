// What follows an encryption run that did not end in the final safe state: an uncertain add read
// again, an unfinished referral finished, an original held in memory put back.
import { isFinished } from '../flow';
import { restoreHeldOriginal } from '../attachments';
import { findPriorReferral, finishReferral } from '../mailActions';
import type { Encrypted, FailureCode, FlowState, HeldOriginal, OriginalAfter, PriorReferral, Source } from '../types';
import type { IntentEnv } from './intent';
import { stale } from './intent';
import { loadAttachments } from './source';

export const encryptFailed = (state: FlowState, failure: FailureCode, original: OriginalAfter): FlowState => ({
  ...state,
  encryption: { status: 'failed', failure, original },
});

export const encryptUnfinished = (state: FlowState, result: Encrypted): FlowState =>
  stale({ ...state, encryption: { status: 'unfinished', result, finishing: 'no' }, passOn: 'pending', mailText: 'idle' });

export const encryptDone = (state: FlowState, result: Encrypted): FlowState =>
  stale({ ...state, encryption: { status: 'done', result }, passOn: 'pending', mailText: 'idle' });

export const originalHeld = (state: FlowState, original: HeldOriginal): FlowState => ({ ...state, held: { original, restoring: 'idle' } });

const originalRestore = (state: FlowState, status: 'running' | 'failed'): FlowState =>
  state.held ? { ...state, held: { ...state.held, restoring: status } } : state;

export const originalRestored = (state: FlowState, id: string): FlowState => {
  if (!state.held) return state;
  // The original is back under a new id: the chosen source follows it.
  const source: Source = state.source.kind === 'attachment' ? { kind: 'attachment', attachmentId: id, name: state.held.original.name } : state.source;
  return stale({ ...state, held: null, source });
};

const uncertainChecking = (state: FlowState, checking: 'yes' | 'no'): FlowState =>
  state.encryption.status === 'uncertain' ? { ...state, encryption: { ...state.encryption, checking } } : state;

/** A re-read found this pane's zip after all: from here on it is an earlier referral. */
export const priorAppeared = (state: FlowState, prior: PriorReferral): FlowState => {
  // Its password was never shown, so it is handled as an earlier referral (remove it, start
  // again) and that run is over.
  if (state.encryption.status !== 'uncertain') return state;
  return stale({
    ...state,
    prior: { status: 'found', prior, origin: 'this-pane', choice: 'undecided', clearing: 'idle' },
    encryption: { status: 'idle' },
  });
};

/** Puts the held original back in the mail; the source follows its new id. */
export const restoreOriginal = {
  async run(env: IntentEnv): Promise<void> {
    const held = env.getState().held;
    if (held === null || held.restoring === 'running') return;
    env.update((s) => originalRestore(s, 'running'));
    const id = await restoreHeldOriginal(env.port, env.call, held.original);
    env.update((s) => (id === null ? originalRestore(s, 'failed') : originalRestored(s, id)));
    void loadAttachments.run(env);
  },
};

/** After an uncertain outcome: the mail, read again, says what happened; until then, nothing is said. */
export const recheck = {
  async run(env: IntentEnv): Promise<void> {
    const e = env.getState().encryption;
    if (e.status !== 'uncertain' || e.checking === 'yes') return;
    env.update((s) => uncertainChecking(s, 'yes'));
    let prior;
    try {
      prior = await findPriorReferral(env.port, env.call);
    } catch {
      env.update((s) => uncertainChecking(s, 'no'));
      return;
    }
    if (prior === null) {
      // Read, and nothing of ours is there: now "nothing was added" is true.
      const held = env.getState().held !== null;
      env.update((s) => encryptFailed(s, 'attach', held ? 'held' : 'kept'));
      if (held) await restoreOriginal.run(env);
    } else {
      const found = prior;
      env.update((s) => priorAppeared(s, found));
    }
    void loadAttachments.run(env);
  },
};

/** Removes the original that is still there and writes the headers that are missing. */
export const finish = {
  async run(env: IntentEnv): Promise<void> {
    const e = env.getState().encryption;
    if (e.status !== 'unfinished' || e.finishing === 'yes') return;
    env.update((s) => (s.encryption.status === 'unfinished' ? { ...s, encryption: { ...s.encryption, finishing: 'yes' } } : s));
    const result = await finishReferral(env.port, env.call, e.result);
    env.update((s) => (isFinished(result) ? encryptDone(s, result) : encryptUnfinished(s, result)));
    void loadAttachments.run(env);
  },
};
