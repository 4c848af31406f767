// The pure part of encryption: safe to import from the pane's main bundle (no zip.js in here, no
// Worker, no fetch). Encryption itself:
// - in the task pane: the worker adapter, `await import('../cryptoWorker/client')` (zip.js loads
//   only inside its worker);
// - in Node (CLI, tests): './zip' (encryptZip).
export { CryptoError, CRYPTO_ERROR_CODES, isCryptoErrorCode, type CryptoErrorCode } from './errors';
export { defaultFillRandom, uniformIndices, type FillRandom } from './random';
export {
  generatePassword,
  isAcceptablePassword,
  isGeneratedPassword,
  judgePassword,
  passwordWords,
  PASSWORD_BITS,
  PASSWORD_WORD_COUNT,
  MIN_PASSWORD_BITS,
  type PasswordVerdict,
} from './password';
export { generateReference, isReference, neutralNames, safeExtension, type NeutralNames } from './names';
export {
  checkEncryptable,
  checkEncryptableSizes,
  maxZipSize,
  maxZipSizeFor,
  MAX_ZIP_BYTES,
  MAIL_ATTACHMENTS_LIMIT,
  type ZipInputFile,
  type ZipInputSize,
  type Compression,
} from './limits';
