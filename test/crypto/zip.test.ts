// Our zip against the receiver's real tools: 7-Zip (7zz) and bsdtar (libarchive).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ZipWriter, Uint8ArrayReader, Uint8ArrayWriter } from '@zip.js/zip.js';
import { CryptoError } from '../../src/crypto/errors';
import { generatePassword } from '../../src/crypto/password';
import { generateReference, neutralNames } from '../../src/crypto/names';
import { assertAllEntriesAes256, compressionLevel, encryptZip, listEntries, MAX_ZIP_BYTES, maxZipSize } from '../../src/crypto/zip';
import { extractWith7zz, extractWithBsdtar, listWith7zz, run, writeZip } from './peers';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'crypto');
const UTF8_NAME = 'Verslag Zoë Çelik – ĳsselmonde 😀.txt';
const ORIGINALS: { label: string; originalName: string; bytes: Uint8Array }[] = [
  { label: 'PDF', originalName: 'Verwijsformulier Jansens Marie.pdf', bytes: readFileSync(path.join(FIXTURES, 'sample.pdf')) },
  { label: 'DOCX', originalName: 'Aanmelding_Peeters_Jan.docx', bytes: readFileSync(path.join(FIXTURES, 'sample.docx')) },
  { label: 'JPEG', originalName: 'foto-brief-Vermeulen.JPG', bytes: readFileSync(path.join(FIXTURES, 'sample.jpg')) },
  { label: 'UTF-8 name', originalName: UTF8_NAME, bytes: new TextEncoder().encode('Zoë woont in de Ĳzerstraat.\n'.repeat(50)) },
];
const NOW = new Date('2026-11-23T10:00:00Z');

describe.each(ORIGINALS)('$label: encrypted, then opened by 7-Zip and bsdtar', ({ originalName, bytes }) => {
  const password = generatePassword();
  const reference = generateReference(NOW);
  const { entryName, zipName } = neutralNames(reference, originalName);
  let zipFile: string;

  beforeAll(async () => {
    const zip = await encryptZip([{ name: entryName, bytes }], password);
    zipFile = writeZip(zip, zipName);
  });

  it('7zz extracts the same bytes', () => {
    const { result, files } = extractWith7zz(zipFile, password);
    expect(result.status).toBe(0);
    expect([...files.keys()]).toEqual([entryName]);
    expect(Buffer.compare(files.get(entryName)!, Buffer.from(bytes))).toBe(0);
  });

  it('bsdtar extracts the same bytes', () => {
    const { result, files } = extractWithBsdtar(zipFile, password);
    expect(result.status).toBe(0);
    expect([...files.keys()]).toEqual([entryName]);
    expect(Buffer.compare(files.get(entryName)!, Buffer.from(bytes))).toBe(0);
  });

  it('7zz l -slt reports AES-256, and no entry name carries anything of the original name', () => {
    const entries = listWith7zz(zipFile, password);
    expect(entries).toHaveLength(1);
    for (const e of entries) {
      expect(e.Method).toMatch(/^AES-256( Deflate| Store)?$/);
      expect(e.Encrypted).toBe('+');
      expect(e.Path).toBe(entryName);
      expect(e.Path).toMatch(/^[\x20-\x7e]+$/);
      const words = originalName.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !/^(pdf|docx|jpg|txt)$/i.test(w));
      for (const word of words) expect(e.Path!.toLowerCase()).not.toContain(word.toLowerCase());
    }
    expect(path.basename(zipFile)).toMatch(/^doorverwijzing-KG-20261123-[0-9A-Z]{6}\.zip$/);
  });

  it('a wrong password is refused by both tools', () => {
    const wrong = generatePassword();
    const seven = extractWith7zz(zipFile, wrong);
    expect(seven.result.status).not.toBe(0);
    expect(seven.result.stdout + seven.result.stderr).toMatch(/Wrong password/i);
    expect(seven.files.get(entryName)?.equals(Buffer.from(bytes)) ?? false).toBe(false);
    const tar = extractWithBsdtar(zipFile, wrong);
    expect(tar.result.status).not.toBe(0);
    expect(tar.files.get(entryName)?.equals(Buffer.from(bytes)) ?? false).toBe(false);
  });
});

describe('tampering', () => {
  it('one flipped byte in the encrypted data makes both tools report an error', async () => {
    const password = generatePassword();
    const bytes = readFileSync(path.join(FIXTURES, 'sample.pdf'));
    const zip = await encryptZip([{ name: 'doorverwijzing-KG-20261123-7K3M9Q.pdf', bytes }], password);
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const dataStart = 30 + view.getUint16(26, true) + view.getUint16(28, true) + 16 + 2; // header, salt, verifier
    const centralDirectory = view.getUint32(zip.length - 22 + 16, true);
    const target = dataStart + 64;
    // Inside the ciphertext: before the 10-byte MAC and whatever follows the data.
    expect(target).toBeLessThan(centralDirectory - 10 - 16);
    const tampered = zip.slice();
    tampered[target] = tampered[target]! ^ 0x01;

    const good = writeZip(zip);
    expect(run('7zz', ['t', `-p${password}`, good]).status).toBe(0);
    const bad = writeZip(tampered);
    const seven = run('7zz', ['t', `-p${password}`, bad]);
    expect(seven.status).not.toBe(0);
    expect(seven.stdout + seven.stderr).toMatch(/ERROR|Data Error|CRC Failed/i);
    const tar = extractWithBsdtar(bad, password);
    expect(tar.result.status).not.toBe(0);
  });
});

describe('entry names', () => {
  it('a UTF-8 entry name survives the round trip through both tools (zip.js sets the UTF-8 flag)', async () => {
    const password = generatePassword();
    const bytes = new TextEncoder().encode('inhoud');
    const zipFile = writeZip(await encryptZip([{ name: UTF8_NAME, bytes }], password));
    expect(extractWith7zz(zipFile, password).files.get(UTF8_NAME)?.toString()).toBe('inhoud');
    expect(extractWithBsdtar(zipFile, password).files.get(UTF8_NAME)?.toString()).toBe('inhoud');
  });

  it('several files in one zip: all AES-256, all extracted', async () => {
    const password = generatePassword();
    const reference = generateReference(NOW);
    const files = ORIGINALS.map((o, i) => ({ name: neutralNames(reference, o.originalName, i + 1).entryName, bytes: o.bytes }));
    const zipFile = writeZip(await encryptZip(files, password));
    expect(listWith7zz(zipFile, password).map((e) => e.Method?.startsWith('AES-256'))).toEqual([true, true, true, true]);
    const { files: out } = extractWithBsdtar(zipFile, password);
    for (const f of files) expect(out.get(f.name)?.equals(Buffer.from(f.bytes))).toBe(true);
  });
});

describe('refusals (coded errors, before anything is encrypted)', () => {
  const file = { name: 'doorverwijzing-KG-20261123-7K3M9Q.pdf', bytes: new Uint8Array([1, 2, 3]) };
  const codeOf = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p;
      return 'resolved';
    } catch (error) {
      return error instanceof CryptoError ? error.code : `not a CryptoError: ${String(error)}`;
    }
  };

  it('empty password (zip.js would write the entry in plain text)', async () => {
    expect(await codeOf(encryptZip([file], ''))).toBe('password-empty');
  });
  it('weak password', async () => {
    expect(await codeOf(encryptZip([file], 'geheim123'))).toBe('password-weak');
  });
  it('non-ASCII password', async () => {
    expect(await codeOf(encryptZip([file], 'ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ'))).toBe('password-not-ascii');
  });
  it('no files', async () => {
    expect(await codeOf(encryptZip([], generatePassword()))).toBe('no-files');
  });
  it('too large for Outlook: refused before encrypting (no progress at all)', async () => {
    const big = { name: 'scan.pdf', bytes: new Uint8Array(MAX_ZIP_BYTES) };
    const progress = jest.fn();
    const started = Date.now();
    let error: unknown;
    try {
      await encryptZip([big], generatePassword(), { onProgress: progress });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CryptoError);
    expect((error as CryptoError).code).toBe('too-large');
    expect((error as CryptoError).details.limit).toBe(MAX_ZIP_BYTES);
    expect(progress).not.toHaveBeenCalled();
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('just under the limit is accepted by the size check', () => {
    const size = MAX_ZIP_BYTES - 10_000;
    expect(maxZipSize([{ name: 'a.pdf', bytes: new Uint8Array(size) }])).toBeLessThanOrEqual(MAX_ZIP_BYTES);
  });
});

describe('compression choice', () => {
  const random = new Uint8Array(300_000).map(() => Math.floor(Math.random() * 256));
  const text = new TextEncoder().encode('Het kind en het gezin worden doorverwezen naar de sociale dienst. '.repeat(5000));
  it('stores what is already compressed, deflates the rest', () => {
    expect(compressionLevel({ name: 'a.jpg', bytes: text })).toBe(0);
    expect(compressionLevel({ name: 'a.docx', bytes: text })).toBe(0);
    expect(compressionLevel({ name: 'scan.pdf', bytes: random })).toBe(0);
    expect(compressionLevel({ name: 'form.pdf', bytes: text })).toBe(5);
    expect(compressionLevel({ name: 'a.txt', bytes: text })).toBe(5);
  });
  it('the stored and deflated zips both open in 7-Zip', async () => {
    const password = generatePassword();
    const zipFile = writeZip(
      await encryptZip(
        [
          { name: 'a.bin', bytes: random },
          { name: 'b.txt', bytes: text },
        ],
        password,
      ),
    );
    const methods = listWith7zz(zipFile, password).map((e) => e.Method);
    expect(methods).toEqual(['AES-256 Store', 'AES-256 Deflate']);
    expect(run('7zz', ['t', `-p${password}`, zipFile]).status).toBe(0);
  });
});

describe('progress and self-check', () => {
  it('reports progress up to the total', async () => {
    const calls: [number, number][] = [];
    const bytes = new Uint8Array(3_000_000).map((_, i) => i % 251);
    await encryptZip([{ name: 'a.bin', bytes }], generatePassword(), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.at(-1)).toEqual([3_000_000, 3_000_000]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
  });

  it('assertAllEntriesAes256 refuses a zip with a plaintext entry', async () => {
    const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false });
    await writer.add('plain.txt', new Uint8ArrayReader(new TextEncoder().encode('plain')));
    const plain = await writer.close();
    expect(listEntries(plain)).toEqual([{ name: 'plain.txt', method: expect.any(Number), encrypted: false, aesStrength: null }]);
    expect(() => assertAllEntriesAes256(plain)).toThrow(CryptoError);
  });

  it('the zip has no comment', async () => {
    const zip = await encryptZip([{ name: 'a.txt', bytes: new Uint8Array([65]) }], generatePassword());
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(zip.length - 22, true)).toBe(0x06054b50);
    expect(view.getUint16(zip.length - 2, true)).toBe(0);
  });
});
