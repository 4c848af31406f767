// The domain's face of the message catalogue. Rules produce codes; the words users read live in
// src/words/<lang>/ (one file per feature, the same keys in each language), so the task pane, the
// Send check and the command line say exactly the same thing. Here, what the rules import:
// - reasons.ts: one object per reason of the Send check (rank, outcome; words by its code);
// - problems.ts: problems with input (registry file, mail data, command line);
// - alerts.ts: what Outlook shows around the reasons (Smart Alert, phone notice);
// - shown.ts: how a value the user typed is shortened before a message shows it.
export type { NameWordPart, Outcome, PhoneNoticeKind, Reason, ReasonCode, ReasonOf, Where } from './reasonParams';
export type { FileTrouble, Problem, ProblemCode, TextCharacterKind } from './problemParams';
export { REASONS, REASON_CODES, REASON_OUTCOME, outcomeOf, reason, sortReasons } from './reasons';
export { exchangeRulesSummary, mailProblem, problem, registryCheckSummary } from './problems';
export { ACKNOWLEDGE_IN_TASK_PANE, OPEN_TASK_PANE_LABEL, PHONE_NOTICE, PROMPT_NOT_OFFERED, summarize } from './alerts';
export { MAX_SHOWN, SHOWN_VALUE_CHARS, shorten } from './shown';
