// What Outlook shows around the reasons: the Smart Alert's text (summarize), its button and the
// notes it adds, and the phone's notice. The words are the catalogue's (src/words/<lang>/send.ts
// and phone.ts); here they are paired into the LocalizedText the Send and phone handlers pick from.
//
// Runs in the Send and phone bundles: ES2016 syntax and built-ins only.
import * as phoneEn from '../words/en/phone';
import * as en from '../words/en/send';
import * as phoneNl from '../words/nl/phone';
import * as nl from '../words/nl/send';
import type { Lang, LocalizedText } from './lang';
import type { PhoneNoticeKind, Reason } from './reasonParams';
import { sortReasons } from './reasons';

/** Joins messages in one language, most important first, cut at a whole message within `max`. */
export function summarize(reasons: readonly Reason[], lang: Lang, max = 500): string {
  let out = '';
  for (const r of sortReasons(reasons)) {
    const next = out ? `${out}\n${r.message[lang]}` : r.message[lang];
    if (next.length > max) {
      if (!out) return `${r.message[lang].slice(0, Math.max(0, max - 1))}…`;
      break;
    }
    out = next;
  }
  return out;
}

/** The Smart Alert's own button, which opens the task pane (at most 20 characters). */
export const OPEN_TASK_PANE_LABEL: LocalizedText = { nl: nl.openTaskPane, en: en.openTaskPane };

/** Added to a question on clients before Mailbox 1.14, which cannot offer "Send Anyway". */
export const PROMPT_NOT_OFFERED: LocalizedText = { nl: nl.promptNotOffered, en: en.promptNotOffered };

/** Added before Mailbox 1.14 when a weak finding in the text can be let pass in the task pane. */
export const ACKNOWLEDGE_IN_TASK_PANE: LocalizedText = { nl: nl.acknowledgeInTaskPane, en: en.acknowledgeInTaskPane };

/** The phone's notice (src/mobile), at most 150 characters. */
export const PHONE_NOTICE: { readonly [K in PhoneNoticeKind]: LocalizedText } = {
  ocmw: { nl: phoneNl.notice.ocmw, en: phoneEn.notice.ocmw },
  imitation: { nl: phoneNl.notice.imitation, en: phoneEn.notice.imitation },
};
