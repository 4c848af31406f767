// Transliteration to what Helvetica/WinAnsi can print (the referral PDF's only fonts; pdf.ts says
// why). Diacritics are dropped ("ş" -> "s", "ő" -> "o"), a few letters without a decomposition get
// their usual Latin form ("ł" -> "l"), and Cyrillic and Greek follow ICAO Doc 9303, the
// transliteration of passports, so the name matches the client's identity document. Scripts
// without a sensible one-to-one Latin form (Arabic, Hebrew, CJK, ...) print as "?".

// Letters that have no Unicode decomposition to a Latin base letter.
const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
  ŧ: 't',
  Ŧ: 'T',
  ĸ: 'k',
  ŉ: "'n",
  ŋ: 'ng',
  Ŋ: 'Ng',
  ſ: 's',
  ə: 'e',
  Ə: 'E',
  ȷ: 'j',
  ʻ: "'",
  ʼ: "'",
  '\u02BE': "'",
  '\u02BF': "'",
};

// ICAO Doc 9303 (machine-readable travel documents), lower case; upper case is derived.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ђ: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  ѕ: 'dz',
  и: 'i',
  і: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  џ: 'dz',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const GREEK: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

function fromTable(char: string): string | undefined {
  const special = SPECIAL[char];
  if (special !== undefined) return special;
  const lower = char.toLowerCase();
  const latin = CYRILLIC[lower] ?? GREEK[lower];
  if (latin === undefined) return undefined;
  // "Жанна" -> "Zhanna": an upper-case letter gives a capitalised Latin group.
  return char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
}

export type Printable = { text: string; changed: boolean; unprintable: boolean };

/** `value` as the font can print it, and whether that changed it or left a letter unprintable ("?"). */
export function toPrintable(value: string, printable: ReadonlySet<number>): Printable {
  let text = '';
  let changed = false;
  let unprintable = false;
  const canPrint = (char: string): boolean => printable.has(char.codePointAt(0) ?? -1);
  for (const char of value) {
    if (canPrint(char)) {
      text += char;
      continue;
    }
    changed = true;
    // Strip accents and other combining marks, then look up what is left letter by letter.
    for (const base of char.normalize('NFD').replace(/\p{M}/gu, '')) {
      if (canPrint(base)) {
        text += base;
        continue;
      }
      const latin = fromTable(base);
      if (latin !== undefined) {
        text += latin;
      } else {
        text += '?';
        unprintable = true;
      }
    }
  }
  return { text, changed, unprintable };
}
