// The command line's words in Dutch (nl-BE): `npm run registry -- …` (src/cli/registry.ts), its
// usage, the problems with its arguments and files, and the summaries it prints.
import type { CliProblemCode, FileTrouble, ProblemWords } from '../../domain/problemParams';

/** Why the command line could not read a file. */
const fileTrouble: { readonly [K in FileTrouble]: string } = {
  missing: 'het bestand bestaat niet',
  'no-access': 'geen toegang tot het bestand',
  directory: 'dit is een map, geen bestand',
  'not-a-file': 'dit is geen gewoon bestand (een apparaat, pipe of socket)',
  unreadable: 'het bestand kan niet gelezen worden',
};

export const problems: ProblemWords<CliProblemCode> = {
  'cli-usage': () =>
    'Gebruik: npm run registry -- check [bestand] | list [--date JJJJ-MM-DD] | lookup <postcode|gemeente|nis> [--date JJJJ-MM-DD] | verify (--postcode P | --municipality M | --nis N) --to A [--to A2] [--cc C] [--bcc B] [--date JJJJ-MM-DD] [--consent] | exchange-rules [--mode Audit|Enforce] [--dpo-report ADRES] [--out BESTAND]; bij elk commando ook [--registry BESTAND] [--lang nl|en]',
  'cli-unknown-command': (p) => `Onbekend commando "${p.command}".`,
  'cli-option': (p) => `Optie ${p.option}: moet ${p.expected.nl} zijn.`,
  'cli-file': (p) => `Kan ${p.file} niet lezen: ${fileTrouble[p.trouble]}${p.detail ? ` (${p.detail})` : ''}.`,
  'cli-write': (p) => `Kan ${p.file} niet schrijven${p.detail ? ` (${p.detail})` : ''}: bestaat de map, is het geen map zelf, en mag u er schrijven?`,
  'cli-registry-invalid': (p) => `${p.file} is geen geldig register; \`npm run registry -- check\` toont alles wat eraan schort:`,
  'cli-not-found': (p) => `Geen protocol gevonden voor "${p.query}" (gezocht op postcode, gemeente en NIS-code).`,
  'cli-internal': () => 'Interne fout: het commando liep vast op iets wat niet had mogen gebeuren. Meld het aan de ontwikkelaars, met het commando dat u gaf.',
};

/** What each option must be (the problem 'cli-option' says "Optie X: moet … zijn"). */
export const option = {
  registry: 'één bestandsnaam',
  lang: 'nl of en (één keer)',
  date: 'één bestaande datum JJJJ-MM-DD',
  postcode: 'een Belgische postcode van vier cijfers (één keer)',
  municipality: (max: number) => `een gemeentenaam van hoogstens ${max} tekens (één keer)`,
  nis: 'een NIS-code van vijf cijfers (één keer)',
  to: (max: number) => `een adres van hoogstens ${max} tekens; minstens één --to`,
  address: (max: number) => `een adres van hoogstens ${max} tekens`,
  location: 'precies één van --postcode, --municipality of --nis',
  recipients: (max: number) => `samen hoogstens ${max} adressen`,
  mode: 'Audit of Enforce (één keer)',
  dpoReport: 'één gewoon e-mailadres (a-z, 0-9, punt, koppelteken, underscore), waar de incidentrapporten heen gaan',
  out: 'één bestandsnaam',
  query: (max: number) => `een postcode, gemeente of NIS-code van hoogstens ${max} tekens`,
  flag: 'een vlag zonder waarde',
  needsValue: 'gevolgd door een waarde',
  unknown: 'een bekende optie (zie gebruik)',
  notForCommand: 'niet gebruikt bij dit commando',
  fallback: 'geldig',
};

/** What `npm run registry -- exchange-rules` made, against Exchange Online's limits. */
export type ExchangeRulesFigures = {
  readonly rules: number;
  readonly mailboxes: number;
  readonly mode: 'Audit' | 'Enforce';
  readonly largest: number;
  readonly regexChars: number;
  readonly limits: { readonly rules: number; readonly ruleChars: number; readonly regexChars: number };
  readonly fits: boolean;
  readonly file?: string;
};

/** The first line of `npm run registry -- check`. `digest`: the registry's identifier (release.ts), which a build shows in the pane and support.html. */
export type RegistryCheckResult = { readonly protocols: number; readonly digest: string } | { readonly problems: number };

export function exchangeRulesSummary(p: ExchangeRulesFigures): string {
  const figures = `${p.rules} ${p.rules === 1 ? 'regel' : 'regels'} (${p.mode}) voor ${p.mailboxes} OCMW-${p.mailboxes === 1 ? 'mailbox' : 'mailboxen'}; grootste regel ${p.largest} van ${p.limits.ruleChars} tekens; reguliere expressies ${p.regexChars} van ${p.limits.regexChars} tekens (met die van de andere regels van de organisatie); regels van de organisatie samen hoogstens ${p.limits.rules}.`;
  if (!p.fits) return `NIET GESCHREVEN: de regels passen niet binnen de grenzen van Exchange Online. ${figures}`;
  return `OK: Exchange Online-script geschreven${p.file ? ` in ${p.file}` : ''}. ${figures} Eerst in Audit, zie docs/admin.md.`;
}

export function registryCheckSummary(file: string, result: RegistryCheckResult): string {
  if ('protocols' in result) {
    const n = result.protocols;
    return `OK ${file}: ${n} ${n === 1 ? 'protocol' : 'protocollen'}, register ${result.digest}`;
  }
  const n = result.problems;
  return `ONGELDIG ${file}: ${n} ${n === 1 ? 'probleem' : 'problemen'}`;
}
