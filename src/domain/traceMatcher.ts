// Finding the client traces in a text (src/domain/traces.ts says what traces are): names in any
// spelling of their words, the phone number in any grouping, the e-mail address around an "@" or a
// word for it, and the words of the team member's file name. Every distinct token is hashed at
// most once per mail, and only when its fingerprint matches; linear time, pure, ES2016.
import type { ClientTraces, NamePart, WeakGrade, WordGrade } from './traces';
import type { Tokens } from './traceTokens';
import { AT_MARKER, MAX_TOKEN, PARTICLES, continueState, fingerprint, fnv, fold, isDigit, saltSeed, scan, tokenText, traceHasher } from './traceTokens';
import { nextDigit, readableDigits } from './text';

export type NameFinding = {
  /** The whole name (first and last, in either order) or one of its two names alone. */
  readonly part: 'full' | NamePart;
  readonly grade: WordGrade;
};

export type TraceFindings = {
  /** Each name found, once per part; strong ones first. */
  readonly names: readonly NameFinding[];
  readonly phone: boolean;
  readonly email: boolean;
  /** The grades of the file-name words found. */
  readonly file: readonly WordGrade[];
};

type Target =
  | { readonly kind: 'name'; readonly mask: number; readonly part: NamePart }
  | { readonly kind: 'file'; readonly grade: WordGrade }
  | { readonly kind: 'phone' }
  | { readonly kind: 'email' };

const NONE: readonly Target[] = [];

/** Words that stand for "@" and "." in an address written to dodge a filter: "jan (at) example (dot) org". */
const AT_WORDS: ReadonlySet<string> = new Set(['at', 'apenstaartje', 'aapje', 'arobase']);
const DOT_WORDS: ReadonlySet<string> = new Set(['dot', 'punt', 'point']);

/** Separators people write between the digit groups of a phone number (en dash from Outlook's autoformat included). */
function isPhoneSeparator(c: number): boolean {
  // space, tab, ( ) + - . / and the dashes U+2010-2015
  return c === 32 || c === 9 || c === 40 || c === 41 || c === 43 || c === 45 || c === 46 || c === 47 || (c >= 0x2010 && c <= 0x2015);
}

export type TraceMatcher = {
  /** What of the client's data `text` holds. */
  find(text: string): TraceFindings;
};

/** 16-bit fingerprints as a bit set: one array read per token, where a Set costs a hash lookup. */
type FingerprintSet = Uint8Array;
function fingerprintSet(fingerprints: readonly number[]): FingerprintSet {
  const bits = new Uint8Array(0x2000);
  for (const f of fingerprints) bits[f >>> 3] = (bits[f >>> 3] as number) | (1 << (f & 7));
  return bits;
}
/** Whether the fingerprint of FNV state `h` is in `bits`. */
function holds(bits: FingerprintSet, h: number): boolean {
  const f = fold(h);
  return ((bits[f >>> 3] as number) & (1 << (f & 7))) !== 0;
}

/** What a matcher knows for one mail: the targets by hash, the fingerprints to look at, a memo. */
type Lookup = {
  readonly seed: number;
  /** Targets of token `i` (cheap: most tokens stop at the fingerprint of their FNV state). */
  readonly byToken: (t: Tokens, i: number) => readonly Target[];
  /** Targets of tokens first..last written as one, whose FNV state is `h`. */
  readonly byJoined: (t: Tokens, first: number, last: number, h: number) => readonly Target[];
  /** Targets of a token by its text. */
  readonly byText: (token: string) => readonly Target[];
  /** Targets of `text.substr(start, length)`, made into a string only when its fingerprint matches. */
  readonly bySlice: (text: string, start: number, length: number) => readonly Target[];
  /** Fingerprints of the particles and of the words for "@" and ".", with this salt. */
  readonly particle: FingerprintSet;
  readonly marker: FingerprintSet;
};

/**
 * A matcher for one mail: it remembers the hash of every token it has hashed, so the subject, the
 * body and the attachment names together hash each distinct token once, and only tokens whose
 * fingerprint is among the traces' are hashed at all.
 */
export function traceMatcher(traces: ClientTraces): TraceMatcher {
  const hash = traceHasher(traces.salt);
  const targets = new Map<string, Target[]>();
  const add = (h: string, t: Target): void => {
    const list = targets.get(h);
    if (list) list.push(t);
    else targets.set(h, [t]);
  };
  for (const r of traces.name) {
    let mask = 0;
    for (let i = r.from; i < r.to; i++) mask |= 1 << i;
    add(r.hash, { kind: 'name', mask, part: (traces.nameWords[r.from] as { part: NamePart }).part });
  }
  for (const f of traces.file) add(f.hash, { kind: 'file', grade: f.grade });
  for (const p of traces.phone) add(p.hash, { kind: 'phone' });
  for (const e of traces.email) add(e.hash, { kind: 'email' });

  const filter = fingerprintSet(traces.filter);
  const seed = saltSeed(traces.salt);
  const memo = new Map<string, readonly Target[]>();
  const byText = (token: string): readonly Target[] => {
    if (token.length > MAX_TOKEN) return NONE;
    let found = memo.get(token);
    if (found === undefined) {
      found = targets.get(hash(token)) ?? NONE;
      memo.set(token, found);
    }
    return found;
  };
  const passes = (h: number): boolean => holds(filter, h);
  const fingerprints = (list: readonly string[]): FingerprintSet => fingerprintSet(list.map((w) => fingerprint(traces.salt, w)));
  const lookup: Lookup = {
    seed,
    byToken: (t, i) => (passes(t.state[i] as number) ? byText(tokenText(t, i)) : NONE),
    byJoined: (t, first, last, h) => {
      if (!passes(h)) return NONE;
      let joined = '';
      for (let k = first; k <= last; k++) joined += tokenText(t, k);
      return byText(joined);
    },
    byText: (token) => {
      let h = seed;
      for (let i = 0; i < token.length && i <= MAX_TOKEN; i++) h = fnv(h, token.charCodeAt(i));
      return passes(h) ? byText(token) : NONE;
    },
    bySlice: (text, start, length) => {
      let h = seed;
      for (let i = start; i < start + length; i++) h = fnv(h, text.charCodeAt(i));
      return passes(h) ? byText(text.substr(start, length)) : NONE;
    },
    particle: fingerprints(Array.from(PARTICLES)),
    marker: fingerprints([...AT_WORDS, ...DOT_WORDS]),
  };

  const masks = { first: 0, last: 0 };
  traces.nameWords.forEach((w, i) => (masks[w.part] |= 1 << i));
  const phoneLengths = traces.phone.map((p) => p.digits).filter((d, i, all) => all.indexOf(d) === i);

  return {
    find(text) {
      const needWords = traces.name.length > 0 || traces.file.length > 0 || traces.email.length > 0;
      const tokens = needWords ? scan(text, traces.email.length > 0, seed) : undefined;
      const names = tokens && traces.name.length > 0 ? findNames(tokens, lookup, masks, traces.nameWords) : [];
      const file: WordGrade[] = [];
      if (tokens && traces.file.length > 0) {
        for (let i = 0; i < tokens.count; i++) {
          for (const target of lookup.byToken(tokens, i)) {
            if (target.kind === 'file' && file.indexOf(target.grade) < 0) file.push(target.grade);
          }
        }
      }
      const email = tokens !== undefined && traces.email.length > 0 && findEmail(tokens, lookup, traces.email);
      const phone = phoneLengths.length > 0 && findPhone(text, lookup, phoneLengths);
      return { names, phone, email, file };
    },
  };
}

/** Which kinds of the client's data `text` contains (one text; a mail uses one traceMatcher). */
export function findTraces(text: string, traces: ClientTraces): TraceFindings {
  return traceMatcher(traces).find(text);
}

type NameWordInfo = { readonly part: NamePart; readonly particle: boolean; readonly grade: WordGrade };

/** Weakest reading first: own name and protocol words say more about why than "a common word". */
const WEAK_ORDER: readonly WeakGrade[] = ['own-name', 'protocol-word', 'common-word'];

/**
 * The grade of a name found in a text, from the grades of its words (particles aside): a name is
 * weak only when every one of its words is. The whole name (first and last together) is weak only
 * when all its words share one reason other than being common words: "Ben Rand" is a person,
 * "An Peeters" in An Peeters's own signature is not the client.
 */
function nameGrade(nameWords: readonly NameWordInfo[], mask: number, full: boolean): WordGrade {
  const core = nameWords.filter((w, i) => (mask & (1 << i)) !== 0 && !w.particle);
  if (core.length === 0) return full ? 'strong' : 'common-word';
  for (const weak of WEAK_ORDER) {
    if (full && weak === 'common-word') break;
    if (core.every((w) => w.grade === weak)) return weak;
  }
  if (full || core.some((w) => w.grade === 'strong')) return 'strong';
  // Weak for mixed reasons (a common word and a protocol word): the most telling one.
  for (const weak of WEAK_ORDER) if (core.some((w) => w.grade === weak)) return weak;
  return 'strong';
}

/** At most this many chains of name words are followed through one position (there are rarely two). */
const MAX_CHAINS = 64;

function findNames(t: Tokens, lookup: Lookup, masks: { readonly first: number; readonly last: number }, nameWords: readonly NameWordInfo[]): NameFinding[] {
  const fullMask = masks.first | masks.last;
  // Pieces: spans of tokens that are a run of name words. A token alone, or a particle written
  // apart joined with what follows ("Van den Broeck" for a client typed "Vandenbroeck"). Only the
  // few tokens whose fingerprint matches are turned into text.
  const pieces = new Map<number, Array<{ end: number; mask: number }>>();
  const addPiece = (start: number, end: number, targets: readonly Target[]): void => {
    for (const target of targets) {
      if (target.kind !== 'name') continue;
      const list = pieces.get(start);
      if (list) list.push({ end, mask: target.mask });
      else pieces.set(start, [{ end, mask: target.mask }]);
    }
  };
  const isParticle = (i: number): boolean => holds(lookup.particle, t.state[i] as number) && PARTICLES.has(tokenText(t, i));
  for (let i = 0; i < t.count; i++) {
    if (((t.flags[i] as number) & AT_MARKER) !== 0) continue;
    addPiece(i, i + 1, lookup.byToken(t, i));
    if (!isParticle(i)) continue;
    let h = t.state[i] as number;
    for (let j = i + 1; j < t.count && j < i + 4 && ((t.flags[j] as number) & AT_MARKER) === 0; j++) {
      h = continueState(t, h, j);
      addPiece(i, j + 1, lookup.byJoined(t, i, j, h));
      if (!isParticle(j)) break;
    }
  }
  if (pieces.size === 0) return [];

  // Chains of adjacent pieces whose words do not repeat: the masks of the chains ending at each
  // position. A chain that covers exactly one name, or both, is a finding.
  let full = false;
  let first = false;
  let last = false;
  const ending = new Map<number, number[]>();
  const starts: number[] = [];
  pieces.forEach((_list, start) => starts.push(start));
  starts.sort((a, b) => a - b);
  for (const start of starts) {
    const before = ending.get(start) ?? [];
    for (const p of pieces.get(start) ?? []) {
      let reach = ending.get(p.end);
      if (!reach) ending.set(p.end, (reach = []));
      const extend = [p.mask];
      for (const m of before) if ((m & p.mask) === 0) extend.push(m | p.mask);
      for (const m of extend) {
        if (m === fullMask && masks.first !== 0 && masks.last !== 0) full = true;
        if (m === masks.first) first = true;
        if (m === masks.last) last = true;
        if (reach.length < MAX_CHAINS && reach.indexOf(m) < 0) reach.push(m);
      }
    }
  }

  const out: NameFinding[] = [];
  if (full) out.push({ part: 'full', grade: nameGrade(nameWords, fullMask, true) });
  if (first && masks.first !== 0) out.push({ part: 'first', grade: nameGrade(nameWords, masks.first, false) });
  if (last && masks.last !== 0) out.push({ part: 'last', grade: nameGrade(nameWords, masks.last, false) });
  return out.sort((a, b) => (a.grade === 'strong' ? 0 : 1) - (b.grade === 'strong' ? 0 : 1));
}

/**
 * The address around each "@" (or a word for it), with as many letters and digits on each side as
 * the trace's address has: "jan.vdb@example.org", "JanVdb @ Example.org", "jan.vdb (at) example
 * (dot) org", "jan punt vdb apenstaartje example punt org".
 */
function findEmail(t: Tokens, lookup: Lookup, emails: ClientTraces['email']): boolean {
  const wordFor = (i: number, set: ReadonlySet<string>): boolean => holds(lookup.marker, t.state[i] as number) && set.has(tokenText(t, i));
  const isAt = (i: number): boolean => ((t.flags[i] as number) & AT_MARKER) !== 0;
  for (let m = 0; m < t.count; m++) {
    const literal = isAt(m);
    if (!literal && !wordFor(m, AT_WORDS)) continue;
    // A written "@" ends at the next "@"; a word for it at any marker. Each walk takes a bounded
    // number of tokens, so a text of "at at at" or "punt punt punt" stays linear.
    const stops = (i: number): boolean => isAt(i) || (!literal && wordFor(i, AT_WORDS));
    for (const e of emails) {
      let local = '';
      for (let i = m - 1, steps = 0; i >= 0 && local.length < e.local && steps < 2 * e.local + 4; i--, steps++) {
        if (stops(i)) break;
        if (!wordFor(i, DOT_WORDS)) local = tokenText(t, i) + local;
      }
      if (local.length !== e.local) continue;
      let domain = '';
      for (let i = m + 1, steps = 0; i < t.count && domain.length < e.domain && steps < 2 * e.domain + 4; i++, steps++) {
        if (stops(i)) break;
        if (!wordFor(i, DOT_WORDS)) domain += tokenText(t, i);
      }
      if (domain.length !== e.domain) continue;
      for (const target of lookup.byText(`${local}@${domain}`)) if (target.kind === 'email') return true;
    }
  }
  return false;
}

/**
 * Phone numbers: chains of digit groups joined by the separators people write ("0470 12 34 56",
 * "0470 – 12 34 56", "+32 (0)470/12.34.56", full-width digits). A candidate starts where a group
 * starts (after a country code "+32"/"0032" and leading zeros) and ends where a group ends, with
 * the trace's number of digits: whole numbers only, so 120,000 digits in a row cost one look.
 */
function findPhone(text: string, lookup: Lookup, lengths: readonly number[]): boolean {
  const shortest = Math.min(...lengths);
  const s = readableDigits(text);
  const n = s.length;
  let i = 0;
  while ((i = nextDigit(s, i)) < n) {
    // One chain: groups of digits, each separated from the next by at most three separators.
    const plus = i > 0 && s.charAt(i - 1) === '+';
    const from = i;
    let j = i;
    let count = 0;
    for (;;) {
      while (j < n && isDigit(s.charCodeAt(j))) {
        j++;
        count++;
      }
      let k = j;
      while (k < n && k - j < 3 && isPhoneSeparator(s.charCodeAt(k))) k++;
      if (k === j || k >= n || !isDigit(s.charCodeAt(k))) break;
      j = k;
    }
    i = j;
    // Too few digits for any of the numbers looked for: nothing to cut out of it.
    if (count < shortest) continue;
    const chain = s.slice(from, j);
    const digits = chain.replace(/[^0-9]/g, '');
    // Where each group starts and ends, counted in digits.
    const ends = new Uint8Array(digits.length + 1);
    const starts = new Int32Array(digits.length);
    let groups = 0;
    let at = 0;
    let inGroup = false;
    for (let k = 0; k < chain.length; k++) {
      const digit = isDigit(chain.charCodeAt(k));
      if (digit && !inGroup) starts[groups++] = at;
      if (digit) at++;
      else if (inGroup) ends[at] = 1;
      inGroup = digit;
    }
    ends[at] = 1;
    for (let q = 0; q < groups; q++) {
      const g = starts[q] as number;
      let start = g;
      let international = plus && g === 0;
      if (digits.charCodeAt(start) === 48 && digits.charCodeAt(start + 1) === 48) {
        start += 2;
        international = true;
      }
      if (international && digits.charCodeAt(start) === 51 && digits.charCodeAt(start + 1) === 50) start += 2;
      while (digits.charCodeAt(start) === 48) start++;
      for (const len of lengths) {
        if (start + len > digits.length || ends[start + len] !== 1) continue;
        for (const target of lookup.bySlice(digits, start, len)) if (target.kind === 'phone') return true;
      }
    }
  }
  return false;
}
