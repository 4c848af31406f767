// The referral flow's state, as one reducer. Pure: no React, no Office, no clock (the day is an
// argument of the selectors), so every step's gating can be unit-tested.
//
// Invariants:
// - Client data (the pane form's document, the password) lives only in this state, in memory.
// - Once the encrypted zip is attached, location, consent and source are locked: the headers
//   and the zip are bound to that protocol, and changing them would silently make them lie.
// - Every verdict shown comes from the shared rules (evaluateReferral / evaluateSend); this
//   module only decides which step a reason belongs to.
import type { CalendarDay, ClientDetails, ClientLocation, ClientTraces, Decision, Reason, Recipient, Registry } from '../domain';
import { classifyQuery, evaluateReferral, findByMunicipality, sameMailbox } from '../domain';
import type { PriorReferral } from './mailActions';

export type RecipientsState =
  | { status: 'loading' }
  | { status: 'ready'; list: readonly Recipient[] }
  | { status: 'failed' };

export type PaneDocument = {
  name: string;
  reference: string;
  bytes: Uint8Array;
  client: ClientDetails;
  transliteratedFields: readonly string[];
};

export type Source =
  | { kind: 'none' }
  | { kind: 'attachment'; attachmentId: string | null; name: string }
  | { kind: 'pane-form'; document: PaneDocument | null };

export type EncryptStage = 'reading' | 'encrypting' | 'attaching' | 'confirming' | 'removing' | 'headers';

export type FailureCode = 'read-original' | 'too-large' | 'encrypt' | 'attach' | 'confirm';

export type Encrypted = {
  reference: string;
  /** What the checks look for in the subject and body (salted hashes; src/domain/traces.ts). */
  traces: ClientTraces;
  /** Whether the Send check can see them too (item sessionData, Mailbox 1.11). */
  tracesStored: 'written' | 'unsupported' | 'failed';
  password: string;
  zipName: string;
  zipId: string;
  sha256: string;
  protocolId: string;
  /** The plaintext attachment we replaced, if the form came from the mail. */
  original: { id: string; name: string; status: 'removed' | 'still-attached' } | null;
  headers: 'written' | 'failed';
};

export type Encryption =
  | { status: 'idle' }
  | { status: 'running'; stage: EncryptStage; done: number; total: number; retrying: 'no' | 'yes' }
  | { status: 'failed'; failure: FailureCode }
  | { status: 'done'; result: Encrypted };

export type Task = 'idle' | 'running' | 'done' | 'failed';

export type CheckState = { status: 'idle' | 'running' | 'failed' } | { status: 'done'; decision: Decision; marker: 'valid' | 'absent' | 'invalid' };

/**
 * An encrypted referral the pane made earlier on this mail (found at start). Its password is gone
 * with the pane that made it, so the team member decides: remove it and start again, or (a whole
 * referral only) keep it because they still have the password.
 */
export type PriorState =
  | { status: 'checking' }
  | { status: 'none' }
  | { status: 'found'; prior: PriorReferral; choice: 'undecided' | 'keep'; clearing: Task }
  | { status: 'cleared' };

export type FlowState = {
  view: 'flow' | 'help';
  prior: PriorState;
  query: string;
  /** 'typing' hides "not found" until the query is complete, left, or confirmed. */
  queryState: 'typing' | 'committed';
  recipients: RecipientsState;
  setRecipients: Task;
  consent: 'unconfirmed' | 'confirmed';
  source: Source;
  encryption: Encryption;
  passOn: 'pending' | 'confirmed';
  mailText: Task;
  check: CheckState;
};

export type FlowAction =
  | { type: 'view'; view: FlowState['view'] }
  | { type: 'prior-found'; prior: PriorReferral | null }
  | { type: 'prior-keep' }
  | { type: 'prior-clearing'; status: Task }
  | { type: 'query-typed'; query: string }
  | { type: 'query-committed'; query?: string }
  | { type: 'recipients-loading' }
  | { type: 'recipients-read'; list: readonly Recipient[] }
  | { type: 'recipients-failed' }
  | { type: 'set-recipients'; status: Task }
  | { type: 'consent'; consent: FlowState['consent'] }
  | { type: 'source-kind'; kind: Source['kind'] }
  | { type: 'source-attachment'; attachmentId: string; name: string }
  | { type: 'document-ready'; document: PaneDocument }
  | { type: 'document-cleared' }
  | { type: 'encrypt-progress'; stage: EncryptStage; done?: number; total?: number }
  | { type: 'encrypt-retrying' }
  | { type: 'encrypt-failed'; failure: FailureCode }
  | { type: 'encrypt-done'; result: Encrypted }
  | { type: 'original'; status: 'removed' | 'still-attached' }
  | { type: 'headers'; status: Encrypted['headers'] }
  | { type: 'pass-on'; passOn: FlowState['passOn'] }
  | { type: 'mail-text'; status: Task }
  | { type: 'check'; check: CheckState };

export const initialFlow: FlowState = {
  view: 'flow',
  prior: { status: 'checking' },
  query: '',
  queryState: 'typing',
  recipients: { status: 'loading' },
  setRecipients: 'idle',
  consent: 'unconfirmed',
  source: { kind: 'none' },
  encryption: { status: 'idle' },
  passOn: 'pending',
  mailText: 'idle',
  check: { status: 'idle' },
};

export function isLocked(state: FlowState): boolean {
  return state.encryption.status === 'done' || state.encryption.status === 'running';
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  // The mail changed under the last check: its verdict no longer describes the mail.
  const stale = (s: FlowState): FlowState => (s.check.status === 'done' ? { ...s, check: { status: 'idle' } } : s);
  switch (action.type) {
    case 'view':
      return { ...state, view: action.view };
    case 'prior-found':
      if (state.prior.status !== 'checking') return state;
      return { ...state, prior: action.prior ? { status: 'found', prior: action.prior, choice: 'undecided', clearing: 'idle' } : { status: 'none' } };
    case 'prior-keep':
      // Only a whole referral can be kept: anything less would be sent as a broken one.
      if (state.prior.status !== 'found' || !state.prior.prior.whole) return state;
      return stale({ ...state, prior: { ...state.prior, choice: 'keep' } });
    case 'prior-clearing':
      if (state.prior.status !== 'found') return state;
      if (action.status === 'done') return stale({ ...state, prior: { status: 'cleared' } });
      return { ...state, prior: { ...state.prior, clearing: action.status } };
    case 'query-typed':
      if (isLocked(state)) return state;
      return { ...state, query: action.query, queryState: isCompleteQuery(action.query) ? 'committed' : 'typing' };
    case 'query-committed':
      if (isLocked(state)) return state;
      return { ...state, query: action.query ?? state.query, queryState: 'committed' };
    case 'recipients-loading':
      return state.recipients.status === 'ready' ? state : { ...state, recipients: { status: 'loading' } };
    case 'recipients-read':
      return stale({ ...state, recipients: { status: 'ready', list: action.list } });
    case 'recipients-failed':
      return { ...state, recipients: { status: 'failed' } };
    case 'set-recipients':
      return { ...state, setRecipients: action.status };
    case 'consent':
      if (isLocked(state)) return state;
      return { ...state, consent: action.consent };
    case 'source-kind':
      if (isLocked(state) || state.source.kind === action.kind) return state;
      if (action.kind === 'attachment') return { ...state, source: { kind: 'attachment', attachmentId: null, name: '' }, encryption: { status: 'idle' } };
      if (action.kind === 'pane-form') return { ...state, source: { kind: 'pane-form', document: null }, encryption: { status: 'idle' } };
      return { ...state, source: { kind: 'none' } };
    case 'source-attachment':
      if (isLocked(state) || state.source.kind !== 'attachment') return state;
      return { ...state, source: { kind: 'attachment', attachmentId: action.attachmentId, name: action.name }, encryption: { status: 'idle' } };
    case 'document-ready':
      if (isLocked(state) || state.source.kind !== 'pane-form') return state;
      return { ...state, source: { kind: 'pane-form', document: action.document }, encryption: { status: 'idle' } };
    case 'document-cleared':
      if (isLocked(state) || state.source.kind !== 'pane-form') return state;
      return { ...state, source: { kind: 'pane-form', document: null } };
    case 'encrypt-progress':
      return {
        ...state,
        encryption: {
          status: 'running',
          stage: action.stage,
          done: action.done ?? 0,
          total: action.total ?? 0,
          retrying: 'no',
        },
      };
    case 'encrypt-retrying':
      return state.encryption.status === 'running' ? { ...state, encryption: { ...state.encryption, retrying: 'yes' } } : state;
    case 'encrypt-failed':
      return { ...state, encryption: { status: 'failed', failure: action.failure } };
    case 'encrypt-done':
      return stale({ ...state, encryption: { status: 'done', result: action.result }, passOn: 'pending', mailText: 'idle' });
    case 'original': {
      if (state.encryption.status !== 'done' || state.encryption.result.original === null) return state;
      const result = { ...state.encryption.result, original: { ...state.encryption.result.original, status: action.status } };
      return stale({ ...state, encryption: { status: 'done', result } });
    }
    case 'headers': {
      if (state.encryption.status !== 'done') return state;
      return stale({ ...state, encryption: { status: 'done', result: { ...state.encryption.result, headers: action.status } } });
    }
    case 'pass-on':
      return { ...state, passOn: action.passOn };
    case 'mail-text':
      return stale({ ...state, mailText: action.status });
    case 'check':
      return { ...state, check: action.check };
  }
}

/** Four digits (a postcode) or five (a NIS code): nothing more will be typed, judge it now. */
function isCompleteQuery(query: string): boolean {
  return /^\d{4,5}$/.test(query.trim());
}

/** What the typed text says about where the client lives, or null when nothing was typed. */
export function locationOf(query: string): ClientLocation | null {
  const value = query.trim();
  if (value === '') return null;
  return { by: classifyQuery(value), value };
}

export type StepReasons = {
  location: readonly Reason[];
  recipients: readonly Reason[];
  consent: readonly Reason[];
};

const LOCATION_CODES: ReadonlySet<Reason['code']> = new Set(['location-missing', 'location-invalid', 'protocol-not-found', 'protocol-not-yet-in-force', 'protocol-ended']);

/** The shared rules' verdict on where, to whom and with whose consent; split by step. */
export function referralVerdict(state: FlowState, registry: Registry, day: CalendarDay): { decision: Decision; steps: StepReasons } {
  const decision = evaluateReferral(
    {
      location: locationOf(state.query),
      recipients: state.recipients.status === 'ready' ? [...state.recipients.list] : [],
      consentConfirmed: state.consent === 'confirmed',
    },
    registry,
    day,
  );
  const location = decision.reasons.filter((r) => LOCATION_CODES.has(r.code));
  const consent = decision.reasons.filter((r) => r.code === 'consent-missing');
  const recipients = decision.reasons.filter((r) => !LOCATION_CODES.has(r.code) && r.code !== 'consent-missing');
  return { decision, steps: { location, recipients, consent } };
}

/** Whether the location reasons should be shown yet (no "not found" for half a word). */
export function showLocationVerdict(state: FlowState, registry: Registry): boolean {
  if (state.queryState === 'committed') return state.query.trim() !== '';
  const location = locationOf(state.query);
  return location !== null && location.by === 'municipality' && findByMunicipality(registry, location.value).length > 0;
}

/** Reasons about one recipient (matched on address and field), for its line in the list. */
export function reasonsFor(recipient: Recipient, reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => 'address' in r && 'field' in r && r.address === recipient.address.trim() && r.field === recipient.field);
}

/** Reasons about the recipients as a whole ("the registered mailbox is missing"). */
export function generalRecipientReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => !('address' in r && 'field' in r));
}

/** Recipients the "set To" button would remove: everyone but one exact To entry of the mailbox. */
export function recipientsToRemove(list: readonly Recipient[], mailbox: string): Recipient[] {
  let keptOne = false;
  return list.filter((r) => {
    if (!keptOne && r.field === 'to' && sameMailbox(r.address, mailbox)) {
      keptOne = true;
      return false;
    }
    return true;
  });
}

export type SourceReadiness = 'ready' | 'choose-source' | 'choose-attachment' | 'fill-form';

export function sourceReadiness(source: Source): SourceReadiness {
  if (source.kind === 'none') return 'choose-source';
  if (source.kind === 'attachment') return source.attachmentId === null ? 'choose-attachment' : 'ready';
  return source.document === null ? 'fill-form' : 'ready';
}

/** Encrypting waits until the mail is known to hold no earlier referral (or it was removed). */
export function priorBlocks(state: FlowState): 'checking' | 'found' | 'no' {
  if (state.prior.status === 'checking') return 'checking';
  return state.prior.status === 'found' ? 'found' : 'no';
}

/** The earlier referral the team member chose to keep (they still have its password), or null. */
export function keptPrior(state: FlowState): PriorReferral | null {
  return state.prior.status === 'found' && state.prior.choice === 'keep' ? state.prior.prior : null;
}

/** True when the password is shown but the team member has not confirmed passing it on. */
export function passwordAtRisk(state: FlowState): boolean {
  return state.encryption.status === 'done' && state.passOn === 'pending';
}
