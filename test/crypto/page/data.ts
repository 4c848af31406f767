// Benchmark and test data, made the same way in the page and in Node so that 7-Zip and our
// worker get like-for-like input. `random` stands for a scanned PDF or a photo (incompressible),
// `text` for a long written report (compresses roughly 3:1).
export type DataKind = 'random' | 'text';

export function makeData(kind: DataKind, size: number, fillRandom: (b: Uint8Array) => void): Uint8Array {
  const out = new Uint8Array(size);
  if (kind === 'random') {
    for (let i = 0; i < size; i += 65536) fillRandom(out.subarray(i, Math.min(size, i + 65536)));
    return out;
  }
  const words = 'de het een van en in is dat op te zijn met voor niet aan er om ook als bij kind gezin dienst verslag afspraak'.split(' ');
  const enc = new TextEncoder();
  let seed = 12345;
  let p = 0;
  while (p < size) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const word = seed % 13 === 0 ? `${seed % 10000} ` : `${words[seed % words.length]}${seed % 17 === 0 ? '.\n' : ' '}`;
    const b = enc.encode(word);
    out.set(b.subarray(0, size - p), p);
    p += b.length;
  }
  return out;
}
