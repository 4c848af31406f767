// WinZip AES-256 (AE-2) zip, the format 7-Zip writes with "zip + AES-256" (WinZip's "AES Encryption
// Information", winzip.com/en/support/aes-encryption: extra field 0x9901, PBKDF2-HMAC-SHA1 with
// 1000 iterations, AES-CTR, a 10-byte HMAC-SHA1 per entry).
//
// Invariants:
// - nothing is encrypted unless every check passed first: files present and named, password
//   acceptable (zip.js silently writes a PLAINTEXT entry for ""), size within what Outlook takes;
// - every entry of the result is AES-256 encrypted: checked again on the bytes we return
//   (assertAllEntriesAes256), so a change in zip.js cannot hand back a plaintext entry;
// - zip.js never starts a worker of its own (useWebWorkers: false): the browser runs this whole
//   module inside our worker (worker.ts), where a nested blob: worker would break the CSP.
import { ZipWriter, Uint8ArrayReader, Uint8ArrayWriter } from '@zip.js/zip.js';
import { sampledEntropy } from '../domain/entropy';
import { inspectZip } from '../domain/zipInspect';
import { CryptoError } from './errors';
import { checkEncryptable, type Compression, type ZipInputFile } from './limits';

export { checkEncryptable, maxZipSize, MAX_ZIP_BYTES, type Compression, type ZipInputFile } from './limits';
export type EncryptOptions = {
  /** Bytes of input processed so far, of `total` (the sum of the file sizes). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** 'auto' (default): store what is already compressed, deflate the rest. */
  compression?: Compression;
};

// Formats that are compressed containers already: deflating them again costs time for nothing.
const COMPRESSED_EXTENSIONS = new Set([
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'heic',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
  'zip',
  'gz',
  '7z',
  'mp3',
  'mp4',
  'm4a',
]);

/**
 * zip.js level for one file: 0 (store) for what will not shrink, else 5, the level of 7-Zip's
 * default "Normal" (-mx=5). Measured in Chromium (BENCHMARKS.md): deflating random data costs
 * as much as encrypting it and saves nothing; level 5 in zip.js's WASM zlib is about twice as fast
 * as the browser's CompressionStream (fixed at level 6) for 6% more output.
 */
export function compressionLevel(file: ZipInputFile, compression: Compression = 'auto'): 0 | 5 {
  if (compression === 'store') return 0;
  if (compression === 'deflate') return 5;
  const dot = file.name.lastIndexOf('.');
  const ext = dot >= 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  if (COMPRESSED_EXTENSIONS.has(ext)) return 0;
  return sampledEntropy(file.bytes) > 7.5 ? 0 : 5;
}

export async function encryptZip(files: readonly ZipInputFile[], password: string, options: EncryptOptions = {}): Promise<Uint8Array> {
  checkEncryptable(files, password);
  const { onProgress, signal, compression } = options;
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  let before = 0;
  const writer = new ZipWriter(new Uint8ArrayWriter(), {
    useWebWorkers: false,
    keepOrder: true,
    extendedTimestamp: false,
    ...(signal ? { signal } : {}),
  });
  try {
    for (const file of files) {
      const offset = before;
      await writer.add(file.name, new Uint8ArrayReader(file.bytes), {
        password,
        encryptionStrength: 3,
        zipCrypto: false,
        level: compressionLevel(file, compression),
        // The native CompressionStream ignores `level`; zip.js's zlib honours it. Where WASM is
        // not allowed zip.js itself goes back to CompressionStream: same bytes format, slower.
        useCompressionStream: false,
        onprogress: onProgress ? (progress: number) => onProgress(offset + progress, total) : undefined,
      });
      before += file.bytes.length;
    }
    const zip = await writer.close();
    assertAllEntriesAes256(zip);
    onProgress?.(total, total);
    return zip;
  } catch (error) {
    if (error instanceof CryptoError) throw error;
    if (signal?.aborted) throw new CryptoError('aborted');
    throw new CryptoError('encrypt-failed', { cause: error instanceof Error ? error.message : String(error) });
  }
}

export type ZipEntryInfo = { name: string; method: number; encrypted: boolean; aesStrength: number | null };

/** The entries as the central directory lists them (read by the one zip inspector, src/domain/zipInspect.ts). */
export function listEntries(zip: Uint8Array): ZipEntryInfo[] {
  const inspection = inspectZip(zip);
  if (inspection.problems.indexOf('not-a-zip') >= 0) throw new CryptoError('encrypt-failed', { cause: 'not a readable zip' });
  return inspection.entries.map((e) => ({ name: e.name, method: e.method, encrypted: e.encrypted, aesStrength: e.aesStrength }));
}

/**
 * The same check the Send check makes on the mail's zip: every entry WinZip AES-256 (AE-2), and
 * nothing readable besides the names (no comment, no stray bytes).
 */
export function assertAllEntriesAes256(zip: Uint8Array): void {
  if (inspectZip(zip).problems.length > 0) {
    throw new CryptoError('encrypt-failed', { cause: 'an entry is not AES-256 encrypted' });
  }
}
