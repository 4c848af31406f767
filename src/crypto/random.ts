/** Fills the array with random bytes. The default is the platform CSPRNG; tests pass a seeded one. */
export type FillRandom = (bytes: Uint8Array) => void;

export const defaultFillRandom: FillRandom = (bytes) => {
  // getRandomValues refuses more than 65536 bytes per call; our callers ask for far less.
  globalThis.crypto.getRandomValues(bytes);
};

/**
 * Uniform integers in [0, n) by rejection sampling: a byte b is used only if b < floor(256/n)*n,
 * so every value has exactly the same number of accepted bytes behind it (no modulo bias).
 */
export function uniformIndices(count: number, n: number, fillRandom: FillRandom): number[] {
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new RangeError('n must be an integer in 1..256');
  const limit = Math.floor(256 / n) * n;
  const out: number[] = [];
  const buffer = new Uint8Array(Math.max(16, count * 2));
  while (out.length < count) {
    fillRandom(buffer);
    for (const byte of buffer) {
      if (byte < limit) {
        out.push(byte % n);
        if (out.length === count) break;
      }
    }
  }
  return out;
}
