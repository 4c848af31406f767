// Recipient rules (protocol art. 6: only the registered mailbox of the client's OCMW): what each
// recipient means for the Send check, and every reason the recipients of a referral break the
// rule. How an address resembles a mailbox is lookalike.ts, which mailboxes to compare it with is
// mailboxIndex.ts, and what a display name shows is displayName.ts.
//
// An imitation makes the mail be judged as a referral, and refused; a near miss, or a display
// name that shows an OCMW, a "sociale dienst" or a registered municipality over another address,
// is a question to the user. A non-ASCII address makes a mail referral-like only when the mail
// itself looks like a referral (evaluate.ts).
import { distance } from 'fastest-levenshtein';
import type { Protocol, Registry } from './registry';
import type { Reason, ReasonOf } from './reasonParams';
import { reason } from './reasons';
import type { Recipient } from './recipient';
import type { LookalikeKind } from './lookalike';
import { isNonAsciiAddress, resemblance } from './lookalike';
import { candidateProtocols, matchRegistryMailbox, sameDomainProtocol } from './mailboxIndex';
import { addressesIn, displayedOtherAddress, nameWithoutAddresses, namedSocialService } from './displayName';
import { clampAddress, clampDisplayName } from './clamp';

/**
 * Does this recipient make the mail a referral for the Send check? True when the address is a
 * registered mailbox or imitates one, or when its display name shows one.
 */
export function isRegistryMailboxOrLookalike(address: string, registry: Registry, displayName = ''): boolean {
  if (matchRegistryMailbox(address, registry) !== null) return true;
  return addressesIn(clampDisplayName(displayName)).some((shown) => matchRegistryMailbox(shown, registry) !== null);
}

/** The recipient with what no real address or name is cut (clamp.ts); itself when nothing is. */
function clampRecipient(r: Recipient): Recipient {
  const address = clampAddress(r.address);
  const displayName = clampDisplayName(r.displayName);
  return address === r.address && displayName === r.displayName ? r : { ...r, address, displayName };
}

/** What one recipient means for the Send check (strongest first). */
export type RecipientRole =
  /** Exactly a registered mailbox. */
  | { readonly role: 'registered'; readonly protocol: Protocol }
  /** Looks identical to a registered mailbox, carries one whole, or shows one as its display name. */
  | { readonly role: 'imitation' }
  /** Close to a registered mailbox, or named as a social service: a question to the user. */
  | { readonly role: 'near-miss'; readonly reason: Reason }
  /**
   * A distribution list or contact group: who is in it cannot be read. `protocol`: the one whose
   * registered mailbox is at the group's domain (a list at the OCMW), else null.
   */
  | { readonly role: 'group'; readonly protocol: Protocol | null }
  /**
   * Another address at a registered mailbox's domain (a social worker's own mailbox at the
   * OCMW): a question when the mail carries attachments, since a referral goes only to the
   * registered mailbox.
   */
  | { readonly role: 'same-domain'; readonly protocol: Protocol }
  /** A non-ASCII or xn-- address that resembles no registered mailbox: ordinary, unless the mail looks like a referral. */
  | { readonly role: 'non-ascii' }
  | { readonly role: 'other' };

export function recipientRole(written: Recipient, registry: Registry): RecipientRole {
  const r = clampRecipient(written);
  const address = r.address.trim();
  // Only the mailboxes the index finds are compared: this runs for every recipient of every mail.
  let imitation = false;
  let near: Protocol | null = null;
  let nearEdits = Infinity;
  for (const protocol of candidateProtocols(address, registry)) {
    const kind = resemblance(address, protocol.mailbox).kind;
    if (kind === 'exact') return { role: 'registered', protocol };
    if (kind === 'lookalike') imitation = true;
    if (kind === 'near') {
      const edits = distance(address.toLowerCase(), protocol.mailbox);
      if (edits < nearEdits) {
        near = protocol;
        nearEdits = edits;
      }
    }
  }
  if (imitation) return { role: 'imitation' };
  if (addressesIn(r.displayName).some((shown) => matchRegistryMailbox(shown, registry) !== null)) return { role: 'imitation' };
  if (near) return { role: 'near-miss', reason: reason('recipient-near-miss', { address, field: r.field, resembles: near.mailbox }) };
  // Colleagues in the organisation's own directory ('user') often carry their team's town in
  // their display name; an OCMW is never one of them.
  // Only the name shown, not an address in it: Outlook shows an unresolved recipient's address as
  // its name, and jan@mesen.be does not *name* the OCMW of Mesen (the domain rule below asks).
  const shownName = nameWithoutAddresses(r.displayName);
  const named = r.recipientType === 'user' ? null : namedSocialService(shownName, registry);
  if (named)
    return { role: 'near-miss', reason: reason('recipient-named-social-service', { address, field: r.field, resembles: named.protocol?.mailbox ?? null }) };
  const colleague = sameDomainProtocol(address, registry);
  if (r.recipientType === 'distributionList') return { role: 'group', protocol: colleague };
  if (colleague) return { role: 'same-domain', protocol: colleague };
  if (isNonAsciiAddress(address)) return { role: 'non-ascii' };
  return { role: 'other' };
}

/** The recipients of a mail as the Send check sorts them before reading anything else. */
export type RecipientScreen = {
  /** Registered mailboxes that are recipients, exactly. */
  readonly registered: readonly Protocol[];
  /** Some recipient imitates a registered mailbox (or shows one as its display name). */
  readonly imitation: boolean;
  /** Reasons to ask about near misses, in recipient order. */
  readonly nearMisses: readonly Reason[];
  /** Distribution lists and contact groups (a question only when the mail has attachments, see evaluate.ts). */
  readonly groups: readonly Recipient[];
  /** The groups among them at a registered mailbox's domain (a list at the OCMW). */
  readonly socialGroups: readonly Recipient[];
  /** Other addresses at a registered mailbox's domain (a question only when the mail has attachments). */
  readonly sameDomain: readonly ReasonOf<'recipient-same-domain-with-attachments'>[];
  /** Non-ASCII or xn-- addresses that resemble no registered mailbox (ordinary, unless the mail looks like a referral). */
  readonly nonAscii: readonly Recipient[];
};

export function screenRecipients(recipients: readonly Recipient[], registry: Registry): RecipientScreen {
  const registered: Protocol[] = [];
  const nearMisses: Reason[] = [];
  const groups: Recipient[] = [];
  const socialGroups: Recipient[] = [];
  const sameDomain: ReasonOf<'recipient-same-domain-with-attachments'>[] = [];
  const nonAscii: Recipient[] = [];
  let imitation = false;
  for (const r of recipients) {
    const role = recipientRole(r, registry);
    if (role.role === 'registered' && registered.indexOf(role.protocol) < 0) registered.push(role.protocol);
    else if (role.role === 'imitation') imitation = true;
    else if (role.role === 'near-miss') nearMisses.push(role.reason);
    else if (role.role === 'group') {
      groups.push(r);
      if (role.protocol) socialGroups.push(r);
    } else if (role.role === 'same-domain') {
      sameDomain.push(reason('recipient-same-domain-with-attachments', { address: r.address.trim(), field: r.field, resembles: role.protocol.mailbox }));
    } else if (role.role === 'non-ascii') nonAscii.push(r);
  }
  return { registered, imitation, nearMisses, groups, socialGroups, sameDomain, nonAscii };
}

/** The reasons to ask about the groups of a mail that has attachments. */
export function groupReasons(groups: readonly Recipient[]): Reason[] {
  return groups.map((g) => reason('recipient-group-with-attachments', { address: g.address.trim(), field: g.field }));
}

const LOOKALIKE_CODE = {
  confusable: 'recipient-lookalike-confusable',
  punycode: 'recipient-lookalike-punycode',
  'non-ascii': 'recipient-lookalike-non-ascii',
  embedded: 'recipient-lookalike-embedded',
  'longer-domain': 'recipient-lookalike-longer-domain',
  'trailing-dot': 'recipient-lookalike-trailing-dot',
  'sub-address': 'recipient-sub-address',
} as const satisfies Record<LookalikeKind, Reason['code']>;

/**
 * Every reason the recipients break the rule "exactly one recipient, in To, equal to the
 * registered mailbox of `protocol`". With no protocol (unknown municipality) only the checks that
 * need none are made: Cc/Bcc, lists, display names, and imitations of any registered mailbox.
 */
export function checkRecipients(recipients: readonly Recipient[], protocol: Protocol | null, registry: Registry): Reason[] {
  const reasons: Reason[] = [];
  let exactInTo = 0;
  for (const written of recipients) {
    const r = clampRecipient(written);
    const address = r.address.trim();
    const field = r.field;
    if (field === 'cc') reasons.push(reason('recipient-cc', { address, field }));
    if (field === 'bcc') reasons.push(reason('recipient-bcc', { address, field }));
    if (r.recipientType === 'distributionList') reasons.push(reason('recipient-distribution-list', { address, field }));
    const shown = displayedOtherAddress(r.displayName, address);
    if (shown !== null) reasons.push(reason('recipient-display-name-mismatch', { address, field, shown }));

    const own = protocol ? resemblance(address, protocol.mailbox) : null;
    if (protocol && own?.kind === 'exact') {
      if (field === 'to') exactInTo++;
      if (field === 'to' && exactInTo === 2) reasons.push(reason('recipient-duplicate', { address, field }));
      continue;
    }
    if (protocol && own?.kind === 'lookalike') {
      reasons.push(reason(LOOKALIKE_CODE[own.lookalike], { address, field, imitates: protocol.mailbox }));
      continue;
    }
    const other = matchRegistryMailbox(address, registry);
    if (other?.resemblance.kind === 'lookalike') {
      reasons.push(reason(LOOKALIKE_CODE[other.resemblance.lookalike], { address, field, imitates: other.protocol.mailbox }));
    } else if (protocol && other) {
      reasons.push(
        reason('recipient-wrong-social-service', {
          address,
          field,
          socialService: other.protocol.socialService.name,
          expectedMailbox: protocol.mailbox,
          expectedSocialService: protocol.socialService.name,
        }),
      );
    } else if (protocol) {
      reasons.push(reason('recipient-not-registered', { address, field, expectedMailbox: protocol.mailbox }));
    }
    if (other === null && isNonAsciiAddress(address)) reasons.push(reason('recipient-not-ascii', { address, field }));
  }
  if (protocol && exactInTo === 0) {
    reasons.push(reason('recipient-missing', { expectedMailbox: protocol.mailbox, socialService: protocol.socialService.name }));
  }
  return reasons;
}
