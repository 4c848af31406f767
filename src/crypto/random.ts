/** Fills the array with random bytes. The default is the platform CSPRNG; tests pass a seeded one. */
export type FillRandom = (bytes: Uint8Array) => void;

export const defaultFillRandom: FillRandom = (bytes) => {
  // getRandomValues refuses more than 65536 bytes per call; our callers ask for far less.
  globalThis.crypto.getRandomValues(bytes);
};

/**
 * Uniform integers in [0, n) by rejection sampling: a value v (one byte for n <= 256, two bytes
 * big-endian above) is used only if v < floor(R/n)*n, R being 256 or 65536, so every result has
 * exactly the same number of accepted values behind it (no modulo bias).
 */
export function uniformIndices(count: number, n: number, fillRandom: FillRandom): number[] {
  if (!Number.isInteger(n) || n < 1 || n > 65536) throw new RangeError('n must be an integer in 1..65536');
  const width = n <= 256 ? 1 : 2;
  const range = width === 1 ? 256 : 65536;
  const limit = Math.floor(range / n) * n;
  const out: number[] = [];
  const buffer = new Uint8Array(Math.max(16, count * 2 * width));
  while (out.length < count) {
    fillRandom(buffer);
    for (let i = 0; i + width <= buffer.length; i += width) {
      const value = width === 1 ? (buffer[i] as number) : (buffer[i] as number) * 256 + (buffer[i + 1] as number);
      if (value < limit) {
        out.push(value % n);
        if (out.length === count) break;
      }
    }
  }
  return out;
}
