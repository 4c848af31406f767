// Step 4, the form to encrypt: an attachment of the mail, or the PDF made from the pane's form.
import type { ReferralForm } from '../../referral/form';
import { formCandidates, isLocked } from '../flow';
import type { AttachmentsState, FlowState, PaneDocument, Source } from '../types';
import type { IntentEnv } from './intent';

export const attachmentsRead = (state: FlowState, list: AttachmentsState): FlowState => ({ ...state, attachments: list });

/** Reads the mail's attachments (the form candidates, inline images and sizes come from them). */
export const loadAttachments = {
  async run(env: IntentEnv): Promise<void> {
    // A list already shown stays while it is read again (no flicker of the choices).
    if (env.getState().attachments.status !== 'ready') env.update((s) => attachmentsRead(s, { status: 'loading' }));
    try {
      const list = await env.call(() => env.port.getAttachments());
      env.update((s) => attachmentsRead(s, { status: 'ready', list }));
    } catch {
      // A list already shown stays: the step that needs the mail's answer says what failed.
      if (env.getState().attachments.status !== 'ready') env.update((s) => attachmentsRead(s, { status: 'failed' }));
    }
  },
};

export const chooseAttachment = {
  perform(state: FlowState, attachmentId: string, name: string): FlowState {
    if (isLocked(state) || state.source.kind !== 'attachment') return state;
    return { ...state, source: { kind: 'attachment', attachmentId, name }, encryption: { status: 'idle' } };
  },
};

export const chooseSourceKind = {
  perform(state: FlowState, kind: Source['kind']): FlowState {
    if (isLocked(state) || state.source.kind === kind) return state;
    if (kind === 'attachment') return { ...state, source: { kind: 'attachment', attachmentId: null, name: '' }, encryption: { status: 'idle' } };
    if (kind === 'pane-form') return { ...state, source: { kind: 'pane-form', document: null }, encryption: { status: 'idle' } };
    return { ...state, source: { kind: 'none' } };
  },
  run(env: IntentEnv, kind: Source['kind']): void {
    if (kind !== 'attachment') return;
    // A lone attachment is the form: chosen for the team member, who still sees it named.
    void loadAttachments.run(env).then(() => {
      const s = env.getState();
      if (s.source.kind !== 'attachment' || s.source.attachmentId !== null || s.attachments.status !== 'ready') return;
      const candidates = formCandidates(s.attachments.list);
      const only = candidates.length === 1 ? candidates[0] : undefined;
      if (only) env.update((state) => chooseAttachment.perform(state, only.id, only.name));
    });
  },
};

/** The chosen attachment is the same file under a new id (put back after a failed run). */
export const sourceMoved = (state: FlowState, attachmentId: string): FlowState =>
  state.source.kind === 'attachment' ? { ...state, source: { ...state.source, attachmentId } } : state;

export const documentReady = (state: FlowState, document: PaneDocument): FlowState => {
  if (isLocked(state) || state.source.kind !== 'pane-form') return state;
  return { ...state, source: { kind: 'pane-form', document }, encryption: { status: 'idle' } };
};

/** Makes the pane form's PDF (paneDocument.ts) for the protocol shown; 'failed' when it could not be made. */
export const makeDocument = {
  async run(env: IntentEnv, form: ReferralForm): Promise<'made' | 'failed'> {
    const protocol = env.getView().protocol;
    if (!protocol) return 'failed';
    try {
      const { makePaneDocument } = await import(/* webpackChunkName: "pane-document" */ '../paneDocument');
      const document = await makePaneDocument(form, protocol, env.now());
      env.update((s) => documentReady(s, document));
      return 'made';
    } catch {
      return 'failed';
    }
  },
};

/** The team member changes the form's details: the PDF made from them is gone. */
export const clearDocument = {
  perform(state: FlowState): FlowState {
    if (isLocked(state) || state.source.kind !== 'pane-form') return state;
    return { ...state, source: { kind: 'pane-form', document: null } };
  },
};

/** What is typed in the pane's form, kept across views (in memory only). */
export const setFormValues = {
  perform(state: FlowState, protocolId: string, values: Readonly<Record<string, string>>): FlowState {
    if (isLocked(state)) return state;
    return { ...state, paneForm: { protocolId, values } };
  },
};
