// How random bytes look, on samples: the one place for it. The pane asks whether a file is worth
// deflating (src/crypto/zip.ts, Shannon entropy); the zip inspector asks whether an entry's data
// is ciphertext at all (zipInspect.ts), so that headers saying "AES-256" over readable data do not
// pass.
//
// Invariants: pure, ES2016 (the Send bundle runs it), never throws, and reads a fixed number of
// bytes at most, whatever the input's size.

/** Shannon's window for sampledEntropy. */
const SHANNON_WINDOW = 64 * 1024;

/**
 * Shannon entropy (bits per byte) of up to three 64 KiB windows. Deflate output, JPEG scans and
 * random data sit near 8; text and uncompressed PDFs far below. Cheap: a fixed 192 KiB at most.
 */
export function sampledEntropy(bytes: Uint8Array): number {
  const window = SHANNON_WINDOW;
  const starts = bytes.length <= 3 * window ? [0] : [0, Math.floor(bytes.length / 2) - window / 2, bytes.length - window];
  const counts = new Uint32Array(256);
  let n = 0;
  for (const start of starts) {
    const end = Math.min(bytes.length, start + (bytes.length <= 3 * window ? bytes.length : window));
    for (let i = start; i < end; i++) counts[bytes[i] as number] = (counts[bytes[i] as number] as number) + 1;
    n += end - start;
  }
  if (n === 0) return 0;
  let h = 0;
  for (let b = 0; b < 256; b++) {
    const c = counts[b] as number;
    if (c > 0) {
      const p = c / n;
      h -= p * (Math.log(p) / Math.LN2);
    }
  }
  return h;
}

// --- ciphertext -------------------------------------------------------------------------------
//
// AES-CTR output (and the salt, verifier and MAC around it) is indistinguishable from random
// bytes. Each window is tested on its own, so a readable header at the start of a file (a PDF's
// "%PDF-1.7 … obj <<", a PNG's chunks, a docx's zip headers) fails even when the rest is
// compressed. The statistic is the number of equal pairs of bytes in the window: collision
// entropy (Rényi order 2), which, unlike Shannon's estimate, has an exact mean and variance for
// random bytes at every window size (pairs are pairwise independent: mean C(m,2)/256, variance
// C(m,2)·(1/256)·(255/256)). A window fails when it has more than mean + 8 standard deviations + 4
// pairs: random data fails with a probability below 1e-12 per window; 1 KiB of text has some
// 30,000 pairs against a limit of about 2,400.
//
// Samples, not the whole: eight windows (8 KiB) per entry, the first at its start and the last at
// its end, where every file format keeps its readable headers. Reading all of a 25 MB zip this
// way takes about 0.25 s more (measured in Node), on top of hashing it.
//
// What it cannot see: data that is random-looking without being AES, such as deflate output
// stored under an AES header, or a file encrypted with some other key; nor a readable block
// placed between the samples of a large entry. Those take deliberate work to read back; the check
// is against readable data travelling under headers that say otherwise.

/** Bytes per window. */
export const CIPHERTEXT_WINDOW = 1024;
/** Windows per entry: the whole data when it is at most this many windows, else spread over it. */
export const CIPHERTEXT_WINDOWS = 8;

function windowLooksRandom(bytes: Uint8Array, from: number, to: number, counts: Uint32Array): boolean {
  const m = to - from;
  let pairs = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i] as number;
    pairs += counts[b] as number;
    counts[b] = (counts[b] as number) + 1;
  }
  // Reset only what was touched: the work stays proportional to the window.
  for (let i = from; i < to; i++) counts[bytes[i] as number] = 0;
  const possible = (m * (m - 1)) / 2;
  const mean = possible / 256;
  const sd = Math.sqrt(possible * (1 / 256) * (255 / 256));
  return pairs <= mean + 8 * sd + 4;
}

/**
 * True when bytes[start, end) look like ciphertext in every sampled window (at most
 * CIPHERTEXT_WINDOWS × CIPHERTEXT_WINDOW bytes are read). Empty: true (nothing readable).
 */
export function looksLikeCiphertext(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  const from = Math.max(0, start);
  const to = Math.min(bytes.length, end);
  const n = to - from;
  if (n <= 0) return true;
  const counts = new Uint32Array(256);
  const w = CIPHERTEXT_WINDOW;
  if (n <= w * CIPHERTEXT_WINDOWS) {
    // Equal windows over the whole data, so no window is a sliver.
    const k = Math.ceil(n / w);
    for (let i = 0; i < k; i++) {
      const a = from + Math.floor((i * n) / k);
      const b = from + Math.floor(((i + 1) * n) / k);
      if (!windowLooksRandom(bytes, a, b, counts)) return false;
    }
    return true;
  }
  for (let i = 0; i < CIPHERTEXT_WINDOWS; i++) {
    const a = from + Math.floor((i * (n - w)) / (CIPHERTEXT_WINDOWS - 1));
    if (!windowLooksRandom(bytes, a, a + w, counts)) return false;
  }
  return true;
}
