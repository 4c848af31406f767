// Errors carry a code; the words a user reads live in the pane's message catalogue, so the
// pane, the CLI and the tests can all switch on the code without parsing text.

export const CRYPTO_ERROR_CODES = [
  'password-empty',
  'password-weak',
  'password-not-ascii',
  'no-files',
  'file-empty-name',
  'too-large',
  'bad-reference',
  'worker-unavailable',
  'worker-failed',
  'aborted',
  'encrypt-failed',
] as const;

export type CryptoErrorCode = (typeof CRYPTO_ERROR_CODES)[number];

export class CryptoError extends Error {
  override readonly name = 'CryptoError';
  readonly code: CryptoErrorCode;
  /** Extra facts for the message catalogue (sizes, limits); never a password or a file name. */
  readonly details: Readonly<Record<string, number | string>>;

  constructor(code: CryptoErrorCode, details: Record<string, number | string> = {}) {
    super(code);
    this.code = code;
    this.details = details;
  }
}

export function isCryptoErrorCode(value: unknown): value is CryptoErrorCode {
  return typeof value === 'string' && (CRYPTO_ERROR_CODES as readonly string[]).includes(value);
}
