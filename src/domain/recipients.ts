// Recipient rules (protocol art. 6: only the registered mailbox of the client's OCMW).
//
// The match rule is deliberately narrow: a recipient IS the registered mailbox when its address,
// trimmed and lower-cased, equals it; nothing else is forgiven. Everything else here is to *name*
// what is wrong with an address that is not equal, and to tell the Send check how close a mail
// comes to an OCMW:
// - an imitation looks identical to a registered mailbox (Unicode's confusables, "rn" for "m",
//   a +tag, a trailing dot, a longer domain), or is any non-ASCII or xn-- address (the registry
//   holds only plain ASCII mailboxes, so such an address is never one and may pretend to be one):
//   the mail is judged as a referral, and refused;
// - a near miss is within two edits of a registered mailbox (a typo; ocmw@menen.be is also a real
//   OCMW, hence a question, not a refusal), or shows an OCMW, a "sociale dienst" or a registered
//   municipality as its display name over another address: the user is asked.
// Look-alike characters come from Unicode's confusables data (UTS #39, the unhomoglyph package;
// reduced at build time to the entries with an ASCII prototype, scripts/lib/confusables-loader.cjs).
import { distance } from 'fastest-levenshtein';
import punycode from 'punycode/punycode.js';
import CONFUSABLES from 'unhomoglyph/data.json';
import type { Protocol, Registry } from './registry';
import type { Reason } from './messages';
import { reason } from './messages';
import type { Recipient } from './recipient';
import { COMBINING_MARKS, INVISIBLE_OR_SPACE, foldAccents } from './text';

export type LookalikeKind = 'confusable' | 'punycode' | 'non-ascii' | 'longer-domain' | 'trailing-dot' | 'sub-address';
export type Resemblance =
  | { readonly kind: 'exact' }
  | { readonly kind: 'lookalike'; readonly lookalike: LookalikeKind }
  /** A plain ASCII address within NEAR_EDITS of the mailbox: a typo, or another real address. */
  | { readonly kind: 'near' }
  | { readonly kind: 'unrelated' };

/** Edits (Levenshtein) within which an address is a near miss of a registered mailbox. */
export const NEAR_EDITS = 2;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The exact rule: printable ASCII, equal after trimming white space and ignoring ASCII letter case, and nothing else. */
export function sameMailbox(address: string, mailbox: string): boolean {
  const a = address.trim();
  const m = mailbox.trim();
  // ASCII is required before case is ignored: toLowerCase() also folds letters outside ASCII onto
  // ASCII ones (the Kelvin sign U+212A becomes "k"), which would let a look-alike pass as exact.
  return PRINTABLE_ASCII.test(a) && PRINTABLE_ASCII.test(m) && a.toLowerCase() === m.toLowerCase();
}

const PROTOTYPES: Readonly<Record<string, string>> = CONFUSABLES as Readonly<Record<string, string>>;
const hasOwn = (key: string): boolean => Object.prototype.hasOwnProperty.call(PROTOTYPES, key);

function mapPrototypes(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFD')) out += hasOwn(ch) ? (PROTOTYPES[ch] as string) : ch;
  return out.normalize('NFD').replace(COMBINING_MARKS, '').replace(INVISIBLE_OR_SPACE, '');
}

/**
 * A "skeleton" (Unicode TS #39): two strings that look alike have the same skeleton. Mapped
 * twice around lower-casing, because mail addresses ignore case and the prototypes do not:
 * Cyrillic "М" maps to "M", which lower-cases to "m", which maps to "rn".
 */
export function skeleton(s: string): string {
  const known = SKELETONS.get(s);
  if (known !== undefined) return known;
  const value = mapPrototypes(mapPrototypes(s).toLowerCase());
  // Remembered because every recipient is compared with every registered mailbox; bounded, so
  // a mail with thousands of recipients cannot grow it without end.
  if (SKELETONS.size >= 4096) SKELETONS.clear();
  SKELETONS.set(s, value);
  return value;
}
const SKELETONS = new Map<string, string>();

/** True when the string uses a character that Unicode lists as confusable with another (besides ASCII ones). */
function usesNonAsciiConfusable(s: string): boolean {
  for (const ch of s.normalize('NFD')) if (ch.charCodeAt(0) > 0x7e && hasOwn(ch)) return true;
  return false;
}

const NON_PLAIN = /[^\x20-\x7e]/;

/** Any character outside printable ASCII, or an xn-- label: never a registered mailbox, maybe an imitation of one. */
export function isNonAsciiAddress(address: string): boolean {
  const a = address.trim();
  return NON_PLAIN.test(a) || /(^|[.@])xn--/i.test(a);
}

function decodeDomain(domain: string): string {
  return domain
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label)) return label;
      try {
        return punycode.toUnicode(label.toLowerCase());
      } catch {
        // Not valid punycode: compared as written (it is still an xn-- address, and judged so).
        return label;
      }
    })
    .join('.');
}

type Parts = { local: string; domain: string; subAddressed: boolean; trailingDot: boolean; punycode: boolean };

function split(address: string): Parts | null {
  const a = address.trim();
  const at = a.lastIndexOf('@');
  if (at <= 0 || at === a.length - 1) return null;
  const rawLocal = a.slice(0, at);
  const rawDomain = a.slice(at + 1);
  const plus = rawLocal.indexOf('+');
  const domain = rawDomain.replace(/\.+$/, '');
  return {
    local: plus > 0 ? rawLocal.slice(0, plus) : rawLocal,
    domain: decodeDomain(domain),
    subAddressed: plus > 0,
    trailingDot: domain !== rawDomain,
    punycode: /(^|\.)xn--/i.test(domain),
  };
}

/**
 * How `address` relates to one registered `mailbox`: the mailbox itself, an imitation of it
 * (and which kind), or something else. The kinds are checked most alarming first.
 */
export function resemblance(address: string, mailbox: string): Resemblance {
  if (sameMailbox(address, mailbox)) return { kind: 'exact' };
  const a = split(address);
  const m = split(mailbox);
  if (!a || !m) return { kind: 'unrelated' };
  const nonAscii = NON_PLAIN.test(address.trim());
  const sameLocal = looksAlike(a.local, m.local);
  const domainLooksSame = looksAlike(a.domain, m.domain);

  if (sameLocal && domainLooksSame) {
    if (a.punycode) return lookalike('punycode');
    if (usesNonAsciiConfusable(address)) return lookalike('confusable');
    if (nonAscii) return lookalike('non-ascii');
    if (`${a.local}@${a.domain}`.toLowerCase() !== mailbox.toLowerCase()) return lookalike('confusable');
    if (a.subAddressed) return lookalike('sub-address');
    if (a.trailingDot) return lookalike('trailing-dot');
  }
  // Another local part at a domain made to look like the registered one is still an imposter.
  if (domainLooksSame && a.domain.toLowerCase() !== m.domain.toLowerCase()) {
    if (a.punycode) return lookalike('punycode');
    return lookalike(usesNonAsciiConfusable(address) || !nonAscii ? 'confusable' : 'non-ascii');
  }
  if (sameLocal && extendsDomain(a.domain, m.domain)) return lookalike('longer-domain');
  // Close to the mailbox once look-alike letters are mapped: for a plain ASCII address a typo (or
  // another real address, such as ocmw@menen.be next to ocmw@mesen.be), for anything else an
  // imitation with a letter Unicode does not list (U+1D07 small capital E, Cyrillic м).
  const folded = `${a.local}@${a.domain}`;
  const near = distance(skeleton(folded), skeleton(mailbox)) <= NEAR_EDITS || distance(folded.toLowerCase(), mailbox.toLowerCase()) <= NEAR_EDITS;
  if (a.punycode || nonAscii) return near ? lookalike(a.punycode ? 'punycode' : usesNonAsciiConfusable(address) ? 'confusable' : 'non-ascii') : { kind: 'unrelated' };
  return near ? { kind: 'near' } : { kind: 'unrelated' };
}

/** Compares skeletons of both the text as written and lower-cased: "I" may imitate "l", but "KONTICH" is kontich. */
function looksAlike(x: string, y: string): boolean {
  const target = skeleton(y.toLowerCase());
  return skeleton(x) === target || skeleton(x.toLowerCase()) === target;
}

/** mesen.be.example.com, mesen.be-mail.com, mail.mesen.be: a longer domain built around the real one. */
function extendsDomain(domain: string, real: string): boolean {
  const r = skeleton(real.toLowerCase());
  return [skeleton(domain), skeleton(domain.toLowerCase())].some((d) => d !== r && (d.startsWith(`${r}.`) || d.startsWith(`${r}-`) || d.endsWith(`.${r}`)));
}

const lookalike = (k: LookalikeKind): Resemblance => ({ kind: 'lookalike', lookalike: k });

const EMAIL_IN_TEXT = /[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/gu;

/** An address shown in the display name that is not the recipient's real address, if any. */
export function displayedOtherAddress(displayName: string, address: string): string | null {
  for (const shown of displayName.match(EMAIL_IN_TEXT) ?? []) {
    const cleaned = shown.replace(/\.+$/, '');
    if (!sameMailbox(shown, address) && !sameMailbox(cleaned, address.replace(/\.+$/, ''))) return shown;
  }
  return null;
}

export type RegistryMatch = { readonly protocol: Protocol; readonly resemblance: Extract<Resemblance, { kind: 'exact' | 'lookalike' }> };

/** The registered mailbox this address is, or imitates; exact matches win over look-alikes. */
export function matchRegistryMailbox(address: string, registry: Registry): RegistryMatch | null {
  let imitation: RegistryMatch | null = null;
  for (const protocol of registry.protocols) {
    const r = resemblance(address, protocol.mailbox);
    if (r.kind === 'exact') return { protocol, resemblance: r };
    if (r.kind === 'lookalike' && imitation === null) imitation = { protocol, resemblance: r };
  }
  return imitation;
}

/**
 * Does this recipient make the mail a referral for the Send check? True when the address is a
 * registered mailbox or imitates one, when its display name shows one, or when it is any
 * non-ASCII or xn-- address.
 */
export function isRegistryMailboxOrLookalike(address: string, registry: Registry, displayName = ''): boolean {
  if (matchRegistryMailbox(address, registry) !== null || isNonAsciiAddress(address)) return true;
  return (displayName.match(EMAIL_IN_TEXT) ?? []).some((shown) => matchRegistryMailbox(shown, registry) !== null);
}

/** The registered mailbox a plain address is within NEAR_EDITS of (the closest), or null. */
export function nearRegistryMailbox(address: string, registry: Registry): Protocol | null {
  let best: Protocol | null = null;
  let bestEdits = Infinity;
  for (const protocol of registry.protocols) {
    if (resemblance(address, protocol.mailbox).kind !== 'near') continue;
    const edits = distance(address.trim().toLowerCase(), protocol.mailbox);
    if (edits < bestEdits) {
      best = protocol;
      bestEdits = edits;
    }
  }
  return best;
}

const SOCIAL_SERVICE_WORDS: readonly (readonly string[])[] = [['ocmw'], ['cpas'], ['sociale', 'dienst'], ['sociaal', 'huis'], ['social', 'service']];

function tokens(s: string): string[] {
  return foldAccents(s)
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= haystack.length; i++) {
    if (phrase.every((w, k) => haystack[i + k] === w)) return true;
  }
  return false;
}

/**
 * Whether a display name names a social service: an OCMW, CPAS or "sociale dienst", or the
 * municipality (or a locality) of a registered protocol. `protocol` is the one whose municipality
 * it names, when it names one.
 */
export function namedSocialService(displayName: string, registry: Registry): { readonly protocol: Protocol | null } | null {
  const words = tokens(displayName);
  if (words.length === 0) return null;
  for (const protocol of registry.protocols) {
    const places = [protocol.municipality.name, ...(protocol.municipality.localities ?? [])];
    if (places.some((place) => containsPhrase(words, tokens(place)))) return { protocol };
  }
  return SOCIAL_SERVICE_WORDS.some((phrase) => containsPhrase(words, phrase)) ? { protocol: null } : null;
}

/** What one recipient means for the Send check (strongest first). */
export type RecipientRole =
  /** Exactly a registered mailbox. */
  | { readonly role: 'registered'; readonly protocol: Protocol }
  /** Looks identical to a registered mailbox, shows one as its display name, or is non-ASCII / xn--. */
  | { readonly role: 'imitation' }
  /** Close to a registered mailbox, or named as a social service: a question to the user. */
  | { readonly role: 'near-miss'; readonly reason: Reason }
  /** A distribution list or contact group: who is in it cannot be read. */
  | { readonly role: 'group' }
  | { readonly role: 'other' };

export function recipientRole(r: Recipient, registry: Registry): RecipientRole {
  const address = r.address.trim();
  // Each registered mailbox is compared once: this runs for every recipient of every mail.
  let imitation = false;
  let near: Protocol | null = null;
  let nearEdits = Infinity;
  for (const protocol of registry.protocols) {
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
  if (imitation || isNonAsciiAddress(address)) return { role: 'imitation' };
  if ((r.displayName.match(EMAIL_IN_TEXT) ?? []).some((shown) => matchRegistryMailbox(shown, registry) !== null)) return { role: 'imitation' };
  if (near) return { role: 'near-miss', reason: reason('recipient-near-miss', { address, field: r.field, resembles: near.mailbox }) };
  // Colleagues in the organisation's own directory ('user') often carry their team's town in
  // their display name; an OCMW is never one of them.
  const named = r.recipientType === 'user' ? null : namedSocialService(r.displayName, registry);
  if (named) return { role: 'near-miss', reason: reason('recipient-named-social-service', { address, field: r.field, resembles: named.protocol?.mailbox ?? null }) };
  if (r.recipientType === 'distributionList') return { role: 'group' };
  return { role: 'other' };
}

/** The recipients of a mail as the Send check sorts them before reading anything else. */
export type RecipientScreen = {
  /** Registered mailboxes that are recipients, exactly. */
  readonly registered: readonly Protocol[];
  /** Some recipient imitates a registered mailbox (or is non-ASCII / xn--). */
  readonly imitation: boolean;
  /** Reasons to ask about near misses, in recipient order. */
  readonly nearMisses: readonly Reason[];
  /** Distribution lists and contact groups (a question only when the mail has attachments). */
  readonly groups: readonly Recipient[];
};

export function screenRecipients(recipients: readonly Recipient[], registry: Registry): RecipientScreen {
  const registered: Protocol[] = [];
  const nearMisses: Reason[] = [];
  const groups: Recipient[] = [];
  let imitation = false;
  for (const r of recipients) {
    const role = recipientRole(r, registry);
    if (role.role === 'registered' && registered.indexOf(role.protocol) < 0) registered.push(role.protocol);
    else if (role.role === 'imitation') imitation = true;
    else if (role.role === 'near-miss') nearMisses.push(role.reason);
    else if (role.role === 'group') groups.push(r);
  }
  return { registered, imitation, nearMisses, groups };
}

/** The reasons to ask about the groups of a mail that has attachments. */
export function groupReasons(groups: readonly Recipient[]): Reason[] {
  return groups.map((g) => reason('recipient-group-with-attachments', { address: g.address.trim(), field: g.field }));
}

const LOOKALIKE_CODE = {
  confusable: 'recipient-lookalike-confusable',
  punycode: 'recipient-lookalike-punycode',
  'non-ascii': 'recipient-lookalike-non-ascii',
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
  for (const r of recipients) {
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
