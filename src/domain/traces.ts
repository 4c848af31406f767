// Client traces: what the pane knows about the client, in a form the Send check can search the
// subject and body for without ever holding it.
//
// The pane knows the client's name, phone and e-mail (from its own form) and the name of the
// original attachment (a team member's own "Verwijsformulier Jan Peeters.pdf"). None of it may
// appear in the unencrypted subject or body. The Send check runs later, in another runtime, and
// must not be handed client data: the pane stores only salted SHA-256 hashes of normalised
// tokens (a fresh random salt per mail) in the item's sessionData, which Outlook never sends.
// Both the pane's final check and the Send check search through these same traces, with the
// same tokenizer, so they cannot disagree.
//
// Invariants:
// - Matching is on whole tokens after one normalisation (`words`): letter case, accents,
//   punctuation, camelCase and letter/digit boundaries do not matter.
// - A trace never holds a value in the clear; the messages say which kind of data was found,
//   never what.
// - Pure and ES2016: the Send bundle runs this in classic Outlook's JavaScript-only runtime.
import * as z from 'zod/mini';
import type { Protocol } from './registry';
import { sha256Hex, toHex, utf8Bytes } from './sha256';
import { COMBINING_MARKS } from './text';

/** What the pane's in-pane form knows about the client that must stay inside the zip. */
export const ClientDetails = z.strictObject({
  firstName: z.optional(z.string().check(z.maxLength(200))),
  lastName: z.optional(z.string().check(z.maxLength(200))),
  phone: z.optional(z.string().check(z.maxLength(100))),
  email: z.optional(z.string().check(z.maxLength(320))),
});
export type ClientDetails = z.infer<typeof ClientDetails>;

const Hash = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** Longest name phrase (in words) that is looked for: "Van den Broeck-De Smet" has five. */
export const MAX_NAME_WORDS = 6;

export const ClientTraces = z.strictObject({
  v: z.literal(1),
  /** 16 random bytes, hex; new for every mail. */
  salt: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  name: z.array(Hash).check(z.maxLength(8)),
  /** Words in the longest name phrase, so the matcher knows which word runs to hash. */
  nameWords: z.int().check(z.minimum(0), z.maximum(MAX_NAME_WORDS)),
  phone: z.array(Hash).check(z.maxLength(4)),
  email: z.array(Hash).check(z.maxLength(4)),
  /** Uncommon words of the original attachment's file name. */
  file: z.array(Hash).check(z.maxLength(32)),
});
export type ClientTraces = z.infer<typeof ClientTraces>;

export type TraceKind = 'name' | 'phone' | 'email' | 'file';
export type TraceHits = { readonly [K in TraceKind]: boolean };

// --- tokens ---------------------------------------------------------------------------------

/**
 * The one tokenizer: camelCase and letter/digit boundaries split ("JanPeeters2026" -> jan,
 * peeters, 2026), accents off, lower case, everything that is not a letter or digit separates.
 */
export function words(s: string): string[] {
  const spaced = s
    .replace(/([a-z\u00df-\u00ff])([A-Z\u00c0-\u00de])/g, '$1 $2')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([a-z])/g, '$1 $2');
  // Letters of any script count as letters: a name in Cyrillic or Arabic is still a name.
  return spaced.split(/[^0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u4e00-\u9fff]+/).filter((w) => w !== '');
}

/**
 * Words that say what a file is, not whose it is. A team member's file name often reads
 * "Verwijsformulier <name> scan 2026.pdf"; these words (and the protocol's own words, which the
 * neutral text uses) are not client data and must not block the mail.
 */
const COMMON_FILE_WORDS = new Set(
  (
    'verwijsformulier verwijsformulieren doorverwijsformulier doorverwijzing doorverwijzingen verwijzing verwijzingen ' +
    'aanmelding aanmeldingsformulier aanmeldformulier formulier formulieren form forms referral referrals ' +
    'scan scans gescand gescande scanned kopie kopij copy document documenten doc docs bijlage bijlagen attachment ' +
    'bestand bestanden file files versie version final finaal definitief def concept draft nieuw nieuwe new oud old ' +
    'ingevuld ingevulde getekend ondertekend ondertekende signed handtekening pagina paginas page pages blad ' +
    'ocmw cpas sociale sociaal dienst social service welzijn kind gezin opgroeien regie team lokaal lokale ' +
    'client clienten klant gezinnen dossier nummer ref referentie protocol wachtwoord vertrouwelijk confidential ' +
    'brief mail email bericht info informatie gegevens data contact contactgegevens adres telefoon ' +
    'img image foto photo afbeelding pdf docx xlsx jpg jpeg png heic tif tiff odt rtf txt zip ' +
    'van voor naar het een der den des met aan bij uit over door en of the and for to from of ' +
    'januari februari maart april mei juni juli augustus september oktober november december ' +
    'january february march may june july august october ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'
  ).split(' '),
);

/**
 * The words of a file name that could be about the client: letters only (numbers are dates and
 * page counts far more often than data), at least three of them, not a common document word,
 * and not one of `exclude` (the protocol's municipality, social service and team, which the
 * neutral text names). The extension is dropped.
 */
export function fileNameWords(fileName: string, exclude: readonly string[] = []): string[] {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const excluded = new Set(exclude.flatMap(words));
  const out: string[] = [];
  for (const w of words(stem)) {
    if (w.length < 3 || /[0-9]/.test(w) || COMMON_FILE_WORDS.has(w) || excluded.has(w) || out.includes(w)) continue;
    out.push(w);
  }
  return out;
}

/** The protocol's own names, which the neutral text uses: never client data in a file name. */
export function protocolWords(protocol: Protocol): string[] {
  return [protocol.id, protocol.municipality.name, ...(protocol.municipality.localities ?? []), protocol.socialService.name, protocol.localTeam];
}

/** A name as the phrase of its words ("Van dén-Broeck" -> "van den broeck"); empty when too short to look for. */
export function namePhrase(name: string): string {
  const w = words(name).slice(0, MAX_NAME_WORDS);
  // One letter is not a name we can look for without flagging every sentence.
  return w.join('').length < 2 ? '' : w.join(' ');
}

/**
 * The national significant number of a phone number written in any common Belgian or
 * international way: "0470 12 34 56", "+32 470 12 34 56", "0032470123456" -> "470123456".
 */
export function phoneDigits(s: string): string {
  const trimmed = s.trim();
  let digits = trimmed.replace(/\D/g, '');
  const international = trimmed.charAt(0) === '+' || digits.indexOf('00') === 0;
  if (digits.indexOf('00') === 0) digits = digits.slice(2);
  if (international && digits.indexOf('32') === 0) digits = digits.slice(2);
  return digits.replace(/^0+/, '');
}

/** Phone numbers shorter than this would match dates and references; a Belgian one has 8 or 9 digits. */
const MIN_PHONE_DIGITS = 8;
const MAX_PHONE_DIGITS = 15;

/** Runs of digits with the separators people write inside phone numbers. */
const NUMBER_RUN = /\+?\d[\d\s./()\-\u00a0]*\d/g;

const EMAIL_IN_TEXT = /[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g;

function normalEmail(s: string): string {
  return s
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/[.]+$/, '')
    .toLowerCase();
}

// --- hashing --------------------------------------------------------------------------------

function hashToken(salt: string, kind: TraceKind, token: string): string {
  // The kind is hashed in, so the same word as a name and as a file word gives different hashes.
  return sha256Hex(utf8Bytes(`${salt}\u0000${kind}\u0000${token}`));
}

export type TraceInput = {
  readonly client?: ClientDetails | undefined;
  /** The name of the team member's own attachment that was encrypted, if any. */
  readonly fileName?: string | undefined;
  /** Words that are never client data here (the protocol's names): left out of the file words. */
  readonly exclude?: readonly string[] | undefined;
};

/** The traces for one mail. `salt` is 32 hex characters from a cryptographic random source. */
export function buildTraces(input: TraceInput, salt: string): ClientTraces {
  const unique = (list: readonly string[]): string[] => list.filter((v, i) => v !== '' && list.indexOf(v) === i);
  const client = input.client ?? {};
  const names = unique([client.firstName, client.lastName].map((n) => (n === undefined ? '' : namePhrase(n))));
  const phone = client.phone === undefined ? '' : phoneDigits(client.phone);
  const email = client.email === undefined ? '' : normalEmail(client.email);
  const file = input.fileName === undefined ? [] : fileNameWords(input.fileName, input.exclude ?? []).slice(0, 32);
  return ClientTraces.parse({
    v: 1,
    salt,
    name: names.map((n) => hashToken(salt, 'name', n)),
    nameWords: names.reduce((max, n) => Math.max(max, n.split(' ').length), 0),
    phone: phone.length >= MIN_PHONE_DIGITS && phone.length <= MAX_PHONE_DIGITS ? [hashToken(salt, 'phone', phone)] : [],
    email: email.indexOf('@') > 0 ? [hashToken(salt, 'email', email)] : [],
    file: file.map((w) => hashToken(salt, 'file', w)),
  });
}

/** Which kinds of the client's data `text` contains. */
export function findTraces(text: string, traces: ClientTraces): TraceHits {
  const { salt } = traces;
  const has = (kind: TraceKind, set: readonly string[], token: string): boolean => set.indexOf(hashToken(salt, kind, token)) >= 0;
  const w = traces.name.length > 0 || traces.file.length > 0 ? words(text) : [];

  let name = false;
  for (let n = 1; n <= traces.nameWords && !name; n++) {
    for (let i = 0; i + n <= w.length && !name; i++) name = has('name', traces.name, w.slice(i, i + n).join(' '));
  }

  let file = false;
  for (let i = 0; i < w.length && !file && traces.file.length > 0; i++) file = has('file', traces.file, w[i] as string);

  let phone = false;
  if (traces.phone.length > 0) {
    for (const run of text.match(NUMBER_RUN) ?? []) {
      const digits = run.replace(/\D/g, '');
      // Every window of a plausible length: "0470 12 34 56" and "+32 (0)470 12-34-56" both hold "470123456".
      for (let len = MIN_PHONE_DIGITS; len <= Math.min(MAX_PHONE_DIGITS, digits.length) && !phone; len++) {
        for (let i = 0; i + len <= digits.length && !phone; i++) phone = has('phone', traces.phone, digits.slice(i, i + len));
      }
      if (phone) break;
    }
  }

  let email = false;
  if (traces.email.length > 0) {
    for (const found of text.match(EMAIL_IN_TEXT) ?? []) {
      if (has('email', traces.email, normalEmail(found))) {
        email = true;
        break;
      }
    }
  }
  return { name, phone, email, file };
}

/** Hex of 16 random bytes, for buildTraces; the caller passes the platform's CSPRNG. */
export function saltFrom(random16: Uint8Array): string {
  if (random16.length !== 16) throw new RangeError('saltFrom: need exactly 16 random bytes');
  return toHex(random16);
}
