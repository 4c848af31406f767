// The command lines as built files (`npm run build:cli`), run with plain `node` the way an admin
// or support person would run them on a machine without the TypeScript tool chain.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
const registryCli = path.join(ROOT, 'build', 'cli', 'registry.mjs');
const encryptCli = path.join(ROOT, 'build', 'cli', 'encrypt.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
// The rules are tested with the fixture registry; `check` with no file checks the shipped one.
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'registry.json');

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const node = (file: string, args: string[], cwd = work) => spawnSync(process.execPath, [file, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });

test('node build/cli/registry.mjs verify: allowed for Kontich after its start, refused the day before it', () => {
  const ok = node(registryCli, [
    'verify',
    '--postcode',
    '2550',
    '--to',
    'sociale.dienst@kontich.be',
    '--date',
    '2026-03-02',
    '--consent',
    '--registry',
    FIXTURE,
  ]);
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout)).toMatchObject({ allowed: true, protocol: { id: 'kontich-2026' } });
  const early = node(registryCli, [
    'verify',
    '--postcode',
    '2550',
    '--to',
    'sociale.dienst@kontich.be',
    '--date',
    '2026-02-27',
    '--consent',
    '--registry',
    FIXTURE,
  ]);
  expect(early.status).toBe(1);
  expect(JSON.parse(early.stdout).reasons.map((r: { code: string }) => r.code)).toContain('protocol-not-yet-in-force');
});

test('node build/cli/registry.mjs check: the shipped registry passes, a broken file is refused with its problems', () => {
  expect(node(registryCli, ['check'], ROOT).status).toBe(0);
  const bad = path.join(work, 'bad.json');
  writeFileSync(bad, JSON.stringify({ version: 1, protocols: [{ id: 'x' }] }));
  const result = node(registryCli, ['check', bad]);
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toMatch(/mailbox/);
});

test('node build/cli/registry.mjs: a file that is no registry file is an input error (exit 2) with words, not a stack trace', () => {
  const cases = [
    ['check', work],
    ['verify', '--registry', work, '--postcode', '2550', '--to', 'sociale.dienst@kontich.be'],
  ];
  if (existsSync('/dev/zero')) cases.push(['check', '/dev/zero', '--lang', 'en']);
  for (const args of cases) {
    const result = node(registryCli, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/dit is een map, geen bestand|not a regular file/);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  }
});

test('node build/cli/encrypt.mjs writes a zip that 7-Zip accepts with the printed password', () => {
  const input = path.join(work, 'Formulier Janssens.pdf');
  writeFileSync(input, '%PDF-1.4\n% test\n');
  const result = node(encryptCli, [input]);
  expect(result.status).toBe(0);
  const password = /^password: (\S+)$/m.exec(result.stdout)?.[1];
  expect(password).toBeDefined();
  const zip = readdirSync(work).find((f) => f.endsWith('.zip'));
  expect(zip).toMatch(/^doorverwijzing-KG-\d{8}-[0-9A-Z]+\.zip$/);
  const test7z = spawnSync('7zz', ['t', `-p${password}`, path.join(work, zip as string)], { encoding: 'utf8', timeout: 30_000 });
  expect(test7z.stdout).toContain('Everything is Ok');
});
