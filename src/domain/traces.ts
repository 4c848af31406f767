// Client traces: what the pane knows about the client, in a form the Send check can search the
// subject and body for without ever holding it.
//
// The pane knows the client's name, phone and e-mail (from its own form) and the name of the
// original attachment (a team member's own "Verwijsformulier Jan Peeters.pdf"). None of it may
// appear in the unencrypted subject or body. The Send check runs later, in another runtime, and
// must not be handed client data: the pane stores only salted SHA-256 hashes of normalised
// tokens (a fresh random salt per mail) in the item's sessionData, which Outlook never sends.
// Both the pane's final check and the Send check search through these same traces, with the
// same tokenizer, so they cannot disagree. The pane builds them (src/domain/traceBuild.ts).
//
// Invariants:
// - Matching is on whole tokens after one normalisation (`words`): letter case, accents,
//   punctuation, camelCase, letter/digit boundaries and invisible characters (soft hyphen,
//   zero-width space, joiners) do not matter.
// - Linear time: every distinct token of a mail is hashed at most once (a per-mail memo), a phone
//   number is looked for only where a group of digits starts and ends, an e-mail address only
//   around an "@" (or "at", "apenstaartje"), and a name only where its words stand.
// - A trace never holds a value in the clear; the messages say which kind of data was found,
//   never what.
// - Pure and ES2016: the Send bundle runs this in classic Outlook's JavaScript-only runtime.
import * as z from 'zod/mini';
import { SHA256_HEX } from './formats';
import { prefixedSha256Hex, utf8Bytes } from './sha256';
import { COMBINING_MARKS, nextDigit, readableDigits, stripInvisible } from './text';

/** What the pane's in-pane form knows about the client that must stay inside the zip. */
export const ClientDetails = z.strictObject({
  firstName: z.optional(z.string().check(z.maxLength(200))),
  lastName: z.optional(z.string().check(z.maxLength(200))),
  phone: z.optional(z.string().check(z.maxLength(100))),
  email: z.optional(z.string().check(z.maxLength(320))),
});
export type ClientDetails = z.infer<typeof ClientDetails>;

const Hash = z.string().check(z.regex(SHA256_HEX));

/** Words of one name (first or last) that are looked for: "Van den Broeck-De Smet" has five. */
export const MAX_NAME_WORDS = 6;

/**
 * How much a word of the client's name says when it stands alone in a text. 'strong': it is the
 * client's. The others are weak, since the word is also something else: a common Dutch word
 * ("Ben" in "ik ben"), the team member's own name ("Peeters" in the signature "An Peeters"), or a
 * word of the protocol the neutral text names ("Mesen", "Rand").
 */
export const WORD_GRADES = ['strong', 'common-word', 'own-name', 'protocol-word'] as const;
export type WordGrade = (typeof WORD_GRADES)[number];
export type WeakGrade = Exclude<WordGrade, 'strong'>;
const Grade = z.enum(WORD_GRADES);

export const NAME_PARTS = ['first', 'last'] as const;
export type NamePart = (typeof NAME_PARTS)[number];

const NameWord = z.strictObject({
  part: z.enum(NAME_PARTS),
  /** van, de, den, ... (PARTICLES): part of a name, never a name alone. */
  particle: z.boolean(),
  grade: Grade,
});

/** The hash of name words from..to-1 (of one part) written as one token: "broeck", "vandenbroeck". */
const NameRun = z.strictObject({ hash: Hash, from: z.int().check(z.minimum(0)), to: z.int().check(z.maximum(2 * MAX_NAME_WORDS)) });

export const ClientTraces = z
  .strictObject({
    v: z.literal(2),
    /** 16 random bytes, hex; new for every mail. */
    salt: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
    /** The words of the client's first and last name, in order: what each one is, never what it says. */
    nameWords: z.array(NameWord).check(z.maxLength(2 * MAX_NAME_WORDS)),
    /** Every run of consecutive words of one name, joined: found split or joined ("Van den Broeck", "Vandenbroeck"). */
    name: z.array(NameRun).check(z.maxLength(MAX_NAME_WORDS * (MAX_NAME_WORDS + 1))),
    /** The national significant number, and how many digits it has. */
    phone: z.array(z.strictObject({ hash: Hash, digits: z.int().check(z.minimum(8), z.maximum(15)) })).check(z.maxLength(4)),
    /** Letters and digits of the local part and of the domain, joined by "@", and how many each has. */
    email: z
      .array(z.strictObject({ hash: Hash, local: z.int().check(z.minimum(1), z.maximum(64)), domain: z.int().check(z.minimum(1), z.maximum(255)) }))
      .check(z.maxLength(4)),
    /** Uncommon words of the original attachment's file name. */
    file: z.array(z.strictObject({ hash: Hash, grade: Grade })).check(z.maxLength(32)),
    /** The 16-bit fingerprint (fingerprint()) of every token hashed above: what is not among them is not hashed. */
    filter: z.array(z.int().check(z.minimum(0), z.maximum(0xffff))).check(z.maxLength(128)),
  })
  .check(
    z.refine((t) =>
      t.name.every((r) => {
        const first = t.nameWords[r.from];
        const last = t.nameWords[r.to - 1];
        return r.from < r.to && first !== undefined && last !== undefined && first.part === last.part;
      }),
    ),
  );
export type ClientTraces = z.infer<typeof ClientTraces>;

// --- tokens ---------------------------------------------------------------------------------

/** Letters of any script count as letters: a name in Cyrillic or Arabic is still a name. */
function isWordCharacter(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x6ff) ||
    (c >= 0x4e00 && c <= 0x9fff)
  );
}

function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  );
}

const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// What the tokenizer asks of a character, as bits: one table lookup per character of the usual
// scripts instead of a dozen range tests (a 2 MB token of "7K3M" is two million tokens).
const WORD = 1 << 0;
const LOWER = 1 << 1;
const UPPER = 1 << 2;
const DIGIT = 1 << 3;
const LATIN = 1 << 4;
const MARK = 1 << 5;
function characterClass(c: number): number {
  return (
    (isWordCharacter(c) ? WORD : 0) |
    (isLower(c) ? LOWER : 0) |
    (isUpper(c) ? UPPER : 0) |
    (isDigit(c) ? DIGIT : 0) |
    (isAsciiLetter(c) ? LATIN : 0) |
    (isCombiningMark(c) ? MARK : 0)
  );
}
const CLASS_TABLE_SIZE = 0x700;
const CLASS_TABLE = new Uint8Array(CLASS_TABLE_SIZE);
for (let c = 0; c < CLASS_TABLE_SIZE; c++) CLASS_TABLE[c] = characterClass(c);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Math.imul once: a global looked up per character is slow where globals sit behind an
// interceptor (a vm context, as in the tests of the Send bundle).
const imul = Math.imul;
const fnv = (h: number, c: number): number => imul(h ^ c, FNV_PRIME);
/** The 16 bits a fingerprint keeps of an FNV-1a state. */
const fold = (h: number): number => ((h >>> 16) ^ h) & 0xffff;

const AT_MARKER = 1;
const HAS_MARKS = 2;

/**
 * The tokens of a text, found in one pass and kept as positions (no string per token): the text
 * decomposed and lower-cased (`lower`), each token's start and end in it, whether it holds
 * combining marks (dropped from its text), whether it is an "@", and the FNV-1a state of its
 * characters after `seed` (a fingerprint continues from it: a token joined with the next one).
 */
type Tokens = {
  readonly count: number;
  readonly lower: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly state: Int32Array;
  readonly flags: Uint8Array;
};

/** `into`, a larger array of the same kind, holding `from` at its start. */
function copied<A extends Int32Array | Uint8Array>(from: A, into: A): A {
  into.set(from);
  return into;
}

/**
 * One pass over the text (decomposed, invisible characters removed): a token ends at anything
 * that is not a letter or digit, where a lower-case letter meets a capital (camelCase), and where
 * a letter meets a digit. Accents are dropped, tokens lower-cased; "@" is a token of its own when
 * asked for (an address's).
 */
function scan(text: string, keepAt: boolean, seed: number): Tokens {
  const s = stripInvisible(text).normalize('NFKD');
  let lower = s.toLowerCase();
  // Lower-casing that changes the length (rare outside Latin, Greek, Cyrillic): case by character.
  if (lower.length !== s.length) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const l = s.charAt(i).toLowerCase();
      out += l.length === 1 ? l : s.charAt(i);
    }
    lower = out;
  }
  let capacity = 64;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let state = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let count = 0;
  // Doubling: the arrays grow with the tokens, not with the text, and the push itself stays small.
  const grow = (): void => {
    capacity *= 2;
    start = copied(start, new Int32Array(capacity));
    end = copied(end, new Int32Array(capacity));
    state = copied(state, new Int32Array(capacity));
    flags = copied(flags, new Uint8Array(capacity));
  };
  const push = (from: number, to: number, h: number, f: number): void => {
    if (count === capacity) grow();
    start[count] = from;
    end[count] = to;
    state[count] = h;
    flags[count] = f;
    count++;
  };
  let from = -1;
  let h = seed;
  let marks = 0;
  let previous = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // "%40" and "%2E" (an address in a link, mailto:jan.vdb%40example.org) are "@" and ".".
    if (c === 37 && i + 2 < s.length && isUrlEscape(s.charCodeAt(i + 1), s.charCodeAt(i + 2))) {
      if (from >= 0) push(from, i, h, marks);
      from = -1;
      const at = s.charCodeAt(i + 1) === 52;
      if (at && keepAt && (count === 0 || flags[count - 1] !== AT_MARKER)) push(i, i + 3, seed, AT_MARKER);
      i += 2;
      previous = 0;
      continue;
    }
    const kind = c < CLASS_TABLE_SIZE ? (CLASS_TABLE[c] as number) : characterClass(c);
    if ((kind & MARK) !== 0) {
      if (from >= 0) marks = HAS_MARKS;
      continue;
    }
    if ((kind & WORD) !== 0) {
      if (
        from >= 0 &&
        (((previous & LOWER) !== 0 && (kind & UPPER) !== 0) ||
          ((previous & LATIN) !== 0 && (kind & DIGIT) !== 0) ||
          ((previous & DIGIT) !== 0 && (kind & LATIN) !== 0))
      ) {
        push(from, i, h, marks);
        from = -1;
      }
      if (from < 0) {
        from = i;
        h = seed;
        marks = 0;
      }
      h = fnv(h, lower.charCodeAt(i));
    } else {
      if (from >= 0) push(from, i, h, marks);
      from = -1;
      // Two "@" with no word between them are one marker.
      if (keepAt && c === 64 && (count === 0 || flags[count - 1] !== AT_MARKER)) push(i, i + 1, seed, AT_MARKER);
    }
    previous = kind;
  }
  if (from >= 0) push(from, s.length, h, marks);
  return { count, lower, start, end, state, flags };
}

/** "40" or "2E"/"2e" after a "%". */
const isUrlEscape = (a: number, b: number): boolean => (a === 52 && b === 48) || (a === 50 && (b === 69 || b === 101));

/** The text of token `i`: lower case, without accents. */
function tokenText(t: Tokens, i: number): string {
  const text = t.lower.slice(t.start[i] as number, t.end[i] as number);
  return ((t.flags[i] as number) & HAS_MARKS) !== 0 ? text.replace(COMBINING_MARKS, '') : text;
}

/** The FNV state `h` continued over the characters of token `i` (a token written joined to the one before). */
function continueState(t: Tokens, h: number, i: number): number {
  for (let k = t.start[i] as number; k < (t.end[i] as number); k++) {
    const c = t.lower.charCodeAt(k);
    if (!isCombiningMark(c)) h = fnv(h, c);
  }
  return h;
}

/**
 * The one tokenizer: camelCase and letter/digit boundaries split ("JanPeeters2026" -> jan,
 * peeters, 2026), accents off, lower case, invisible characters removed, everything else that is
 * not a letter or digit separates.
 */
export function words(s: string): string[] {
  const t = scan(s, false, 0);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(tokenText(t, i));
  return out;
}

/**
 * Particles of family names (Dutch, French, German, Spanish, Arabic): part of a name, never a name
 * on their own, and written split or joined ("Van den Broeck", "Vandenbroeck", "El Amrani").
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  'van vanden vander vande von vom zu de der den des del della dal dalla di da du dos das do le la les ten ter te t d op in het el al ben bin ibn abu abou ait mac mc o'.split(
    ' ',
  ),
);

/**
 * The national significant number of a phone number written in any common Belgian or
 * international way: "0470 12 34 56", "+32 470 12 34 56", "0032470123456" -> "470123456".
 */
export function phoneDigits(s: string): string {
  const trimmed = stripInvisible(s.normalize('NFKC')).trim();
  let digits = trimmed.replace(/\D/g, '');
  const international = trimmed.charAt(0) === '+' || digits.indexOf('00') === 0;
  if (digits.indexOf('00') === 0) digits = digits.slice(2);
  if (international && digits.indexOf('32') === 0) digits = digits.slice(2);
  return digits.replace(/^0+/, '');
}

/** Phone numbers shorter than this would match dates and references; a Belgian one has 8 or 9 digits. */
export const MIN_PHONE_DIGITS = 8;
export const MAX_PHONE_DIGITS = 15;

/** An e-mail address as the traces hold it: letters and digits of each side, joined by "@". */
export function emailKey(address: string): { local: string; domain: string } | null {
  const a = address
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = a.lastIndexOf('@');
  if (at <= 0) return null;
  const local = words(a.slice(0, at)).join('');
  const domain = words(a.slice(at + 1)).join('');
  return local.length > 0 && local.length <= 64 && domain.length > 0 && domain.length <= 255 ? { local, domain } : null;
}

// --- hashing --------------------------------------------------------------------------------

/** Tokens longer than this are never looked up: no trace is that long (names have 200 characters at most). */
const MAX_TOKEN = 320;

/**
 * The trace hash of one token for this salt: SHA-256 of a 64-byte block (a label and the salt)
 * followed by the token. Names, file words, phone numbers and addresses share it.
 */
export function traceHasher(salt: string): (token: string) => string {
  const block = new Uint8Array(64);
  block.set(utf8Bytes(`kg-client-traces-v2\u0000${salt}`));
  return prefixedSha256Hex(block);
}

/** The FNV-1a state of the salt: every fingerprint of one mail starts from it. */
function saltSeed(salt: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < salt.length; i++) h = fnv(h, salt.charCodeAt(i));
  return fnv(h, 0x1f);
}

/**
 * A 16-bit fingerprint of a token, keyed with the salt (FNV-1a): a fast first look, so that only
 * about one token in 65,536 of a long text is hashed with SHA-256 for nothing. It tells nothing
 * the hash beside it does not.
 */
export function fingerprint(salt: string, token: string): number {
  let h = saltSeed(salt);
  for (let i = 0; i < token.length; i++) h = fnv(h, token.charCodeAt(i));
  return fold(h);
}

// --- matching -------------------------------------------------------------------------------

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
