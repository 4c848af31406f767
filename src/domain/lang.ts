// The two languages the add-in speaks, and the one rule that picks between them, shared by the
// task pane, the Send check and the referral PDF so that one user is never answered in two
// languages. Dutch (nl-BE) is the default: the users are Flemish; English only when Outlook
// itself is set to English.

import { DAY_PATTERN } from './formats';

export type Lang = 'nl' | 'en';
export type LocalizedText = { readonly nl: string; readonly en: string };

/** Outlook's display language (BCP 47, e.g. "nl-BE", "en-US") to ours: any English is English. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === 'string' && /^en(?:-|_|$)/i.test(displayLanguage.trim()) ? 'en' : 'nl';
}

const MONTHS: { readonly [L in Lang]: readonly string[] } = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-02-28" -> "28 februari 2026" / "28 February 2026"; anything else is shown as given. */
export function formatDay(day: string, lang: Lang): string {
  const m = DAY_PATTERN.exec(day);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return day;
  return `${Number(m[3])} ${month} ${m[1]}`;
}
