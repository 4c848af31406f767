// The Exchange Online script of `npm run registry -- exchange-rules` (src/cli/exchangeRules.ts),
// without Exchange: a golden script for the fixture registry (byte for byte), a registry of every
// municipality within Exchange Online's limits, hostile registry strings checked with a lexer of
// PowerShell's own quoting rules (powershell.ts), and the rules' documented semantics applied to
// the attachment kinds a team member really sends (the table in docs/admin.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRegistry } from '../../bench/registry-data';
import type { ExchangeRule, ExchangeRulesOptions } from '../../src/cli/exchangeRules';
import {
  DOCUMENT_EXTENSIONS,
  EXCHANGE_LIMITS,
  IMAGE_EXTENSIONS,
  OUR_ZIP_PATTERN,
  REJECT_REASON_TEXT,
  REJECT_STATUS_CODE,
  RULE_CHAR_BUDGET,
  RULE_PARAMETERS,
  RULE_PREFIX,
  exchangeRules,
} from '../../src/cli/exchangeRules';
import { psString } from '../../src/cli/powershell';
import type { ProtocolRecord } from '../../src/domain';
import { ourZipName, parseRegistry } from '../../src/domain';
import { fixtureData } from '../fixtures/rules';
import { evaluateString, tokenize } from './powershell';

const ROOT = join(__dirname, '..', '..');
const GOLDEN = join(__dirname, 'golden');

function records(data: unknown): ProtocolRecord[] {
  const r = parseRegistry(data);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('\n'));
  return [...r.records];
}
// The fixture registry, not registry/protocols.json: a registry change must not touch this test
// (docs/registry-maintenance.md). The golden scripts are the fixture's.
const fixtureRecords = (): ProtocolRecord[] => records(fixtureData());

/** The text of each rule's hashtable in the script: what Exchange receives for that rule. */
function ruleBlocks(script: string): string[] {
  const start = script.indexOf('$Rules = @(');
  const body = script.slice(start, script.indexOf('\r\n)\r\n', start));
  return body.split(/\r\n {2}@\{\r\n/).slice(1);
}

describe('golden scripts for the fixture registry (byte for byte)', () => {
  const cases: Array<[string, ExchangeRulesOptions]> = [
    ['exchange-rules.audit.dpo.ps1', { mode: 'Audit', dpoReport: 'dpo@opgroeien.be' }],
    ['exchange-rules.enforce.ps1', { mode: 'Enforce' }],
  ];
  it.each(cases)('%s', (file, options) => {
    const script = Buffer.from(exchangeRules(fixtureRecords(), options).script, 'utf8');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(join(GOLDEN, file), script);
    const golden = readFileSync(join(GOLDEN, file));
    // After a registry change: UPDATE_GOLDEN=1 npx jest test/cli/exchangeRules.test.ts, and review the diff.
    expect(script.equals(golden)).toBe(true);
  });
});

describe('the script', () => {
  const result = exchangeRules(fixtureRecords(), { mode: 'Audit', dpoReport: 'dpo@opgroeien.be' });

  it('is printable ASCII with CRLF line ends (Windows PowerShell 5.1 reads it right in any code page)', () => {
    expect(result.script).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(result.script.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('tokenizes: no double-quoted strings or here-strings anywhere, every quote closed', () => {
    const tokens = tokenize(result.script);
    expect(tokens.filter((t) => t.kind === 'expandable')).toEqual([]);
  });

  it('uses only documented New-TransportRule parameters, each explained in the script, and never NotifySender', () => {
    const documented = RULE_PARAMETERS.map(([p]) => p);
    for (const rule of result.rules) for (const [key] of rule.params) expect(documented).toContain(key);
    for (const p of documented) expect(result.script).toContain(`#   ${p}: `);
    expect(result.rules.flatMap((r) => r.params.map(([k]) => k))).not.toContain('NotifySender');
  });

  it('rejects with a Dutch-then-English reason within 1024 characters and a 5.7.9xx code', () => {
    expect(REJECT_REASON_TEXT.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.reasonText);
    expect(REJECT_REASON_TEXT).toMatch(/^Niet verzonden: .* \/ Not sent: /);
    expect(REJECT_REASON_TEXT).toMatch(/^[\x20-\x7e]*$/);
    const [, minor] = /^5\.7\.(\d{3})$/.exec(REJECT_STATUS_CODE) ?? [];
    expect(Number(minor)).toBeGreaterThanOrEqual(900);
    expect(Number(minor)).toBeLessThanOrEqual(999);
  });

  it('targets mail from inside the organisation to the registered mailboxes, in the mode asked for', () => {
    for (const rule of result.rules) {
      const params = new Map(rule.params);
      expect(params.get('FromScope')).toBe('InOrganization');
      expect(params.get('SentTo')).toEqual(['ocmw@mesen.be', 'sociale.dienst@kontich.be']);
      expect(params.get('Mode')).toBe('Audit');
      expect(params.get('GenerateIncidentReport')).toBe('dpo@opgroeien.be');
      expect((params.get('Comments') as string).length).toBeLessThanOrEqual(1024);
      expect(rule.name.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.ruleName);
      expect(rule.name.startsWith(`${RULE_PREFIX}:`)).toBe(true);
    }
    const enforce = exchangeRules(fixtureRecords(), { mode: 'Enforce' });
    expect(enforce.rules.map((r) => new Map(r.params).get('Mode'))).toEqual(['Enforce']);
    expect(enforce.rules.flatMap((r) => r.params.map(([k]) => k))).not.toContain('GenerateIncidentReport');
  });

  it('is idempotent by name: Get-TransportRule -Identity, then Set- or New-; stale rules of ours removed', () => {
    expect(result.script).toContain('$Found = Get-TransportRule -Identity $Rule.Name -ErrorAction SilentlyContinue');
    expect(result.script).toContain('Set-TransportRule -Identity $Rule.Name @Update');
    expect(result.script).toContain('New-TransportRule @Rule');
    expect(result.script).toContain('Remove-TransportRule -Identity $Old.Name -Confirm:$false');
    // The same input gives the same script.
    expect(exchangeRules(fixtureRecords(), { mode: 'Audit', dpoReport: 'dpo@opgroeien.be' }).script).toBe(result.script);
  });

  it('stops before changing anything when it is not connected, a mailbox is no recipient, or the rules would pass 300', () => {
    const s = result.script;
    const firstChange = s.indexOf('New-MailContact');
    for (const check of ['Get-Command -Name New-TransportRule', 'Get-Recipient -Identity', '$Others.Count + $Rules.Count -gt $RuleLimit']) {
      expect(s.indexOf(check)).toBeGreaterThan(0);
    }
    expect(s.indexOf('Get-Command -Name New-TransportRule')).toBeLessThan(firstChange);
    expect(s.indexOf('$Others.Count + $Rules.Count -gt $RuleLimit')).toBeLessThan(s.indexOf('New-TransportRule @Rule'));
  });
});

describe('a registry of every municipality, within Exchange Online limits', () => {
  it.each([300, 3000])('%i protocols: rules split, each under 8 KB, regular expressions under 20 KB, at most 300 rules', (count) => {
    const recs = records(generateRegistry(count));
    const result = exchangeRules(recs, { mode: 'Enforce', dpoReport: 'dpo@opgroeien.be' });
    const mailboxes = [...new Set(recs.map((r) => r.mailbox))];
    const blocks = ruleBlocks(result.script);
    expect(blocks).toHaveLength(result.rules.length);
    expect(result.rules.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.rules);
    for (const [i, rule] of result.rules.entries()) {
      expect(rule.chars).toBeLessThanOrEqual(RULE_CHAR_BUDGET);
      // Counted again on the script's own text, names and punctuation included.
      expect((blocks[i] as string).length).toBeLessThanOrEqual(EXCHANGE_LIMITS.ruleChars);
    }
    expect(result.regexChars).toBeLessThanOrEqual(EXCHANGE_LIMITS.regexChars);
    expect(result.mailboxes).toBe(mailboxes.length);
    // Every kind of rule covers every mailbox exactly once, over several parts.
    for (const kind of ['reject', 'report-images', 'report-zip'] as const) {
      const parts = result.rules.filter((r) => r.kind === kind);
      expect(parts.length).toBeGreaterThan(1);
      expect(parts.flatMap((r) => r.mailboxes).sort()).toEqual([...mailboxes].sort());
    }
    expect(new Set(result.rules.map((r) => r.name)).size).toBe(result.rules.length);
    for (const r of result.rules) expect(r.name.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.ruleName);
  });
});

describe('hostile registry strings are quoted safely', () => {
  const HOSTILE = [
    "O'Brien",
    '$(Remove-Item -Recurse C:\\)',
    '`whoami`',
    'line one\nWrite-Host pwned',
    'carriage\rreturn',
    '\u2018quoted\u2019 and \u201alow\u201b',
    '\u201cdouble\u201d \u201e',
    "'; Remove-TransportRule -Identity * #",
    '<# block #> # hash',
    "@' here '@",
    'emoji \ud83d\ude00, lone \ud800, nul \u0000, tab \t, U+2028 \u2028',
  ];

  it.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('psString(%s) is ASCII and evaluates back to exactly the string', (_label, s) => {
    const expr = psString(s);
    expect(expr).toMatch(/^[\x20-\x7e]*$/);
    expect(evaluateString(expr)).toBe(s);
  });

  it('every quote PowerShell knows is doubled inside single quotes, or written as [char]', () => {
    expect(psString("a'b")).toBe("'a''b'");
    expect(psString('a\u2019b')).toBe("('a' + [char]0x2019 + 'b')");
    expect(psString('')).toBe("''");
    expect(psString('$x `y` "z"')).toBe('\'$x `y` "z"\'');
  });

  it('in a whole script: every hostile value lands inside a string, never in code or a comment', () => {
    const recs = fixtureRecords().map((r, i) => ({
      ...r,
      id: `${r.id}`,
      socialService: { ...r.socialService, name: HOSTILE[i % HOSTILE.length] as string },
      municipality: { ...r.municipality, name: HOSTILE[(i + 3) % HOSTILE.length] as string },
      // Past the registry's own checks (a plain ASCII mailbox): the generator must not rely on them.
      mailbox: i === 0 ? "ocmw'$(x)@mesen.be" : r.mailbox,
    })) as ProtocolRecord[];
    const extra = HOSTILE.map((name, i) => ({
      ...(recs[1] as ProtocolRecord),
      id: `hostile-${i}`,
      socialService: { ...(recs[1] as ProtocolRecord).socialService, name },
    }));
    const all = [...recs, ...extra];
    const script = exchangeRules(all, { mode: 'Audit', dpoReport: 'dpo@opgroeien.be' }).script;
    expect(script).toMatch(/^[\x20-\x7e\r\n]*$/);
    const tokens = tokenize(script);
    expect(tokens.filter((t) => t.kind === 'expandable')).toEqual([]);
    const outside = tokens.map((t) => (t.kind === 'code' || t.kind === 'comment' ? t.text : '')).join('\n');
    for (const marker of ['Remove-Item', 'whoami', 'pwned', 'Brien', 'quoted', 'block #>', 'here ']) expect(outside).not.toContain(marker);
    // The data lines give back exactly what the registry said.
    const lines = script.split('\r\n').filter((l) => l.startsWith('  @{ Id = '));
    expect(lines).toHaveLength(all.length);
    for (const [i, line] of lines.entries()) {
      const m = /SocialService = (.*); Municipality = (.*); Mailbox = (.*) \}/.exec(line);
      expect(m).not.toBeNull();
      expect(evaluateString(m?.[1] ?? '')).toBe(all[i]?.socialService.name);
      expect(evaluateString(m?.[2] ?? '')).toBe(all[i]?.municipality.name);
      expect(evaluateString(m?.[3] ?? '')).toBe(all[i]?.mailbox);
    }
  });
});

// --- the rules' documented semantics on the attachments team members send --------------------

type Attachment = { name: string; nested?: string[]; protectedAs?: 'office' | 'pdf' | 'zipcrypto' | 'aes' };
type Kind = { label: string; attachments: Attachment[]; addIn: 'allows' | 'refuses' | 'asks' };
type Action = 'reject' | 'report' | 'nothing';

/**
 * What the rules do to a mail from inside to a registered mailbox, by Microsoft's documented
 * semantics: extension words match any attachment's or nested file's extension, case-insensitively;
 * name patterns match an attachment's name; "password protected" is true when any attachment is,
 * for Office files, .zip, .7z and PDF. Whether WinZip AES counts is not documented: `aes` says.
 */
function actionOf(rules: readonly ExchangeRule[], kind: Kind, aesDetected: boolean): Action {
  const ext = (n: string): string => (n.includes('.') ? (n.split('.').pop() ?? '').toLowerCase() : '');
  const extensions = kind.attachments.flatMap((a) => [a.name, ...(a.nested ?? [])]).map(ext);
  const names = kind.attachments.map((a) => a.name);
  const isProtected = kind.attachments.some((a) => a.protectedAs !== undefined && (a.protectedAs !== 'aes' || aesDetected));
  let action: Action = 'nothing';
  for (const rule of rules) {
    const p = new Map(rule.params);
    const words = p.get('AttachmentExtensionMatchesWords') as string[] | undefined;
    const patterns = p.get('AttachmentNameMatchesPatterns') as string[] | undefined;
    const exceptPatterns = p.get('ExceptIfAttachmentNameMatchesPatterns') as string[] | undefined;
    if (words && !extensions.some((e) => words.includes(e))) continue;
    if (patterns && !names.some((n) => patterns.some((re) => new RegExp(re).test(n)))) continue;
    if (p.get('ExceptIfAttachmentIsPasswordProtected') === true && isProtected) continue;
    if (exceptPatterns && names.some((n) => exceptPatterns.some((re) => new RegExp(re).test(n)))) continue;
    if (p.has('RejectMessageReasonText')) return 'reject';
    if (p.has('GenerateIncidentReport')) action = 'report';
  }
  return action;
}

const REF = 'KG-20260302-7K3M9Q';
const OUR_ZIP: Attachment = { name: ourZipName(REF), nested: [`doorverwijzing-${REF}.pdf`], protectedAs: 'aes' };
export const ATTACHMENT_KINDS: ReadonlyArray<Kind & { aesDetected: Action; aesNotDetected: Action }> = [
  { label: "the add-in's zip (AES, a .pdf inside)", attachments: [OUR_ZIP], addIn: 'allows', aesDetected: 'nothing', aesNotDetected: 'report' },
  { label: 'a signature logo (inline image)', attachments: [{ name: 'image001.png' }], addIn: 'asks', aesDetected: 'report', aesNotDetected: 'report' },
  {
    label: "the OCMW's own logo quoted back in a reply (inline image)",
    attachments: [{ name: 'image002.jpg' }],
    addIn: 'asks',
    aesDetected: 'report',
    aesNotDetected: 'report',
  },
  { label: 'no attachment', attachments: [], addIn: 'asks', aesDetected: 'nothing', aesNotDetected: 'nothing' },
  {
    label: 'a plaintext form (.pdf, .docx, .odt, .txt, ...)',
    attachments: [{ name: 'Verwijsformulier.pdf' }],
    addIn: 'refuses',
    aesDetected: 'reject',
    aesNotDetected: 'reject',
  },
  {
    label: 'a plaintext zip with the form inside',
    attachments: [{ name: 'formulier.zip', nested: ['formulier.pdf'] }],
    addIn: 'refuses',
    aesDetected: 'reject',
    aesNotDetected: 'reject',
  },
  { label: 'a forwarded mail (.eml, .msg)', attachments: [{ name: 'doorverwijzing.msg' }], addIn: 'refuses', aesDetected: 'reject', aesNotDetected: 'reject' },
  { label: 'a photo of the form (.jpg, .heic)', attachments: [{ name: 'IMG_0042.HEIC' }], addIn: 'refuses', aesDetected: 'report', aesNotDetected: 'report' },
  {
    label: "a plaintext zip named like the add-in's",
    attachments: [{ name: ourZipName(REF), nested: ['formulier.pdf'] }],
    addIn: 'refuses',
    aesDetected: 'report',
    aesNotDetected: 'report',
  },
  {
    label: 'a ZipCrypto or 7z zip made by hand',
    attachments: [{ name: 'formulier.zip', nested: ['formulier.pdf'], protectedAs: 'zipcrypto' }],
    addIn: 'refuses',
    aesDetected: 'nothing',
    aesNotDetected: 'nothing',
  },
  {
    label: 'a password-protected Word file or PDF',
    attachments: [{ name: 'formulier.docx', protectedAs: 'office' }],
    addIn: 'refuses',
    aesDetected: 'nothing',
    aesNotDetected: 'nothing',
  },
  {
    label: "the add-in's zip plus a plaintext form",
    attachments: [OUR_ZIP, { name: 'formulier.pdf' }],
    addIn: 'refuses',
    aesDetected: 'nothing',
    aesNotDetected: 'report',
  },
  {
    label: 'a file of another kind (.pages, .heic inside a zip, no extension)',
    attachments: [{ name: 'formulier' }],
    addIn: 'refuses',
    aesDetected: 'nothing',
    aesNotDetected: 'nothing',
  },
];

describe('what the rules do with each kind of attachment (docs/admin.md has this table)', () => {
  const rules = exchangeRules(fixtureRecords(), { mode: 'Enforce', dpoReport: 'dpo@opgroeien.be' }).rules;

  it.each(ATTACHMENT_KINDS.map((k) => [k.label, k] as const))('%s', (_label, k) => {
    expect(actionOf(rules, k, true)).toBe(k.aesDetected);
    expect(actionOf(rules, k, false)).toBe(k.aesNotDetected);
  });

  it('never rejects what the add-in lets through or asks about, whether or not Exchange recognises AES', () => {
    for (const k of ATTACHMENT_KINDS.filter((x) => x.addIn !== 'refuses')) {
      expect([actionOf(rules, k, true), actionOf(rules, k, false)]).not.toContain('reject');
    }
  });

  it('without a DPO address nothing is reported, and the rejects stay', () => {
    const plain = exchangeRules(fixtureRecords(), { mode: 'Enforce' }).rules;
    for (const k of ATTACHMENT_KINDS) {
      const expected = k.aesDetected === 'reject' ? 'reject' : 'nothing';
      expect(actionOf(plain, k, true)).toBe(expected);
    }
  });

  it('images and documents are disjoint lists; our zip pattern names the zip the add-in makes', () => {
    expect(IMAGE_EXTENSIONS.filter((e) => DOCUMENT_EXTENSIONS.includes(e))).toEqual([]);
    expect(new RegExp(OUR_ZIP_PATTERN).test(ourZipName(REF))).toBe(true);
    expect(new RegExp(OUR_ZIP_PATTERN).test(`x${ourZipName(REF)}`)).toBe(false);
    // Only the syntax Microsoft documents for mail flow rule patterns: no {n}, [], ? or (?...).
    expect(OUR_ZIP_PATTERN).not.toMatch(/[{}[\]?]/);
  });

  it('docs/admin.md shows the same table', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'admin.md'), 'utf8');
    const marker = doc.indexOf('<!-- exchange-attachment-kinds: checked by test/cli/exchangeRules.test.ts -->');
    expect(marker).toBeGreaterThan(0);
    const rows = doc
      .slice(marker)
      .split('\n')
      // The header row; the |---| line does not start with "| ".
      .filter((l) => l.startsWith('| '))
      .slice(1)
      .map((l) => l.split('|').map((c) => c.trim()));
    const words: Record<Action, string> = { reject: 'rejected', report: 'reported', nothing: 'passes' };
    for (const k of ATTACHMENT_KINDS) {
      const row = rows.find((r) => r[1] === k.label);
      expect(row).toBeDefined();
      expect(row?.[3]).toContain(words[k.aesDetected]);
      expect(row?.[4]).toContain(words[k.aesNotDetected]);
    }
  });
});
