// The worker adapter's main-thread side: the task pane's entry to encryption. Import it lazily
// (`await import('../cryptoWorker/client')`): it is small, and zip.js itself only loads inside
// the worker it starts (worker.ts).
//
// Invariants:
// - a worker does ONE job and is terminated when that job settles (success, error, abort),
//   or when disposed unused: a password never outlives its job in any realm;
// - nothing is ever encrypted on the main thread: a worker that cannot start REJECTS with
//   'worker-unavailable' (there is no fall-back path to fall back to).
import { CryptoError, isCryptoErrorCode } from '../crypto/errors';
import { checkEncryptableSizes, type Compression } from '../crypto/limits';
import { base64Size } from '../domain/base64';
import type { AesEngine, FromWorker, ToWorker, WorkerFile, ZipOutput, ZipResult } from './protocol';

export type { AesEngine, WorkerFile, ZipOutput, ZipResult } from './protocol';

/** Where the encryption ran: always a worker here; `engine` says which AES/zlib code zip.js used. */
export type EncryptPath = { thread: 'worker'; engine: AesEngine };
export type WorkerEncryptResult = ZipResult & { path: EncryptPath };
export type WorkerStartOptions = {
  /** Milliseconds to wait for the worker to say it is ready (default 10 s). */
  startupTimeoutMs?: number;
  /** For tests and special hosting; the default is the bundled crypto-worker script. */
  createWorker?: () => Worker;
};
export type WorkerJobOptions = {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  compression?: Compression;
  /**
   * Hand the files' buffers to the worker instead of copying them (they become unusable here).
   * Saves a copy on the main thread; only for bytes the caller no longer needs.
   */
  transfer?: boolean;
  /** 'bytes' (default) or 'base64', ready for Office's addFileAttachmentFromBase64Async. */
  output?: ZipOutput;
};
export type CryptoWorker = {
  readonly path: EncryptPath;
  encrypt(files: readonly WorkerFile[], password: string, options?: WorkerJobOptions): Promise<WorkerEncryptResult>;
  /** Ends the worker if it was never used. Safe to call more than once. */
  dispose(): void;
};

/** webpack turns this into a separate `crypto-worker` chunk served from the add-in's own origin. */
export function createCryptoWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { name: 'crypto-worker' });
}

/**
 * Starts a worker and waits until it is ready (about 0.1 s: zip.js compiles). The pane can call
 * this when the team member reaches the encryption step, so the click itself does not wait.
 */
export function startCryptoWorker(options: WorkerStartOptions = {}): Promise<CryptoWorker> {
  const { startupTimeoutMs = 10_000, createWorker = createCryptoWorker } = options;
  return new Promise<CryptoWorker>((resolveStart, rejectStart) => {
    let worker: Worker;
    try {
      worker = createWorker();
    } catch (error) {
      // Some browsers throw here (SecurityError) when the CSP refuses the worker's URL.
      throw new CryptoError('worker-unavailable', { cause: error instanceof Error ? error.name : 'unknown' });
    }
    let path: EncryptPath | null = null;
    let used = false;
    let ended = false;
    // The handlers of the job in progress; null when idle.
    let job: { resolve(result: ZipResult): void; reject(error: CryptoError): void; onProgress?: (done: number, total: number) => void } | null = null;

    const end = (error: CryptoError): void => {
      if (ended) return;
      ended = true;
      clearTimeout(startupTimer);
      worker.terminate();
      if (path === null) rejectStart(error);
      job?.reject(error);
      job = null;
    };
    const startupTimer = setTimeout(() => end(new CryptoError('worker-unavailable', { cause: 'startup-timeout' })), startupTimeoutMs);

    worker.addEventListener('error', (event) => {
      // Before 'ready' this is a worker that never ran (refused by the CSP, 404, syntax error).
      event.preventDefault();
      end(new CryptoError(path === null ? 'worker-unavailable' : 'worker-failed', { cause: 'error-event' }));
    });
    worker.addEventListener('messageerror', () => end(new CryptoError('worker-failed', { cause: 'messageerror' })));
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'ready':
          if (path !== null) return;
          clearTimeout(startupTimer);
          path = { thread: 'worker', engine: message.engine };
          resolveStart(handle(path));
          break;
        case 'progress':
          job?.onProgress?.(message.done, message.total);
          break;
        case 'done': {
          const current = job;
          job = null;
          ended = true;
          worker.terminate();
          current?.resolve(message.result);
          break;
        }
        case 'error':
          end(new CryptoError(isCryptoErrorCode(message.code) ? message.code : 'worker-failed', message.details));
          break;
      }
    });

    function handle(readyPath: EncryptPath): CryptoWorker {
      return {
        path: readyPath,
        dispose: () => end(new CryptoError('aborted')),
        encrypt(files, password, jobOptions = {}) {
          const { onProgress, signal, compression = 'auto', transfer = false, output = 'bytes' } = jobOptions;
          return new Promise<WorkerEncryptResult>((resolve, reject) => {
            if (used || ended) throw new CryptoError('worker-unavailable', { cause: 'already-used' });
            used = true;
            // Refuse at once what the worker would refuse anyway (too large, weak password).
            try {
              checkEncryptableSizes(sizesOf(files), password);
              if (signal?.aborted) throw new CryptoError('aborted');
            } catch (error) {
              end(error instanceof CryptoError ? error : new CryptoError('encrypt-failed'));
              throw error;
            }
            const onAbort = (): void => end(new CryptoError('aborted'));
            signal?.addEventListener('abort', onAbort, { once: true });
            job = {
              resolve: (result) => {
                signal?.removeEventListener('abort', onAbort);
                resolve({ ...result, path: readyPath });
              },
              reject: (error) => {
                signal?.removeEventListener('abort', onAbort);
                reject(error);
              },
              ...(onProgress ? { onProgress } : {}),
            };
            const message: ToWorker = {
              type: 'encrypt',
              files: files.map((f) => ('bytes' in f ? { name: f.name, bytes: f.bytes } : { name: f.name, base64: f.base64 })),
              password,
              compression,
              output,
            };
            const buffers = files.flatMap((f) => ('bytes' in f ? [f.bytes.buffer as ArrayBuffer] : []));
            worker.postMessage(message, transfer ? [...new Set(buffers)] : []);
          });
        },
      };
    }
  });
}

/** Start a worker, run one job, end it. Rejects rather than ever encrypting on the main thread. */
export async function encryptInWorker(
  files: readonly WorkerFile[],
  password: string,
  options: WorkerStartOptions & WorkerJobOptions = {},
): Promise<WorkerEncryptResult> {
  // Checked before the worker starts, so a too-large file costs nothing.
  checkEncryptableSizes(sizesOf(files), password);
  const worker = await startCryptoWorker(options);
  return worker.encrypt(files, password, options);
}

function sizesOf(files: readonly WorkerFile[]): Array<{ name: string; size: number }> {
  return files.map((f) => ({ name: f.name, size: 'bytes' in f ? f.bytes.length : base64Size(f.base64) }));
}
