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

// Written as block(rank) and prompt(rank): the table reads as what each reason does, and the
// bundles that carry it (the Send check's, the phone's) stay as small as the two tables it replaced.
const block = (rank: number): ReasonKind => ({ rank, outcome: 'block' });
const prompt = (rank: number): ReasonKind => ({ rank, outcome: 'prompt' });

export const REASONS: { readonly [K in ReasonCode]: ReasonKind } = {
  'check-failed': block(0),
  // First: an admin's test mail must say so, whatever else is wrong with it.
  'send-check-test': block(-1),
  'referral-marker-invalid': block(1),
  'referral-traces-unreadable': block(1.5),
  'location-missing': block(2),
  'location-invalid': block(3),
  'protocol-not-found': block(4),
  'protocol-ended': block(5),
  'protocol-not-yet-in-force': block(6),
  'attachment-not-encrypted': block(7),
  'attachment-form-to-social-service': block(7.5),
  'attachment-zip-not-aes256': block(8),
  'attachment-zip-invalid': block(9),
  'attachment-zip-entry-name': block(10),
  'attachment-changed-after-encryption': block(11),
  'recipient-lookalike-confusable': block(12),
  'recipient-lookalike-punycode': block(13),
  'recipient-lookalike-non-ascii': block(14),
  // A new code takes a rank between its neighbours, so that the table is never renumbered.
  'recipient-lookalike-embedded': block(14.5),
  'recipient-lookalike-longer-domain': block(15),
  'recipient-lookalike-trailing-dot': block(16),
  'recipient-sub-address': block(17),
  'recipient-not-ascii': block(18),
  'recipient-display-name-mismatch': block(19),
  'recipient-wrong-social-service': block(20),
  'recipient-not-registered': block(21),
  'recipient-distribution-list': block(22),
  'recipient-bcc': block(23),
  'recipient-cc': block(24),
  'content-password': block(25),
  'content-password-shape': block(26),
  'content-national-number': block(26.5),
  'content-client-name': block(27),
  'content-client-phone': block(28),
  'content-client-email': block(29),
  'content-file-name-word': block(30),
  'attachment-name-client-data': block(31),
  'attachment-inline': block(32),
  'consent-missing': block(33),
  'recipient-missing': block(34),
  'recipient-duplicate': block(35),
  'attachment-multiple-encrypted-zips': block(36),
  'attachment-missing-encrypted-zip': block(37),
  // Questions come after every refusal: a mail that is refused shows why first.
  'content-client-name-word': prompt(37.5),
  'content-not-fully-checked': prompt(37.7),
  'recipient-near-miss': prompt(38),
  'recipient-named-social-service': prompt(39),
  'recipient-group-with-attachments': prompt(40),
  'recipient-same-domain-with-attachments': prompt(41),
  'attachment-to-social-service': prompt(41.5),
  'follow-up-registered-mailbox': prompt(42),
};

/** Every code, most important first. */
export const REASON_CODES = (Object.keys(REASONS) as ReasonCode[]).sort((a, b) => REASONS[a].rank - REASONS[b].rank);

/** Each code's outcome, read from REASONS: the form docs/send-check.md's table is compared with. */
export const REASON_OUTCOME = REASON_CODES.reduce(
  (acc, code) => {
    acc[code] = REASONS[code].outcome;
    return acc;
  },
  {} as { [K in ReasonCode]: Exclude<Outcome, 'allow'> },
) as { readonly [K in ReasonCode]: Exclude<Outcome, 'allow'> };

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
