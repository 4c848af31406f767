// The referral flow's state, as one reducer. Pure: no React, no Office, no clock (the day is an
// argument of the selectors), so every step's gating can be unit-tested.
//
// Invariants:
// - Client data (the pane form's document, the password) lives only in this state, in memory.
// - Once the encrypted zip is attached, location, consent and source are locked: the headers
//   and the zip are bound to that protocol, and changing them would silently make them lie.
// - Every verdict shown comes from the shared rules (evaluateReferral / evaluateSend); this
//   module only decides which step a reason belongs to.
import type { CalendarDay, ClientLocation, Decision, Protocol, Reason, Recipient, Registry } from '../domain';
import { classifyQuery, evaluateReferral, findById, findByMunicipality, sameMailbox } from '../domain';
import type { NeutralText } from './neutralText';
import { neutralText } from './neutralText';
import type { Encrypted, FlowAction, FlowState, PriorReferral, Source, SourceReadiness, StepReasons } from './types';

export const initialFlow: FlowState = {
  view: 'flow',
  prior: { status: 'checking' },
  query: '',
  queryState: 'typing',
  recipients: { status: 'loading' },
  following: 'polling',
  setRecipients: 'idle',
  consent: 'unconfirmed',
  source: { kind: 'none' },
  attachments: { status: 'idle' },
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
    case 'following':
      return { ...state, following: action.following };
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
    case 'attachments':
      return { ...state, attachments: action.attachments };
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

/** What still stands between the team member and encrypting that is not a rule's reason. */
export type Missing = 'prior-found' | 'prior-checking' | Exclude<SourceReadiness, 'ready'>;

/** Everything the pane shows that follows from the state, the registry and the day: one selector. */
export type ReferralView = {
  day: CalendarDay;
  decision: Decision;
  steps: StepReasons;
  /** The protocol for the typed location (also when not in force), or null. */
  protocol: Protocol | null;
  /** A protocol in force, and its verdict may be shown: the later steps open. */
  open: boolean;
  showVerdict: boolean;
  locked: boolean;
  encrypted: Encrypted | null;
  /** The earlier referral the team member chose to keep, with the protocol its headers name. */
  kept: PriorReferral | null;
  keptProtocol: Protocol | null;
  text: NeutralText | null;
  missing: readonly Missing[];
  /** Encrypting is possible now (the worker is started ahead when this becomes true). */
  canEncrypt: boolean;
};

export function referralView(state: FlowState, registry: Registry, day: CalendarDay): ReferralView {
  const { decision, steps } = referralVerdict(state, registry, day);
  const protocol = decision.protocol;
  const showVerdict = showLocationVerdict(state, registry);
  const open = decision.protocolStatus === 'in-force' && protocol !== null && showVerdict;
  const encrypted = state.encryption.status === 'done' ? state.encryption.result : null;
  const kept = keptPrior(state);
  const keptMarker = kept?.marker.status === 'valid' ? kept.marker.marker : null;
  const keptProtocol = keptMarker ? (findById(registry, keptMarker.protocolId) ?? null) : null;
  const text =
    encrypted && protocol ? neutralText(encrypted.reference, protocol) : keptMarker && keptProtocol ? neutralText(keptMarker.reference, keptProtocol) : null;
  const readiness = sourceReadiness(state.source);
  const blockedByPrior = priorBlocks(state);
  const missing: Missing[] = [
    ...(blockedByPrior === 'found' ? (['prior-found'] as const) : blockedByPrior === 'checking' ? (['prior-checking'] as const) : []),
    ...(readiness === 'ready' ? [] : [readiness]),
  ];
  const canEncrypt =
    decision.allowed && readiness === 'ready' && blockedByPrior === 'no' && (state.encryption.status === 'idle' || state.encryption.status === 'failed');
  return { day, decision, steps, protocol, open, showVerdict, locked: isLocked(state), encrypted, kept, keptProtocol, text, missing, canEncrypt };
}
