// Messages between the task pane (client.ts) and the encryption worker (worker.ts).
//
// Every byte-heavy step of a referral happens on the worker's side of these messages: the
// original goes in as Office hands it (bare base64, decoded in the worker), and the zip comes out
// as Office takes it (bare base64, encoded in the worker) with its SHA-256, so the pane's main
// thread never walks over the 5-25 MB itself.
import type { CryptoErrorCode } from '../crypto/errors';
import type { Compression } from '../crypto/limits';

/** Which AES code zip.js runs inside the worker: its WASM engine, or plain JS if WASM is blocked. */
export type AesEngine = 'wasm' | 'js';

/** One file for the zip: its bytes (the pane form's PDF), or its content as bare base64 as Office gave it (decoded in the worker). */
export type WorkerFile = { name: string; bytes: Uint8Array } | { name: string; base64: string };

/** How the zip comes back: bytes (tests, tools) or bare base64, ready for Office. */
export type ZipOutput = 'bytes' | 'base64';

export type ZipResult = { size: number; sha256: string } & ({ output: 'bytes'; zip: Uint8Array } | { output: 'base64'; zipBase64: string });

export type ToWorker = {
  type: 'encrypt';
  files: WorkerFile[];
  password: string;
  compression: Compression;
  output: ZipOutput;
};

export type FromWorker =
  | { type: 'ready'; engine: AesEngine }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ZipResult }
  | { type: 'error'; code: CryptoErrorCode; details: Record<string, number | string> };
