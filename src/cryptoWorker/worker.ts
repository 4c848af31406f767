// The encryption worker: the task pane's only way to run zip.js (client.ts starts it).
// It is a script file of our own, served from the add-in's origin, because the pane's CSP has
// `worker-src 'self'` (no blob: workers). zip.js runs inline here (useWebWorkers: false), so it
// can neither start a blob: worker nor "fall back to the main thread".
//
// Invariants: one worker per encryption, terminated by client.ts afterwards, so a password
// never outlives the job in this realm; the worker never posts the password back.
import { configure } from '@zip.js/zip.js';
import { CryptoError, isCryptoErrorCode } from '../crypto/errors';
import { sha256HexAsync } from '../domain/sha256';
// Office's attachment wire format, decoded and encoded here so the pane's main thread never is.
import { base64ToBytes, bytesToBase64 } from '../domain/base64';
import type { AesEngine, FromWorker, ToWorker, ZipResult } from './protocol';
import { generatePassword } from '../crypto/password';
import { encryptZip } from '../crypto/zip';

type WorkerScope = {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};
const scope = self as unknown as WorkerScope;

// zip.js's WASM module (AES + zlib) as a file of ours: its default is a data: URL, which
// connect-src 'self' refuses (zip.js then decodes it by hand, after a CSP violation report).
const wasmURI = new URL('@zip.js/zip.js/dist/zip-module.wasm', import.meta.url).href;
configure({ useWebWorkers: false, wasmURI });

/**
 * zip.js loads its WASM AES engine the same way (fetch, then WebAssembly.instantiate) and
 * silently uses its JS engine when that fails, e.g. when the CSP lacks 'wasm-unsafe-eval'. Doing
 * it once here tells the pane (and the tests) which engine really runs. Instantiated, not only
 * compiled: WebKit (Outlook on Mac) applies the CSP at instantiation, so a compile alone would
 * report 'wasm' where zip.js then falls back. The module has no imports.
 */
async function probeEngine(): Promise<AesEngine> {
  try {
    const response = await fetch(wasmURI);
    await WebAssembly.instantiate(await response.arrayBuffer());
    return 'wasm';
  } catch {
    return 'js';
  }
}

function post(message: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

// The platform's own base64 (Chromium 140+, Safari 18.2+, Firefox 133+) is several times faster
// than a JS loop over 25 MB; the shared codec of src/office is the fall-back elsewhere.
type NativeBase64 = { fromBase64?: (s: string) => Uint8Array };
const native = Uint8Array as unknown as NativeBase64;
const decode = (base64: string): Uint8Array => (typeof native.fromBase64 === 'function' ? native.fromBase64(base64) : base64ToBytes(base64));
const encode = (bytes: Uint8Array): string => {
  const own = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  return typeof own === 'function' ? own.call(bytes) : bytesToBase64(bytes);
};

/** The whole job: decode, encrypt, hash, encode. Everything byte-heavy of a referral is here. */
async function job({ files, password, compression, output }: ToWorker): Promise<ZipResult> {
  let decoded;
  try {
    decoded = files.map((f) => ({ name: f.name, bytes: 'bytes' in f ? f.bytes : decode(f.base64) }));
  } catch {
    throw new CryptoError('encrypt-failed', { cause: 'invalid base64' });
  }
  let lastPost = 0;
  const zip = await encryptZip(decoded, password, {
    compression,
    onProgress: (done, total) => {
      // At most ~20 progress messages a second: the pane only needs a smooth bar.
      const now = performance.now();
      if (done === total || now - lastPost > 50) {
        lastPost = now;
        post({ type: 'progress', done, total });
      }
    },
  });
  const sha256 = await sha256HexAsync(zip);
  return output === 'base64' ? { output, zipBase64: encode(zip), size: zip.length, sha256 } : { output, zip, size: zip.length, sha256 };
}

scope.addEventListener('message', (event) => {
  job(event.data).then(
    (result) => post({ type: 'done', result }, result.output === 'bytes' ? [result.zip.buffer as ArrayBuffer] : []),
    (error: unknown) => {
      const code = error instanceof CryptoError && isCryptoErrorCode(error.code) ? error.code : 'encrypt-failed';
      const details = error instanceof CryptoError ? { ...error.details } : {};
      post({ type: 'error', code, details });
    },
  );
});

/**
 * zip.js compiles and instantiates its WASM module lazily, on the first entry it writes: 20-30 ms
 * that would otherwise land inside the user's job (measured: 1 MB went from 0.85x to 7-Zip's
 * speed). A throw-away one-byte zip at start-up pays it here, before 'ready', while the pane is
 * still on an earlier step. Its password is random and never leaves this function.
 */
async function warmUp(): Promise<void> {
  try {
    await encryptZip([{ name: 'warm-up.bin', bytes: new Uint8Array(1) }], generatePassword(), { compression: 'deflate' });
  } catch {
    // A failed warm-up only means the first real job pays the start-up itself.
  }
}

void probeEngine().then(async (engine) => {
  if (engine === 'wasm') await warmUp();
  post({ type: 'ready', engine });
});
