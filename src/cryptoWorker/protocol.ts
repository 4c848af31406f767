// Messages between the task pane (client.ts) and the encryption worker (worker.ts).
import type { CryptoErrorCode } from '../crypto/errors';
import type { Compression, ZipInputFile } from '../crypto/limits';

/** Which AES code zip.js runs inside the worker: its WASM engine, or plain JS if WASM is blocked. */
export type AesEngine = 'wasm' | 'js';

export type ToWorker = {
  type: 'encrypt';
  files: ZipInputFile[];
  password: string;
  compression: Compression;
};

export type FromWorker =
  | { type: 'ready'; engine: AesEngine }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; zip: Uint8Array }
  | { type: 'error'; code: CryptoErrorCode; details: Record<string, number | string> };
