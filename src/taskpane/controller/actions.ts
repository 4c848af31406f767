// What the team member can do in the pane, as plain async functions over the store: each reads
// the state as it is when it runs (getState), never as it was at some render, and says what
// happened only by dispatching to the pure reducer. No React here, so the actions can be driven
// from a unit test against the simulated mailbox as well as from the pane.
import type { Registry } from '../../domain';
import { brusselsDay, buildTraces, evaluateSend, protocolWords, saltFrom } from '../../domain';
import type { MailboxPort } from '../../office/port';
import { keptPrior, locationOf, priorBlocks, referralVerdict, referralView } from '../flow';
import type { ReferralView } from '../flow';
import {
  clearPriorReferral,
  encryptAndReplace,
  findPriorReferral,
  formCandidates,
  readRecipients,
  removeOriginal,
  setOnlyRegistered,
  writeHeaders,
  writeNeutralText,
} from '../mailActions';
import type { Call, EncryptSource, FlowAction, FlowState, PaneDocument, Source } from '../types';
import type { CryptoLoader } from './cryptoLoader';
import type { FlowStore } from './store';

export type ActionEnv = {
  store: FlowStore;
  port: MailboxPort;
  call: Call;
  registry: Registry;
  crypto: CryptoLoader;
  now: () => Date;
};

export type ReferralActions = {
  /** The state as it is now (for async code; components get it through React). */
  getState(): FlowState;
  /** The view of the state as it is now. */
  getView(): ReferralView;

  showView(view: FlowState['view']): void;
  typeQuery(query: string): void;
  commitQuery(query?: string): void;
  setConsent(consent: FlowState['consent']): void;
  chooseSourceKind(kind: Source['kind']): void;
  chooseAttachment(attachmentId: string, name: string): void;
  documentReady(document: PaneDocument): void;
  documentCleared(): void;
  setPassOn(passOn: FlowState['passOn']): void;
  keepPrior(): void;

  /** Reads To/Cc/Bcc; resolves with what it dispatched. */
  rereadRecipients(): Promise<FlowAction>;
  /** Follows recipient changes made in Outlook (or re-reads at each step); returns the unsubscribe. */
  followRecipients(): () => void;
  /** Looks once for an earlier referral on this mail; returns a cancel. */
  lookForPrior(): () => void;
  loadAttachments(): Promise<void>;
  setRecipients(): Promise<void>;
  removePrior(): Promise<void>;
  encrypt(): Promise<void>;
  retryRemove(): Promise<void>;
  retryHeaders(): Promise<void>;
  useText(): Promise<void>;
  check(): Promise<void>;
};

export function createReferralActions({ store, port, call, registry, crypto, now }: ActionEnv): ReferralActions {
  const { getState, dispatch } = store;
  const getView = (): ReferralView => referralView(getState(), registry, brusselsDay(now()));

  const rereadRecipients = async (): Promise<FlowAction> => {
    dispatch({ type: 'recipients-loading' });
    let action: FlowAction;
    try {
      action = { type: 'recipients-read', list: await readRecipients(port, call) };
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
    dispatch({ type: 'attachments', attachments: { status: 'loading' } });
    try {
      const list = await call(() => port.getAttachments());
      dispatch({ type: 'attachments', attachments: { status: 'ready', list: formCandidates(list) } });
    } catch {
      dispatch({ type: 'attachments', attachments: { status: 'failed' } });
    }
  };

  return {
    getState,
    getView,

    showView: (view) => dispatch({ type: 'view', view }),
    typeQuery: (query) => dispatch({ type: 'query-typed', query }),
    commitQuery: (query) => dispatch(query === undefined ? { type: 'query-committed' } : { type: 'query-committed', query }),
    setConsent(consent) {
      dispatch({ type: 'consent', consent });
      rereadIfPolling();
    },
    chooseSourceKind(kind) {
      dispatch({ type: 'source-kind', kind });
      if (kind === 'attachment') void loadAttachments();
    },
    chooseAttachment: (attachmentId, name) => dispatch({ type: 'source-attachment', attachmentId, name }),
    documentReady: (document) => dispatch({ type: 'document-ready', document }),
    documentCleared: () => dispatch({ type: 'document-cleared' }),
    setPassOn: (passOn) => dispatch({ type: 'pass-on', passOn }),
    keepPrior: () => dispatch({ type: 'prior-keep' }),

    rereadRecipients,

    followRecipients() {
      let unsubscribe: (() => void) | null = null;
      let gone = false;
      void rereadRecipients();
      port.onRecipientsChanged(() => void rereadRecipients()).then(
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

    async setRecipients() {
      const protocol = getView().protocol;
      if (!protocol) return;
      dispatch({ type: 'set-recipients', status: 'running' });
      try {
        await setOnlyRegistered(port, call, protocol.mailbox);
        dispatch({ type: 'set-recipients', status: 'done' });
      } catch {
        dispatch({ type: 'set-recipients', status: 'failed' });
      }
      await rereadRecipients();
    },

    async removePrior() {
      const current = getState();
      if (current.prior.status !== 'found' || current.prior.clearing === 'running') return;
      dispatch({ type: 'prior-clearing', status: 'running' });
      const outcome = await clearPriorReferral(port, call, current.prior.prior);
      dispatch({ type: 'prior-clearing', status: outcome === 'cleared' ? 'done' : 'failed' });
      if (getState().source.kind === 'attachment') void loadAttachments();
    },

    async encrypt() {
      const current = getState();
      const protocol = getView().protocol;
      if (!protocol || current.encryption.status === 'running' || priorBlocks(current) !== 'no') return;
      // Re-read at this step too: a client without RecipientsChanged may have changed them.
      const read = await rereadRecipients();
      if (read.type !== 'recipients-read') return;
      const fresh = referralVerdict({ ...getState(), recipients: { status: 'ready', list: read.list } }, registry, brusselsDay(now()));
      if (!fresh.decision.allowed) return;
      const src = current.source;
      let source: EncryptSource;
      if (src.kind === 'attachment' && src.attachmentId !== null) source = { kind: 'attachment', id: src.attachmentId, name: src.name };
      else if (src.kind === 'pane-form' && src.document !== null)
        source = { kind: 'document', name: src.document.name, bytes: src.document.bytes, reference: src.document.reference };
      else return;

      // Take the warmed-up worker before the state change below ends the warm-up.
      const taking = crypto.take();
      dispatch({ type: 'encrypt-progress', stage: 'reading' });
      let deps;
      try {
        deps = await taking;
      } catch {
        dispatch({ type: 'encrypt-failed', failure: 'encrypt' });
        return;
      }
      // What the checks must not find in the subject and body: the form's client details, or the
      // words of the team member's own file name. Hashed with a salt new for this mail.
      const traces = buildTraces(
        src.kind === 'pane-form' && src.document !== null ? { client: src.document.client } : { fileName: source.name, exclude: protocolWords(protocol) },
        saltFrom(globalThis.crypto.getRandomValues(new Uint8Array(16))),
      );
      const outcome = await encryptAndReplace({
        port,
        call,
        source,
        protocolId: protocol.id,
        traces,
        deps,
        onStage: (stage, done, total) => dispatch({ type: 'encrypt-progress', stage, ...(done !== undefined ? { done } : {}), ...(total !== undefined ? { total } : {}) }),
      });
      if (outcome.ok) dispatch({ type: 'encrypt-done', result: outcome.result });
      else dispatch({ type: 'encrypt-failed', failure: outcome.failure });
      if (src.kind === 'attachment') void loadAttachments();
    },

    async retryRemove() {
      const encrypted = getView().encrypted;
      if (!encrypted?.original) return;
      dispatch({ type: 'original', status: await removeOriginal(port, call, encrypted.original.id) });
    },

    async retryHeaders() {
      const encrypted = getView().encrypted;
      if (!encrypted) return;
      dispatch({ type: 'headers', status: await writeHeaders(port, call, { reference: encrypted.reference, protocolId: encrypted.protocolId, sha256: encrypted.sha256 }) });
    },

    async useText() {
      const text = getView().text;
      if (!text) return;
      dispatch({ type: 'mail-text', status: 'running' });
      try {
        await writeNeutralText(port, call, text.subject, text.body);
        dispatch({ type: 'mail-text', status: 'done' });
      } catch {
        dispatch({ type: 'mail-text', status: 'failed' });
      }
    },

    async check() {
      const current = getState();
      dispatch({ type: 'check', check: { status: 'running' } });
      const done = current.encryption.status === 'done' ? current.encryption.result : null;
      try {
        // The same reader as the Send handler, so the pane's verdict is the one Send will give.
        const { readMailSnapshot } = await import(/* webpackChunkName: "check" */ '../../office/readSnapshot');
        // A kept earlier referral is judged as the Send check judges it: by the protocol and
        // consent its headers record, since this pane never asked for either.
        const kept = keptPrior(current);
        const recorded = kept?.marker.status === 'valid' ? kept.marker.marker : null;
        const { snapshot, marker } = await readMailSnapshot(port, {
          location: recorded ? { by: 'protocolId', value: recorded.protocolId } : locationOf(current.query),
          consentConfirmed: recorded ? recorded.consent === 'confirmed' : current.consent === 'confirmed',
          ...(done ? { password: done.password, traces: done.traces } : {}),
        });
        dispatch({ type: 'recipients-read', list: snapshot.recipients });
        const verdict = evaluateSend(snapshot, registry, now());
        dispatch({ type: 'check', check: { status: 'done', decision: verdict, marker: marker.status } });
      } catch {
        dispatch({ type: 'check', check: { status: 'failed' } });
      }
    },
  };
}
