// What a recipient's display name shows: addresses written in it (one an OCMW's, or another than
// the recipient's own), and a social service or registered municipality it names. Outlook shows
// the display name, not the address: a name can make a mail look sent to an OCMW it is not sent to.
import type { Protocol, Registry } from './registry';
import { sameMailbox, unquoteLocal } from './sameMailbox';
import { decodeDomain } from './lookalike';
import { push } from './mailboxIndex';
import { foldAccents } from './text';
import { clampAddress, clampDisplayName } from './clamp';

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
export function nameWithoutAddresses(displayName: string): string {
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
