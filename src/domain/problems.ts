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
import type { Problem, ProblemCode, ProblemParams, ProblemWords } from './problemParams';

const WORDS: { readonly [L in 'nl' | 'en']: ProblemWords<ProblemCode> } = {
  nl: { ...registryNl.problems, ...cliNl.problems, ...sendNl.problems },
  en: { ...registryEn.problems, ...cliEn.problems, ...sendEn.problems },
};

export function problem<K extends ProblemCode>(code: K, params: ProblemParams[K]): Extract<Problem, { code: K }> {
  // As in reason(): the mapped type guarantees the words accept ProblemParams[K]; TS cannot follow it.
  const message = {
    nl: (WORDS.nl[code] as (p: ProblemParams[K]) => string)(params),
    en: (WORDS.en[code] as (p: ProblemParams[K]) => string)(params),
  };
  return { code, message, ...params } as unknown as Extract<Problem, { code: K }>;
}

/** What `npm run registry -- exchange-rules` made, against Exchange Online's limits. */
export function exchangeRulesSummary(p: ExchangeRulesFigures): LocalizedText {
  return { nl: cliNl.exchangeRulesSummary(p), en: cliEn.exchangeRulesSummary(p) };
}

/** The first line of `npm run registry -- check`. */
export function registryCheckSummary(file: string, result: RegistryCheckResult): LocalizedText {
  return { nl: cliNl.registryCheckSummary(file, result), en: cliEn.registryCheckSummary(file, result) };
}
