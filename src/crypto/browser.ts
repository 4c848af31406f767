// The task pane's entry to encryption. Import it lazily (`await import('../crypto/browser')`):
// it is small, and zip.js itself only loads inside the worker it starts.
//
// Invariants: every call gets a fresh worker and terminates it when settled (success, error,
// abort, timeout); the call never encrypts on the main thread: if the worker cannot start it
// REJECTS with 'worker-unavailable' rather than falling back.
import { CryptoError, isCryptoErrorCode } from './errors';
import { checkEncryptable, type Compression, type ZipInputFile } from './limits';
import type { AesEngine, FromWorker, ToWorker } from './protocol';

export type { AesEngine } from './protocol';

/** Where the encryption ran: always a worker here; `engine` says which AES code zip.js used. */
export type EncryptPath = { thread: 'worker'; engine: AesEngine };
export type WorkerEncryptResult = { zip: Uint8Array; path: EncryptPath };
export type WorkerEncryptOptions = {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  compression?: Compression;
  /** Milliseconds to wait for the worker to say it is ready (default 10 s). */
  startupTimeoutMs?: number;
  /** For tests and special hosting; the default is the bundled crypto-worker script. */
  createWorker?: () => Worker;
};

/** webpack turns this into a separate `crypto-worker` chunk served from the add-in's own origin. */
export function createCryptoWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { name: 'crypto-worker' });
}

export function encryptInWorker(
  files: readonly ZipInputFile[],
  password: string,
  options: WorkerEncryptOptions = {},
): Promise<WorkerEncryptResult> {
  const { onProgress, signal, compression = 'auto', startupTimeoutMs = 10_000, createWorker = createCryptoWorker } = options;
  return new Promise<WorkerEncryptResult>((resolve, reject) => {
    // Refuse at once what the worker would refuse anyway (too large, weak password): no
    // worker start-up, no copy of the bytes.
    checkEncryptable(files, password);
    if (signal?.aborted) throw new CryptoError('aborted');

    let worker: Worker;
    try {
      worker = createWorker();
    } catch (error) {
      // A CSP that refuses the worker URL throws here (SecurityError) in some browsers.
      throw new CryptoError('worker-unavailable', { cause: error instanceof Error ? error.name : 'unknown' });
    }
    let engine: AesEngine | null = null;
    let settled = false;
    const finish = (outcome: { zip: Uint8Array } | { error: CryptoError }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(startupTimer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      if ('error' in outcome) reject(outcome.error);
      else resolve({ zip: outcome.zip, path: { thread: 'worker', engine: engine ?? 'js' } });
    };
    const onAbort = (): void => finish({ error: new CryptoError('aborted') });
    signal?.addEventListener('abort', onAbort);
    const startupTimer = setTimeout(
      () => finish({ error: new CryptoError('worker-unavailable', { cause: 'startup-timeout' }) }),
      startupTimeoutMs,
    );

    worker.addEventListener('error', (event) => {
      // Before 'ready' this is a worker that never ran (blocked by CSP, 404, syntax error).
      event.preventDefault();
      finish({ error: new CryptoError(engine === null ? 'worker-unavailable' : 'worker-failed', { cause: 'error-event' }) });
    });
    worker.addEventListener('messageerror', () => finish({ error: new CryptoError('worker-failed', { cause: 'messageerror' }) }));
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'ready': {
          engine = message.engine;
          clearTimeout(startupTimer);
          const job: ToWorker = { type: 'encrypt', files: files.map((f) => ({ name: f.name, bytes: f.bytes })), password, compression };
          worker.postMessage(job);
          break;
        }
        case 'progress':
          onProgress?.(message.done, message.total);
          break;
        case 'done':
          finish({ zip: message.zip });
          break;
        case 'error':
          finish({ error: new CryptoError(isCryptoErrorCode(message.code) ? message.code : 'worker-failed', message.details) });
          break;
      }
    });
  });
}
