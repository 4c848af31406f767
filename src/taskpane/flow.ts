// The referral flow's state: where it starts, and the pure selectors over it (what the pane shows
// follows from the state, the registry and the day). The state's changes are the intents'
// (intents/*.ts). Pure: no React, no Office, no clock (the day is an argument of the selectors),
// so every step's gating can be unit-tested.
//
// Invariants:
// - Client data (the pane form's typed values and document, the password) lives only in this
//   state, in memory.
// - Once encrypting starts, location, consent and source are locked (isLocked, which every
//   intent that changes them checks): the headers and the zip are
//   bound to that protocol, and changing them would silently make them lie. They stay locked
//   while the mail may hold the zip, and while the original is held out of the mail.
// - The password is shown ('done') only when the mail is in its final safe state: zip in and
//   confirmed, original out, headers set. Every other outcome is one state with one message.
// - Every verdict shown comes from the shared rules (evaluateLocation / evaluateReferral /
//   evaluateSend); this module only decides which step a reason belongs to.
// - The recipient rules reach this module as an argument (PaneRules), not an import: they arrive
//   in their own chunk after the first screen, and until then only the location is judged and
//   nothing can be encrypted.
import type { CalendarDay, ClientLocation, Decision, Protocol, Reason, Recipient, Registry, evaluateReferral } from '../domain';
import { evaluateLocation, locationOfQuery, findById, findProtocols, referenceOfZipName, sameMailbox } from '../domain';
import { MAIL_ATTACHMENTS_LIMIT, MAX_ZIP_BYTES, maxZipSizeFor } from '../crypto/sizes';
import type { MailAttachment } from '../office/port';
import type { NeutralText } from './neutralText';
import { neutralText } from './neutralText';
import type { EncryptPlan, Encrypted, FlowState, PriorReferral, SizePlan, Source, SourceReadiness, StepReasons } from './types';

export const initialFlow: FlowState = {
  screen: 'flow',
  prior: { status: 'checking' },
  query: '',
  queryState: 'typing',
  recipients: { status: 'loading' },
  following: 'polling',
  onlyRegistered: 'idle',
  consent: 'unconfirmed',
  source: { kind: 'none' },
  attachments: { status: 'idle' },
  encryption: { status: 'idle' },
  held: null,
  passOn: 'pending',
  mailText: 'idle',
  inlineRemoval: 'idle',
  leftovers: 'idle',
  paneForm: null,
  check: { status: 'idle' },
  breachMail: 'idle',
};

export function isLocked(state: FlowState): boolean {
  return (state.encryption.status !== 'idle' && state.encryption.status !== 'failed') || state.held !== null;
}

/** Nothing left to do to the mail for the referral: the zip is the only trace of the original, and the headers are set. */
export function isFinished(result: Encrypted): boolean {
  return (result.original === null || result.original.status === 'removed') && result.headers === 'written';
}

/** What the typed text says about where the client lives, or null when nothing was typed. */
export function locationOf(query: string, registry: Registry): ClientLocation | null {
  const value = query.trim();
  if (value === '') return null;
  return locationOfQuery(registry, value);
}

const LOCATION_CODES: ReadonlySet<Reason['code']> = new Set([
  'location-missing',
  'location-invalid',
  'protocol-not-found',
  'protocol-not-yet-in-force',
  'protocol-ended',
]);

/** The rules the pane loads after its first screen (controller/rules.ts); null until they arrive. */
export type PaneRules = { readonly evaluateReferral: typeof evaluateReferral };

/**
 * Before the recipient rules have arrived: the location judged alone, and a decision that allows
 * nothing (the later steps stay closed until the rules are there, see referralView).
 */
function locationOnly(state: FlowState, registry: Registry, day: CalendarDay): { decision: Decision; steps: StepReasons } {
  const where = evaluateLocation(locationOf(state.query, registry), registry, day);
  const decision: Decision = {
    allowed: false,
    outcome: 'block',
    kind: 'referral',
    protocol: where.protocol,
    protocolStatus: where.protocolStatus,
    day,
    reasons: where.reasons,
  };
  return { decision, steps: { location: where.reasons, recipients: [], consent: [] } };
}

/** The shared rules' verdict on where, to whom and with whose consent; split by step. */
export function referralVerdict(state: FlowState, registry: Registry, day: CalendarDay, rules: PaneRules | null): { decision: Decision; steps: StepReasons } {
  if (rules === null) return locationOnly(state, registry, day);
  const decision = rules.evaluateReferral(
    {
      location: locationOf(state.query, registry),
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
  const location = locationOf(state.query, registry);
  // A name (alone or with its postcode, "8957 Mesen") that already names a protocol's municipality.
  return location !== null && location.by !== 'nis' && !/^\d+$/.test(state.query.trim()) && findProtocols(registry, location).length > 0;
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

/** True when the original form is out of the mail and only in the pane's memory. */
export function originalAtRisk(state: FlowState): boolean {
  return state.held !== null;
}

/**
 * Whether the original and its zip fit in the mail together (the zip is as large as the original,
 * give or take the zip's few hundred bytes), from the sizes Outlook reports, before anything is
 * read or encrypted. The zip's size is the upper bound of crypto/limits, so "fits" is never wrong.
 */
export function sizePlan(state: FlowState): SizePlan {
  if (state.attachments.status !== 'ready') return { kind: 'unknown' };
  const list = state.attachments.list;
  const total = list.reduce((sum, a) => sum + a.size, 0);
  const source = state.source;
  let others: number;
  let zip: number;
  let original: MailAttachment | undefined;
  if (source.kind === 'attachment' && source.attachmentId !== null) {
    original = list.find((a) => a.id === source.attachmentId);
    if (!original) return { kind: 'unknown' };
    zip = maxZipSizeFor([{ name: original.name, size: original.size }]);
    if (zip > MAX_ZIP_BYTES) return { kind: 'too-large', reason: 'form', size: original.size };
    others = total - original.size;
  } else if (source.kind === 'pane-form' && source.document !== null) {
    zip = maxZipSizeFor([{ name: source.document.name, size: source.document.bytes.length }]);
    others = total;
  } else {
    return { kind: 'unknown' };
  }
  if (others + (original?.size ?? 0) + zip <= MAIL_ATTACHMENTS_LIMIT) return { kind: 'fits' };
  if (original && others + zip <= MAIL_ATTACHMENTS_LIMIT) return { kind: 'original-out-first', originalSize: original.size };
  return { kind: 'too-large', reason: 'mail', size: others };
}

/** Attachments a team member could mean as "the form": real files, not inline images. */
export function formCandidates(list: readonly MailAttachment[]): MailAttachment[] {
  return list.filter((a) => a.attachmentType === 'file' && !a.isInline && referenceOfZipName(a.name) === null);
}

/** The mail's inline images (signature logos, pasted screenshots): they travel unencrypted. */
export function inlineImages(state: FlowState): readonly MailAttachment[] {
  return state.attachments.status === 'ready' ? state.attachments.list.filter((a) => a.isInline) : [];
}

/**
 * The attachments that would travel unencrypted next to the zip: every attachment but the chosen
 * form, this pane's zip (or an earlier one, which has its own step) and the inline images (step 7).
 * A PDF attached before the form was made in the pane is the common case.
 */
export function leftoverAttachments(state: FlowState): readonly MailAttachment[] {
  if (state.attachments.status !== 'ready') return [];
  const source = state.source;
  return state.attachments.list.filter(
    (a) => !a.isInline && referenceOfZipName(a.name) === null && !(source.kind === 'attachment' && a.id === source.attachmentId),
  );
}

/** What still stands between the team member and encrypting that is not a rule's reason. */
export type Missing = 'prior-found' | 'prior-checking' | 'original-held' | 'too-large' | Exclude<SourceReadiness, 'ready'>;

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
  sizePlan: SizePlan;
  plan: EncryptPlan;
  inline: readonly MailAttachment[];
  /** Attachments that would travel unencrypted next to the zip (leftoverAttachments). */
  leftovers: readonly MailAttachment[];
  /** Encrypting is possible now (the worker is started ahead when this becomes true). */
  canEncrypt: boolean;
};

export function referralView(state: FlowState, registry: Registry, day: CalendarDay, rules: PaneRules | null): ReferralView {
  const { decision, steps } = referralVerdict(state, registry, day, rules);
  const protocol = decision.protocol;
  const showVerdict = showLocationVerdict(state, registry);
  // Without the rules the later steps would show recipients as fine: they open with them.
  const open = decision.protocolStatus === 'in-force' && protocol !== null && showVerdict && rules !== null;
  const encrypted = state.encryption.status === 'done' ? state.encryption.result : null;
  const kept = keptPrior(state);
  const keptMarker = kept?.marker.status === 'valid' ? kept.marker.marker : null;
  const keptProtocol = keptMarker ? (findById(registry, keptMarker.protocolId) ?? null) : null;
  const text =
    encrypted && protocol ? neutralText(encrypted.reference, protocol) : keptMarker && keptProtocol ? neutralText(keptMarker.reference, keptProtocol) : null;
  const readiness = sourceReadiness(state.source);
  const blockedByPrior = priorBlocks(state);
  const size = sizePlan(state);
  const missing: Missing[] = [
    ...(blockedByPrior === 'found' ? (['prior-found'] as const) : blockedByPrior === 'checking' ? (['prior-checking'] as const) : []),
    ...(state.held !== null ? (['original-held'] as const) : []),
    ...(readiness === 'ready' ? [] : [readiness]),
    ...(size.kind === 'too-large' ? (['too-large'] as const) : []),
  ];
  const canEncrypt = decision.allowed && missing.length === 0 && (state.encryption.status === 'idle' || state.encryption.status === 'failed');
  const plan: EncryptPlan = size.kind === 'original-out-first' ? 'original-out-first' : 'add-first';
  return {
    day,
    decision,
    steps,
    protocol,
    open,
    showVerdict,
    locked: isLocked(state),
    encrypted,
    kept,
    keptProtocol,
    text,
    missing,
    sizePlan: size,
    plan,
    inline: inlineImages(state),
    leftovers: leftoverAttachments(state),
    canEncrypt,
  };
}
