// Step 5: the form encrypted into the mail (mailActions.encryptAndReplace), and the other
// attachments that would travel unencrypted next to it. Once encrypting starts, location,
// consent and source are locked (flow.ts, isLocked).
import { brusselsDay } from '../../domain';
import { leftoverAttachments, referralVerdict } from '../flow';
import { removeAttachmentChecked } from '../attachments';
import { encryptAndReplace } from '../mailActions';
import type { EncryptSource, EncryptStage, FlowState } from '../types';
import type { IntentEnv } from './intent';
import { stale } from './intent';
import { encryptDone, encryptFailed, encryptUnfinished, originalHeld, recheck } from './outcome';
import { rereadRecipients } from './recipients';
import { loadAttachments, sourceMoved } from './source';

export const encryptStart = (state: FlowState): FlowState => {
  // One run per click: a second click finds this state at once, before any await.
  if (state.encryption.status !== 'idle' && state.encryption.status !== 'failed') return state;
  return { ...state, encryption: { status: 'running', stage: 'preparing', done: 0, total: 0, retrying: 'no' } };
};
export const encryptCancelled = (state: FlowState): FlowState => (state.encryption.status === 'running' ? { ...state, encryption: { status: 'idle' } } : state);
const encryptProgress = (state: FlowState, stage: EncryptStage, done = 0, total = 0): FlowState =>
  state.encryption.status === 'running' ? { ...state, encryption: { status: 'running', stage, done, total, retrying: 'no' } } : state;
/** Office answered a call with a transient failure and it is tried again: the progress says so. */
export const encryptRetrying = (state: FlowState): FlowState =>
  state.encryption.status === 'running' ? { ...state, encryption: { ...state.encryption, retrying: 'yes' } } : state;
export const encryptUncertain = (state: FlowState, zipName: string): FlowState =>
  stale({ ...state, encryption: { status: 'uncertain', zipName, checking: 'no' } });
const leftovers = (state: FlowState, status: FlowState['leftovers']): FlowState => stale({ ...state, leftovers: status });

/** One run per click: the state says 'running' before the first await, and a second call returns. */
export const encrypt = {
  async run(env: IntentEnv): Promise<void> {
    const view = env.getView();
    const protocol = view.protocol;
    // canEncrypt needs the rules' verdict, so they are there whenever it is true.
    const loaded = env.rules.loaded();
    if (!protocol || !view.canEncrypt || loaded === null) return;
    // Take the worker started ahead before the state change below ends the warm-up; then say
    // 'running' before the first await, so a second click (or a double click) finds it so.
    const taking = env.crypto.take();
    env.update(encryptStart);
    const current = env.getState();
    const drop = (): void => {
      void taking.then(
        (deps) => deps.dispose(),
        () => undefined,
      );
      env.update(encryptCancelled);
    };
    // Re-read at this step too: a client without RecipientsChanged may have changed them.
    const list = await rereadRecipients.run(env);
    if (list === null) return drop();
    const fresh = referralVerdict({ ...env.getState(), recipients: { status: 'ready', list } }, env.registry, brusselsDay(env.now()), loaded);
    if (!fresh.decision.allowed) return drop();
    const src = current.source;
    let source: EncryptSource;
    if (src.kind === 'attachment' && src.attachmentId !== null) source = { kind: 'attachment', id: src.attachmentId, name: src.name };
    else if (src.kind === 'pane-form' && src.document !== null)
      source = { kind: 'document', name: src.document.name, bytes: src.document.bytes, reference: src.document.reference };
    else return drop();

    let deps;
    try {
      deps = await taking;
    } catch {
      env.update((s) => encryptFailed(s, 'encrypt', 'kept'));
      return;
    }
    // What the checks must not find in the subject and body: the form's client details, or the
    // words of the team member's own file name. Hashed with a salt new for this mail.
    // A name word that is also the team member's own name or a word of the protocol (which the
    // neutral text names) is weak evidence, asked about rather than refused.
    const weak = { exclude: loaded.protocolWords(protocol), ownName: env.port.userDisplayName };
    const traces = loaded.buildTraces(
      src.kind === 'pane-form' && src.document !== null ? { client: src.document.client, ...weak } : { fileName: source.name, ...weak },
      loaded.saltFrom(globalThis.crypto.getRandomValues(new Uint8Array(16))),
    );
    const outcome = await encryptAndReplace({
      port: env.port,
      call: env.call,
      source,
      protocolId: protocol.id,
      traces,
      deps,
      plan: view.plan,
      onStage: (stage, done, total) => env.update((s) => encryptProgress(s, stage, done, total)),
    });
    switch (outcome.kind) {
      case 'done':
        env.update((s) => encryptDone(s, outcome.result));
        break;
      case 'unfinished':
        env.update((s) => encryptUnfinished(s, outcome.result));
        break;
      case 'failed': {
        const { original } = outcome;
        env.update((s) => encryptFailed(s, outcome.failure, original.where));
        if (original.where === 'put-back') env.update((s) => sourceMoved(s, original.id));
        if (original.where === 'held') env.update((s) => originalHeld(s, original.original));
        break;
      }
      case 'uncertain': {
        const held = outcome.held;
        env.update((s) => encryptUncertain(s, outcome.zipName));
        if (held) env.update((s) => originalHeld(s, held));
        // Nothing is said before the mail is read again.
        await recheck.run(env);
        break;
      }
    }
    void loadAttachments.run(env);
  },
};

/**
 * The encrypt button: reads the attachments first, and when others would travel unencrypted
 * next to the zip, asks to remove them (leftovers 'asking') instead of encrypting.
 */
export const encryptOrAsk = {
  async run(env: IntentEnv): Promise<void> {
    if (!env.getView().canEncrypt) return;
    await loadAttachments.run(env);
    if (leftoverAttachments(env.getState()).length > 0) env.update((s) => leftovers(s, 'asking'));
    else await encrypt.run(env);
  },
};

/** Opens the question about the other attachments (from their message bar). */
export const askLeftovers = { perform: (state: FlowState): FlowState => leftovers(state, 'asking') };

/** Closes the question about the other attachments without changing the mail. */
export const keepLeftovers = { perform: (state: FlowState): FlowState => leftovers(state, 'idle') };

/** Removes the other attachments; then encrypts when asked from the encrypt button. */
export const removeLeftovers = {
  async run(env: IntentEnv, then: 'encrypt' | 'nothing'): Promise<void> {
    if (env.getState().leftovers === 'running') return;
    env.update((s) => leftovers(s, 'running'));
    let all = true;
    for (const a of leftoverAttachments(env.getState())) all = (await removeAttachmentChecked(env.port, env.call, a.id)) === 'removed' && all;
    await loadAttachments.run(env);
    const left = leftoverAttachments(env.getState()).length;
    env.update((s) => leftovers(s, all && left === 0 ? 'idle' : 'failed'));
    if (then === 'encrypt' && all && left === 0) await encrypt.run(env);
  },
};
