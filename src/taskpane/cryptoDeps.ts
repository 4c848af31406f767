// The encryption side of the pane, loaded on demand (`await import('./cryptoDeps')`) so neither
// the worker glue nor its error codes weigh on the pane's first paint. zip.js itself only ever
// loads inside the worker.
import type { CryptoWorker } from '../cryptoWorker/client';
import { startCryptoWorker } from '../cryptoWorker/client';
import { CryptoError } from '../crypto/errors';
import { checkEncryptable } from '../crypto/limits';
import { generateReference, neutralNames } from '../crypto/names';
import { generatePassword } from '../crypto/password';
import { sha256HexAsync } from '../domain';
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
    encrypt: async (files, password, onProgress) => {
      checkEncryptable(files, password);
      const worker = await take();
      return (await worker.encrypt(files, password, { onProgress })).zip;
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
    sha256: sha256HexAsync,
    newPassword: () => generatePassword(),
    newReference: () => generateReference(now()),
    names: (reference, originalName) => neutralNames(reference, originalName),
    checkSize: (files, password) => checkEncryptable(files, password),
    isTooLarge: (error) => error instanceof CryptoError && error.code === 'too-large',
  };
}
