// Recipient rules (protocol art. 6: only the registered mailbox of the client's OCMW).
//
// The match rule is deliberately narrow: a recipient IS the registered mailbox when its address,
// trimmed and lower-cased, equals it; nothing else is forgiven. Everything the rest of this file
// does is to *name* what is wrong with an address that is not equal, so the user can see why
// "ocmw@mеsen.be" (Cyrillic е) is not ocmw@mesen.be, and so the Send check can recognise a mail
// aimed at a registered mailbox (or an imitation of one) as a referral.
import type { Protocol, Registry } from './registry';
import type { Reason } from './messages';
import { reason } from './messages';
import type { Recipient } from './recipient';
import { COMBINING_MARKS, INVISIBLE_OR_SPACE } from './text';

export type LookalikeKind = 'confusable' | 'punycode' | 'non-ascii' | 'longer-domain' | 'trailing-dot' | 'sub-address';
export type Resemblance = { readonly kind: 'exact' } | { readonly kind: 'lookalike'; readonly lookalike: LookalikeKind } | { readonly kind: 'unrelated' };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The exact rule: printable ASCII, equal after trimming white space and ignoring ASCII letter case, and nothing else. */
export function sameMailbox(address: string, mailbox: string): boolean {
  const a = address.trim();
  const m = mailbox.trim();
  // ASCII is required before case is ignored: toLowerCase() also folds letters outside ASCII onto
  // ASCII ones (the Kelvin sign U+212A becomes "k"), which would let a look-alike pass as exact.
  return PRINTABLE_ASCII.test(a) && PRINTABLE_ASCII.test(m) && a.toLowerCase() === m.toLowerCase();
}

// Letters from other scripts (and a few ASCII tricks) that render like Latin letters in the fonts
// Outlook uses. Not all of Unicode's confusables.txt: the scripts and shapes seen in phishing of
// Latin-script domains. Anything else non-ASCII is still caught as "non-ascii".
const CONFUSABLE: Readonly<Record<string, string>> = {
  // Cyrillic lower case
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ҽ: 'e', һ: 'h', і: 'i', ӏ: 'l', ј: 'j', к: 'k', о: 'o', р: 'p', ԛ: 'q', ѕ: 's', ѵ: 'v', ԝ: 'w', х: 'x', у: 'y', ү: 'y',
  // Cyrillic upper case
  А: 'a', В: 'b', С: 'c', Е: 'e', Н: 'h', І: 'i', Ј: 'j', К: 'k', М: 'm', О: 'o', Р: 'p', Ѕ: 's', Т: 't', Х: 'x', У: 'y', Ү: 'y', Ԛ: 'q', Ԝ: 'w',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
  // Latin look-alikes outside ASCII
  ı: 'i', ȷ: 'j', ɡ: 'g', ɑ: 'a', ɩ: 'i', ʟ: 'l', ꓲ: 'l', ǀ: 'l',
};
const NON_ASCII_CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'u');

/**
 * A "skeleton": two strings that look alike to a reader have the same skeleton. Built after the
 * idea of Unicode TS #39, reduced to what matters for mail addresses.
 */
export function skeleton(s: string): string {
  const mapped = Array.from(s.normalize('NFKC'))
    .map((ch) => CONFUSABLE[ch] ?? ch)
    .join('')
    // ASCII shapes that read as other ASCII letters; applied before lower-casing because "I" (upper i)
    // reads as "l" but "i" does not.
    .replace(/[I1|]/g, 'l')
    .replace(/0/g, 'o');
  return mapped
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLE_OR_SPACE, '')
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/cl/g, 'd');
}

// RFC 3492 decoder, so "xn--msen-..." can be compared with what it pretends to be.
function decodePunycodeLabel(label: string): string | null {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const input = label.slice(4).toLowerCase();
  const cut = input.lastIndexOf('-');
  const output = cut > 0 ? Array.from(input.slice(0, cut)).map((c) => c.codePointAt(0) ?? 0) : [];
  let n = 128, i = 0, bias = 72;
  for (let pos = cut > 0 ? cut + 1 : 0; pos < input.length; ) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (pos >= input.length) return null;
      const c = input.charCodeAt(pos++);
      const digit = c >= 48 && c <= 57 ? c - 22 : c >= 97 && c <= 122 ? c - 97 : -1;
      if (digit < 0) return null;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (i > 0x10ffff * 64) return null;
    }
    const len = output.length + 1;
    let delta = i - oldI;
    delta = oldI === 0 ? Math.floor(delta / damp) : delta >> 1;
    delta += Math.floor(delta / len);
    let k = 0;
    while (delta > ((base - tMin) * tMax) >> 1) {
      delta = Math.floor(delta / (base - tMin));
      k += base;
    }
    bias = k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

function decodeDomain(domain: string): string {
  return domain
    .split('.')
    .map((label) => (/^xn--/i.test(label) ? (decodePunycodeLabel(label) ?? label) : label))
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
  const nonAscii = /[^\x20-\x7e]/.test(address.trim());
  const sameLocal = looksAlike(a.local, m.local);
  const domainLooksSame = looksAlike(a.domain, m.domain);

  if (sameLocal && domainLooksSame) {
    if (a.punycode) return lookalike('punycode');
    if (NON_ASCII_CONFUSABLE.test(address)) return lookalike('confusable');
    if (nonAscii) return lookalike('non-ascii');
    if (`${a.local}@${a.domain}`.toLowerCase() !== mailbox.toLowerCase()) return lookalike('confusable');
    if (a.subAddressed) return lookalike('sub-address');
    if (a.trailingDot) return lookalike('trailing-dot');
  }
  // Another local part at a domain made to look like the registered one is still an imposter.
  if (domainLooksSame && a.domain.toLowerCase() !== m.domain.toLowerCase()) {
    if (a.punycode) return lookalike('punycode');
    return lookalike(NON_ASCII_CONFUSABLE.test(address) || !nonAscii ? 'confusable' : 'non-ascii');
  }
  if (sameLocal && extendsDomain(a.domain, m.domain)) return lookalike('longer-domain');
  return { kind: 'unrelated' };
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

export type RegistryMatch = { readonly protocol: Protocol; readonly resemblance: Exclude<Resemblance, { kind: 'unrelated' }> };

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
 * For the Send check: does this recipient make the mail a referral? True when the address is a
 * registered mailbox or imitates one, or when its display name shows one.
 */
export function isRegistryMailboxOrLookalike(address: string, registry: Registry, displayName = ''): boolean {
  if (matchRegistryMailbox(address, registry) !== null) return true;
  return (displayName.match(EMAIL_IN_TEXT) ?? []).some((shown) => matchRegistryMailbox(shown, registry) !== null);
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
  }
  if (protocol && exactInTo === 0) {
    reasons.push(reason('recipient-missing', { expectedMailbox: protocol.mailbox, socialService: protocol.socialService.name }));
  }
  return reasons;
}
