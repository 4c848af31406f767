// The one verdict. The task pane and the Send handler both call evaluateSend on a parsed
// snapshot, so they cannot disagree about the same mail. Pure: the time is an argument, the
// registry is an argument, nothing is read from anywhere else. Same input, same decision.
//
// Three outcomes (docs/send-check.md has the table): allow; block, for a referral or a mail that
// looks like one and breaks a rule, or any mail to or near an OCMW whose text holds what may never
// leave in the clear (strong evidence); prompt, for a mail near an OCMW that is not a referral (a
// follow-up to a registered mailbox, a typo of one, a recipient named as an OCMW, a group with
// attachments), whose text shows nothing that belongs only in the zip.
//
// Attachments near an OCMW are graded (src/domain/attachmentEvidence.ts): a plaintext form, or a
// picture or PDF of one, is strong evidence (to a registered mailbox: a referral that bypassed
// the pane; to another address at its domain: refused); an ordinary attachment is asked about,
// named; a signature logo counts for nothing.
//
// Weak evidence in the text of any of them (a word of the client's name that is also a common
// word) is asked about, unless the user already let those findings pass in the pane
// (acknowledgement.ts).
import type { CalendarDay } from './dates';
import type { LocationVerdict } from './locationVerdict';
import { evaluateLocation } from './locationVerdict';
import { brusselsDay } from './dates';
import type { Outcome, Reason } from './reasonParams';
import { REASON_OUTCOME, outcomeOf, reason, sortReasons } from './reasons';
import type { Protocol, Registry } from './registry';
import { checkRecipients, groupReasons, screenRecipients } from './recipients';
import { checkContent, checkText } from './content';
import type { FormEvidence } from './attachmentEvidence';
import { formEvidence, mentionsReferral } from './attachmentEvidence';
import { REFERENCE_IN_TEXT } from './formats';
import { applyAcknowledgement } from './acknowledgement';
import type { MailSnapshot, ReferralSnapshot } from './snapshot';
import { isSendCheckTestAddress } from './sendCheckTest';
import { shippedRelease } from './shippedRelease';

/**
 * What the mail was judged as. referral: the pane prepares it or its headers mark it;
 * referral-like: unmarked, but a recipient imitates a registered mailbox, or it carries a
 * plaintext form (or a picture or PDF of one) to a registered one, or it goes to a non-ASCII or
 * xn-- address and looks like a referral; follow-up: unmarked, to a registered mailbox, nothing
 * that looks like a form; near-miss: unmarked, close to an OCMW; ordinary: none of these.
 */
export type MailKind = 'referral' | 'referral-like' | 'follow-up' | 'near-miss' | 'send-check-test' | 'ordinary';

export type Decision = {
  /** Exactly when the outcome is 'allow'. */
  readonly allowed: boolean;
  readonly outcome: Outcome;
  readonly kind: MailKind;
  /** The protocol that applies (also when it is not in force that day), or null when none does. */
  readonly protocol: Protocol | null;
  readonly protocolStatus: LocationVerdict['protocolStatus'];
  /** The Brussels calendar day the decision is about. */
  readonly day: CalendarDay;
  /** Every reason to refuse, most important first; empty exactly when allowed. */
  readonly reasons: readonly Reason[];
};

/**
 * Protocol validity, recipients and consent: everything that can be judged without a message
 * (used by the command line's `verify`, and as the first half of evaluateSend).
 */
export function evaluateReferral(snapshot: ReferralSnapshot, registry: Registry, day: CalendarDay): Decision {
  const where = evaluateLocation(snapshot.location, registry, day);
  const reasons: Reason[] = [...where.reasons, ...checkRecipients(snapshot.recipients, where.protocol, registry)];
  if (!snapshot.consentConfirmed) reasons.push(reason('consent-missing', {}));
  return decide('referral', where.protocol, where.protocolStatus, day, reasons);
}

/** Every rule, for a mail about to be sent on the given Brussels calendar day. */
export function evaluateSendOnDay(snapshot: MailSnapshot, registry: Registry, day: CalendarDay): Decision {
  // The admin's test mail is held, saying which build judged it (release.ts); a referral to it is
  // held for its own reasons as well.
  const tested = snapshot.recipients.find((r) => isSendCheckTestAddress(r.address));
  const test = tested ? [reason('send-check-test', { address: tested.address, version: shippedRelease().version, registry: shippedRelease().registry })] : [];
  if (snapshot.scope !== 'mail') {
    const referral = asReferral('referral', snapshot, registry, day);
    return test.length > 0 ? decide('referral', referral.protocol, referral.protocolStatus, day, [...test, ...referral.reasons]) : referral;
  }
  if (test.length > 0) return decide('send-check-test', null, 'no-location', day, test);

  const screen = screenRecipients(snapshot.recipients, registry);
  // Looks like a referral that bypassed the pane: every referral rule, and they refuse.
  if (screen.imitation) return asReferral('referral-like', snapshot, registry, day);
  const files = snapshot.attachments.filter((a) => a.isInline !== true);
  const graded = snapshot.attachments.map((a) => ({ a, evidence: formEvidence(a, snapshot.traces) }));
  const forms = graded.filter((g) => g.evidence !== null);
  const named = forms.filter((g) => g.evidence === 'client-data' || g.evidence === 'named');
  if (screen.registered.length > 0 && forms.length > 0) return asReferral('referral-like', snapshot, registry, day);
  if (screen.nonAscii.length > 0 && (named.length > 0 || textLooksLikeReferral(snapshot))) return asReferral('referral-like', snapshot, registry, day);

  const shown = (list: readonly { a: { name: string }; evidence: FormEvidence | null }[]) => list.map((g) => (g.evidence === 'client-data' ? null : g.a.name));
  // A form, or a picture or PDF of one, to a social worker's own address at the OCMW: refused.
  const refusals: Reason[] =
    forms.length > 0
      ? screen.sameDomain.map((r) =>
          reason('attachment-form-to-social-service', { address: r.address, field: r.field, resembles: r.resembles, names: shown(forms) }),
        )
      : [];
  const fileNames = shown(graded.filter((g) => g.a.isInline !== true));
  const asks: Reason[] = [
    ...screen.registered.map((p) =>
      files.length > 0
        ? reason('attachment-to-social-service', { mailbox: p.mailbox, socialService: p.socialService.name, names: fileNames })
        : reason('follow-up-registered-mailbox', { mailbox: p.mailbox, socialService: p.socialService.name }),
    ),
    ...screen.nearMisses,
    // A group: who is in it cannot be read, so only a list at an OCMW's domain, or a file named
    // like a form or after the client, is a reason to ask.
    ...(files.length > 0 ? groupReasons(named.length > 0 ? screen.groups : screen.socialGroups) : []),
    ...(files.length > 0 && refusals.length === 0 ? screen.sameDomain : []),
  ];
  const kind: MailKind = screen.registered.length > 0 ? 'follow-up' : 'near-miss';
  // Another address at an OCMW's domain is read even without attachments: our password or a
  // national register number may go nowhere at an OCMW.
  if (refusals.length === 0 && asks.length === 0 && screen.sameDomain.length === 0) return decide('ordinary', null, 'no-location', day, []);
  // Near an OCMW: what belongs only in the encrypted zip is refused outright; else the user is
  // asked, about the recipients and about weak findings in the text.
  const leaks = acknowledged(checkText(snapshot), snapshot);
  if (refusals.length > 0) return decide(kind, screen.registered[0] ?? null, 'no-location', day, [...refusals, ...leaks]);
  if (leaks.some((r) => REASON_OUTCOME[r.code] === 'block')) return decide(kind, screen.registered[0] ?? null, 'no-location', day, leaks);
  const reasons = [...leaks, ...asks];
  if (reasons.length === 0) return decide('ordinary', null, 'no-location', day, []);
  return decide(kind, screen.registered[0] ?? null, 'no-location', day, reasons);
}

/** The reasons without the weak findings the user let pass in the pane for these traces. */
function acknowledged(reasons: readonly Reason[], snapshot: MailSnapshot): Reason[] {
  return applyAcknowledgement(reasons, snapshot.acknowledged, snapshot.traces?.salt ?? '');
}

/** Words of a referral in the subject (doorverwijzing, verwijsformulier), or a referral's reference in the subject or body. */
function textLooksLikeReferral(snapshot: MailSnapshot): boolean {
  return mentionsReferral(snapshot.subject) || REFERENCE_IN_TEXT.test(snapshot.subject) || REFERENCE_IN_TEXT.test(snapshot.body);
}

function asReferral(kind: 'referral' | 'referral-like', snapshot: MailSnapshot, registry: Registry, day: CalendarDay): Decision {
  const referral = evaluateReferral(snapshot, registry, day);
  const content = acknowledged(checkContent(snapshot), snapshot);
  // Traces that exist but do not parse: the client's data cannot be looked for, so a referral
  // does not leave on the strength of a check that could not be made.
  const traces = snapshot.tracesUnreadable === true ? [reason('referral-traces-unreadable', {})] : [];
  return decide(kind, referral.protocol, referral.protocolStatus, day, [...traces, ...referral.reasons, ...content]);
}

/** Every rule, for a mail about to be sent at instant `now` (judged on its Brussels calendar day). */
export function evaluateSend(snapshot: MailSnapshot, registry: Registry, now: Date): Decision {
  return evaluateSendOnDay(snapshot, registry, brusselsDay(now));
}

function decide(kind: MailKind, protocol: Protocol | null, protocolStatus: Decision['protocolStatus'], day: CalendarDay, reasons: readonly Reason[]): Decision {
  const sorted = sortReasons(reasons);
  const referral = kind === 'referral' || kind === 'referral-like';
  // Belt and braces: a referral under a protocol not in force always yields a reason, but never rely on that alone.
  const outcome: Outcome = referral && sorted.length === 0 && protocolStatus !== 'in-force' ? 'block' : outcomeOf(sorted);
  return { allowed: outcome === 'allow', outcome, kind, protocol, protocolStatus, day, reasons: sorted };
}
