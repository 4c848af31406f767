// `npm run encrypt -- <file> [--out <zip>]`: the add-in's encryption, for admins and support to
// check with a receiving OCMW that their 7-Zip opens what the add-in makes.
// Prints the password on ONE line of standard output, `password: <pw>`; everything else goes to
// standard error, so `... | grep '^password: '` is all a script needs.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CryptoError, type CryptoErrorCode } from '../crypto/errors';
import { MAX_ZIP_BYTES } from '../crypto/limits';
import { generateReference, neutralNames } from '../crypto/names';
import { generatePassword } from '../crypto/password';
import { encryptZip } from '../crypto/zip';

const USAGE = 'usage: npm run encrypt -- <file> [--out <zip>]';

class UsageError extends Error {}

function parseArgs(argv: string[]): { file: string; out: string | null } {
  let file: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--out' || arg === '-o') {
      const value = argv[++i];
      if (!value) throw new UsageError('--out needs a file name');
      out = value;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (!out) throw new UsageError('--out needs a file name');
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError('');
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new UsageError(`one file at a time (got also ${arg})`);
    }
  }
  if (file === null) throw new UsageError('no file given');
  return { file, out };
}

const MESSAGES: Partial<Record<CryptoErrorCode, string>> = {
  'too-large': `too large: Outlook accepts at most ${MAX_ZIP_BYTES} bytes per attachment from an add-in`,
  'no-files': 'nothing to encrypt',
};

async function main(argv: string[]): Promise<number> {
  let args: { file: string; out: string | null };
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) console.error(`error: ${error.message}`);
      console.error(USAGE);
      return error.message ? 2 : 0;
    }
    throw error;
  }
  const info = await stat(args.file).catch(() => null);
  if (!info) {
    console.error(`error: file not found: ${args.file}`);
    return 1;
  }
  if (!info.isFile()) {
    console.error(`error: not a file: ${args.file}`);
    return 1;
  }
  // Refuse before reading a huge file into memory; encryptZip checks the exact bound again.
  if (info.size > MAX_ZIP_BYTES) {
    console.error(`error: ${MESSAGES['too-large']} (file is ${info.size} bytes)`);
    return 1;
  }
  const reference = generateReference();
  const { entryName, zipName } = neutralNames(reference, args.file);
  const out = args.out ?? path.join(path.dirname(path.resolve(args.file)), zipName);
  const password = generatePassword();
  try {
    const zip = await encryptZip([{ name: entryName, bytes: await readFile(args.file) }], password);
    await writeFile(out, zip, { flag: 'wx' });
  } catch (error) {
    if (error instanceof CryptoError) {
      console.error(`error: ${MESSAGES[error.code] ?? error.code}`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      console.error(`error: ${out} exists already (not overwritten)`);
      return 1;
    }
    throw error;
  }
  console.error(`wrote ${out} (reference ${reference}, entry ${entryName}, AES-256)`);
  console.error('open it with 7-Zip (Windows Explorer cannot open AES-encrypted zips); pass the password by phone or SMS, never in the mail');
  console.log(`password: ${password}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
