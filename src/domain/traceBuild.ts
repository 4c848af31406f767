// Building the client traces (src/domain/traces.ts): the pane's side only. Apart from the matcher
// so that the Send bundle, which only reads traces, carries neither the word lists below nor the
// common Dutch words that are names.
//
// Each word of the client's name gets a grade (traces.ts, WORD_GRADES): strong, or weak because
// it is also a common Dutch word (Ben, Rand), the team member's own name (Office's
// userProfile.displayName) or a word of the protocol the neutral text names (Mesen). The grade
// travels with the hash, so the pane and the Send check weigh a finding the same way.
import COMMON_NAME_WORDS from './commonNameWords.json';
import type { Protocol } from './registry';
import { toHex } from './sha256';
import type { ClientDetails, ClientTraces, NamePart, WordGrade } from './traces';
import { ClientTraces as ClientTracesSchema, MAX_NAME_WORDS } from './traces';
import { MAX_PHONE_DIGITS, MIN_PHONE_DIGITS, PARTICLES, emailKey, fingerprint, phoneDigits, traceHasher, words } from './traceTokens';

let common: Set<string> | undefined;

/**
 * True when `word` (as `words` gives it) is one of the Flemish first names or surname words that
 * are also among the most frequent Dutch words (src/domain/commonNameWords.json; the list is made
 * at build time from @zxcvbn-ts/language-nl-be by scripts/lib/common-words-loader.cjs).
 */
export function isCommonNameWord(word: string): boolean {
  common ??= new Set(COMMON_NAME_WORDS.words as readonly string[]);
  return common.has(word);
}

/**
 * Words that say what a file is, not whose it is. A team member's file name often reads
 * "Verwijsformulier <name> scan 2026.pdf"; these words (and the protocol's own words, which the
 * neutral text uses) are not client data and must not block the mail.
 */
const COMMON_FILE_WORDS =
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
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag';
let fileWords: Set<string> | undefined;

/**
 * The words of a file name that could be about the client: letters only (numbers are dates and
 * page counts far more often than data), at least three of them, not a common document word,
 * and not one of `exclude` (the protocol's municipality, social service and team, which the
 * neutral text names). The extension is dropped.
 */
export function fileNameWords(fileName: string, exclude: readonly string[] = []): string[] {
  fileWords ??= new Set(COMMON_FILE_WORDS.split(' '));
  const documentWords = fileWords;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const excluded = new Set(exclude.flatMap(words));
  const out: string[] = [];
  for (const w of words(stem)) {
    if (w.length < 3 || /[0-9]/.test(w) || documentWords.has(w) || excluded.has(w) || out.includes(w)) continue;
    out.push(w);
  }
  return out;
}

/** The protocol's own names, which the neutral text uses: never client data in a file name, and weak in a name. */
export function protocolWords(protocol: Protocol): string[] {
  return [protocol.id, protocol.municipality.name, ...(protocol.municipality.localities ?? []), protocol.socialService.name, protocol.localTeam];
}

export type TraceInput = {
  readonly client?: ClientDetails | undefined;
  /** The name of the team member's own attachment that was encrypted, if any. */
  readonly fileName?: string | undefined;
  /** The protocol's words (protocolWords): left out of the file words, weak in a name. */
  readonly exclude?: readonly string[] | undefined;
  /** The team member's own display name (Office userProfile.displayName): weak in a name. */
  readonly ownName?: string | undefined;
};

/** Every word of `names`, and every run of consecutive words of one name joined. */
function joinedWords(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const w = words(name).slice(0, 2 * MAX_NAME_WORDS);
    for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) out.add(w.slice(i, j).join(''));
  }
  return out;
}

/** The traces for one mail. `salt` is 32 hex characters from a cryptographic random source. */
export function buildTraces(input: TraceInput, salt: string): ClientTraces {
  const sha = traceHasher(salt);
  const filter: number[] = [];
  const hash = (token: string): string => {
    const f = fingerprint(salt, token);
    if (filter.indexOf(f) < 0) filter.push(f);
    return sha(token);
  };
  const client = input.client ?? {};
  // The words of the team member's name and of the protocol's names, also joined ("De Smet" in a
  // signature is the client's "Desmet" as much as "De" and "Smet" are).
  const own = joinedWords([input.ownName ?? '']);
  const protocol = joinedWords(input.exclude ?? []);
  const gradeOf = (w: string): WordGrade => (own.has(w) ? 'own-name' : protocol.has(w) ? 'protocol-word' : isCommonNameWord(w) ? 'common-word' : 'strong');

  const nameWords: ClientTraces['nameWords'] = [];
  const name: ClientTraces['name'] = [];
  const parts: Array<[NamePart, string | undefined]> = [
    ['first', client.firstName],
    ['last', client.lastName],
  ];
  for (const [part, value] of parts) {
    const w = words(value ?? '').slice(0, MAX_NAME_WORDS);
    // One letter is not a name we can look for without flagging every sentence.
    if (w.join('').length < 2) continue;
    const base = nameWords.length;
    for (const word of w) nameWords.push({ part, particle: PARTICLES.has(word), grade: gradeOf(word) });
    // Every run of consecutive words, joined: "van den broeck" is also found as "vandenbroeck" or "Vanden Broeck".
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 1; j <= w.length; j++) name.push({ hash: hash(w.slice(i, j).join('')), from: base + i, to: base + j });
    }
  }

  const phone = client.phone === undefined ? '' : phoneDigits(client.phone);
  const email = client.email === undefined ? null : emailKey(client.email);
  const file = input.fileName === undefined ? [] : fileNameWords(input.fileName, input.exclude ?? []).slice(0, 32);
  return ClientTracesSchema.parse({
    v: 2,
    salt,
    nameWords,
    name,
    phone: phone.length >= MIN_PHONE_DIGITS && phone.length <= MAX_PHONE_DIGITS ? [{ hash: hash(phone), digits: phone.length }] : [],
    email: email ? [{ hash: hash(`${email.local}@${email.domain}`), local: email.local.length, domain: email.domain.length }] : [],
    file: file.map((w) => ({ hash: hash(w), grade: own.has(w) ? 'own-name' : isCommonNameWord(w) ? 'common-word' : 'strong' })),
    filter,
  });
}

/** Hex of 16 random bytes, for buildTraces; the caller passes the platform's CSPRNG. */
export function saltFrom(random16: Uint8Array): string {
  if (random16.length !== 16) throw new RangeError('saltFrom: need exactly 16 random bytes');
  return toHex(random16);
}
