// Zips written byte by byte, for the Send check's tests: the check never decrypts (it has no
// password), so a WinZip AES entry here is headers around random bytes, exactly as the inspector
// sees a real one. The inspector itself is also tested against real zips (zip.js, 7-Zip).
// Synchronous on purpose: fixtures are module constants.

export type BuiltEntry = {
  name: string;
  /** Entry data as stored: ciphertext for AES (salt, verifier, data, MAC), the plain bytes otherwise. */
  data: Uint8Array;
  /** Default: WinZip AES-256 AE-2. 'plain': stored unencrypted. 'zipcrypto': the old PKWARE cipher. */
  kind?: 'aes' | 'plain' | 'zipcrypto';
  aesStrength?: number;
  aesVersion?: number;
  /** zip.js writes sizes in a data descriptor after the data (flag bit 3). */
  dataDescriptor?: boolean;
  comment?: string;
  /** More extra fields after the AES one, in the local header, the central one, or both (default). */
  extra?: readonly BuiltExtra[];
  /** The CRC to write instead of the right one (AE-2: 0). */
  crc?: number;
};

export type BuiltExtra = { id: number; data: Uint8Array; where?: 'local' | 'central' | 'both' };

/** 7-Zip's NTFS extra field (0x000a, 32 bytes): one tag 0x0001 with three FILETIMEs. */
export function ntfsExtra(times: readonly [number, number, number] = [0x01dd8285, 0, 0]): BuiltExtra {
  const out = new Out().u32(0).u16(1).u16(24);
  for (const high of times) out.u32(high === 0 ? 0 : 0x9b7d8582).u32(high);
  return { id: 0x000a, data: out.done(), where: 'central' };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Out {
  private parts: Uint8Array[] = [];
  private small: number[] = [];
  private size = 0;
  get length(): number {
    return this.size;
  }
  private flush(): void {
    if (this.small.length > 0) this.parts.push(new Uint8Array(this.small));
    this.small = [];
  }
  u16(v: number): this {
    this.small.push(v & 0xff, (v >>> 8) & 0xff);
    this.size += 2;
    return this;
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(v >>> 16);
  }
  bytes(b: Uint8Array | string): this {
    if (typeof b === 'string') {
      for (let i = 0; i < b.length; i++) this.small.push(b.charCodeAt(i) & 0xff);
      this.size += b.length;
    } else {
      this.flush();
      this.parts.push(b.slice());
      this.size += b.length;
    }
    return this;
  }
  done(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/** Deterministic stand-in for random bytes (a fixture must not change between runs). */
export function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export function buildZip(entries: readonly BuiltEntry[], options: { comment?: string; prefix?: Uint8Array } = {}): Uint8Array {
  const body = new Out();
  if (options.prefix) body.bytes(options.prefix);
  const central = new Out();
  for (const e of entries) {
    const kind = e.kind ?? 'aes';
    const encrypted = kind !== 'plain';
    const method = kind === 'aes' ? 99 : 0;
    const flags = (encrypted ? 1 : 0) | (e.dataDescriptor ? 8 : 0);
    const crc = e.crc ?? (kind === 'aes' && (e.aesVersion ?? 2) === 2 ? 0 : crc32(e.data));
    const extraFor = (where: 'local' | 'central'): Uint8Array => {
      const extra = new Out();
      if (kind === 'aes')
        extra
          .u16(0x9901)
          .u16(7)
          .u16(e.aesVersion ?? 2)
          .bytes('AE')
          .bytes(new Uint8Array([e.aesStrength ?? 3]))
          .u16(0);
      for (const x of e.extra ?? []) if ((x.where ?? 'both') === 'both' || x.where === where) extra.u16(x.id).u16(x.data.length).bytes(x.data);
      return extra.done();
    };
    const localExtra = extraFor('local');
    const extraBytes = extraFor('central');
    const offset = body.length;
    body
      .u32(0x04034b50)
      .u16(51)
      .u16(flags)
      .u16(method)
      .u16(0)
      .u16(0x21)
      .u32(e.dataDescriptor ? 0 : crc)
      .u32(e.dataDescriptor ? 0 : e.data.length)
      .u32(e.dataDescriptor ? 0 : e.data.length)
      .u16(e.name.length)
      .u16(localExtra.length)
      .bytes(e.name)
      .bytes(localExtra)
      .bytes(e.data);
    if (e.dataDescriptor) body.u32(0x08074b50).u32(crc).u32(e.data.length).u32(e.data.length);
    const comment = e.comment ?? '';
    central
      .u32(0x02014b50)
      .u16(0x033f)
      .u16(51)
      .u16(flags)
      .u16(method)
      .u16(0)
      .u16(0x21)
      .u32(crc)
      .u32(e.data.length)
      .u32(e.data.length)
      .u16(e.name.length)
      .u16(extraBytes.length)
      .u16(comment.length)
      .u16(0)
      .u16(0)
      .u32(0)
      .u32(offset)
      .bytes(e.name)
      .bytes(extraBytes)
      .bytes(comment);
  }
  const cd = central.done();
  const cdStart = body.length;
  body.bytes(cd);
  const comment = options.comment ?? '';
  body.u32(0x06054b50).u16(0).u16(0).u16(entries.length).u16(entries.length).u32(cd.length).u32(cdStart).u16(comment.length).bytes(comment);
  return body.done();
}

/** An AES-256 AE-2 zip with one entry of `size` ciphertext bytes, named as the pane names it. */
export function aesZip(name: string, size = 4096, seed = 7): Uint8Array {
  return buildZip([{ name, data: pseudoRandom(size, seed) }]);
}
