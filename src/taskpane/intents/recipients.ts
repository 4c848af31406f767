// Step 2 and 3: who the mail goes to (read, followed, set to the registered mailbox alone), and
// the client's consent.
import type { Recipient } from '../../domain';
import { isLocked } from '../flow';
import { readAllRecipients, writeOnlyRegistered } from '../mailActions';
import type { FlowState, Following, Task } from '../types';
import type { IntentEnv } from './intent';
import { stale } from './intent';

const recipientsLoading = (state: FlowState): FlowState => (state.recipients.status === 'ready' ? state : { ...state, recipients: { status: 'loading' } });
export const recipientsRead = (state: FlowState, list: readonly Recipient[]): FlowState => stale({ ...state, recipients: { status: 'ready', list } });
const recipientsFailed = (state: FlowState): FlowState => ({ ...state, recipients: { status: 'failed' } });
const following = (state: FlowState, how: Following): FlowState => ({ ...state, following: how });
const onlyRegistered = (state: FlowState, status: Task): FlowState => ({ ...state, onlyRegistered: status });

/** What a read of To/Cc/Bcc found: the list, or null when it could not be read. */
export type RecipientsRead = readonly Recipient[] | null;

/** Reads To/Cc/Bcc; resolves with what it found. */
export const rereadRecipients = {
  async run(env: IntentEnv): Promise<RecipientsRead> {
    env.update(recipientsLoading);
    let list: Recipient[] | null;
    try {
      list = await readAllRecipients(env.port, env.call);
    } catch {
      list = null;
    }
    env.update((s) => (list === null ? recipientsFailed(s) : recipientsRead(s, list)));
    return list;
  },
};

/** Without Outlook's RecipientsChanged event the pane re-reads at each step instead. */
export function rereadIfPolling(env: IntentEnv): void {
  if (env.getState().following === 'polling') void rereadRecipients.run(env);
}

/** Follows recipient changes made in Outlook (or re-reads at each step); returns the unsubscribe. */
export const followRecipients = {
  run(env: IntentEnv): () => void {
    let unsubscribe: (() => void) | null = null;
    let gone = false;
    void rereadRecipients.run(env);
    env.port
      .onRecipientsChanged(() => void rereadRecipients.run(env))
      .then(
        (off) => {
          if (gone) off?.();
          else {
            unsubscribe = off;
            env.update((s) => following(s, off ? 'event' : 'polling'));
          }
        },
        () => {
          if (!gone) env.update((s) => following(s, 'polling'));
        },
      );
    return () => {
      gone = true;
      unsubscribe?.();
    };
  },
};

/** To becomes the registered mailbox alone; Cc and Bcc are emptied. */
export const setOnlyRegistered = {
  async run(env: IntentEnv): Promise<void> {
    const protocol = env.getView().protocol;
    if (!protocol) return;
    env.update((s) => onlyRegistered(s, 'running'));
    try {
      await writeOnlyRegistered(env.port, env.call, protocol.mailbox);
      env.update((s) => onlyRegistered(s, 'done'));
    } catch {
      env.update((s) => onlyRegistered(s, 'failed'));
    }
    await rereadRecipients.run(env);
  },
};

export const setConsent = {
  perform(state: FlowState, consent: FlowState['consent']): FlowState {
    if (isLocked(state)) return state;
    return { ...state, consent };
  },
  run: (env: IntentEnv): void => rereadIfPolling(env),
};
