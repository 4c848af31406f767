// Look-alike addresses: how one written address relates to one registered mailbox (the rule
// behind protocol art. 6's "only the registered mailbox"). The match rule is deliberately narrow:
// a recipient IS the registered mailbox when its address, trimmed and lower-cased, equals it;
// nothing else is forgiven. Everything else here is to *name* what is wrong with an address that
// is not equal:
// - an imitation looks identical to a registered mailbox (Unicode's confusables, "rn" for "m",
//   a +tag, a trailing dot, a longer domain), or carries it whole before its own domain
//   (ocmw.mesen.be@gmail.com, ocmw@mesen.be@evil.example, "ocmw@mesen.be"@evil.example);
// - a non-ASCII or xn-- address (jürgen@müller.de) is ordinary mail like any other: the registry
//   holds only plain ASCII mailboxes, so such an address is never one; it is an imitation only
//   when its look-alike skeleton is a registered mailbox or within NEAR_EDITS of one;
// - a near miss is within two edits of a registered mailbox (a typo; ocmw@menen.be is also a real
//   OCMW, hence a question, not a refusal).
// Look-alike characters come from Unicode's confusables data (src/domain/confusables.ts). Which
// registered mailboxes to compare an address with is the mailbox index's job (mailboxIndex.ts).
import { distance } from 'fastest-levenshtein';
import punycode from 'punycode/punycode.js';
import { sameMailbox, unquoteLocal } from './sameMailbox';
import { hasPrototype, mapPrototypes } from './confusables';
import { clampAddress } from './clamp';

export type LookalikeKind = 'confusable' | 'punycode' | 'non-ascii' | 'embedded' | 'longer-domain' | 'trailing-dot' | 'sub-address';
export type Resemblance =
  | { readonly kind: 'exact' }
  | { readonly kind: 'lookalike'; readonly lookalike: LookalikeKind }
  /** A plain ASCII address within NEAR_EDITS of the mailbox: a typo, or another real address. */
  | { readonly kind: 'near' }
  | { readonly kind: 'unrelated' };

/** Edits (Levenshtein) within which an address is a near miss of a registered mailbox. */
export const NEAR_EDITS = 2;

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
  for (const ch of s.normalize('NFD')) if (ch.charCodeAt(0) > 0x7e && hasPrototype(ch)) return true;
  return false;
}

const NON_PLAIN = /[^\x20-\x7e]/;

/** Any character outside printable ASCII, or an xn-- label: never a registered mailbox, maybe an imitation of one. */
export function isNonAsciiAddress(address: string): boolean {
  const a = address.trim();
  return NON_PLAIN.test(a) || /(^|[.@])xn--/i.test(a);
}

export function decodeDomain(domain: string): string {
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

export type Parts = {
  /** The local part without its quotes and without a +tag. */
  local: string;
  /** The whole local part without its quotes: everything before the last "@". */
  fullLocal: string;
  domain: string;
  subAddressed: boolean;
  trailingDot: boolean;
  punycode: boolean;
};

export function split(address: string): Parts | null {
  const a = address.trim();
  const at = a.lastIndexOf('@');
  if (at <= 0 || at === a.length - 1) return null;
  // "ocmw"@mesen.be is ocmw@mesen.be; "ocmw@mesen.be"@evil.example has the local part ocmw@mesen.be.
  const rawLocal = unquoteLocal(a.slice(0, at));
  const rawDomain = a.slice(at + 1);
  const plus = rawLocal.indexOf('+');
  const domain = rawDomain.replace(/\.+$/, '');
  return {
    local: plus > 0 ? rawLocal.slice(0, plus) : rawLocal,
    fullLocal: rawLocal,
    domain: decodeDomain(domain),
    subAddressed: plus > 0,
    trailingDot: domain !== rawDomain,
    punycode: /(^|\.)xn--/i.test(domain),
  };
}

/**
 * Letters and digits of the look-alike skeleton, in order: ocmw.mesen.be, OCMW-Mesen-BE,
 * 0cmw_mesen_be and ocmw@mesen.be all give "ocrnwrnesenbe" (the skeleton writes m as rn).
 */
export function compactSkeleton(s: string): string {
  const k = skeleton(s);
  // A loop, not a pattern: this runs for every recipient of every mail.
  let out = '';
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out += k.charAt(i);
  }
  return out;
}

/**
 * True when a local part carries the whole mailbox, its letters and digits in order with any
 * separators between or none: ocmw.mesen.be@, ocmw-mesen-be@, ocmwmesenbe@, "ocmw@mesen.be"@,
 * ocmw@mesen.be@ (the part before the last "@"). A part of it is not enough: ocmw.mesen@ and
 * mesen.be@ carry the municipality, not the mailbox.
 */
function embedsMailbox(fullLocal: string, mailbox: string): boolean {
  const target = compactSkeleton(mailbox.toLowerCase());
  if (target.length === 0) return false;
  return compactSkeleton(fullLocal).indexOf(target) >= 0 || compactSkeleton(fullLocal.toLowerCase()).indexOf(target) >= 0;
}

/**
 * How `address` relates to one registered `mailbox`: the mailbox itself, an imitation of it
 * (and which kind), or something else. The kinds are checked most alarming first.
 */
export function resemblance(written: string, mailbox: string): Resemblance {
  // Every public rule cuts what no real address is (clamp.ts), as the snapshot's schema does: linear time whatever it is handed.
  const address = clampAddress(written);
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
  if (embedsMailbox(a.fullLocal, mailbox)) return lookalike('embedded');
  if (sameLocal && extendsDomain(a.domain, m.domain)) return lookalike('longer-domain');
  // Close to the mailbox once look-alike letters are mapped: for a plain ASCII address a typo (or
  // another real address, such as ocmw@menen.be next to ocmw@mesen.be), for anything else an
  // imitation with a letter Unicode does not list (U+1D07 small capital E, Cyrillic м).
  const folded = `${a.local}@${a.domain}`;
  const near = distance(skeleton(folded), skeleton(mailbox)) <= NEAR_EDITS || distance(folded.toLowerCase(), mailbox.toLowerCase()) <= NEAR_EDITS;
  if (a.punycode || nonAscii)
    return near ? lookalike(a.punycode ? 'punycode' : usesNonAsciiConfusable(address) ? 'confusable' : 'non-ascii') : { kind: 'unrelated' };
  return near ? { kind: 'near' } : { kind: 'unrelated' };
}

/** Compares skeletons of both the text as written and lower-cased: "I" may imitate "l", but "KONTICH" is kontich. */
function looksAlike(x: string, y: string): boolean {
  const target = skeleton(y.toLowerCase());
  return skeleton(x) === target || skeleton(x.toLowerCase()) === target;
}

/**
 * mesen.be.example.com, mesen.be-mail.com, mail.mesen.be, and the real one's letters with other
 * separators or none before more (mesen-be.com, mesenbe.com, mesen_be.eu): a longer domain built
 * around the real one.
 */
function extendsDomain(domain: string, real: string): boolean {
  const r = skeleton(real.toLowerCase());
  const compactReal = compactSkeleton(real.toLowerCase());
  return [domain, domain.toLowerCase()].some((written) => {
    const d = skeleton(written);
    return d !== r && (d.startsWith(`${r}.`) || d.startsWith(`${r}-`) || d.endsWith(`.${r}`) || beginsWithLetters(d, compactReal));
  });
}

/**
 * True when `s` begins with `letters` (separators between them allowed) and a separator follows:
 * mesen-be.com and mesenbe.eu begin with "mesenbe", mesen.bee (a typo, a near miss) does not.
 */
function beginsWithLetters(s: string, letters: string): boolean {
  let k = 0;
  let i = 0;
  for (; i < s.length && k < letters.length; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!alnum) continue;
    if (s.charAt(i) !== letters.charAt(k)) return false;
    k++;
  }
  if (k < letters.length || i >= s.length) return false;
  const next = s.charCodeAt(i);
  return !((next >= 0x61 && next <= 0x7a) || (next >= 0x30 && next <= 0x39));
}

const lookalike = (k: LookalikeKind): Resemblance => ({ kind: 'lookalike', lookalike: k });
