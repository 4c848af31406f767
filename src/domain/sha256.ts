// SHA-256 (FIPS 180-4) in plain JavaScript. The Send check hashes the encrypted zip to notice a
// zip swapped after encryption, and classic Outlook on Windows runs it in a JavaScript-only
// runtime that may have no crypto.subtle; the shells prefer crypto.subtle when it is there.
//
// Works on the input in place, 64 bytes at a time: a 25 MB attachment is never copied to pad it.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

function compress(state: Uint32Array, w: Uint32Array, data: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    w[i] = ((data[j] as number) << 24) | ((data[j + 1] as number) << 16) | ((data[j + 2] as number) << 8) | (data[j + 3] as number);
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + (K[i] as number) + (w[i] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0] as number) + a;
  state[1] = (state[1] as number) + b;
  state[2] = (state[2] as number) + c;
  state[3] = (state[3] as number) + d;
  state[4] = (state[4] as number) + e;
  state[5] = (state[5] as number) + f;
  state[6] = (state[6] as number) + g;
  state[7] = (state[7] as number) + h;
}

/** SHA-256 of `data`, as 32 bytes. */
export function sha256(data: Uint8Array): Uint8Array {
  const state = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const whole = data.length - (data.length % 64);
  for (let offset = 0; offset < whole; offset += 64) compress(state, w, data, offset);

  // The tail, the 0x80 marker and the bit length: one block, or two when the tail leaves no room.
  const rest = data.length - whole;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(data.subarray(whole));
  tail[rest] = 0x80;
  // Bit length as a 64-bit big-endian number; a JavaScript number holds it exactly up to 2^53.
  const bits = data.length * 8;
  const high = Math.floor(bits / 0x100000000);
  const low = bits >>> 0;
  const end = tail.length;
  tail[end - 8] = high >>> 24;
  tail[end - 7] = high >>> 16;
  tail[end - 6] = high >>> 8;
  tail[end - 5] = high;
  tail[end - 4] = low >>> 24;
  tail[end - 3] = low >>> 16;
  tail[end - 2] = low >>> 8;
  tail[end - 1] = low;
  for (let offset = 0; offset < tail.length; offset += 64) compress(state, w, tail, offset);

  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const v = state[i] as number;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = v >>> 16;
    out[i * 4 + 2] = v >>> 8;
    out[i * 4 + 3] = v;
  }
  return out;
}

/** Lower-case hex, as the X-KG-Attachment-SHA256 header carries it. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += ((bytes[i] as number) + 0x100).toString(16).slice(1);
  return out;
}

/** SHA-256 of `data` as lower-case hex. */
export function sha256Hex(data: Uint8Array): string {
  return toHex(sha256(data));
}

type SubtleLike = { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> };

function subtle(): SubtleLike | undefined {
  // typeof, not globalThis.crypto: the JavaScript-only runtime of classic Outlook may have neither.
  const c = typeof crypto === 'undefined' ? undefined : (crypto as { subtle?: Partial<SubtleLike> } | undefined);
  return c?.subtle && typeof c.subtle.digest === 'function' ? (c.subtle as SubtleLike) : undefined;
}

/**
 * SHA-256 as lower-case hex: the platform's crypto.subtle where the runtime has it (native speed
 * on a 25 MB zip), else the implementation above. Both give the same answer.
 */
export async function sha256HexAsync(bytes: Uint8Array): Promise<string> {
  const s = subtle();
  if (s) {
    try {
      return toHex(new Uint8Array(await s.digest('SHA-256', bytes)));
    } catch {
      // Some hosts expose subtle but refuse it (an insecure context): the pure one gives the same answer.
    }
  }
  return sha256Hex(bytes);
}

/**
 * UTF-8 bytes of a string, without TextEncoder (missing in classic Outlook's runtime). A lone
 * surrogate becomes U+FFFD, as TextEncoder does.
 */
export function utf8Bytes(s: string): Uint8Array {
  // At most 3 bytes per UTF-16 unit (a surrogate pair is 2 units for 4 bytes); filled in place,
  // which is many times faster than growing an array on a registry or a long body.
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

const HEX = ((): string[] => {
  const out: string[] = [];
  for (let i = 0; i < 256; i++) out.push((i + 0x100).toString(16).slice(1));
  return out;
})();

/**
 * SHA-256 of one fixed 64-byte block followed by each given string (UTF-8), as lower-case hex.
 * The block is compressed once; a short string then costs one compression and no allocation but
 * its bytes. The client traces hash every word of a mail this way (src/domain/traceTokens.ts).
 */
export function prefixedSha256Hex(block: Uint8Array): (text: string) => string {
  if (block.length !== 64) throw new RangeError('prefixedSha256Hex: the prefix must be one 64-byte block');
  const start = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  compress(start, w, block, 0);
  const state = new Uint32Array(8);
  const tail = new Uint8Array(128);
  return (text) => {
    state.set(start);
    let size = 64;
    let length = text.length;
    let ascii = length < 56;
    for (let i = 0; i < length && ascii; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) ascii = false;
      else tail[i] = c;
    }
    if (ascii) {
      // The common case, a short ASCII word: straight into the last block.
      tail.fill(0, length, 64);
      tail[length] = 0x80;
    } else {
      const data = utf8Bytes(text);
      length = data.length;
      const whole = length - (length % 64);
      for (let offset = 0; offset < whole; offset += 64) compress(state, w, data, offset);
      const rest = length - whole;
      size = rest < 56 ? 64 : 128;
      tail.fill(0, 0, size);
      tail.set(data.subarray(whole));
      tail[rest] = 0x80;
    }
    const bits = (length + 64) * 8;
    const high = Math.floor(bits / 0x100000000);
    const low = bits >>> 0;
    tail[size - 8] = high >>> 24;
    tail[size - 7] = high >>> 16;
    tail[size - 6] = high >>> 8;
    tail[size - 5] = high;
    tail[size - 4] = low >>> 24;
    tail[size - 3] = low >>> 16;
    tail[size - 2] = low >>> 8;
    tail[size - 1] = low;
    for (let offset = 0; offset < size; offset += 64) compress(state, w, tail, offset);
    let out = '';
    for (let i = 0; i < 8; i++) {
      const v = state[i] as number;
      out += (HEX[v >>> 24] as string) + (HEX[(v >>> 16) & 0xff] as string) + (HEX[(v >>> 8) & 0xff] as string) + (HEX[v & 0xff] as string);
    }
    return out;
  };
}
