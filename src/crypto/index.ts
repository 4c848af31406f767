// The light part of the encryption module: safe to import from the pane's main bundle (no
// zip.js in here). Encryption itself:
// - in the task pane: `await import('../crypto/browser')` (a worker; zip.js loads only there);
// - in Node (CLI, tests): './zip' (encryptZip).
export { CryptoError, CRYPTO_ERROR_CODES, isCryptoErrorCode, type CryptoErrorCode } from './errors';
export { defaultFillRandom, uniformIndices, type FillRandom } from './random';
export {
  generatePassword,
  isAcceptablePassword,
  isGeneratedPassword,
  judgePassword,
  PASSWORD_ALPHABET,
  PASSWORD_BITS,
  MIN_PASSWORD_BITS,
  type PasswordVerdict,
} from './password';
export { spellPassword, spellPasswordText, type SpelledChar } from './spelling';
export { generateReference, isReference, neutralNames, safeExtension, type NeutralNames } from './names';
export { checkEncryptable, maxZipSize, MAX_ZIP_BYTES, type ZipInputFile, type Compression } from './limits';
export type { AesEngine, EncryptPath, WorkerEncryptResult, WorkerJobOptions, WorkerStartOptions, CryptoWorker } from './browser';
