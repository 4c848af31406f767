// The command line's words in English; nl/commandLine.ts says what each one is for.
import type { FileTrouble } from '../../domain/problemParams';
import type * as nl from '../nl/commandLine';
import type { ExchangeRulesFigures, RegistryCheckResult } from '../nl/commandLine';

const fileTrouble: { readonly [K in FileTrouble]: string } = {
  missing: 'the file does not exist',
  'no-access': 'no permission to read the file',
  directory: 'this is a directory, not a file',
  'not-a-file': 'this is not a regular file (a device, pipe or socket)',
  unreadable: 'the file cannot be read',
};

export const problems: typeof nl.problems = {
  'cli-usage': () =>
    'Usage: npm run registry -- check [file] | list [--date YYYY-MM-DD] | lookup <postcode|municipality|nis> [--date YYYY-MM-DD] | verify (--postcode P | --municipality M | --nis N) --to A [--to A2] [--cc C] [--bcc B] [--date YYYY-MM-DD] [--consent] | exchange-rules [--mode Audit|Enforce] [--dpo-report ADDRESS] [--out FILE]; with every command also [--registry FILE] [--lang nl|en]',
  'cli-unknown-command': (p) => `Unknown command "${p.command}".`,
  'cli-option': (p) => `Option ${p.option}: must be ${p.expected.en}.`,
  'cli-file': (p) => `Cannot read ${p.file}: ${fileTrouble[p.trouble]}${p.detail ? ` (${p.detail})` : ''}.`,
  'cli-write': (p) => `Cannot write ${p.file}${p.detail ? ` (${p.detail})` : ''}: does the folder exist, is it not a folder itself, and may you write there?`,
  'cli-registry-invalid': (p) => `${p.file} is not a valid registry; \`npm run registry -- check\` shows everything wrong with it:`,
  'cli-not-found': (p) => `No protocol found for "${p.query}" (searched by postcode, municipality and NIS code).`,
  'cli-internal': () => 'Internal error: the command stopped on something that should not happen. Report it to the developers, with the command you gave.',
};

export function exchangeRulesSummary(p: ExchangeRulesFigures): string {
  const figures = `${p.rules} ${p.rules === 1 ? 'rule' : 'rules'} (${p.mode}) for ${p.mailboxes} OCMW ${p.mailboxes === 1 ? 'mailbox' : 'mailboxes'}; largest rule ${p.largest} of ${p.limits.ruleChars} characters; regular expressions ${p.regexChars} of ${p.limits.regexChars} characters (with those of the organisation's other rules); the organisation's rules together at most ${p.limits.rules}.`;
  if (!p.fits) return `NOT WRITTEN: the rules do not fit Exchange Online's limits. ${figures}`;
  return `OK: Exchange Online script written${p.file ? ` to ${p.file}` : ''}. ${figures} Audit first, see docs/admin.md.`;
}

export function registryCheckSummary(file: string, result: RegistryCheckResult): string {
  if ('protocols' in result) {
    const n = result.protocols;
    return `OK ${file}: ${n} ${n === 1 ? 'protocol' : 'protocols'}, registry ${result.digest}`;
  }
  const n = result.problems;
  return `INVALID ${file}: ${n} ${n === 1 ? 'problem' : 'problems'}`;
}

export const option: typeof nl.option = {
  registry: 'one file name',
  lang: 'nl or en (once)',
  date: 'one existing date YYYY-MM-DD',
  postcode: 'a four-digit Belgian postcode (once)',
  municipality: (max: number) => `a municipality name of at most ${max} characters (once)`,
  nis: 'a five-digit NIS code (once)',
  to: (max: number) => `an address of at most ${max} characters; at least one --to`,
  address: (max: number) => `an address of at most ${max} characters`,
  location: 'exactly one of --postcode, --municipality or --nis',
  recipients: (max: number) => `at most ${max} addresses in all`,
  mode: 'Audit or Enforce (once)',
  dpoReport: 'one plain e-mail address (a-z, 0-9, dot, hyphen, underscore), where the incident reports go',
  out: 'one file name',
  query: (max: number) => `a postcode, municipality or NIS code of at most ${max} characters`,
  flag: 'a flag without a value',
  needsValue: 'followed by a value',
  unknown: 'a known option (see usage)',
  notForCommand: 'not used with this command',
  fallback: 'valid',
};
