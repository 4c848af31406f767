// docs/registry-maintenance.md, walked through as written: in a scratch copy of the repository a
// third protocol (made up, signed text and all) is added the way section 1 says, the review
// checklist's commands (section 4) are run as the guide writes them, and then what `npm test` runs
// on the shipped registry: the registry check, the shipped registry's own tests and the tests that
// used to pin its contents, and the release build. All must pass: a valid registry change keeps
// `npm test` green, and changes only registry/protocols.json.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { protocolDate, protocolTextProblems } from '../../scripts/lib/protocol-text';
import type { ProtocolRecord } from '../../src/domain';
import { brusselsDay, parseRegistryBytes, registryDigest } from '../../src/domain';

const ROOT = path.resolve(__dirname, '..', '..');
const GUIDE = readFileSync(path.join(ROOT, 'docs', 'registry-maintenance.md'), 'utf8');
const REAL_TEXTS = process.env.KG_PROTOCOLS_DIR ?? path.join(ROOT, '..', 'shared', 'protocols');

/** A signed protocol of the model, made up: the clauses the guide's table (section 1) reads. */
const DOCUMENT = '900_walkthrough_oostvoorde.txt';
const SIGNED_TEXT = `**PROTOCOL VOOR DE ELEKTRONISCHE MEDEDELING VAN PERSOONSGEGEVENS VANUIT OPGROEIEN
REGIE (lokaal team Kind en Gezin Westkust) NAAR OCMW Oostvoorde**

TUSSEN

**Het intern verzelfstandigd agentschap met rechtspersoonlijkheid Opgroeien regie, ingeschreven in
het KBO met nummer 0886.886.638, gelegen te Hallepoortlaan 27, 1060 Brussel;**

hierna: "Opgroeien regie";

EN

**het openbaar centrum voor maatschappelijk welzijn (OCMW) van Oostvoorde, ingeschreven in het KBO
met nummer 0212.345.668, met maatschappelijke zetel te Dorpsplein 3, 8999 Oostvoorde**

hierna: "OCMW Oostvoorde";

Artikel 6: Beveiligingsmaatregelen

De elektronische gegevensdeling gebeurt ad hoc volgens de geldende richtlijnen (AES 256 encryptie
via 7-zip.) naar volgende mailadres: sociale.dienst@oostvoorde.be

Artikel 9: Meldingsplichten

Contacten hiervoor zijn:

- Opgroeien regie: dpo@opgroeien.be
- OCMW Oostvoorde: dpo@oostvoorde.be

Artikel 11: Inwerkingtreding en opzegging

Dit protocol treedt in werking op 1 april 2026.

Opgemaakt te Oostvoorde op 16/03/2026 in 2 exemplaren
`;
/** What section 1 says comes from outside the protocol: bpost and Statbel (made up as well). */
const MUNICIPALITY_FACTS = { name: 'Oostvoorde', nis: '38099', postcodes: ['8999'], localities: ['Oostvoorde'] };

/** Section 1's table, applied: each field from the clause the table names, in the table's words. */
function recordFromSignedText(template: Record<string, unknown>, text: string): Record<string, unknown> {
  const flat = text.replace(/\*\*/g, '').replace(/\s+/g, ' ');
  const find = (re: RegExp): string => {
    const m = re.exec(flat);
    if (!m?.[1]) throw new Error(`the made-up protocol lacks ${re}`);
    return m[1];
  };
  const office = /met maatschappelijke zetel te (.+?), (\d{4}) (\S+)/.exec(flat);
  const service = find(/hierna: "([^"]+)"; Artikel/);
  const inForceFrom = protocolDate(find(/treedt in werking op (\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2} [a-z]+ \d{4})/));
  const signed = /Opgemaakt te (.+?) op (\S+)/.exec(flat);
  return {
    ...structuredClone(template),
    // "municipality + year it enters into force"
    id: `${MUNICIPALITY_FACTS.name.toLowerCase()}-${inForceFrom?.slice(0, 4)}`,
    municipality: MUNICIPALITY_FACTS,
    socialService: {
      name: service,
      kbo: find(/\bEN het .*?ingeschreven in het KBO met nummer (\d{4}\.\d{3}\.\d{3})/),
      address: { street: office?.[1], postcode: office?.[2], municipality: office?.[3] },
    },
    mailbox: find(/naar volgende mailadres: (\S+)/),
    localTeam: find(/\(lokaal team (.+?)\)/),
    inForceFrom,
    endedOn: null,
    signed: { place: signed?.[1], date: protocolDate(signed?.[2] ?? '') },
    dpo: { opgroeien: find(/Opgroeien regie: (\S+@\S+)/), socialService: find(new RegExp(`- ${service}: (\\S+@\\S+)`)) },
    source: { document: DOCUMENT, title: find(/^(PROTOCOL .+?\))/i).replace(/\s+/g, ' ') },
  };
}

type Run = { code: number; out: string };
function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, timeout: 480_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

/** The guide's commands of section 4, as written (placeholders in <…>). */
function checklistCommands(): string[] {
  const section = GUIDE.slice(GUIDE.indexOf('## 4. Review checklist'), GUIDE.indexOf('## 5.'));
  return [...section.matchAll(/`(npm run registry -- [^`]+)`/g)].map((m) => m[1] as string);
}

const work = mkdtempSync(path.join(tmpdir(), 'kg-walkthrough-'));
const repo = path.join(work, 'repo');
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the guide names the clauses this walk-through reads, and the checklist commands it runs', () => {
  for (const phrase of ['naar volgende mailadres', 'Contacten hiervoor zijn', 'treedt in werking op', 'Opgemaakt te', 'maatschappelijke zetel te', 'ingeschreven in het KBO met nummer']) {
    expect(GUIDE).toContain(phrase);
  }
  expect(checklistCommands()).toEqual(
    expect.arrayContaining([
      'npm run registry -- check',
      'npm run registry -- verify --postcode <each new postcode> --to <mailbox> --date <inForceFrom> --consent',
      'npm run registry -- list',
    ]),
  );
});

test('no test but the shipped registry checks reads registry/protocols.json: a registry change touches no other test', () => {
  const allowed = new Set(['test/registry/shipped.test.ts', 'test/registry/walkthrough.test.ts', 'test/scripts/release.test.ts']);
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'test'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f) && existsSync(path.join(ROOT, f)));
  // Code, not comments: a comment may say why the file is not read.
  const code = (f: string): string =>
    readFileSync(path.join(ROOT, f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
  const readers = files.filter((f) => !allowed.has(f) && /registry\/protocols\.json|'registry',\s*'protocols\.json'/.test(code(f)));
  expect(readers).toEqual([]);
});

test('adding a third protocol as docs/registry-maintenance.md says keeps every check npm test runs on the registry green', async () => {
  // A scratch copy of the repository (what git tracks, and what is not ignored), its node_modules shared.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const f of files) {
    if (!existsSync(path.join(ROOT, f))) continue;
    mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
    cpSync(path.join(ROOT, f), path.join(repo, f));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  // The signed texts beside the repository, as on the team's machines, with the new one archived.
  if (existsSync(REAL_TEXTS)) {
    const texts = path.join(work, 'shared', 'protocols');
    mkdirSync(texts, { recursive: true });
    for (const f of readdirSync(REAL_TEXTS)) cpSync(path.join(REAL_TEXTS, f), path.join(texts, f));
    writeFileSync(path.join(texts, DOCUMENT), SIGNED_TEXT);
  }

  // Section 1 / registry.md "Adding a protocol": copy an existing record, fill every field from the text, a new id.
  const file = path.join(repo, 'registry', 'protocols.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { version: number; protocols: Array<Record<string, unknown>> };
  const before = data.protocols.length;
  const added = recordFromSignedText(data.protocols[data.protocols.length - 1] ?? {}, SIGNED_TEXT);
  data.protocols.push(added);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  const parsed = parseRegistryBytes(readFileSync(file));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join('\n'));
  const record = parsed.records.find((r) => r.id === added.id) as ProtocolRecord;
  expect(record).toMatchObject({ id: 'oostvoorde-2026', mailbox: 'sociale.dienst@oostvoorde.be', inForceFrom: '2026-04-01', signed: { date: '2026-03-16' } });
  expect(protocolTextProblems(record, SIGNED_TEXT)).toEqual([]);
  const digest = registryDigest(parsed.records);

  // Section 4: the checklist's commands, as written, with this protocol's values.
  const dayBefore = new Date(Date.parse(`${record.inForceFrom}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const today = brusselsDay(new Date());
  for (const command of checklistCommands()) {
    const args = command
      .replace('<each new postcode>', record.municipality.postcodes[0] as string)
      .replace('<mailbox>', record.mailbox)
      .replace('<inForceFrom>', record.inForceFrom)
      .split(' ')
      .slice(1);
    const r = await run(repo, 'npm', ['-s', ...args]);
    if (args.includes('check')) {
      expect(r.out).toContain(`${before + 1} protocollen, register ${digest}`);
      expect(r.code).toBe(0);
    } else if (args.includes('verify')) {
      expect(JSON.parse(r.out)).toMatchObject({ allowed: true, protocol: { id: record.id } });
      const early = await run(repo, 'npm', ['-s', ...args.map((a) => (a === record.inForceFrom ? dayBefore : a))]);
      expect((JSON.parse(early.out) as { reasons: Array<{ code: string }> }).reasons.map((x) => x.code)).toEqual(['protocol-not-yet-in-force']);
      const now = await run(repo, 'npm', ['-s', ...args.filter((a, i) => a !== '--date' && args[i - 1] !== '--date')]);
      expect(JSON.parse(now.out)).toMatchObject({ allowed: today >= record.inForceFrom });
    } else if (args.includes('list')) {
      expect(r.out).toMatch(new RegExp(`^${record.id}\\t8999\\tOostvoorde \\(NIS 38099\\)\\tsociale\\.dienst@oostvoorde\\.be\\t2026-04-01\\t`, 'm'));
    }
  }

  // What npm test runs on the registry: the shipped registry's checks, and the tests that used to
  // pin its contents (they use the fixture now) ...
  const jest = await run(repo, 'npx', [
    'jest',
    '--selectProjects',
    'unit',
    '--ci',
    '--',
    'test/registry/shipped.test.ts',
    'test/domain/registry.test.ts',
    'test/domain/evaluate.test.ts',
    'test/cli/registry.test.ts',
    'test/scripts/shipped-registry.test.ts',
  ]);
  // Without the signed texts beside the repository (a CI clone in a temporary folder) their
  // comparison is skipped; where they are (the team's machines) it runs and nothing is skipped.
  expect(jest.out).toMatch(existsSync(REAL_TEXTS) ? /Tests: +\d+ passed, \d+ total/ : /Tests: +(\d+ skipped, )?\d+ passed, \d+ total/);
  if (existsSync(REAL_TEXTS)) expect(jest.out).not.toMatch(/skipped/);
  expect(jest.code).toBe(0);

  // ... and the release build, whose bundles carry the new protocol and say which registry they have.
  const build = await run(repo, 'npm', ['run', '-s', 'build'], { ADDIN_BASE_URL: 'https://addin.example.org/', ADDIN_CHANNEL: '', ADDIN_REGISTRY_FILE: '' });
  expect(build.out).toContain(`registry ${digest}, ${before + 1} protocols`);
  expect(build.code).toBe(0);
  expect(JSON.parse(readFileSync(path.join(repo, 'dist', 'version.json'), 'utf8'))).toMatchObject({ channel: 'release', registry: digest, protocols: before + 1 });
  expect(readFileSync(path.join(repo, 'dist', 'onsend.js'), 'utf8')).toContain('"sociale.dienst@oostvoorde.be"');

  // Only registry/protocols.json changed.
  const changed = files.filter((f) => existsSync(path.join(ROOT, f)) && !readFileSync(path.join(repo, f)).equals(readFileSync(path.join(ROOT, f))));
  expect(changed).toEqual(['registry/protocols.json']);
}, 900_000);
