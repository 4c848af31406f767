// The checks that run before any encryption. Kept apart from zip.ts (which pulls in zip.js) so
// the task pane's main bundle can refuse a file at once without loading the zip library.
import { CryptoError } from './errors';
import { judgePassword } from './password';
import { maxZipSizeFor, MAX_ZIP_BYTES, type ZipInputFile, type ZipInputSize } from './sizes';

export { maxZipSize, maxZipSizeFor, MAIL_ATTACHMENTS_LIMIT, MAX_ZIP_BYTES, type ZipInputFile, type ZipInputSize } from './sizes';

/** Throws the coded error that explains why these files cannot be encrypted; returns nothing if they can. */
export function checkEncryptable(files: readonly ZipInputFile[], password: string): void {
  checkEncryptableSizes(
    files.map((f) => ({ name: f.name, size: f.bytes.length })),
    password,
  );
}

/** As checkEncryptable, from the files' sizes (the worker gets base64, measured without decoding). */
export function checkEncryptableSizes(files: readonly ZipInputSize[], password: string): void {
  if (files.length === 0) throw new CryptoError('no-files');
  const verdict = judgePassword(password);
  if (verdict === 'empty') throw new CryptoError('password-empty');
  if (verdict === 'not-ascii') throw new CryptoError('password-not-ascii');
  if (verdict === 'weak') throw new CryptoError('password-weak');
  if (files.some((f) => f.name.trim() === '')) throw new CryptoError('file-empty-name');
  const bound = maxZipSizeFor(files);
  if (bound > MAX_ZIP_BYTES) throw new CryptoError('too-large', { bytes: bound, limit: MAX_ZIP_BYTES });
}

/** 'auto' (default): store what is already compressed, deflate the rest. */
export type Compression = 'auto' | 'store' | 'deflate';
