// Problems with input (a registry file, a mail's data, the command line's arguments): a code and
// its values, with the words of both languages from the catalogue (src/words/<lang>/registry.ts,
// commandLine.ts and send.ts, each holding its feature's codes).
import * as cliEn from '../words/en/commandLine';
import * as registryEn from '../words/en/registry';
import * as sendEn from '../words/en/send';
import type { ExchangeRulesFigures, RegistryCheckResult } from '../words/nl/commandLine';
import * as cliNl from '../words/nl/commandLine';
import * as registryNl from '../words/nl/registry';
import * as sendNl from '../words/nl/send';
import type { LocalizedText } from './lang';
import type { Problem, ProblemCode, ProblemParams, ProblemWords, SendProblemCode } from './problemParams';

type Words<K extends ProblemCode> = { readonly nl: ProblemWords<K>; readonly en: ProblemWords<K> };

// The words are gathered on the first problem, not when the module loads: a bundle that never
// calls `problem` (the Send check calls only `mailProblem`) then drops the registry's and the
// command line's words whole.
function maker<K extends ProblemCode>(gather: () => Words<K>) {
  let words: Words<K> | undefined;
  return <C extends K>(code: C, params: ProblemParams[C]): Extract<Problem, { code: C }> => {
    words = words ?? gather();
    // As in reason(): the mapped type guarantees the words accept ProblemParams[C]; TS cannot follow it.
    const message = {
      nl: (words.nl[code] as (p: ProblemParams[C]) => string)(params),
      en: (words.en[code] as (p: ProblemParams[C]) => string)(params),
    };
    return { code, message, ...params } as unknown as Extract<Problem, { code: C }>;
  };
}

/** Any problem: with a registry file, the command line's arguments or a mail's data. */
export const problem = /* @__PURE__ */ maker<ProblemCode>(() => ({
  nl: { ...registryNl.problems, ...cliNl.problems, ...sendNl.problems },
  en: { ...registryEn.problems, ...cliEn.problems, ...sendEn.problems },
}));

/**
 * A problem with a mail's data or the pane's headers (snapshot.ts, marker.ts): the Send bundle's
 * only problems, so it carries neither the registry's nor the command line's words.
 */
export const mailProblem = /* @__PURE__ */ maker<SendProblemCode>(() => ({ nl: sendNl.problems, en: sendEn.problems }));

/** What `npm run registry -- exchange-rules` made, against Exchange Online's limits. */
export function exchangeRulesSummary(p: ExchangeRulesFigures): LocalizedText {
  return { nl: cliNl.exchangeRulesSummary(p), en: cliEn.exchangeRulesSummary(p) };
}

/** The first line of `npm run registry -- check`. */
export function registryCheckSummary(file: string, result: RegistryCheckResult): LocalizedText {
  return { nl: cliNl.registryCheckSummary(file, result), en: cliEn.registryCheckSummary(file, result) };
}
