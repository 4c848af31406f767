// Zips made by the real tools, for the Send check's case table: the add-in's own encryption as
// admins run it (`npm run encrypt`, zip.js) and 7-Zip's "zip + AES-256" (7zz, with NTFS times).
// Made once per test process, synchronously, because the case table is a module constant.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RealZip = { readonly bytes: Uint8Array; readonly reference: string };

/** The repository: tests and the benchmarks run from it. */
const ROOT = process.cwd();
const FORM = new TextEncoder().encode('%PDF-1.4\n% a referral form, plaintext before encryption\n'.repeat(100));

function must(r: ReturnType<typeof spawnSync>, what: string): string {
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${what} failed: ${String(r.stdout)}${String(r.stderr)}`);
  return String(r.stderr);
}

/** `npm run encrypt -- <form>` (src/cli/encrypt.ts through tsx): the zip and the reference it chose. */
export function npmRunEncrypt(): RealZip {
  const dir = mkdtempSync(join(tmpdir(), 'cases-encrypt-'));
  writeFileSync(join(dir, 'Verwijsformulier.pdf'), FORM);
  const out = join(dir, 'out.zip');
  const stderr = must(
    spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli', 'encrypt.ts'), join(dir, 'Verwijsformulier.pdf'), '--out', out], {
      cwd: ROOT,
      timeout: 60_000,
      encoding: 'utf8',
      input: '',
    }),
    'npm run encrypt',
  );
  const reference = /reference (KG-\d{8}-[0-9A-Z]{6})/.exec(stderr)?.[1];
  if (!reference) throw new Error('npm run encrypt did not say which reference it chose');
  return { bytes: new Uint8Array(readFileSync(out)), reference };
}

/** 7-Zip's "zip + AES-256" of a form named as the pane names it for `reference`, with NTFS times (-mtc=on). */
export function sevenZipAes(reference: string): RealZip {
  const dir = mkdtempSync(join(tmpdir(), 'cases-7zz-'));
  const entry = `doorverwijzing-${reference}.pdf`;
  writeFileSync(join(dir, entry), FORM);
  must(
    spawnSync('7zz', ['a', '-tzip', '-mem=AES256', '-mtc=on', '-pK7QM-94TX-HB2R-8WZD', join(dir, 'out.zip'), entry], {
      cwd: dir,
      timeout: 30_000,
      encoding: 'utf8',
      input: '',
    }),
    '7zz',
  );
  return { bytes: new Uint8Array(readFileSync(join(dir, 'out.zip'))), reference };
}
