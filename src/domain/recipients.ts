// Recipient rules (protocol art. 6: only the registered mailbox of the client's OCMW).
//
// The match rule is deliberately narrow: a recipient IS the registered mailbox when its address,
// trimmed and lower-cased, equals it; nothing else is forgiven. Everything else here is to *name*
// what is wrong with an address that is not equal, and to tell the Send check how close a mail
// comes to an OCMW:
// - an imitation looks identical to a registered mailbox (Unicode's confusables, "rn" for "m",
//   a +tag, a trailing dot, a longer domain), or carries it whole before its own domain
//   (ocmw.mesen.be@gmail.com, ocmw@mesen.be@evil.example, "ocmw@mesen.be"@evil.example):
//   the mail is judged as a referral, and refused;
// - a non-ASCII or xn-- address (jürgen@müller.de) is ordinary mail like any other: the registry
//   holds only plain ASCII mailboxes, so such an address is never one; it is an imitation only
//   when its look-alike skeleton is a registered mailbox or within NEAR_EDITS of one, and it makes
//   a mail referral-like only when the mail itself looks like a referral (evaluate.ts);
// - a near miss is within two edits of a registered mailbox (a typo; ocmw@menen.be is also a real
//   OCMW, hence a question, not a refusal), or shows an OCMW, a "sociale dienst" or a registered
//   municipality as its display name over another address: the user is asked.
// Look-alike characters come from Unicode's confusables data (src/domain/confusables.ts).
import { distance } from 'fastest-levenshtein';
import punycode from 'punycode/punycode.js';
import type { Protocol, Registry } from './registry';
import type { Reason, ReasonOf } from './messages';
import { reason } from './messages';
import type { Recipient } from './recipient';
import { sameMailbox, unquoteLocal } from './sameMailbox';
import { hasPrototype, mapPrototypes } from './confusables';
import { foldAccents } from './text';
import { clampAddress, clampDisplayName } from './clamp';

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

type Parts = {
  /** The local part without its quotes and without a +tag. */
  local: string;
  /** The whole local part without its quotes: everything before the last "@". */
  fullLocal: string;
  domain: string;
  subAddressed: boolean;
  trailingDot: boolean;
  punycode: boolean;
};

function split(address: string): Parts | null {
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
function compactSkeleton(s: string): string {
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

// --- the mailbox index --------------------------------------------------------------------------
//
// Every recipient of every mail is compared with the registered mailboxes. Comparing with each of
// them (resemblance per pair) costs a few microseconds per pair: 60 recipients and 565
// municipalities is well over 100 ms in V8, more in classic Outlook's runtime, on every Send. The
// index finds, per recipient, the few mailboxes that resemblance could call anything but
// 'unrelated', and resemblance then decides on those alone, in registry order, so the outcome is
// exactly that of comparing with all of them. A pair is not 'unrelated' only when:
// - the address is the mailbox (exact map);
// - the local parts, or the domains, have the same skeleton (every look-alike kind needs one);
// - the (skeletons of the) addresses are within NEAR_EDITS edits. Then, by the pigeonhole
//   principle, one of NEAR_EDITS + 1 pieces of the mailbox occurs unchanged in the address, moved
//   by at most NEAR_EDITS positions: pieces are indexed with their position.

type Piece = { readonly entry: number; readonly at: number };

type MailboxIndex = {
  readonly exact: Map<string, number>;
  /** Each registered mailbox's domain, to the first protocol with it. */
  readonly domains: Map<string, number>;
  readonly byLocal: Map<string, number[]>;
  readonly byDomain: Map<string, number[]>;
  readonly pieces: Map<string, Piece[]>;
  /**
   * Each distinct length and position of an indexed piece, so a query only cuts its address
   * there, give or take NEAR_EDITS: a fixed number of look-ups, however long the address.
   */
  readonly pieceSpots: readonly { readonly length: number; readonly at: number }[];
  /** Each mailbox's compact skeleton (embedsMailbox), by its first EMBED_KEY characters. */
  readonly embedded: Map<string, number[]>;
  readonly compacts: readonly string[];
  readonly embedKey: number;
  /** The first characters of the compact skeletons: a position starting with another needs no look-up. */
  readonly embedFirst: string;
  /** The length of the shortest compact skeleton: a local part whose compact form is shorter carries none. */
  readonly shortestCompact: number;
};

/** The length of the key under which compact skeletons are indexed (or a shorter mailbox's whole). */
const EMBED_KEY = 6;

const MAILBOX_INDEXES = new WeakMap<Registry, MailboxIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

function mailboxIndex(registry: Registry): MailboxIndex {
  const known = MAILBOX_INDEXES.get(registry);
  if (known) return known;
  const exact = new Map<string, number>();
  const domains = new Map<string, number>();
  const byLocal = new Map<string, number[]>();
  const byDomain = new Map<string, number[]>();
  const pieces = new Map<string, Piece[]>();
  const spots: { length: number; at: number }[] = [];
  const compacts = registry.protocols.map((p) => compactSkeleton(p.mailbox.toLowerCase()));
  const embedKey = compacts.reduce((k, c) => (c.length > 0 ? Math.min(k, c.length) : k), EMBED_KEY);
  const embedded = new Map<string, number[]>();
  compacts.forEach((c, entry) => {
    if (c.length > 0) push(embedded, c.slice(0, embedKey), entry);
  });
  registry.protocols.forEach((protocol, entry) => {
    const mailbox = protocol.mailbox.toLowerCase();
    if (!exact.has(mailbox)) exact.set(mailbox, entry);
    const m = split(mailbox);
    if (!m) return;
    if (!domains.has(m.domain)) domains.set(m.domain, entry);
    push(byLocal, skeleton(m.local.toLowerCase()), entry);
    push(byDomain, skeleton(m.domain.toLowerCase()), entry);
    for (const target of [mailbox, skeleton(mailbox)]) {
      const size = Math.floor(target.length / (NEAR_EDITS + 1));
      if (size === 0) continue;
      for (let k = 0; k <= NEAR_EDITS; k++) {
        const at = k * size;
        const piece = target.slice(at, k === NEAR_EDITS ? target.length : at + size);
        push(pieces, piece, { entry, at });
        if (!spots.some((x) => x.length === piece.length && x.at === at)) spots.push({ length: piece.length, at });
      }
    }
  });
  const embedFirst = compacts.reduce((first, c) => (c.length > 0 && first.indexOf(c.charAt(0)) < 0 ? first + c.charAt(0) : first), '');
  const shortest = compacts.reduce((k, c) => (c.length > 0 ? Math.min(k, c.length) : k), Infinity);
  const index: MailboxIndex = {
    exact,
    domains,
    byLocal,
    byDomain,
    pieces,
    pieceSpots: spots,
    embedded,
    compacts,
    embedKey,
    embedFirst,
    shortestCompact: shortest,
  };
  MAILBOX_INDEXES.set(registry, index);
  return index;
}

/**
 * The registry positions of the protocols whose mailbox `address` may resemble, ascending: a
 * superset of those for which resemblance() is not 'unrelated' (see the index's comment).
 */
function candidateMailboxes(address: string, registry: Registry): number[] {
  const index = mailboxIndex(registry);
  const found: number[] = [];
  const add = (entry: number | undefined): void => {
    if (entry !== undefined && found.indexOf(entry) < 0) found.push(entry);
  };
  const a = address.trim();
  add(index.exact.get(a.toLowerCase()));
  const parts = split(a);
  if (parts) {
    for (const local of [skeleton(parts.local), skeleton(parts.local.toLowerCase())]) (index.byLocal.get(local) ?? []).forEach(add);
    for (const domain of [skeleton(parts.domain), skeleton(parts.domain.toLowerCase())]) (index.byDomain.get(domain) ?? []).forEach(add);
    // Mailboxes carried whole in the local part: each position is one look-up of its key. A local
    // part shorter than the shortest mailbox (most of them) carries none.
    const compact = compactSkeleton(parts.fullLocal);
    const lower = compactSkeleton(parts.fullLocal.toLowerCase());
    if (Math.max(compact.length, lower.length) >= index.shortestCompact) {
      for (const local of lower === compact ? [compact] : [compact, lower]) {
        for (let i = 0; i + index.embedKey <= local.length; i++) {
          if (index.embedFirst.indexOf(local.charAt(i)) < 0) continue;
          const entries = index.embedded.get(local.substr(i, index.embedKey));
          if (entries) for (const entry of entries) if (local.startsWith(index.compacts[entry] as string, i)) add(entry);
        }
      }
    }
    const folded = `${parts.local}@${parts.domain}`;
    const lowered = folded.toLowerCase();
    const mapped = skeleton(folded);
    for (const query of mapped === lowered ? [lowered] : [lowered, mapped]) {
      for (const spot of index.pieceSpots) {
        for (let i = Math.max(0, spot.at - NEAR_EDITS); i <= spot.at + NEAR_EDITS && i + spot.length <= query.length; i++) {
          const found = index.pieces.get(query.slice(i, i + spot.length));
          if (found) for (const piece of found) if (Math.abs(piece.at - i) <= NEAR_EDITS) add(piece.entry);
        }
      }
    }
  }
  return found.sort((x, y) => x - y);
}

/** The protocol whose registered mailbox is at exactly this address's domain, if any. */
function sameDomainProtocol(address: string, registry: Registry): Protocol | null {
  const a = address.trim();
  const at = a.lastIndexOf('@');
  if (at <= 0) return null;
  const entry = mailboxIndex(registry).domains.get(a.slice(at + 1).toLowerCase());
  return entry === undefined ? null : (registry.protocols[entry] as Protocol);
}

/** The protocols whose mailbox `address` may resemble, in registry order. */
function candidateProtocols(address: string, registry: Registry): Protocol[] {
  return candidateMailboxes(address, registry).map((entry) => registry.protocols[entry] as Protocol);
}

/** What ends an address written in a display name: white space and the punctuation around addresses. */
/** What ends an address written in a display name: white space and `<>"'(),;:[]`. */
function isAddressBoundary(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x7f) return '<>"\'(),;:[]'.indexOf(String.fromCharCode(c)) >= 0;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Runs between boundaries, with where each starts and ends: one pass, linear in the text. */
function addressTokens(text: string): { readonly token: string; readonly start: number; readonly end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const boundary = i === text.length || isAddressBoundary(text.charCodeAt(i));
    if (!boundary && start < 0) start = i;
    else if (boundary && start >= 0) {
      out.push({ token: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return out;
}

/** A run is an address when it has an "@" with something on both sides. */
const isAddressToken = (token: string): boolean => {
  const at = token.indexOf('@', 1);
  return at > 0 && at < token.length - 1;
};

/**
 * The addresses written in a text (a display name): each run between white space and
 * `<>"'(),;:[]` that has an "@" with something on both sides. One pass, linear in the text; a
 * pattern that looked for "x@y" from every position took quadratic time on a long word.
 */
export function addressesIn(text: string): string[] {
  if (text.indexOf('@') < 0) return [];
  return addressTokens(text)
    .map((t) => t.token)
    .filter(isAddressToken);
}

/** The display name without the addresses written in it: what it names. */
function nameWithoutAddresses(displayName: string): string {
  if (displayName.indexOf('@') < 0) return displayName;
  let out = '';
  let from = 0;
  for (const t of addressTokens(displayName)) {
    if (!isAddressToken(t.token)) continue;
    out += `${displayName.slice(from, t.start)} `;
    from = t.end;
  }
  return out + displayName.slice(from);
}

/** An address as a reader compares it: quotes, letter case, Unicode form, xn-- labels and trailing dots aside. */
function shownForm(address: string): string {
  const a = address.trim().replace(/\.+$/, '');
  const at = a.lastIndexOf('@');
  if (at <= 0) return a.normalize('NFC').toLowerCase();
  return `${unquoteLocal(a.slice(0, at))}@${decodeDomain(a.slice(at + 1).toLowerCase())}`.normalize('NFC').toLowerCase();
}

/** An address shown in the display name that is not the recipient's real address, if any. */
export function displayedOtherAddress(displayName: string, written: string): string | null {
  const address = clampAddress(written);
  const real = shownForm(address);
  for (const shown of addressesIn(clampDisplayName(displayName))) {
    // jürgen@müller.de shown over jürgen@xn--mller-kva.de, or "ocmw"@mesen.be over ocmw@mesen.be: the same address.
    if (!sameMailbox(shown, address) && shownForm(shown) !== real) return shown;
  }
  return null;
}

export type RegistryMatch = { readonly protocol: Protocol; readonly resemblance: Extract<Resemblance, { kind: 'exact' | 'lookalike' }> };

/** The registered mailbox this address is, or imitates; exact matches win over look-alikes. */
export function matchRegistryMailbox(written: string, registry: Registry): RegistryMatch | null {
  const address = clampAddress(written);
  let imitation: RegistryMatch | null = null;
  for (const protocol of candidateProtocols(address, registry)) {
    const r = resemblance(address, protocol.mailbox);
    if (r.kind === 'exact') return { protocol, resemblance: r };
    if (r.kind === 'lookalike' && imitation === null) imitation = { protocol, resemblance: r };
  }
  return imitation;
}

/**
 * Does this recipient make the mail a referral for the Send check? True when the address is a
 * registered mailbox or imitates one, or when its display name shows one.
 */
export function isRegistryMailboxOrLookalike(address: string, registry: Registry, displayName = ''): boolean {
  if (matchRegistryMailbox(address, registry) !== null) return true;
  return addressesIn(clampDisplayName(displayName)).some((shown) => matchRegistryMailbox(shown, registry) !== null);
}

/** The registered mailbox a plain address is within NEAR_EDITS of (the closest), or null. */
export function nearRegistryMailbox(written: string, registry: Registry): Protocol | null {
  const address = clampAddress(written);
  let best: Protocol | null = null;
  let bestEdits = Infinity;
  for (const protocol of candidateProtocols(address, registry)) {
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
  const words = tokens(clampDisplayName(displayName));
  if (words.length === 0) return null;
  const places = placeIndex(registry);
  let named: { entry: number; protocol: Protocol } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (const place of places.get(words[i] as string) ?? []) {
      if ((named === null || place.entry < named.entry) && place.words.every((w, k) => words[i + k] === w)) named = place;
    }
  }
  // The first protocol in registry order that it names, as a scan of the registry would find.
  if (named) return { protocol: named.protocol };
  return SOCIAL_SERVICE_WORDS.some((phrase) => containsPhrase(words, phrase)) ? { protocol: null } : null;
}

/** The municipality's name and its localities (the Send check's registry form carries no localities, see compact.ts). */
function placeNames(protocol: Protocol): string[] {
  return [protocol.municipality.name, ...(protocol.municipality.localities ?? [])];
}

type Place = { readonly entry: number; readonly protocol: Protocol; readonly words: readonly string[] };

const PLACE_INDEXES = new WeakMap<Registry, Map<string, Place[]>>();

/** Municipality and locality names as word lists, by their first word: one look-up per word of a display name. */
function placeIndex(registry: Registry): Map<string, Place[]> {
  const known = PLACE_INDEXES.get(registry);
  if (known) return known;
  const index = new Map<string, Place[]>();
  registry.protocols.forEach((protocol, entry) => {
    for (const name of placeNames(protocol)) {
      const words = tokens(name);
      if (words.length > 0) push(index, words[0] as string, { entry, protocol, words });
    }
  });
  PLACE_INDEXES.set(registry, index);
  return index;
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
