// The platform-neutral part of the encryption module (Node and browser alike). The browser
// entry with the worker is './browser', imported on its own so the pane can load it lazily.
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
export { spellPassword, spellPasswordText, type SpellingLanguage, type SpelledChar } from './spelling';
export { generateReference, brusselsDay, isReference, neutralNames, safeExtension, type NeutralNames } from './names';
export {
  encryptZip,
  checkEncryptable,
  maxZipSize,
  compressionLevel,
  listEntries,
  assertAllEntriesAes256,
  MAX_ZIP_BYTES,
  type ZipInputFile,
  type EncryptOptions,
  type Compression,
  type ZipEntryInfo,
} from './zip';
