// `npm run encrypt` end to end: the zip it writes is opened by 7-Zip with the password it printed.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_ZIP_BYTES } from '../../src/crypto/limits';
import { wordList } from '../../src/domain/passwordWords';
import { extractWith7zz, run, tempDir } from './peers';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'src', 'cli', 'encrypt.ts');
const cli = (...args: string[]) => run(TSX, [CLI, ...args], ROOT);

describe('npm run encrypt', () => {
  it('writes a neutral zip beside the file and prints the password on its own line', () => {
    const dir = tempDir();
    const input = path.join(dir, 'Verwijsformulier Jansens.pdf');
    copyFileSync(path.join(ROOT, 'test', 'fixtures', 'crypto', 'sample.pdf'), input);
    const r = cli(input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const password = lines[0]!.replace(/^password: /, '');
    // Seven words of the list, lower case, joined by hyphens: exactly what the OCMW types.
    expect(lines[0]).toMatch(/^password: [a-z]{3,8}(-[a-z]{3,8}){6}$/);
    for (const w of password.split('-')) expect(wordList()).toContain(w);
    expect(r.stderr).not.toContain(password);
    const zips = readdirSync(dir).filter((f) => f.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    expect(zips[0]).toMatch(/^doorverwijzing-KG-\d{8}-[0-9A-Z]{6}\.zip$/);
    expect(run('7zz', ['t', `-p${password}`, path.join(dir, zips[0]!)]).status).toBe(0);
    const { files } = extractWith7zz(path.join(dir, zips[0]!), password);
    expect([...files.keys()][0]).toMatch(/^doorverwijzing-KG-\d{8}-[0-9A-Z]{6}\.pdf$/);
    // bsdtar opens it with the same printed words; a word in capitals is another password.
    expect(run('bsdtar', ['-x', '-f', path.join(dir, zips[0]!), '-C', dir, '--passphrase', password]).status).toBe(0);
    expect(run('7zz', ['t', `-p${password.toUpperCase()}`, path.join(dir, zips[0]!)]).status).not.toBe(0);
  });

  it('honours --out and refuses to overwrite', () => {
    const dir = tempDir();
    const input = path.join(dir, 'a.txt');
    writeFileSync(input, 'hallo');
    const out = path.join(dir, 'x.zip');
    expect(cli(input, '--out', out).status).toBe(0);
    const again = cli(input, '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists already/);
    expect(again.stdout).toBe('');
  });

  it.each([
    [['/nonexistent/file.pdf'], 1, /file not found/],
    [[], 2, /no file given/],
    [['--bogus'], 2, /unknown option/],
    [['a', 'b'], 2, /one file at a time/],
    [['a.pdf', '--out'], 2, /--out needs/],
  ])('%j -> exit %i with a clear message and no password', (args, status, message) => {
    const r = cli(...args);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).not.toMatch(/password/);
  });

  it('refuses a file too large for Outlook', () => {
    const dir = tempDir();
    const input = path.join(dir, 'big.pdf');
    writeFileSync(input, Buffer.alloc(MAX_ZIP_BYTES + 1));
    const r = cli(input);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/too large/);
    expect(readdirSync(dir)).toEqual(['big.pdf']);
  });
});
