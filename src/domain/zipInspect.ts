// The zip inspector: what a zip's own bytes say about it, without a password. The one check, on
// bytes, that a referral's zip is what the protocols require (art. 6: AES-256, opened with 7-Zip)
// and carries nothing readable: the pane re-checks what zip.js wrote with it (src/crypto/zip.ts),
// and the Send check runs it on the zip in the mail, so hand-set headers over a plaintext zip do
// not pass.
//
// What the format leaves readable is exactly what is checked: entry names, comments, extra fields,
// and any bytes outside the entries. The contents stay encrypted and are never decrypted; samples
// of each entry's data are tested for looking like ciphertext (src/domain/entropy.ts), so that
// headers saying "AES-256" over readable data do not pass.
//
// Invariants:
// - Pure and ES2016 (the Send bundle runs it in classic Outlook's JavaScript-only runtime); never
//   throws on any input: a damaged or hostile zip yields problems, not an exception.
// - Reads the central directory, every local header and at most 8 KiB of each entry's data:
//   linear in the number of entries, not in the size of the zip.
// - Every byte of the file belongs to a local header, entry data, a data descriptor, the central
//   directory or the end record; anything else is 'unexpected-data' (it would travel in the clear).
// - An entry passes only as WinZip AES-256, AE-2 (method 99, extra field 0x9901 with vendor "AE",
//   version 2, strength 3), encrypted in both its local and central headers, as 7-Zip's
//   "zip + AES-256" and zip.js with encryptionStrength 3 write it, with data that looks like
//   ciphertext and a CRC of 0 (AE-2 stores none).
// - Only the extra fields those two write are allowed, each once and with its exact size (what
//   `npm run encrypt` and 7-Zip 26 write, checked in test/domain/zipInspect.test.ts):
//   0x9901 (AES, 7 bytes) in both headers, as zip.js writes it (extendedTimestamp: false);
//   0x000a (NTFS times, 32 bytes: one tag 0x0001 of three plausible FILETIMEs) as 7-Zip adds it.
//   Anything else (0x5455, 0x7875, zip64, a vendor's field) could carry readable bytes.
import { looksLikeCiphertext } from './entropy';
import { isEntryNameFor } from './formats';

export const ZIP_PROBLEMS = [
  /** No end of central directory, a header out of bounds, a zip64 or multi-disk archive. */
  'not-a-zip',
  /** Bytes outside the entries, an unknown extra field, local and central headers that disagree. */
  'unexpected-data',
  /** The zip or an entry has a comment: comments are never encrypted. */
  'comment',
  /** An entry is stored or compressed in the clear. */
  'not-encrypted',
  /** An entry is encrypted, but not as WinZip AES-256 AE-2 (ZipCrypto, AES-128/192, AE-1, strong encryption). */
  'not-aes256',
  /** An entry's headers say AES-256, but its data does not look like ciphertext (readable data under an AES header). */
  'readable-data',
  /** An entry name is not the neutral name for the referral's reference. */
  'entry-name',
] as const;
export type ZipProblem = (typeof ZIP_PROBLEMS)[number];

export type ZipEntry = {
  readonly name: string;
  /** The compression method in the central header: 99 for WinZip AES. */
  readonly method: number;
  readonly encrypted: boolean;
  /** From the 0x9901 extra field: 1, 2 or 3 (AES-128/192/256), null when absent. */
  readonly aesStrength: number | null;
  /** From the 0x9901 extra field: 1 (AE-1) or 2 (AE-2), null when absent. */
  readonly aesVersion: number | null;
};

export type ZipInspection = { readonly entries: readonly ZipEntry[]; readonly problems: readonly ZipProblem[] };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_DESCRIPTOR = 0x08074b50;
const METHOD_AES = 99;
const EXTRA_AES = 0x9901;
const EXTRA_AES_SIZE = 7;
const EXTRA_NTFS = 0x000a;
const EXTRA_NTFS_SIZE = 32;
/** The compression methods an AES entry may name in its 0x9901 field (store, deflate, deflate64, bzip2, LZMA, zstd, xz, PPMd). */
const INNER_METHODS = [0, 8, 9, 12, 14, 93, 95, 98];
/** The high 32 bits of a FILETIME on 1980-01-01 and 2108-01-01: the times a zip can carry. */
const FILETIME_HIGH_MIN = 0x01a8e79f;
const FILETIME_HIGH_MAX = 0x023868b8;
/** Salt (16 bytes for AES-256), password verifier (2) and authentication code (10). */
const AES256_OVERHEAD = 28;

type Extra = { readonly ok: boolean; readonly aesStrength: number | null; readonly aesVersion: number | null; readonly aesVendor: boolean };

class Reader {
  constructor(private readonly bytes: Uint8Array) {}
  has(offset: number, length: number): boolean {
    return offset >= 0 && length >= 0 && offset + length <= this.bytes.length;
  }
  u16(offset: number): number {
    return (this.bytes[offset] as number) | ((this.bytes[offset + 1] as number) << 8);
  }
  u32(offset: number): number {
    return (this.u16(offset) + this.u16(offset + 2) * 0x10000) >>> 0;
  }
  /** File names as Latin-1 code units: a neutral name is ASCII, anything else fails the name rule anyway. */
  text(offset: number, length: number): string {
    let s = '';
    for (let i = offset; i < offset + length; i++) s += String.fromCharCode(this.bytes[i] as number);
    return s;
  }
}

/** 7-Zip's NTFS field: reserved 0, then one tag 0x0001 of 24 bytes holding three times, each 0 or between 1980 and 2108. */
function ntfsTimesOnly(r: Reader, p: number): boolean {
  if (r.u32(p) !== 0 || r.u16(p + 4) !== 1 || r.u16(p + 6) !== 24) return false;
  for (let t = p + 8; t < p + 32; t += 8) {
    const low = r.u32(t);
    const high = r.u32(t + 4);
    if ((low !== 0 || high !== 0) && (high < FILETIME_HIGH_MIN || high > FILETIME_HIGH_MAX)) return false;
  }
  return true;
}

function readExtra(r: Reader, offset: number, length: number): Extra {
  let aesStrength: number | null = null;
  let aesVersion: number | null = null;
  let aesVendor = false;
  let ok = true;
  let seenAes = false;
  let seenNtfs = false;
  let p = offset;
  while (p < offset + length) {
    if (p + 4 > offset + length) return { ok: false, aesStrength, aesVersion, aesVendor };
    const id = r.u16(p);
    const size = r.u16(p + 2);
    if (p + 4 + size > offset + length) return { ok: false, aesStrength, aesVersion, aesVendor };
    if (id === EXTRA_AES && size === EXTRA_AES_SIZE && !seenAes) {
      seenAes = true;
      aesVersion = r.u16(p + 4);
      aesVendor = r.u16(p + 6) === 0x4541; // "AE"
      aesStrength = r.text(p + 8, 1).charCodeAt(0);
      if (INNER_METHODS.indexOf(r.u16(p + 9)) < 0) ok = false;
    } else if (id === EXTRA_NTFS && size === EXTRA_NTFS_SIZE && !seenNtfs) {
      seenNtfs = true;
      if (!ntfsTimesOnly(r, p + 4)) ok = false;
    } else {
      // Unknown, repeated, or of another size than the writer gives it: room for readable bytes.
      ok = false;
    }
    p += 4 + size;
  }
  return { ok, aesStrength, aesVersion, aesVendor };
}

type Central = {
  readonly entry: ZipEntry;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
  readonly aesVendor: boolean;
};

const isAe2 = (c: Central): boolean =>
  c.entry.encrypted && (c.flags & 0x40) === 0 && c.entry.method === METHOD_AES && c.entry.aesStrength === 3 && c.entry.aesVersion === 2 && c.aesVendor;

function endRecord(r: Reader, size: number): number {
  // The end record is the last 22 bytes when the zip has no comment; a comment is refused anyway,
  // but is searched for so that the problem is named rightly.
  for (let at = size - 22; at >= 0 && at >= size - 22 - 0xffff; at--) {
    if (r.u32(at) === SIG_END && at + 22 + r.u16(at + 20) === size) return at;
  }
  return -1;
}

/**
 * Inspects a zip. With `reference`, every entry must carry the neutral name the add-in gives
 * files of that referral (`doorverwijzing-<reference>.<ext>`, src/domain/formats.ts).
 */
export function inspectZip(bytes: Uint8Array, options: { readonly reference?: string } = {}): ZipInspection {
  const problems: ZipProblem[] = [];
  const add = (p: ZipProblem): void => {
    if (problems.indexOf(p) < 0) problems.push(p);
  };
  const notAZip = (): ZipInspection => ({ entries: [], problems: ['not-a-zip'] });
  const r = new Reader(bytes);
  const end = endRecord(r, bytes.length);
  if (end < 0) return notAZip();

  const disk = r.u16(end + 4);
  const cdDisk = r.u16(end + 6);
  const onDisk = r.u16(end + 8);
  const count = r.u16(end + 10);
  const cdSize = r.u32(end + 12);
  const cdStart = r.u32(end + 16);
  if (r.u16(end + 20) > 0) add('comment');
  // Multi-disk and zip64 archives: nothing the add-in or 7-Zip writes for a referral.
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count || count === 0xffff || cdStart === 0xffffffff || cdSize === 0xffffffff) return notAZip();
  if (count === 0 || cdStart + cdSize !== end) return notAZip();

  const centrals: Central[] = [];
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    if (!r.has(p, 46) || r.u32(p) !== SIG_CENTRAL) return notAZip();
    const flags = r.u16(p + 8);
    const method = r.u16(p + 10);
    const crc = r.u32(p + 16);
    const compressedSize = r.u32(p + 20);
    const uncompressedSize = r.u32(p + 24);
    const nameLength = r.u16(p + 28);
    const extraLength = r.u16(p + 30);
    const commentLength = r.u16(p + 32);
    const localOffset = r.u32(p + 42);
    if (!r.has(p + 46, nameLength + extraLength + commentLength) || compressedSize === 0xffffffff || localOffset === 0xffffffff) return notAZip();
    const extra = readExtra(r, p + 46 + nameLength, extraLength);
    if (!extra.ok) add('unexpected-data');
    if (commentLength > 0) add('comment');
    centrals.push({
      entry: { name: r.text(p + 46, nameLength), method, encrypted: (flags & 1) === 1, aesStrength: extra.aesStrength, aesVersion: extra.aesVersion },
      flags,
      crc,
      compressedSize,
      uncompressedSize,
      localOffset,
      aesVendor: extra.aesVendor,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (p !== end) add('unexpected-data');

  // Local headers, in file order: together with their data they must fill [0, cdStart) exactly.
  let cursor = 0;
  const byOffset = centrals.slice().sort((a, b) => a.localOffset - b.localOffset);
  for (const c of byOffset) {
    const at = c.localOffset;
    if (!r.has(at, 30) || r.u32(at) !== SIG_LOCAL) return { entries: centrals.map((x) => x.entry), problems: ['not-a-zip'] };
    if (at !== cursor) add('unexpected-data');
    const flags = r.u16(at + 6);
    const method = r.u16(at + 8);
    const nameLength = r.u16(at + 26);
    const extraLength = r.u16(at + 28);
    if (!r.has(at + 30, nameLength + extraLength)) return { entries: centrals.map((x) => x.entry), problems: ['not-a-zip'] };
    const extra = readExtra(r, at + 30 + nameLength, extraLength);
    if (!extra.ok) add('unexpected-data');
    if (r.text(at + 30, nameLength) !== c.entry.name || method !== c.entry.method || (flags & 1) !== (c.flags & 1)) add('unexpected-data');
    if ((flags & 1) === 0) add('not-encrypted');
    else if (method !== METHOD_AES || extra.aesStrength !== 3 || extra.aesVersion !== 2 || !extra.aesVendor) add('not-aes256');
    const dataStart = at + 30 + nameLength + extraLength;
    let next = dataStart + c.compressedSize;
    // The local header's CRC and sizes: those of the central header, or zeros when a data
    // descriptor follows (zip.js); nothing else, so they cannot carry anything of their own.
    const localCrc = r.u32(at + 14);
    const localCompressed = r.u32(at + 18);
    const localUncompressed = r.u32(at + 22);
    const descriptor = (flags & 8) !== 0;
    const sameAsCentral = localCrc === c.crc && localCompressed === c.compressedSize && localUncompressed === c.uncompressedSize;
    if (!sameAsCentral && !(descriptor && localCrc === 0 && localCompressed === 0 && localUncompressed === 0)) add('unexpected-data');
    if (descriptor) {
      // Data descriptor (zip.js writes one): optional signature, CRC, sizes.
      const signed = r.has(next, 4) && r.u32(next) === SIG_DESCRIPTOR;
      const base = signed ? next + 4 : next;
      if (!r.has(base, 12) || r.u32(base) !== c.crc || r.u32(base + 4) !== c.compressedSize || r.u32(base + 8) !== c.uncompressedSize) add('unexpected-data');
      next = base + 12;
    }
    if (next > cdStart) return { entries: centrals.map((x) => x.entry), problems: ['not-a-zip'] };
    // AE-2 stores no CRC; its data is salt, verifier, ciphertext and MAC, all random to the eye.
    if (isAe2(c)) {
      if (c.crc !== 0) add('unexpected-data');
      if (!looksLikeCiphertext(bytes, dataStart, dataStart + c.compressedSize)) add('readable-data');
    }
    cursor = next;
  }
  if (cursor !== cdStart) add('unexpected-data');

  for (const c of centrals) {
    const e = c.entry;
    // Bit 6 is PKWARE strong encryption; everything but WinZip AES-256 AE-2 is refused.
    if (!e.encrypted) add('not-encrypted');
    else if (!isAe2(c) || c.compressedSize < AES256_OVERHEAD) add('not-aes256');
    if (options.reference !== undefined && !isEntryNameFor(e.name, options.reference)) add('entry-name');
  }
  return { entries: centrals.map((c) => c.entry), problems: ZIP_PROBLEMS.filter((z) => problems.indexOf(z) >= 0) };
}
