import { PASSWORD_SEPARATOR } from './password';

import type { Lang } from '../domain/lang';
export type SpelledChar = { char: string; word: string };

// The Belgian spelling alphabet (the one Flemish callers know from the phone), digits in Dutch.
const NL: Readonly<Record<string, string>> = {
  A: 'Arthur',
  B: 'Brussel',
  C: 'Carolina',
  D: 'Desiré',
  E: 'Emiel',
  F: 'Frederik',
  G: 'Gustaaf',
  H: 'Hendrik',
  I: 'Isidoor',
  J: 'Jozef',
  K: 'Kilogram',
  L: 'Leopold',
  M: 'Maria',
  N: 'Napoleon',
  O: 'Oscar',
  P: 'Piano',
  Q: 'Quintus',
  R: 'Robert',
  S: 'Sofie',
  T: 'Telefoon',
  U: 'Ursula',
  V: 'Victor',
  W: 'Waterloo',
  X: 'Xavier',
  Y: 'Yvonne',
  Z: 'Zola',
  '0': 'nul',
  '1': 'een',
  '2': 'twee',
  '3': 'drie',
  '4': 'vier',
  '5': 'vijf',
  '6': 'zes',
  '7': 'zeven',
  '8': 'acht',
  '9': 'negen',
};

// ICAO/NATO, as an English-speaking OCMW worker would expect.
const EN: Readonly<Record<string, string>> = {
  A: 'Alfa',
  B: 'Bravo',
  C: 'Charlie',
  D: 'Delta',
  E: 'Echo',
  F: 'Foxtrot',
  G: 'Golf',
  H: 'Hotel',
  I: 'India',
  J: 'Juliett',
  K: 'Kilo',
  L: 'Lima',
  M: 'Mike',
  N: 'November',
  O: 'Oscar',
  P: 'Papa',
  Q: 'Quebec',
  R: 'Romeo',
  S: 'Sierra',
  T: 'Tango',
  U: 'Uniform',
  V: 'Victor',
  W: 'Whiskey',
  X: 'X-ray',
  Y: 'Yankee',
  Z: 'Zulu',
  '0': 'zero',
  '1': 'one',
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '6': 'six',
  '7': 'seven',
  '8': 'eight',
  '9': 'nine',
};

const TABLES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { nl: NL, en: EN };

/** One array per group of the password, one entry per character, for the pane to lay out. */
export function spellPassword(password: string, language: Lang): SpelledChar[][] {
  const table = TABLES[language];
  return password.split(PASSWORD_SEPARATOR).map((group) => [...group].map((char) => ({ char, word: table[char.toUpperCase()] ?? char })));
}

/** `7 zeven · K Kilogram ... / ...`: the same aid as one line, for a screen reader or an SMS. */
export function spellPasswordText(password: string, language: Lang): string {
  return spellPassword(password, language)
    .map((group) => group.map(({ char, word }) => `${char} ${word}`).join(', '))
    .join(' / ');
}
