// The real peers the receiver uses: 7-Zip (Debian `7zip`, 7zz) and libarchive's bsdtar.
// The password is always on the command line (without it both tools wait for a prompt), and
// every call has a timeout so a prompt can never hang the test run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type RunResult = { status: number | null; stdout: string; stderr: string };

export function run(cmd: string, args: string[], cwd?: string): RunResult {
  const r = spawnSync(cmd, args, { cwd, timeout: 30_000, input: '', encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'crypto-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function writeZip(zip: Uint8Array, name = 'out.zip'): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, zip);
  return file;
}

/** Extracts with 7zz; returns the files found (name -> bytes) and the tool's result. */
export function extractWith7zz(zipFile: string, password: string): { result: RunResult; files: Map<string, Buffer> } {
  const out = tempDir('7zz-out-');
  const result = run('7zz', ['x', `-p${password}`, `-o${out}`, '-y', zipFile]);
  return { result, files: readAll(out) };
}

export function extractWithBsdtar(zipFile: string, password: string): { result: RunResult; files: Map<string, Buffer> } {
  const out = tempDir('bsdtar-out-');
  const result = run('bsdtar', ['--passphrase', password, '-xf', zipFile, '-C', out]);
  return { result, files: readAll(out) };
}

function readAll(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) files.set(name, readFileSync(path.join(dir, name)));
  return files;
}

/** `7zz l -slt` as a list of {Path, Method, Encrypted, ...} records for the entries. */
export function listWith7zz(zipFile: string, password: string): Record<string, string>[] {
  const r = run('7zz', ['l', '-slt', `-p${password}`, zipFile]);
  if (r.status !== 0) throw new Error(`7zz l failed: ${r.stdout}${r.stderr}`);
  const body = r.stdout.split(/^----------$/m)[1] ?? '';
  return body
    .split(/\n\s*\n/)
    .map((block) =>
      Object.fromEntries(
        block
          .split('\n')
          .map((line) => line.match(/^([^=]+?) = (.*)$/))
          .filter((m): m is RegExpMatchArray => m !== null)
          .map((m) => [m[1] as string, m[2] as string]),
      ),
    )
    .filter((rec) => 'Path' in rec);
}
