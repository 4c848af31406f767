// What the team member can do in the pane, as plain async functions over the store: each reads
// the state as it is when it runs (getState), never as it was at some render, and says what
// happened only by dispatching to the pure reducer. No React here, so the actions can be driven
// from a unit test against the simulated mailbox as well as from the pane.
import type { Lang, Registry } from '../../domain';
import { ACKNOWLEDGEMENT_SESSION_KEY, brusselsDay } from '../../domain';
import type { MailboxPort, NewMessage } from '../../office/port';
import type { ReferralForm } from '../../referral/form';
import { MailboxError } from '../../office/port';
import { formCandidates, isFinished, keptPrior, leftoverAttachments, locationOf, referralVerdict, referralView } from '../flow';
import type { ReferralView } from '../flow';
import {
  clearPriorReferral,
  encryptAndReplace,
  findPriorReferral,
  finishReferral,
  readAllRecipients,
  removeInlineImages,
  removeAttachmentChecked,
  restoreOriginal,
  writeOnlyRegistered,
  writeNeutralText,
  writeTraces,
} from '../mailActions';
import { signoff } from '../neutralText';
import type { Call, EncryptSource, FlowAction, FlowState, Source } from '../types';
import type { CryptoLoader } from './cryptoLoader';
import type { LoadedRules } from './rulesLoader';
import type { FlowStore } from './store';

export type ActionEnv = {
  store: FlowStore;
  port: MailboxPort;
  call: Call;
  registry: Registry;
  crypto: CryptoLoader;
  /** The rules chunk (rules.ts): loaded after the first screen; null until it arrived. */
  rules: { load(): Promise<LoadedRules>; loaded(): LoadedRules | null };
  now: () => Date;
};

export type ReferralActions = {
  /** The state as it is now (for async code; components get it through React). */
  getState(): FlowState;
  /** The view of the state as it is now. */
  getView(): ReferralView;

  showScreen(screen: FlowState['screen']): void;
  typeQuery(query: string): void;
  commitQuery(query?: string): void;
  setConsent(consent: FlowState['consent']): void;
  chooseSourceKind(kind: Source['kind']): void;
  chooseAttachment(attachmentId: string, name: string): void;
  /** Makes the pane form's PDF (paneDocument.ts) for the protocol shown; 'failed' when it could not be made. */
  makeDocument(form: ReferralForm, lang: Lang): Promise<'made' | 'failed'>;
  documentCleared(): void;
  /** What is typed in the pane's form, kept across views. */
  setFormValues(protocolId: string, values: Readonly<Record<string, string>>): void;
  setPassOn(passOn: FlowState['passOn']): void;
  keepPrior(): void;

  /** Reads To/Cc/Bcc; resolves with what it dispatched. */
  rereadRecipients(): Promise<FlowAction>;
  /** Follows recipient changes made in Outlook (or re-reads at each step); returns the unsubscribe. */
  followRecipients(): () => void;
  /** Looks once for an earlier referral on this mail; returns a cancel. */
  lookForPrior(): () => void;
  loadAttachments(): Promise<void>;
  /** To becomes the registered mailbox alone; Cc and Bcc are emptied. */
  setOnlyRegistered(): Promise<void>;
  removePrior(): Promise<void>;
  /** One run per click: the state says 'running' before the first await, and a second call returns. */
  encrypt(): Promise<void>;
  /**
   * The encrypt button: reads the attachments first, and when others would travel unencrypted
   * next to the zip, asks to remove them (leftovers 'asking') instead of encrypting.
   */
  encryptOrAsk(): Promise<void>;
  /** Opens the question about the other attachments (from their message bar). */
  askLeftovers(): void;
  /** Closes the question about the other attachments without changing the mail. */
  keepLeftovers(): void;
  /** Removes the other attachments; then encrypts when asked from the encrypt button. */
  removeLeftovers(then: 'encrypt' | 'nothing'): Promise<void>;
  /** Removes one attachment the final check named, and checks again. */
  removeAttachmentAndCheck(id: string): Promise<void>;
  /** After an uncertain outcome: reads the mail again before the pane says what happened. */
  recheck(): Promise<void>;
  /** Removes the original that is still there and writes the headers that are missing. */
  finish(): Promise<void>;
  /** Puts the held original back in the mail. */
  restoreOriginal(): Promise<void>;
  retryTraces(): Promise<void>;
  useText(): Promise<void>;
  /** Removes the inline images (signature logos, pasted screenshots) from the mail. */
  removeInline(): Promise<void>;
  check(): Promise<void>;
  /**
   * "Toch verzenden" on the weak findings of the last check: records which findings the user let
   * pass (never the words) in the item's sessionData, where the Send check reads it too, and checks
   * again (src/domain/acknowledgement.ts).
   */
  acknowledge(): Promise<void>;
  /** Opens a new message in Outlook (the breach notification to both DPOs, article 9). */
  reportBreach(message: NewMessage): Promise<void>;
};

export function createReferralActions({ store, port, call, registry, crypto, rules, now }: ActionEnv): ReferralActions {
  const { getState, dispatch } = store;
  const getView = (): ReferralView => referralView(getState(), registry, brusselsDay(now()), rules.loaded());

  const rereadRecipients = async (): Promise<FlowAction> => {
    dispatch({ type: 'recipients-loading' });
    let action: FlowAction;
    try {
      action = { type: 'recipients-read', list: await readAllRecipients(port, call) };
    } catch {
      action = { type: 'recipients-failed' };
    }
    dispatch(action);
    return action;
  };

  // Without Outlook's RecipientsChanged event the pane re-reads at each step instead.
  const rereadIfPolling = (): void => {
    if (getState().following === 'polling') void rereadRecipients();
  };

  const loadAttachments = async (): Promise<void> => {
    // A list already shown stays while it is read again (no flicker of the choices).
    if (getState().attachments.status !== 'ready') dispatch({ type: 'attachments', attachments: { status: 'loading' } });
    try {
      const list = await call(() => port.getAttachments());
      dispatch({ type: 'attachments', attachments: { status: 'ready', list } });
    } catch {
      // A list already shown stays: the step that needs the mail's answer says what failed.
      if (getState().attachments.status !== 'ready') dispatch({ type: 'attachments', attachments: { status: 'failed' } });
    }
  };

  /** The held original back in the mail; the source follows its new id. */
  const putBackHeld = async (): Promise<void> => {
    const held = getState().held;
    if (held === null || held.restoring === 'running') return;
    dispatch({ type: 'original-restore', status: 'running' });
    const id = await restoreOriginal(port, call, held.original);
    if (id === null) dispatch({ type: 'original-restore', status: 'failed' });
    else dispatch({ type: 'original-restored', id });
    void loadAttachments();
  };

  /** After an uncertain outcome: the mail, read again, says what happened; until then, nothing is said. */
  const recheck = async (): Promise<void> => {
    const e = getState().encryption;
    if (e.status !== 'uncertain' || e.checking === 'yes') return;
    dispatch({ type: 'uncertain-checking', checking: 'yes' });
    let prior;
    try {
      prior = await findPriorReferral(port, call);
    } catch {
      dispatch({ type: 'uncertain-checking', checking: 'no' });
      return;
    }
    if (prior === null) {
      // Read, and nothing of ours is there: now "nothing was added" is true.
      const held = getState().held !== null;
      dispatch({ type: 'encrypt-failed', failure: 'attach', original: held ? 'held' : 'kept' });
      if (held) await putBackHeld();
    } else {
      dispatch({ type: 'prior-appeared', prior });
    }
    void loadAttachments();
  };

  return {
    getState,
    getView,

    showScreen: (screen) => dispatch({ type: 'screen', screen }),
    typeQuery: (query) => dispatch({ type: 'query-typed', query }),
    commitQuery: (query) => dispatch(query === undefined ? { type: 'query-committed' } : { type: 'query-committed', query }),
    setConsent(consent) {
      dispatch({ type: 'consent', consent });
      rereadIfPolling();
    },
    chooseSourceKind(kind) {
      dispatch({ type: 'source-kind', kind });
      if (kind !== 'attachment') return;
      // A lone attachment is the form: chosen for the team member, who still sees it named.
      void loadAttachments().then(() => {
        const s = getState();
        if (s.source.kind !== 'attachment' || s.source.attachmentId !== null || s.attachments.status !== 'ready') return;
        const candidates = formCandidates(s.attachments.list);
        const only = candidates.length === 1 ? candidates[0] : undefined;
        if (only) dispatch({ type: 'source-attachment', attachmentId: only.id, name: only.name });
      });
    },
    chooseAttachment: (attachmentId, name) => dispatch({ type: 'source-attachment', attachmentId, name }),
    async makeDocument(form, lang) {
      const protocol = getView().protocol;
      if (!protocol) return 'failed';
      try {
        // The form's own chunk: the records with the social service's address travel only in it.
        const { makePaneDocument } = await import(/* webpackChunkName: "pane-form" */ '../paneDocument');
        dispatch({ type: 'document-ready', document: await makePaneDocument(form, protocol, now(), lang) });
        return 'made';
      } catch {
        return 'failed';
      }
    },
    documentCleared: () => dispatch({ type: 'document-cleared' }),
    setFormValues: (protocolId, values) => dispatch({ type: 'form-values', protocolId, values }),
    setPassOn: (passOn) => dispatch({ type: 'pass-on', passOn }),
    keepPrior: () => dispatch({ type: 'prior-keep' }),

    rereadRecipients,

    followRecipients() {
      let unsubscribe: (() => void) | null = null;
      let gone = false;
      void rereadRecipients();
      port
        .onRecipientsChanged(() => void rereadRecipients())
        .then(
          (off) => {
            if (gone) off?.();
            else {
              unsubscribe = off;
              dispatch({ type: 'following', following: off ? 'event' : 'polling' });
            }
          },
          () => {
            if (!gone) dispatch({ type: 'following', following: 'polling' });
          },
        );
      return () => {
        gone = true;
        unsubscribe?.();
      };
    },

    // A referral the pane made earlier on this mail: its zip would otherwise sit hidden
    // (formCandidates leaves our zips out) and its password is gone with the pane that made it.
    lookForPrior() {
      let gone = false;
      void loadAttachments();
      findPriorReferral(port, call).then(
        (prior) => {
          if (!gone) dispatch({ type: 'prior-found', prior });
        },
        // Unreadable: go on as with a fresh mail. Encrypting re-reads the attachments anyway, and
        // the check (the Send check's own reader) still refuses a mail with a zip the headers do not name.
        () => {
          if (!gone) dispatch({ type: 'prior-found', prior: null });
        },
      );
      return () => {
        gone = true;
      };
    },

    loadAttachments,

    async setOnlyRegistered() {
      const protocol = getView().protocol;
      if (!protocol) return;
      dispatch({ type: 'only-registered', status: 'running' });
      try {
        await writeOnlyRegistered(port, call, protocol.mailbox);
        dispatch({ type: 'only-registered', status: 'done' });
      } catch {
        dispatch({ type: 'only-registered', status: 'failed' });
      }
      await rereadRecipients();
    },

    async removePrior() {
      const current = getState();
      if (current.prior.status !== 'found' || current.prior.clearing === 'running') return;
      dispatch({ type: 'prior-clearing', status: 'running' });
      const outcome = await clearPriorReferral(port, call, current.prior.prior);
      dispatch({ type: 'prior-clearing', status: outcome === 'cleared' ? 'done' : 'failed' });
      // The original was taken out to make room for that zip: now there is room again.
      if (outcome === 'cleared' && getState().held !== null) await putBackHeld();
      void loadAttachments();
    },

    async encrypt() {
      const view = getView();
      const protocol = view.protocol;
      // canEncrypt needs the rules' verdict, so they are there whenever it is true.
      const loaded = rules.loaded();
      if (!protocol || !view.canEncrypt || loaded === null) return;
      // Take the worker started ahead before the state change below ends the warm-up; then say
      // 'running' before the first await, so a second click (or a double click) finds it so.
      const taking = crypto.take();
      dispatch({ type: 'encrypt-start' });
      const current = getState();
      const drop = (): void => {
        void taking.then(
          (deps) => deps.dispose(),
          () => undefined,
        );
        dispatch({ type: 'encrypt-cancelled' });
      };
      // Re-read at this step too: a client without RecipientsChanged may have changed them.
      const read = await rereadRecipients();
      if (read.type !== 'recipients-read') return drop();
      const fresh = referralVerdict({ ...getState(), recipients: { status: 'ready', list: read.list } }, registry, brusselsDay(now()), loaded);
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
        dispatch({ type: 'encrypt-failed', failure: 'encrypt', original: 'kept' });
        return;
      }
      // What the checks must not find in the subject and body: the form's client details, or the
      // words of the team member's own file name. Hashed with a salt new for this mail.
      // A name word that is also the team member's own name or a word of the protocol (which the
      // neutral text names) is weak evidence, asked about rather than refused.
      const weak = { exclude: loaded.protocolWords(protocol), ownName: port.userDisplayName };
      const traces = loaded.buildTraces(
        src.kind === 'pane-form' && src.document !== null ? { client: src.document.client, ...weak } : { fileName: source.name, ...weak },
        loaded.saltFrom(globalThis.crypto.getRandomValues(new Uint8Array(16))),
      );
      const outcome = await encryptAndReplace({
        port,
        call,
        source,
        protocolId: protocol.id,
        traces,
        deps,
        plan: view.plan,
        onStage: (stage, done, total) =>
          dispatch({ type: 'encrypt-progress', stage, ...(done !== undefined ? { done } : {}), ...(total !== undefined ? { total } : {}) }),
      });
      switch (outcome.kind) {
        case 'done':
          dispatch({ type: 'encrypt-done', result: outcome.result });
          break;
        case 'unfinished':
          dispatch({ type: 'encrypt-unfinished', result: outcome.result });
          break;
        case 'failed': {
          const { original } = outcome;
          dispatch({ type: 'encrypt-failed', failure: outcome.failure, original: original.where });
          if (original.where === 'put-back') dispatch({ type: 'source-moved', attachmentId: original.id });
          if (original.where === 'held') dispatch({ type: 'original-held', original: original.original });
          break;
        }
        case 'uncertain':
          dispatch({ type: 'encrypt-uncertain', zipName: outcome.zipName });
          if (outcome.held) dispatch({ type: 'original-held', original: outcome.held });
          // Nothing is said before the mail is read again.
          await recheck();
          break;
      }
      void loadAttachments();
    },

    recheck,

    async encryptOrAsk() {
      if (!getView().canEncrypt) return;
      await loadAttachments();
      if (leftoverAttachments(getState()).length > 0) dispatch({ type: 'leftovers', status: 'asking' });
      else await this.encrypt();
    },

    askLeftovers: () => dispatch({ type: 'leftovers', status: 'asking' }),
    keepLeftovers: () => dispatch({ type: 'leftovers', status: 'idle' }),

    async removeLeftovers(then) {
      if (getState().leftovers === 'running') return;
      dispatch({ type: 'leftovers', status: 'running' });
      let all = true;
      for (const a of leftoverAttachments(getState())) all = (await removeAttachmentChecked(port, call, a.id)) === 'removed' && all;
      await loadAttachments();
      const left = leftoverAttachments(getState()).length;
      dispatch({ type: 'leftovers', status: all && left === 0 ? 'idle' : 'failed' });
      if (then === 'encrypt' && all && left === 0) await this.encrypt();
    },

    async removeAttachmentAndCheck(id) {
      await removeAttachmentChecked(port, call, id);
      await loadAttachments();
      await this.check();
    },

    async finish() {
      const e = getState().encryption;
      if (e.status !== 'unfinished' || e.finishing === 'yes') return;
      dispatch({ type: 'finishing' });
      const result = await finishReferral(port, call, e.result);
      dispatch(isFinished(result) ? { type: 'encrypt-done', result } : { type: 'encrypt-unfinished', result });
      void loadAttachments();
    },

    restoreOriginal: putBackHeld,

    async retryTraces() {
      const e = getState().encryption;
      if (e.status !== 'done' && e.status !== 'unfinished') return;
      dispatch({ type: 'traces', stored: await writeTraces(port, call, e.result.traces) });
    },

    async useText() {
      const view = getView();
      const text = view.text;
      const protocol = view.protocol ?? view.keptProtocol;
      if (!text || !protocol) return;
      dispatch({ type: 'mail-text', status: 'running' });
      try {
        await writeNeutralText(port, call, text.subject, text.body, signoff(protocol, port.userDisplayName));
        dispatch({ type: 'mail-text', status: 'done' });
      } catch {
        dispatch({ type: 'mail-text', status: 'failed' });
      }
    },

    async removeInline() {
      if (getState().inlineRemoval === 'running') return;
      dispatch({ type: 'inline-removal', status: 'running' });
      const removed = await removeInlineImages(port, call);
      dispatch({ type: 'inline-removal', status: removed ? 'done' : 'failed' });
      await loadAttachments();
    },

    async check() {
      const current = getState();
      dispatch({ type: 'check', check: { status: 'running' } });
      // The inline-image list of the text step follows what the check reads.
      void loadAttachments();
      const done = current.encryption.status === 'done' ? current.encryption.result : null;
      try {
        // The same reader as the Send handler, so the pane's verdict is the one Send will give.
        const [{ readMailSnapshot }, { evaluateSend }] = await Promise.all([import(/* webpackChunkName: "check" */ '../../office/readSnapshot'), rules.load()]);
        // A kept earlier referral is judged as the Send check judges it: by the protocol and
        // consent its headers record, since this pane never asked for either.
        const kept = keptPrior(current);
        const recorded = kept?.marker.status === 'valid' ? kept.marker.marker : null;
        const { snapshot, marker } = await readMailSnapshot(port, {
          location: recorded ? { by: 'protocolId', value: recorded.protocolId } : locationOf(current.query, registry),
          consentConfirmed: recorded ? recorded.consent === 'confirmed' : current.consent === 'confirmed',
          ...(done ? { password: done.password, traces: done.traces } : {}),
        });
        dispatch({ type: 'recipients-read', list: snapshot.recipients });
        const verdict = evaluateSend(snapshot, registry, now());
        dispatch({ type: 'check', check: { status: 'done', decision: verdict, marker: marker.status, salt: snapshot.traces?.salt ?? '' } });
      } catch {
        dispatch({ type: 'check', check: { status: 'failed' } });
      }
    },

    async acknowledge() {
      const current = getState().check;
      if (current.status !== 'done' || current.decision.outcome !== 'prompt') return;
      try {
        const { acknowledge } = await rules.load();
        const record = acknowledge(current.decision.reasons, current.salt);
        await call(() => port.setSessionData(ACKNOWLEDGEMENT_SESSION_KEY, JSON.stringify(record)));
      } catch {
        dispatch({ type: 'check', check: { ...current, acknowledgeFailed: true } });
        return;
      }
      await this.check();
    },

    async reportBreach(message) {
      dispatch({ type: 'breach-mail', status: 'running' });
      try {
        // Not retried: a form that did open after a transient error must not open twice.
        await port.displayNewMessageForm(message);
        dispatch({ type: 'breach-mail', status: 'done' });
      } catch (error) {
        dispatch({ type: 'breach-mail', status: error instanceof MailboxError && error.code === 'not-supported' ? 'unsupported' : 'failed' });
      }
    },
  };
}
