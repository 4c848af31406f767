// Steps 6 to 8 and after: the password passed on, the neutral text, the final check (the Send
// check's own reader and rules), and the breach report after a wrong send.
import { ACKNOWLEDGEMENT_SESSION_KEY } from '../../domain';
import type { NewMessage } from '../../office/port';
import { MailboxError } from '../../office/port';
import { keptPrior, locationOf } from '../flow';
import { removeAttachmentChecked, removeInlineImages } from '../attachments';
import { writeNeutralText, writeTraces } from '../mailActions';
import { signoff } from '../neutralText';
import type { CheckState, Encrypted, FlowState, Task } from '../types';
import type { IntentEnv } from './intent';
import { stale } from './intent';
import { recipientsRead } from './recipients';
import { loadAttachments } from './source';

const traces = (state: FlowState, stored: Encrypted['tracesStored']): FlowState => {
  const e = state.encryption;
  if (e.status !== 'done' && e.status !== 'unfinished') return state;
  return { ...state, encryption: { ...e, result: { ...e.result, tracesStored: stored } } };
};
const mailText = (state: FlowState, status: Task): FlowState => stale({ ...state, mailText: status });
const inlineRemoval = (state: FlowState, status: Task): FlowState => stale({ ...state, inlineRemoval: status });
export const checked = (state: FlowState, check: CheckState): FlowState => ({ ...state, check });
const breachMail = (state: FlowState, status: FlowState['breachMail']): FlowState => ({ ...state, breachMail: status });

export const setPassOn = { perform: (state: FlowState, passOn: FlowState['passOn']): FlowState => ({ ...state, passOn }) };

/** Stores the client traces for the Send check again, after a failed first write. */
export const retryTraces = {
  async run(env: IntentEnv): Promise<void> {
    const e = env.getState().encryption;
    if (e.status !== 'done' && e.status !== 'unfinished') return;
    const stored = await writeTraces(env.port, env.call, e.result.traces);
    env.update((s) => traces(s, stored));
  },
};

/** Writes the neutral subject and body into the mail. */
export const useText = {
  async run(env: IntentEnv): Promise<void> {
    const view = env.getView();
    const text = view.text;
    const protocol = view.protocol ?? view.keptProtocol;
    if (!text || !protocol) return;
    env.update((s) => mailText(s, 'running'));
    try {
      await writeNeutralText(env.port, env.call, text.subject, text.body, signoff(protocol, env.port.userDisplayName));
      env.update((s) => mailText(s, 'done'));
    } catch {
      env.update((s) => mailText(s, 'failed'));
    }
  },
};

/** Removes the inline images (signature logos, pasted screenshots) from the mail. */
export const removeInline = {
  async run(env: IntentEnv): Promise<void> {
    if (env.getState().inlineRemoval === 'running') return;
    env.update((s) => inlineRemoval(s, 'running'));
    const removed = await removeInlineImages(env.port, env.call);
    env.update((s) => inlineRemoval(s, removed ? 'done' : 'failed'));
    await loadAttachments.run(env);
  },
};

/** The final check: the mail read as the Send check reads it, and judged by the same rules. */
export const check = {
  async run(env: IntentEnv): Promise<void> {
    const current = env.getState();
    env.update((s) => checked(s, { status: 'running' }));
    // The inline-image list of the text step follows what the check reads.
    void loadAttachments.run(env);
    const done = current.encryption.status === 'done' ? current.encryption.result : null;
    try {
      // The same reader as the Send handler, so the pane's verdict is the one Send will give.
      const [{ readMailSnapshot }, { evaluateSend }] = await Promise.all([
        import(/* webpackChunkName: "check" */ '../../office/readSnapshot'),
        env.rules.load(),
      ]);
      // A kept earlier referral is judged as the Send check judges it: by the protocol and
      // consent its headers record, since this pane never asked for either.
      const kept = keptPrior(current);
      const recorded = kept?.marker.status === 'valid' ? kept.marker.marker : null;
      const { snapshot, marker } = await readMailSnapshot(env.port, {
        location: recorded ? { by: 'protocolId', value: recorded.protocolId } : locationOf(current.query, env.registry),
        consentConfirmed: recorded ? recorded.consent === 'confirmed' : current.consent === 'confirmed',
        ...(done ? { password: done.password, traces: done.traces } : {}),
      });
      env.update((s) => recipientsRead(s, snapshot.recipients));
      const verdict = evaluateSend(snapshot, env.registry, env.now());
      env.update((s) => checked(s, { status: 'done', decision: verdict, marker: marker.status, salt: snapshot.traces?.salt ?? '' }));
    } catch {
      env.update((s) => checked(s, { status: 'failed' }));
    }
  },
};

/** Removes one attachment the final check named, and checks again. */
export const removeAttachmentAndCheck = {
  async run(env: IntentEnv, id: string): Promise<void> {
    await removeAttachmentChecked(env.port, env.call, id);
    await loadAttachments.run(env);
    await check.run(env);
  },
};

/**
 * "Toch verzenden" on the weak findings of the last check: records which findings the user let
 * pass (never the words) in the item's sessionData, where the Send check reads it too, and checks
 * again (src/domain/acknowledgement.ts).
 */
export const acknowledge = {
  async run(env: IntentEnv): Promise<void> {
    const current = env.getState().check;
    if (current.status !== 'done' || current.decision.outcome !== 'prompt') return;
    try {
      const { acknowledge: record } = await env.rules.load();
      const value = JSON.stringify(record(current.decision.reasons, current.salt));
      await env.call(() => env.port.setSessionData(ACKNOWLEDGEMENT_SESSION_KEY, value));
    } catch {
      env.update((s) => checked(s, { ...current, acknowledgeFailed: true }));
      return;
    }
    await check.run(env);
  },
};

/** Opens a new message in Outlook (the breach notification to both DPOs, article 9). */
export const reportBreach = {
  async run(env: IntentEnv, message: NewMessage): Promise<void> {
    env.update((s) => breachMail(s, 'running'));
    try {
      // Not retried: a form that did open after a transient error must not open twice.
      await env.port.displayNewMessageForm(message);
      env.update((s) => breachMail(s, 'done'));
    } catch (error) {
      env.update((s) => breachMail(s, error instanceof MailboxError && error.code === 'not-supported' ? 'unsupported' : 'failed'));
    }
  },
};
