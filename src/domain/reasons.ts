// One object per reason of the Send check: how it ranks and what it does (block or prompt). Its
// words are the catalogue's entry under the same code (src/words/<lang>/send.ts, `reasons`), so a
// reason is its code here plus its code there; test/words/parity.test.ts fails on a code missing
// in either language. This is the one place that says what each finding does: the pane and the
// Send check both read it, and docs/send-check.md's table is checked against it
// (test/domain/outcomes.test.ts).
//
// Runs in the Send bundle: ES2016 syntax and built-ins only.
import * as en from '../words/en/send';
import * as nl from '../words/nl/send';
import type { Outcome, Reason, ReasonCode, ReasonOf, ReasonParams } from './reasonParams';
import { forMessage } from './shown';

type ReasonKind = {
  /**
   * Most important first. Data that would leave in the clear or reach the wrong party outranks what
   * is merely incomplete, so a Smart Alert cut at 500 characters still shows it. A new code takes
   * a rank between its neighbours, so that the ranks are never renumbered.
   */
  readonly rank: number;
  /** 'block': no way through; 'prompt': Outlook asks (see Outcome). */
  readonly outcome: Exclude<Outcome, 'allow'>;
};

// Plain data, and the two views below are computed by functions marked pure: a bundle that makes
// reasons but never ranks them (the phone's) drops the whole table.
export const REASONS: { readonly [K in ReasonCode]: ReasonKind } = {
  'check-failed': { rank: 0, outcome: 'block' },
  // First: an admin's test mail must say so, whatever else is wrong with it.
  'send-check-test': { rank: -1, outcome: 'block' },
  'referral-marker-invalid': { rank: 1, outcome: 'block' },
  'referral-traces-unreadable': { rank: 1.5, outcome: 'block' },
  'location-missing': { rank: 2, outcome: 'block' },
  'location-invalid': { rank: 3, outcome: 'block' },
  'protocol-not-found': { rank: 4, outcome: 'block' },
  'protocol-ended': { rank: 5, outcome: 'block' },
  'protocol-not-yet-in-force': { rank: 6, outcome: 'block' },
  'attachment-not-encrypted': { rank: 7, outcome: 'block' },
  'attachment-form-to-social-service': { rank: 7.5, outcome: 'block' },
  'attachment-zip-not-aes256': { rank: 8, outcome: 'block' },
  'attachment-zip-invalid': { rank: 9, outcome: 'block' },
  'attachment-zip-entry-name': { rank: 10, outcome: 'block' },
  'attachment-changed-after-encryption': { rank: 11, outcome: 'block' },
  'recipient-lookalike-confusable': { rank: 12, outcome: 'block' },
  'recipient-lookalike-punycode': { rank: 13, outcome: 'block' },
  'recipient-lookalike-non-ascii': { rank: 14, outcome: 'block' },
  // A new code takes a rank between its neighbours, so that the table is never renumbered.
  'recipient-lookalike-embedded': { rank: 14.5, outcome: 'block' },
  'recipient-lookalike-longer-domain': { rank: 15, outcome: 'block' },
  'recipient-lookalike-trailing-dot': { rank: 16, outcome: 'block' },
  'recipient-sub-address': { rank: 17, outcome: 'block' },
  'recipient-not-ascii': { rank: 18, outcome: 'block' },
  'recipient-display-name-mismatch': { rank: 19, outcome: 'block' },
  'recipient-wrong-social-service': { rank: 20, outcome: 'block' },
  'recipient-not-registered': { rank: 21, outcome: 'block' },
  'recipient-distribution-list': { rank: 22, outcome: 'block' },
  'recipient-bcc': { rank: 23, outcome: 'block' },
  'recipient-cc': { rank: 24, outcome: 'block' },
  'content-password': { rank: 25, outcome: 'block' },
  'content-password-shape': { rank: 26, outcome: 'block' },
  'content-national-number': { rank: 26.5, outcome: 'block' },
  'content-client-name': { rank: 27, outcome: 'block' },
  'content-client-phone': { rank: 28, outcome: 'block' },
  'content-client-email': { rank: 29, outcome: 'block' },
  'content-file-name-word': { rank: 30, outcome: 'block' },
  'attachment-name-client-data': { rank: 31, outcome: 'block' },
  'attachment-inline': { rank: 32, outcome: 'block' },
  'consent-missing': { rank: 33, outcome: 'block' },
  'recipient-missing': { rank: 34, outcome: 'block' },
  'recipient-duplicate': { rank: 35, outcome: 'block' },
  'attachment-multiple-encrypted-zips': { rank: 36, outcome: 'block' },
  'attachment-missing-encrypted-zip': { rank: 37, outcome: 'block' },
  // Questions come after every refusal: a mail that is refused shows why first.
  'content-client-name-word': { rank: 37.5, outcome: 'prompt' },
  'content-not-fully-checked': { rank: 37.7, outcome: 'prompt' },
  'recipient-near-miss': { rank: 38, outcome: 'prompt' },
  'recipient-named-social-service': { rank: 39, outcome: 'prompt' },
  'recipient-group-with-attachments': { rank: 40, outcome: 'prompt' },
  'recipient-same-domain-with-attachments': { rank: 41, outcome: 'prompt' },
  'attachment-to-social-service': { rank: 41.5, outcome: 'prompt' },
  'follow-up-registered-mailbox': { rank: 42, outcome: 'prompt' },
};

function codesByRank(): ReasonCode[] {
  return (Object.keys(REASONS) as ReasonCode[]).sort((a, b) => REASONS[a].rank - REASONS[b].rank);
}

/** Every code, most important first. */
export const REASON_CODES = /* @__PURE__ */ codesByRank();

function outcomes(): { readonly [K in ReasonCode]: Exclude<Outcome, 'allow'> } {
  const out = {} as { [K in ReasonCode]: Exclude<Outcome, 'allow'> };
  for (const code of Object.keys(REASONS) as ReasonCode[]) out[code] = REASONS[code].outcome;
  return out;
}

/** Each code's outcome, read from REASONS: the form docs/send-check.md's table is compared with. */
export const REASON_OUTCOME = /* @__PURE__ */ outcomes();

/** The outcome of a set of reasons: the strongest one; none is 'allow'. */
export function outcomeOf(reasons: readonly Reason[]): Outcome {
  let outcome: Outcome = 'allow';
  for (const r of reasons) {
    if (REASONS[r.code].outcome === 'block') return 'block';
    outcome = 'prompt';
  }
  return outcome;
}

export function reason<K extends ReasonCode>(code: K, params: ReasonParams[K]): ReasonOf<K> {
  // The mapped catalogue type guarantees the words of `code` accept ReasonParams[K]; TS cannot
  // follow the correlation through the index, hence the casts on the functions.
  const shown = forMessage(params);
  const message = {
    nl: (nl.reasons[code] as (p: ReasonParams[K]) => string)(shown),
    en: (en.reasons[code] as (p: ReasonParams[K]) => string)(shown),
  };
  return { code, message, ...params } as unknown as ReasonOf<K>;
}

/** Stable sort: most important first; equal codes keep the order the rules found them in. */
export function sortReasons(reasons: readonly Reason[]): Reason[] {
  return reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => REASONS[a.r.code].rank - REASONS[b.r.code].rank || a.i - b.i)
    .map(({ r }) => r);
}
