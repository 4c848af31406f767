// The registry command line, run as an admin would: as a child process, reading its output
// and exit code (0 ok / 1 refused or invalid / 2 bad arguments). Each run is a separate process,
// so they run concurrently.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_REGISTRY_BYTES, shippedRelease } from '../../src/domain';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = 'src/cli/registry.ts';

type Run = { code: number; stdout: string; stderr: string };

function run(cmd: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, [...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
/**
 * The rules are tested against the fixture registry (two protocols kept as test data), not the
 * shipped one, which changes with every signed protocol: list, lookup, verify and exchange-rules get
 * `--registry <fixture>` unless the test names a file itself. `check` always names what it checks.
 */
const FIXTURE = join(ROOT, 'test', 'fixtures', 'registry.json');
const withFixture = (args: string[]): string[] =>
  ['list', 'lookup', 'verify', 'exchange-rules'].includes(args[0] ?? '') && !args.includes('--registry') ? [...args, '--registry', FIXTURE] : args;
/** As the "Done when" examples are run (there with the shipped registry). */
const npxTsx = (...args: string[]) => run('npx', ['tsx', CLI, ...withFixture(args)]);
const cli = (...args: string[]) => run(TSX, [CLI, ...withFixture(args)]);

type VerifyOutput = { allowed: boolean; protocol: { id: string; mailbox: string } | null; reasons: Array<{ code: string; message: string }> };
const json = (r: Run): VerifyOutput => JSON.parse(r.stdout) as VerifyOutput;

jest.setTimeout(60_000);

// Created at load time: concurrent tests start before beforeAll hooks would have run.
const dir = mkdtempSync(join(tmpdir(), 'registry-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtureText = readFileSync(FIXTURE, 'utf8');

function writeRegistry(name: string, edit: (data: { version: number; protocols: Array<Record<string, unknown>> }) => void): string {
  const data = JSON.parse(fixtureText) as { version: number; protocols: Array<Record<string, unknown>> };
  edit(data);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('"Done when" examples (npx tsx src/cli/registry.ts)', () => {
  it.concurrent('Kontich on 2026-03-02 with consent is allowed', async () => {
    const r = await npxTsx('verify', '--postcode', '2550', '--to', 'sociale.dienst@kontich.be', '--date', '2026-03-02', '--consent');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"allowed": true');
    expect(json(r)).toMatchObject({ allowed: true, reasons: [], protocol: { id: 'kontich-2026', mailbox: 'sociale.dienst@kontich.be' } });
  });

  it.concurrent('the same on 2026-02-27 is refused: the protocol is not yet in force', async () => {
    const r = await npxTsx('verify', '--postcode', '2550', '--to', 'sociale.dienst@kontich.be', '--date', '2026-02-27', '--consent');
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out.allowed).toBe(false);
    expect(out.reasons.map((x) => x.code)).toEqual(['protocol-not-yet-in-force']);
    expect(out.reasons[0]?.message).toContain('nog niet in werking');
  });

  it.concurrent('ocmw@mesen.be for postcode 2550 is refused as the wrong social service', async () => {
    const r = await npxTsx('verify', '--postcode', '2550', '--to', 'ocmw@mesen.be', '--date', '2026-03-02', '--consent');
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out.reasons[0]?.code).toBe('recipient-wrong-social-service');
    expect(out.reasons[0]?.message).toContain('Sociale Dienst (OCMW) Mesen');
    expect(out.reasons[0]?.message).toContain('sociale.dienst@kontich.be');
  });
});

describe('verify', () => {
  it.concurrent('refuses Cc, Bcc and a missing consent, in English on request', async () => {
    const r = await cli(
      'verify',
      '--municipality',
      'Mesen',
      '--to',
      'ocmw@mesen.be',
      '--cc',
      'a@kindengezin.be',
      '--bcc',
      'b@kindengezin.be',
      '--date',
      '2026-03-02',
      '--lang',
      'en',
    );
    expect(r.code).toBe(1);
    const codes = json(r).reasons.map((x) => x.code);
    expect(codes).toEqual(['recipient-not-registered', 'recipient-not-registered', 'recipient-bcc', 'recipient-cc', 'consent-missing']);
    expect(json(r).reasons.at(-1)?.message).toMatch(/^Confirm that the client/);
  });

  it.concurrent('refuses a look-alike, naming the mailbox it imitates', async () => {
    const r = await cli('verify', '--nis', '33016', '--to', 'ocmw@mesen.be.example.com', '--date', '2026-03-02', '--consent');
    expect(r.code).toBe(1);
    expect(json(r).reasons[0]).toMatchObject({ code: 'recipient-lookalike-longer-domain' });
    expect(json(r).reasons[0]?.message).toContain('ocmw@mesen.be');
  });

  it.concurrent('refuses a postcode without protocol, with protocol null', async () => {
    const r = await cli('verify', '--postcode', '9000', '--to', 'ocmw@gent.be', '--consent', '--date', '2026-03-02');
    expect(r.code).toBe(1);
    expect(json(r)).toMatchObject({ allowed: false, protocol: null, reasons: [{ code: 'protocol-not-found' }] });
  });

  it.concurrent('uses another registry file when given, e.g. to test ending a protocol', async () => {
    const file = writeRegistry('ended.json', (d) => {
      (d.protocols[0] ?? {}).endedOn = '2026-03-01';
    });
    const r = await cli('verify', '--registry', file, '--postcode', '8957', '--to', 'ocmw@mesen.be', '--consent', '--date', '2026-03-01');
    expect(r.code).toBe(1);
    expect(json(r).reasons.map((x) => x.code)).toEqual(['protocol-ended']);
  });

  it.concurrent.each([
    ['no --to', ['--postcode', '2550', '--consent']],
    ['no location', ['--to', 'sociale.dienst@kontich.be']],
    ['two locations', ['--postcode', '2550', '--municipality', 'Kontich', '--to', 'x@y.be']],
    ['a five-digit postcode', ['--postcode', '25500', '--to', 'x@y.be']],
    ['a date that does not exist', ['--postcode', '2550', '--to', 'x@y.be', '--date', '2026-02-30']],
    ['a date in another format', ['--postcode', '2550', '--to', 'x@y.be', '--date', '02/03/2026']],
    ['an unknown option', ['--postcode', '2550', '--to', 'x@y.be', '--force']],
    ['an option without its value', ['--postcode', '2550', '--to']],
    ['a value for the consent flag', ['--postcode', '2550', '--to', 'x@y.be', '--consent=yes']],
    ['an unknown language', ['--postcode', '2550', '--to', 'x@y.be', '--lang', 'fr']],
  ])('exits 2 on bad arguments: %s', async (_name, args) => {
    const r = await cli('verify', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Optie|Gebruik/);
    expect(r.stderr).toMatch(/Option|Usage/);
  });
});

describe('check', () => {
  it.concurrent('checks the shipped registry when no file is named', async () => {
    const r = await cli('check');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK .*registry\/protocols\.json: \d+ protocollen/);
  });

  it.concurrent('says it in Dutch by default and in English on request, one language per line', async () => {
    const [nl, en] = await Promise.all([cli('check', FIXTURE), cli('check', FIXTURE, '--lang', 'en')]);
    expect(nl.stdout).toMatch(/^OK .*registry\.json: 2 protocollen, register [0-9a-f]{12}\n$/);
    expect(en.stdout).toMatch(/^OK .*registry\.json: 2 protocols, registry [0-9a-f]{12}\n$/);
  });

  it.concurrent('prints the identifier the pane, support.html and the Send check show for a build with that registry', async () => {
    const r = await cli('check', FIXTURE);
    expect(r.stdout).toContain(`register ${shippedRelease().registry}`);
  });

  it.concurrent('lists every problem of a broken file and exits 1', async () => {
    const file = writeRegistry('broken.json', (d) => {
      const [mesen, kontich] = d.protocols;
      if (!mesen || !kontich) throw new Error('fixture');
      mesen.mailbox = 'ocmw@m\u0435sen.be';
      mesen.endedOn = '2020-01-01';
      kontich.id = 'mesen-2024';
      (kontich.municipality as Record<string, unknown>).nis = 11024;
    });
    const [nl, en] = await Promise.all([cli('check', file), cli('check', file, '--lang', 'en')]);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toContain(': 4 problemen');
    expect(nl.stdout).toContain('Protocol 1 ("mesen-2024"), veld mailbox');
    expect(nl.stdout).not.toContain('field mailbox');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('INVALID ');
    expect(en.stdout).toContain(': 4 problems');
    expect(en.stdout).toContain('Protocol 1 ("mesen-2024"), field mailbox');
    expect(en.stdout).toContain('end date 2020-01-01');
    expect(en.stdout).toContain('field municipality.nis');
    expect(en.stdout).toContain('The id "mesen-2024" occurs more than once');
  });

  it.concurrent('refuses a file that is not JSON, saying where', async () => {
    const file = join(dir, 'not.json');
    writeFileSync(file, '{ "version": 1, ');
    const r = await cli('check', file, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not valid JSON: line 1, column 17: the file ends here');
  });

  it.concurrent('refuses a second "mailbox" in a record instead of letting the last one win', async () => {
    const file = join(dir, 'twice.json');
    writeFileSync(file, fixtureText.replace('"mailbox": "ocmw@mesen.be",', '"mailbox": "ocmw@mesen.be", "mailbox": "evil@example.com",'));
    const r = await cli('check', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ONGELDIG');
    expect(r.stdout).toContain('Protocol 1 ("mesen-2024"), veld mailbox: staat twee keer in hetzelfde object');
  });

  it.concurrent('accepts a file saved with a byte-order mark', async () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\ufeff${fixtureText}`);
    const r = await cli('check', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 protocollen');
  });

  it.concurrent('exits 2 when the file cannot be read', async () => {
    const r = await cli('check', join(dir, 'missing.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('niet lezen: het bestand bestaat niet');
  });
});

describe('a file that is not a registry file at all is an input error (exit 2), never a stack trace', () => {
  const noTrace = (r: Run): void => {
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|std::|ZodError/);
    expect(r.stdout).toBe('');
  };
  const sub = join(dir, 'a-directory');
  mkdirSync(sub);
  const big = join(dir, 'big.json');
  // Sparse: over the limit without writing that many bytes.
  writeFileSync(big, '');
  truncateSync(big, MAX_REGISTRY_BYTES + 1);
  const latin1 = join(dir, 'latin1.json');
  writeFileSync(latin1, Buffer.from(fixtureText.replace('Markt 22', 'Markt 22 \u00e9'), 'latin1'));
  const fifo = join(dir, 'a-pipe');
  let haveFifo = true;
  try {
    execFileSync('mkfifo', [fifo]);
  } catch {
    haveFifo = false;
  }

  it.concurrent.each([
    ['a directory', () => sub, 'dit is een map, geen bestand'],
    ['a file larger than 64 MiB', () => big, 'groter dan 64 MiB'],
    ['a file that is not UTF-8', () => latin1, 'geen UTF-8-tekst'],
  ])('check and verify refuse %s', async (_name, file, words) => {
    for (const args of [
      ['check', file()],
      ['verify', '--registry', file(), '--postcode', '2550', '--to', 'sociale.dienst@kontich.be'],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(words);
      noTrace(r);
    }
  });

  (existsSync('/dev/zero') ? it.concurrent : it.concurrent.skip)('refuses --registry /dev/zero without reading it', async () => {
    const r = await cli('verify', '--registry', '/dev/zero', '--postcode', '2550', '--to', 'sociale.dienst@kontich.be');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('geen gewoon bestand');
    noTrace(r);
  });

  (haveFifo ? it.concurrent : it.concurrent.skip)('refuses a named pipe without waiting for a writer', async () => {
    const r = await cli('check', fifo, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');
    noTrace(r);
  });

  it.concurrent('verify refuses an invalid registry as an input error, listing its problems', async () => {
    const file = writeRegistry('kontich-lists-mesen.json', (d) => {
      (d.protocols[1]?.municipality as Record<string, unknown>).localities = ['Mesen', 'Kontich'];
    });
    const r = await cli(
      'verify',
      '--registry',
      file,
      '--municipality',
      'Mesen',
      '--to',
      'sociale.dienst@kontich.be',
      '--date',
      '2026-03-02',
      '--consent',
      '--lang',
      'en',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a valid registry');
    expect(r.stderr).toContain('Protocol 1 ("mesen-2024") and Protocol 2 ("kontich-2026") are both in force from 2026-02-28 for Mesen');
    noTrace(r);
  });
});

describe('arguments over the limits are usage errors (exit 2), never a stack trace', () => {
  const longAddress = (n: number): string => `${'a'.repeat(n - '@kontich.be'.length)}@kontich.be`;

  it.concurrent('a --to of 1,001 characters is refused, one of 1,000 is judged', async () => {
    const [over, at] = await Promise.all([
      cli('verify', '--postcode', '2550', '--to', longAddress(1001), '--date', '2026-03-02', '--consent'),
      cli('verify', '--postcode', '2550', '--to', longAddress(1000), '--date', '2026-03-02', '--consent'),
    ]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('Option --to: must be an address of at most 1000 characters');
    expect(over.stderr).not.toMatch(/\n\s+at |ZodError/);
    expect(at.code).toBe(1);
    expect(json(at).reasons[0]?.code).toBe('recipient-not-registered');
  });

  it.concurrent('a --municipality of 201 characters is refused', async () => {
    const r = await cli('verify', '--municipality', 'M'.repeat(201), '--to', 'ocmw@mesen.be');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Optie --municipality: moet een gemeentenaam van hoogstens 200 tekens');
    expect(r.stderr).not.toMatch(/\n\s+at |ZodError/);
  });

  it.concurrent('more than 1,000 recipients are refused', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ['--cc', `c${i}@example.org`]).flat();
    const r = await cli('verify', '--postcode', '2550', '--to', 'sociale.dienst@kontich.be', ...many);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Option --to/--cc/--bcc: must be at most 1000 addresses in all');
    expect(r.stderr).not.toMatch(/\n\s+at |ZodError/);
  });

  it.concurrent('a lookup of more than 200 characters is refused', async () => {
    const r = await cli('lookup', 'x'.repeat(201));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lookup <…>');
  });
});

describe('exact means exact', () => {
  it.concurrent('the registered mailbox written with the Kelvin sign (U+212A) is a look-alike, not the mailbox', async () => {
    const r = await cli('verify', '--postcode', '2550', '--to', 'sociale.dienst@\u212Aontich.be', '--date', '2026-03-02', '--consent');
    expect(r.code).toBe(1);
    expect(json(r).reasons.map((x) => x.code)).toEqual(['recipient-lookalike-non-ascii', 'recipient-missing']);
  });
});

describe('list and lookup', () => {
  it.concurrent('list prints one protocol per line', async () => {
    const r = await cli('list', '--date', '2026-02-27');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^mesen-2024\t8957\tMesen \(NIS 33016\)\tocmw@mesen\.be\t2024-02-01\tin-force$/);
    expect(lines[1]).toMatch(/^kontich-2026\t2550\t.*\tnot-yet-in-force$/);
  });

  it.concurrent.each([['8957'], ['MESEN'], ['33016']])('lookup %s prints the Mesen protocol as JSON, in force today', async (query) => {
    const r = await cli('lookup', query);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { today: string; matches: Array<{ inForceToday: boolean; protocol: { id: string } }> };
    expect(out.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.matches).toEqual([
      expect.objectContaining({ inForceToday: true, protocol: expect.objectContaining({ id: 'mesen-2024', mailbox: 'ocmw@mesen.be' }) }),
    ]);
  });

  it.concurrent('lookup says whether a protocol is in force on a given day', async () => {
    const r = await cli('lookup', 'Kontich', '--date', '2026-02-27');
    expect(JSON.parse(r.stdout)).toMatchObject({ matches: [{ inForceToday: false, status: 'not-yet-in-force' }] });
  });

  it.concurrent('lookup of an unknown place exits 1 with a message', async () => {
    const r = await cli('lookup', '9000');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Geen protocol gevonden voor "9000"');
  });

  it.concurrent('an unknown command exits 2 with the usage', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "frobnicate"');
    expect(r.stderr).toContain('Usage:');
  });
});

describe('exchange-rules (the Exchange Online script)', () => {
  const golden = (file: string): string => readFileSync(join(ROOT, 'test', 'cli', 'golden', file), 'utf8');

  it.concurrent('writes the script to stdout, exactly (CRLF), Audit by default, and the figures in Dutch on stderr', async () => {
    const r = await cli('exchange-rules', '--mode', 'Enforce');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('exchange-rules.enforce.ps1'));
    expect(r.stderr).toMatch(/^OK: Exchange Online-script geschreven\. 1 regel \(Enforce\) voor 2 OCMW-mailboxen; grootste regel \d+ van 8192 tekens/);
  });

  it.concurrent('is in Audit mode unless Enforce is asked for', async () => {
    const audit = await cli('exchange-rules');
    expect(audit.code).toBe(0);
    expect(audit.stdout).toContain("Mode = 'Audit'");
    expect(audit.stdout).not.toContain("Mode = 'Enforce'");
  });

  it.concurrent('--out writes the file byte for byte and says where, in English on request', async () => {
    const file = join(dir, 'rules.ps1');
    const r = await cli('exchange-rules', '--dpo-report', 'dpo@opgroeien.be', '--out', file, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(readFileSync(file)).toEqual(Buffer.from(golden('exchange-rules.audit.dpo.ps1'), 'utf8'));
    expect(r.stdout).toContain(`OK: Exchange Online script written to ${file}. 3 rules (Audit) for 2 OCMW mailboxes`);
  });

  it.concurrent.each([
    [['--mode', 'enforce'], 'Optie --mode: moet Audit of Enforce (één keer) zijn.'],
    [['--mode', 'Audit', '--mode', 'Enforce'], 'Option --mode: must be Audit or Enforce (once).'],
    [['--dpo-report', "dpo'$(calc)@opgroeien.be"], 'Optie --dpo-report: moet één gewoon e-mailadres'],
    [['--dpo-report', 'DPO@Opgroeien.be'], 'Option --dpo-report: must be one plain e-mail address'],
    [['--mode'], 'Optie --mode: moet gevolgd door een waarde zijn.'],
    [['extra'], 'Gebruik: npm run registry --'],
    [['--to', 'x@y.be'], 'Optie --to: moet niet gebruikt bij dit commando zijn.'],
  ])('%j is a usage error (exit 2), in both languages, and writes nothing', async (args, words) => {
    const r = await cli('exchange-rules', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(words);
    expect(r.stderr).toContain('exchange-rules [--mode Audit|Enforce]');
  });

  it.concurrent('a folder as --out is an input error (exit 2)', async () => {
    const r = await cli('exchange-rules', '--out', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Kan ${dir} niet schrijven`);
  });

  it.concurrent('a folder that does not exist in --out is an input error (exit 2)', async () => {
    const missing = await cli('exchange-rules', '--out', join(dir, 'no', 'such', 'folder', 'rules.ps1'), '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot write');
  });

  it.concurrent('an invalid registry is an input error (exit 2), never a script', async () => {
    const file = writeRegistry('rules-broken.json', (d) => {
      (d.protocols[0] as Record<string, unknown>).mailbox = 'ocmw@mesen.be.';
    });
    const r = await cli('exchange-rules', '--registry', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is geen geldig register');
  });
});
