// A bare page for the browser test and the benchmark: the same encryptInWorker the task pane
// uses, under the same headers, with nothing else around it. Data for the benchmark is made in
// the page so that 20 MB need not cross the DevTools protocol.
import { encryptInWorker, startCryptoWorker, type EncryptPath } from '../../../src/cryptoWorker/client';
import type { Compression } from '../../../src/crypto/limits';
import { makeData } from './data';

export type PageFile = { name: string; base64: string } | { name: string; generate: 'random' | 'text'; size: number };
export type PageSpec = {
  files: PageFile[];
  password: string;
  compression?: Compression;
  returnZip?: boolean;
  /** 'blob' starts the worker from a blob: URL, which the CSP must refuse. */
  workerSource?: 'bundled' | 'blob';
  /** Start the worker first (as the pane does when the encryption step opens); `ms` then times the job only. */
  prestart?: boolean;
  transfer?: boolean;
  /** How the files go in: bytes (default) or bare base64, as the pane hands Office's content on. */
  input?: 'bytes' | 'base64';
  /** How the zip comes back from the worker: bytes (default) or base64, as the pane wants it. */
  output?: 'bytes' | 'base64';
};
export type PageResult =
  | {
      ok: true;
      path: EncryptPath;
      ms: number;
      startMs: number;
      zipSize: number;
      zipBase64: string | null;
      sha256: string;
      longestTaskMs: number;
      progressCalls: number;
      lastProgress: [number, number] | null;
    }
  | { ok: false; code: string; ms: number };

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

async function encrypt(spec: PageSpec): Promise<PageResult> {
  const raw = spec.files.map((f) => ({
    name: f.name,
    bytes: 'base64' in f ? fromBase64(f.base64) : makeData(f.generate, f.size, (b) => crypto.getRandomValues(b)),
  }));
  const files = spec.input === 'base64' ? raw.map((f) => ({ name: f.name, base64: toBase64(f.bytes) })) : raw;
  // Let the generation's own long task end before the measured window opens.
  await new Promise((r) => setTimeout(r, 50));
  let progressCalls = 0;
  let lastProgress: [number, number] | null = null;
  const onProgress = (done: number, total: number): void => {
    progressCalls += 1;
    lastProgress = [done, total];
  };
  const job = {
    ...(spec.compression ? { compression: spec.compression } : {}),
    ...(spec.transfer ? { transfer: true } : {}),
    output: spec.output ?? 'bytes',
    onProgress,
  };
  const workerOptions =
    spec.workerSource === 'blob'
      ? {
          createWorker: () => new Worker(URL.createObjectURL(new Blob(['postMessage({type:"ready",engine:"js"})'], { type: 'text/javascript' }))),
          startupTimeoutMs: 3000,
        }
      : {};
  const tStart = performance.now();
  let t0 = tStart;
  let startMs = 0;
  try {
    let result;
    if (spec.prestart) {
      const worker = await startCryptoWorker(workerOptions);
      startMs = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 20));
      t0 = performance.now();
      result = await worker.encrypt(files, spec.password, job);
    } else {
      result = await encryptInWorker(files, spec.password, { ...workerOptions, ...job });
    }
    const t1 = performance.now();
    // Long tasks (worker start-up included) are reported a little after they end: give the observer a moment.
    await new Promise((r) => setTimeout(r, 100));
    const longestTaskMs = Math.max(0, ...longTasks.filter((t) => t.start + t.duration >= tStart && t.start <= t1).map((t) => t.duration));
    return {
      ok: true,
      path: result.path,
      ms: t1 - t0,
      startMs,
      zipSize: result.size,
      zipBase64: spec.returnZip ? (result.output === 'base64' ? result.zipBase64 : toBase64(result.zip)) : null,
      sha256: result.sha256,
      longestTaskMs,
      progressCalls,
      lastProgress,
    };
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : String(error);
    return { ok: false, code, ms: performance.now() - t0 };
  }
}

(window as unknown as { cryptoPage: { encrypt: typeof encrypt } }).cryptoPage = { encrypt };
document.body.dataset.ready = 'true';
