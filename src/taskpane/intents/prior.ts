// An encrypted referral the pane made earlier on this mail: its zip would otherwise sit hidden
// (formCandidates leaves our zips out) and its password is gone with the pane that made it.
import { clearPriorReferral, findPriorReferral } from '../mailActions';
import type { FlowState, PriorReferral, Task } from '../types';
import { restoreOriginal } from './outcome';
import type { IntentEnv } from './intent';
import { stale } from './intent';
import { loadAttachments } from './source';

export const priorFound = (state: FlowState, prior: PriorReferral | null): FlowState => {
  if (state.prior.status !== 'checking') return state;
  return {
    ...state,
    prior: prior ? { status: 'found', prior, origin: 'start', choice: 'undecided', clearing: 'idle' } : { status: 'none' },
  };
};

export const priorClearing = (state: FlowState, status: Task): FlowState => {
  if (state.prior.status !== 'found') return state;
  if (status === 'done') return stale({ ...state, prior: { status: 'cleared' } });
  return { ...state, prior: { ...state.prior, clearing: status } };
};

/** Looks once for an earlier referral on this mail; returns a cancel. */
export const lookForPrior = {
  run(env: IntentEnv): () => void {
    let gone = false;
    void loadAttachments.run(env);
    findPriorReferral(env.port, env.call).then(
      (prior) => {
        if (!gone) env.update((s) => priorFound(s, prior));
      },
      // Unreadable: go on as with a fresh mail. Encrypting re-reads the attachments anyway, and
      // the check (the Send check's own reader) still refuses a mail with a zip the headers do not name.
      () => {
        if (!gone) env.update((s) => priorFound(s, null));
      },
    );
    return () => {
      gone = true;
    };
  },
};

/** The team member still has its password: the whole earlier referral stays and is sent. */
export const keepPrior = {
  perform(state: FlowState): FlowState {
    // Only a whole referral can be kept: anything less would be sent as a broken one.
    if (state.prior.status !== 'found' || !state.prior.prior.whole) return state;
    return stale({ ...state, prior: { ...state.prior, choice: 'keep' } });
  },
};

export const removePrior = {
  async run(env: IntentEnv): Promise<void> {
    const current = env.getState();
    if (current.prior.status !== 'found' || current.prior.clearing === 'running') return;
    env.update((s) => priorClearing(s, 'running'));
    const outcome = await clearPriorReferral(env.port, env.call, current.prior.prior);
    env.update((s) => priorClearing(s, outcome === 'cleared' ? 'done' : 'failed'));
    // The original was taken out to make room for that zip: now there is room again.
    if (outcome === 'cleared' && env.getState().held !== null) await restoreOriginal.run(env);
    void loadAttachments.run(env);
  },
};
