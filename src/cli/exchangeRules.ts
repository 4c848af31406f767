// The Exchange Online PowerShell script of `npm run registry -- exchange-rules`: mail flow rules
// (New-TransportRule / Set-TransportRule) that make the server refuse what no client checked,
// generated from the registry. Pure: records and options in, the script's text and its figures
// out; the command line (registry.ts) reads the file and writes the script.
//
// What the rules do (docs/admin.md, "The server rule", has the table of attachment kinds):
// - weigeren (reject), for mail from inside the organisation to a registered OCMW mailbox that
//   carries a document or archive (by extension, nested files included), unless an attachment is
//   password protected or is named like the add-in's zip. Rejected with a Dutch-then-English
//   reason and enhanced status code 5.7.950.
// - with a DPO address: the reject rule also sends an incident report, and two rules only report
//   (never reject) what the documented semantics leave in doubt: images (a signature logo is an
//   attachment to Exchange, a photographed form too) and a zip named like ours that Exchange does
//   not see as password protected (whether it recognises WinZip AES is not documented).
//
// Only documented New-TransportRule parameters are used, each named in the script with its
// documented meaning (RULE_PARAMETERS). The rules never reject what the add-in lets through: its
// zip (excepted by password protection and, in doubt, by its name), a follow-up whose signature
// logo or quoted OCMW logo is an inline image (images are never rejected).
//
// Safety of the script itself: it is pure ASCII, so Windows PowerShell 5.1 reads it right in any
// code page. Every string from the registry or the command line is written by psString: ASCII runs
// in single quotes with every quote character doubled (PowerShell also treats U+2018, U+2019,
// U+201A and U+201B as single quotes), anything else as [char]0xNNNN. Nothing from the registry
// is ever in a comment, a double-quoted string or code.
//
// Limits (Exchange Online limits, "Journal, Transport, and Inbox rule limits"): 300 rules per
// organisation, 8 KB per rule (the characters of its conditions, exceptions and actions), 20 KB of
// regular-expression characters in all the organisation's rules. Mailboxes are split over rules
// so that every rule, counted generously (RULE_CHAR_BUDGET), stays well under 8 KB.
import type { ProtocolRecord } from '../domain/index';
import type { ParamValue } from './powershell';
import { psString, psValue } from './powershell';
import * as exchangeEn from '../words/en/exchange';
import * as exchangeNl from '../words/nl/exchange';

export type ExchangeRuleMode = 'Audit' | 'Enforce';

export type ExchangeRulesOptions = {
  readonly mode: ExchangeRuleMode;
  /** Where incident reports go (GenerateIncidentReport); none: no reports and no report rules. */
  readonly dpoReport?: string | undefined;
};

/** Exchange Online's documented limits. */
export const EXCHANGE_LIMITS = { rules: 300, ruleChars: 8 * 1024, regexChars: 20 * 1024, reasonText: 1024, ruleName: 64 } as const;

/** What a rule may use of the 8 KB, counted as the whole parameter text (names included). */
export const RULE_CHAR_BUDGET = 6 * 1024;

/** Every rule name starts with this: the script updates, and removes when stale, only these. */
export const RULE_PREFIX = 'Veilige doorverwijzing';

/** In the range Microsoft documents for RejectMessageEnhancedStatusCode (5.7.900 to 5.7.999). */
export const REJECT_STATUS_CODE = '5.7.950';

/**
 * The NDR text (RejectMessageReasonText): Dutch first, then English. ASCII only: it travels in the
 * SMTP reply and the non-delivery report, where accents may be mangled.
 */
export const REJECT_REASON_TEXT = `${exchangeNl.rejectReason} / ${exchangeEn.rejectReason}`;

/** Documents and archives a referral form can travel as: rejected unless password protected. */
export const DOCUMENT_EXTENSIONS: readonly string[] = [
  'pdf', 'doc', 'docx', 'docm', 'dot', 'dotx', 'odt', 'ott', 'rtf', 'txt', 'csv', 'xls', 'xlsx', 'xlsm', 'ods',
  'ppt', 'pptx', 'odp', 'pages', 'numbers', 'xml', 'htm', 'html', 'json', 'eml', 'msg',
  'zip', '7z', 'rar', 'tar', 'gz', 'tgz', 'bz2', 'cab',
]; // prettier-ignore

/**
 * Images: a signature logo, or the OCMW's own logo quoted back in a reply, is an attachment to
 * Exchange (embedded images are treated as attachments, New-TransportRule AttachmentSizeOver), and
 * so is a photographed form. They are never rejected; with a DPO address they are reported.
 */
export const IMAGE_EXTENSIONS: readonly string[] = ['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'webp', 'emf', 'wmf', 'svg'];

/**
 * The add-in's zip (`doorverwijzing-KG-20261123-7K3M9Q.zip`, src/domain/formats.ts), in the
 * regular-expression syntax Microsoft documents for mail flow rules (\d, \w, \., ^, $ only).
 */
export const OUR_ZIP_PATTERN = '^doorverwijzing-KG-\\d\\d\\d\\d\\d\\d\\d\\d-\\w\\w\\w\\w\\w\\w\\.zip$';

/** What an incident report carries: who, to whom, the subject, which rule. Never the mail itself. */
export const INCIDENT_REPORT_CONTENT: readonly string[] = ['Sender', 'Recipients', 'Subject', 'CC', 'BCC', 'RuleDetections'];

/** The documented meaning of every New-TransportRule parameter the script uses (quoted in it). */
export const RULE_PARAMETERS: ReadonlyArray<readonly [string, string]> = [
  ['Name', 'the unique name of the rule, at most 64 characters'],
  ['Comments', 'descriptive text for the rule, at most 1024 characters'],
  [
    'Mode',
    'Audit: the actions are written to the message tracking log, nothing affects delivery, GenerateIncidentReport still occurs; Enforce: all actions are taken',
  ],
  [
    'FromScope',
    'InOrganization: sent over an authenticated connection by a mailbox, mail user, group or mail-enabled public folder of the organisation, or from an accepted authoritative or internal relay domain',
  ],
  ['SentTo', 'a recipient (To, Cc or Bcc) is one of these mail-enabled recipients of the organisation'],
  ['AttachmentExtensionMatchesWords', 'an attachment file name extension matches one of these words; files nested in attachments (archives) are inspected too'],
  ['AttachmentNameMatchesPatterns', 'an attachment file name matches one of these regular expressions'],
  ['ExceptIfAttachmentIsPasswordProtected', 'not when an attachment is password protected; detection works for Office documents, .zip, .7z and .pdf files'],
  ['ExceptIfAttachmentNameMatchesPatterns', 'not when an attachment file name matches one of these regular expressions'],
  ['RejectMessageReasonText', 'rejects the message with this explanation, at most 1024 characters in Exchange Online'],
  ['RejectMessageEnhancedStatusCode', 'the enhanced status code of the rejection: 5.7.1, or 5.7.900 to 5.7.999'],
  ['GenerateIncidentReport', 'sends an incident report to this recipient'],
  ['IncidentReportContent', 'what the incident report includes; the message ID always'],
];

/** One rule as the script creates or updates it. */
export type ExchangeRule = {
  readonly name: string;
  readonly kind: 'reject' | 'report-images' | 'report-zip';
  /** The registered mailboxes it covers, in registry order. */
  readonly mailboxes: readonly string[];
  /** Parameters in the order they are written, Name first. */
  readonly params: ReadonlyArray<readonly [string, ParamValue]>;
  /** The rule's size as counted against the 8 KB (every parameter name and value). */
  readonly chars: number;
  /** Characters of regular expressions in it. */
  readonly regexChars: number;
};

export type ExchangeRulesResult = {
  readonly script: string;
  readonly rules: readonly ExchangeRule[];
  readonly mailboxes: number;
  readonly regexChars: number;
};

// --- the rules ----------------------------------------------------------------------------------

function ruleChars(params: ReadonlyArray<readonly [string, ParamValue]>): number {
  return params.reduce((n, [key, v]) => n + key.length + 2 + psValue(v).length, 0);
}

function regexCharsOf(params: ReadonlyArray<readonly [string, ParamValue]>): number {
  return params
    .filter(([key]) => /MatchesPatterns$/.test(key))
    .reduce((n, [, v]) => n + (Array.isArray(v) ? (v as readonly string[]).reduce((m, p) => m + p.length, 0) : 0), 0);
}

type Shape = { kind: ExchangeRule['kind']; title: string; comment: string; params: (mailboxes: readonly string[]) => Array<[string, ParamValue]> };

function shapes(options: ExchangeRulesOptions): Shape[] {
  const dpo = options.dpoReport;
  const report: Array<[string, ParamValue]> = dpo
    ? [
        ['GenerateIncidentReport', dpo],
        ['IncidentReportContent', INCIDENT_REPORT_CONTENT],
      ]
    : [];
  const common = (mailboxes: readonly string[]): Array<[string, ParamValue]> => [
    ['Mode', options.mode],
    ['FromScope', 'InOrganization'],
    ['SentTo', mailboxes],
  ];
  const out: Shape[] = [
    {
      kind: 'reject',
      title: dpo ? 'weigeren en melden' : 'weigeren',
      comment:
        'Weigert mail van binnen de organisatie aan een geregistreerde OCMW-mailbox met een document of archief dat niet met een wachtwoord beveiligd is. Gemaakt door npm run registry -- exchange-rules; wijzig het register, niet deze regel.',
      params: (m) => [
        ...common(m),
        ['AttachmentExtensionMatchesWords', DOCUMENT_EXTENSIONS],
        ['ExceptIfAttachmentIsPasswordProtected', true],
        ['ExceptIfAttachmentNameMatchesPatterns', [OUR_ZIP_PATTERN]],
        ['RejectMessageReasonText', REJECT_REASON_TEXT],
        ['RejectMessageEnhancedStatusCode', REJECT_STATUS_CODE],
        ...report,
      ],
    },
  ];
  if (!dpo) return out;
  out.push(
    {
      kind: 'report-images',
      title: 'melden afbeeldingen',
      comment:
        'Meldt (weigert nooit) een afbeelding in mail aan een geregistreerde OCMW-mailbox zonder beveiligde bijlage: een logo en een foto van een formulier zijn voor Exchange allebei bijlagen. Gemaakt door npm run registry -- exchange-rules.',
      params: (m) => [...common(m), ['AttachmentExtensionMatchesWords', IMAGE_EXTENSIONS], ['ExceptIfAttachmentIsPasswordProtected', true], ...report],
    },
    {
      kind: 'report-zip',
      title: 'melden zip',
      comment:
        'Meldt (weigert nooit) een zip met de naam van de invoegtoepassing die Exchange niet als beveiligd herkent: of Exchange WinZip-AES herkent, is niet gedocumenteerd. Gemaakt door npm run registry -- exchange-rules.',
      params: (m) => [...common(m), ['AttachmentNameMatchesPatterns', [OUR_ZIP_PATTERN]], ['ExceptIfAttachmentIsPasswordProtected', true], ...report],
    },
  );
  return out;
}

function ruleName(title: string, part: number, parts: number): string {
  return `${RULE_PREFIX}: ${title} (deel ${part} van ${parts})`;
}

/** The registered mailboxes, each once, in registry order (ended and future protocols too: plaintext must never reach them). */
export function registeredMailboxes(records: readonly ProtocolRecord[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of records) {
    const m = r.mailbox.trim().toLowerCase();
    if (!seen.has(m)) {
      seen.add(m);
      out.push(m);
    }
  }
  return out;
}

/** Splits the mailboxes so that the largest rule of every part stays within the budget. */
function batches(mailboxes: readonly string[], options: ExchangeRulesOptions): string[][] {
  const all = shapes(options);
  const fixed = Math.max(...all.map((s) => ruleChars([['Name', ruleName(s.title, 99, 99)], ['Comments', s.comment], ...s.params([])]) + psValue([]).length));
  const out: string[][] = [];
  let current: string[] = [];
  let used = fixed;
  for (const m of mailboxes) {
    const cost = psString(m).length + 2;
    if (fixed + cost > RULE_CHAR_BUDGET) throw new RangeError(`mailbox too long for one rule: ${m.length} characters`);
    if (current.length > 0 && used + cost > RULE_CHAR_BUDGET) {
      out.push(current);
      current = [];
      used = fixed;
    }
    current.push(m);
    used += cost;
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function exchangeRules(records: readonly ProtocolRecord[], options: ExchangeRulesOptions): ExchangeRulesResult {
  const mailboxes = registeredMailboxes(records);
  const parts = batches(mailboxes, options);
  const rules: ExchangeRule[] = [];
  for (const shape of shapes(options)) {
    parts.forEach((batch, i) => {
      const params: Array<[string, ParamValue]> = [['Name', ruleName(shape.title, i + 1, parts.length)], ['Comments', shape.comment], ...shape.params(batch)];
      rules.push({ name: params[0]?.[1] as string, kind: shape.kind, mailboxes: batch, params, chars: ruleChars(params), regexChars: regexCharsOf(params) });
    });
  }
  const regexChars = rules.reduce((n, r) => n + r.regexChars, 0);
  return { script: render(records, rules, options), rules, mailboxes: mailboxes.length, regexChars };
}

// --- the script ---------------------------------------------------------------------------------

function render(records: readonly ProtocolRecord[], rules: readonly ExchangeRule[], options: ExchangeRulesOptions): string {
  const L: string[] = [];
  const out = (line = ''): void => void L.push(line);
  out('# Veilige doorverwijzing: mail flow rules for Exchange Online, generated by');
  out('#   npm run registry -- exchange-rules');
  out('# from the protocol registry. Do not edit by hand: change the registry and generate again.');
  out('#');
  out('# Run it in Exchange Online PowerShell, connected as an Exchange administrator:');
  out('#   Connect-ExchangeOnline');
  out('#   .\\exchange-rules.ps1                         (stops if an OCMW mailbox has no mail contact)');
  out('#   .\\exchange-rules.ps1 -CreateMissingContacts  (creates them, hidden from address lists)');
  out('# Running it again updates the rules by name; rules of an earlier run that are no longer');
  out(`# generated (their names start with '${RULE_PREFIX}:') are removed.`);
  out('#');
  out(
    `# Mode: ${options.mode}. ${options.mode === 'Audit' ? 'Nothing is rejected: the rules write what they would do to the message trace.' : 'The rules reject and report.'}`,
  );
  out(`# Incident reports: ${options.dpoReport ? 'to the DPO address given with --dpo-report.' : 'none (no --dpo-report given).'}`);
  out(`# Rules: ${rules.length}, covering ${new Set(rules.flatMap((r) => r.mailboxes)).size} registered mailboxes. See docs/admin.md, The server rule.`);
  out('#');
  out('# The New-TransportRule / Set-TransportRule parameters used, with their documented meaning:');
  for (const [p, meaning] of RULE_PARAMETERS) out(`#   ${p}: ${meaning}`);
  out('# Not used: NotifySender (on-premises Exchange only).');
  out('');
  out('param([switch]$CreateMissingContacts)');
  out('');
  out("$ErrorActionPreference = 'Stop'");
  out(`$Prefix = ${psString(`${RULE_PREFIX}:`)}`);
  out(`$RuleLimit = ${EXCHANGE_LIMITS.rules}`);
  out('');
  out('if (-not (Get-Command -Name New-TransportRule -ErrorAction SilentlyContinue)) {');
  out(
    "  Write-Error 'Niet verbonden met Exchange Online: voer eerst Connect-ExchangeOnline uit. / Not connected to Exchange Online: run Connect-ExchangeOnline first.'",
  );
  out('  exit 1');
  out('}');
  out('');
  out('# The protocols the rules cover (for the summary at the end).');
  out('$Protocols = @(');
  records.forEach((r, i) => {
    const comma = i < records.length - 1 ? ',' : '';
    out(
      `  @{ Id = ${psString(r.id)}; SocialService = ${psString(r.socialService.name)}; Municipality = ${psString(r.municipality.name)}; Mailbox = ${psString(r.mailbox)} }${comma}`,
    );
  });
  out(')');
  out('');
  out('$Rules = @(');
  rules.forEach((rule, i) => {
    out('  @{');
    for (const [key, value] of rule.params) out(`    ${key} = ${psValue(value)}`);
    out(`  }${i < rules.length - 1 ? ',' : ''}`);
  });
  out(')');
  out('');
  out('# SentTo needs each OCMW mailbox as a recipient of the organisation (a mail contact).');
  out('$Mailboxes = @($Rules | ForEach-Object { $_.SentTo } | Sort-Object -Unique)');
  out('$Missing = @($Mailboxes | Where-Object { -not (Get-Recipient -Identity $_ -ErrorAction SilentlyContinue) })');
  out('if ($Missing.Count -gt 0) {');
  out('  if (-not $CreateMissingContacts) {');
  out(
    "    Write-Host 'Deze OCMW-mailboxen zijn geen ontvanger in de organisatie; maak ze aan met -CreateMissingContacts (verborgen e-mailcontactpersonen). / These OCMW mailboxes are not recipients in the organisation; create them with -CreateMissingContacts (hidden mail contacts):'",
  );
  out("    $Missing | ForEach-Object { Write-Host ('  ' + $_) }");
  out("    Write-Error 'Niets gewijzigd. / Nothing changed.'");
  out('    exit 1');
  out('  }');
  out('  foreach ($Address in $Missing) {');
  out('    $ContactName = if ($Address.Length -le 64) { $Address } else { $Address.Substring(0, 64) }');
  out('    New-MailContact -Name $ContactName -ExternalEmailAddress $Address | Out-Null');
  out('    Set-MailContact -Identity $Address -HiddenFromAddressListsEnabled $true');
  out("    Write-Host ('Mail contact created (hidden): ' + $Address)");
  out('  }');
  out('}');
  out('');
  out('# At most $RuleLimit rules per organisation, ours included.');
  out('$Existing = @(Get-TransportRule -ResultSize Unlimited)');
  out('$Others = @($Existing | Where-Object { -not $_.Name.StartsWith($Prefix) })');
  out('if ($Others.Count + $Rules.Count -gt $RuleLimit) {');
  out(
    "  Write-Error ('Te veel regels: ' + $Others.Count + ' andere + ' + $Rules.Count + ' van ons > ' + $RuleLimit + '. Niets gewijzigd. / Too many rules; nothing changed.')",
  );
  out('  exit 1');
  out('}');
  out('');
  out('foreach ($Rule in $Rules) {');
  out('  $Found = Get-TransportRule -Identity $Rule.Name -ErrorAction SilentlyContinue');
  out('  if ($Found) {');
  out('    $Update = @{} + $Rule');
  out("    $Update.Remove('Name')");
  out('    Set-TransportRule -Identity $Rule.Name @Update');
  out("    Write-Host ('Updated: ' + $Rule.Name + ' (' + $Rule.Mode + ')')");
  out('  } else {');
  out('    New-TransportRule @Rule | Out-Null');
  out("    Write-Host ('Created: ' + $Rule.Name + ' (' + $Rule.Mode + ')')");
  out('  }');
  out('}');
  out('');
  out('# Rules of an earlier run that this one no longer makes (fewer parts, no DPO address any more).');
  out('$Names = @($Rules | ForEach-Object { $_.Name })');
  out('foreach ($Old in @(Get-TransportRule -ResultSize Unlimited | Where-Object { $_.Name.StartsWith($Prefix) -and ($Names -notcontains $_.Name) })) {');
  out('  Remove-TransportRule -Identity $Old.Name -Confirm:$false');
  out("  Write-Host ('Removed: ' + $Old.Name)");
  out('}');
  out('');
  out("foreach ($P in $Protocols) { Write-Host ('Covered: ' + $P.SocialService + ' (' + $P.Municipality + ') <' + $P.Mailbox + '>') }");
  return `${L.join('\r\n')}\r\n`;
}
