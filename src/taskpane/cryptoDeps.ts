// The encryption side of the pane, loaded on demand (`await import('./cryptoDeps')`) so neither
// the worker glue nor its error codes weigh on the pane's first paint. zip.js itself only ever
// loads inside the worker, and every byte-heavy step of a referral runs there too: the original
// goes in as Office's base64, the zip comes out as base64 with its SHA-256.
import { CryptoError } from '../crypto/errors';
import { checkEncryptableSizes } from '../crypto/limits';
import { generateReference, neutralNames } from '../crypto/names';
import { generatePassword } from '../crypto/password';
import type { CryptoWorker } from '../cryptoWorker/client';
import { startCryptoWorker } from '../cryptoWorker/client';
import type { EncryptDeps } from './mailActions';

export type PaneEncryptDeps = EncryptDeps & {
  /** Starts a worker ahead of the click (the pane calls it when encryption becomes possible). */
  warmUp(): void;
  /** Ends a worker started ahead and never used. */
  dispose(): void;
};

export function createEncryptDeps(now: () => Date): PaneEncryptDeps {
  // A worker does one job; one started ahead is handed to the next encryption and forgotten.
  let warm: Promise<CryptoWorker> | null = null;
  const take = (): Promise<CryptoWorker> => {
    const worker = warm ?? startCryptoWorker();
    warm = null;
    return worker;
  };
  return {
    encrypt: async (file, password, onProgress) => {
      const worker = await take();
      // Not transferred: the pane form's bytes stay in the state for a retry (a PDF is small).
      const result = await worker.encrypt([file], password, { onProgress, output: 'base64' });
      if (result.output !== 'base64') throw new CryptoError('encrypt-failed', { cause: 'output' });
      return { zipBase64: result.zipBase64, size: result.size, sha256: result.sha256 };
    },
    warmUp: () => {
      if (warm !== null) return;
      const started = startCryptoWorker();
      // A worker that could not start is not kept: the click then tries afresh and reports.
      started.catch(() => {
        if (warm === started) warm = null;
      });
      warm = started;
    },
    dispose: () => {
      const pending = warm;
      warm = null;
      void pending?.then(
        (w) => w.dispose(),
        () => undefined,
      );
    },
    newPassword: () => generatePassword(),
    newReference: () => generateReference(now()),
    names: (reference, originalName) => neutralNames(reference, originalName),
    checkSize: (files, password) => checkEncryptableSizes(files, password),
    isTooLarge: (error) => error instanceof CryptoError && error.code === 'too-large',
  };
}
