// The encryption side of the pane, loaded on demand (`await import('./cryptoDeps')`) so neither
// the worker glue nor its error codes weigh on the pane's first paint. zip.js itself only ever
// loads inside the worker.
import { encryptInWorker } from '../crypto/browser';
import { CryptoError } from '../crypto/errors';
import { checkEncryptable } from '../crypto/limits';
import { generateReference, neutralNames } from '../crypto/names';
import { generatePassword } from '../crypto/password';
import type { EncryptDeps } from './mailActions';
import { sha256Hex } from './mailActions';

export function createEncryptDeps(now: () => Date): EncryptDeps {
  return {
    encrypt: async (files, password, onProgress) => (await encryptInWorker(files, password, { onProgress })).zip,
    sha256: sha256Hex,
    newPassword: () => generatePassword(),
    newReference: () => generateReference(now()),
    names: (reference, originalName) => neutralNames(reference, originalName),
    checkSize: (files, password) => checkEncryptable(files, password),
    isTooLarge: (error) => error instanceof CryptoError && error.code === 'too-large',
  };
}
