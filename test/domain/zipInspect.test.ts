// The zip inspector against real zips: ours (zip.js through src/crypto/zip.ts), 7-Zip's
// "zip + AES-256" and ZipCrypto, plain zips, and damaged ones. It never needs the password.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspectZip } from '../../src/domain';
import { neutralNames } from '../../src/crypto/names';
import { encryptZip } from '../../src/crypto/zip';
import { run, tempDir } from '../crypto/peers';
import { buildZip, ntfsExtra, pseudoRandom } from '../onsend/zipBuilder';
import { looksLikeCiphertext } from '../../src/domain/entropy';

const REF = 'KG-20260302-7K3M9Q';
const PASSWORD = 'K7QM-94TX-HB2R-8WZD';
const FORM = new TextEncoder().encode('%PDF-1.4\n% referral form of a client\n'.repeat(200));

/** A zip made by 7-Zip from files named `names`, with `args` (e.g. -mem=AES256). */
function sevenZip(names: readonly string[], args: readonly string[]): Uint8Array {
  const dir = tempDir('inspect-7zz-');
  for (const n of names) writeFileSync(path.join(dir, n), FORM);
  const out = path.join(dir, 'out.zip');
  const r = run('7zz', ['a', '-tzip', ...args, out, ...names], dir);
  if (r.status !== 0) throw new Error(`7zz failed: ${r.stdout}${r.stderr}`);
  return new Uint8Array(readFileSync(out));
}

let ours: Uint8Array;
beforeAll(async () => {
  const { entryName } = neutralNames(REF, 'Verwijsformulier Jan.pdf');
  ours = await encryptZip([{ name: entryName, bytes: FORM }], PASSWORD);
}, 60_000);

describe('inspectZip on real zips', () => {
  it("passes the add-in's own zip (zip.js, AES-256 AE-2, data descriptor), names included", () => {
    expect(inspectZip(ours, { reference: REF })).toEqual({
      entries: [{ name: `doorverwijzing-${REF}.pdf`, method: 99, encrypted: true, aesStrength: 3, aesVersion: 2 }],
      problems: [],
    });
  });

  it("passes 7-Zip's zip + AES-256 (other extra fields, no data descriptor)", () => {
    const zip = sevenZip([`doorverwijzing-${REF}.pdf`, `doorverwijzing-${REF}-2.jpg`], ['-mem=AES256', `-p${PASSWORD}`]);
    expect(inspectZip(zip, { reference: REF }).problems).toEqual([]);
  });

  it('refuses 7-Zip ZipCrypto and a plain zip, and names a client in an entry name', () => {
    expect(inspectZip(sevenZip([`doorverwijzing-${REF}.pdf`], ['-mem=ZipCrypto', `-p${PASSWORD}`]), { reference: REF }).problems).toEqual(['not-aes256']);
    expect(inspectZip(sevenZip(['Verwijsformulier Jan Peeters.pdf'], []), { reference: REF }).problems).toEqual(['not-encrypted', 'entry-name']);
    expect(inspectZip(sevenZip(['Verwijsformulier Jan Peeters.pdf'], ['-mem=AES256', `-p${PASSWORD}`]), { reference: REF }).problems).toEqual(['entry-name']);
  });

  it('refuses AES-128, AE-1, and a plaintext entry next to an encrypted one', () => {
    const name = `doorverwijzing-${REF}.pdf`;
    expect(inspectZip(buildZip([{ name, data: pseudoRandom(100, 1), aesStrength: 1 }])).problems).toEqual(['not-aes256']);
    expect(inspectZip(buildZip([{ name, data: pseudoRandom(100, 1), aesVersion: 1 }])).problems).toEqual(['not-aes256']);
    expect(
      inspectZip(
        buildZip([
          { name, data: pseudoRandom(100, 1) },
          { name: `doorverwijzing-${REF}-2.txt`, data: FORM, kind: 'plain' },
        ]),
      ).problems,
    ).toEqual(['not-encrypted']);
  });

  it('refuses what would travel readable: a zip comment, an entry comment, bytes before the first entry', () => {
    const name = `doorverwijzing-${REF}.pdf`;
    expect(inspectZip(buildZip([{ name, data: pseudoRandom(100, 1) }], { comment: 'Jan Peeters' })).problems).toEqual(['comment']);
    expect(inspectZip(buildZip([{ name, data: pseudoRandom(100, 1), comment: 'Jan' }])).problems).toEqual(['comment']);
    expect(inspectZip(buildZip([{ name, data: pseudoRandom(100, 1) }], { prefix: FORM })).problems).toEqual(['unexpected-data']);
  });

  it('an entry name is neutral only for the reference of this referral', () => {
    expect(inspectZip(ours, { reference: 'KG-20260302-AAAAAA' }).problems).toEqual(['entry-name']);
    expect(inspectZip(ours).problems).toEqual([]);
  });

  it('never throws on damaged input: every truncation and every single flipped byte of the headers yields a verdict', () => {
    for (let n = 0; n < ours.length; n += Math.max(1, Math.floor(ours.length / 300))) {
      const r = inspectZip(ours.subarray(0, n));
      expect(r.problems.length).toBeGreaterThan(0);
    }
    const headerBytes = [...Array(60).keys(), ...Array.from({ length: 120 }, (_, i) => ours.length - 1 - i)];
    let refused = 0;
    for (const at of headerBytes) {
      const flipped = ours.slice();
      flipped[at] = (flipped[at] as number) ^ 0xff;
      const r = inspectZip(flipped, { reference: REF });
      if (r.problems.length > 0) refused++;
    }
    // Most header bytes matter; a few (times, CRC of an AE-2 entry, version made by) carry nothing.
    expect(refused).toBeGreaterThan(headerBytes.length / 2);
  });

  it("passes 7-Zip's NTFS times (0x000a, -mtc=on) in the central header", () => {
    const zip = sevenZip([`doorverwijzing-${REF}.pdf`], ['-mem=AES256', '-mtc=on', `-p${PASSWORD}`]);
    expect(inspectZip(zip, { reference: REF }).problems).toEqual([]);
  });

  it('refuses what is not a zip at all', () => {
    expect(inspectZip(new Uint8Array(0)).problems).toEqual(['not-a-zip']);
    expect(inspectZip(FORM).problems).toEqual(['not-a-zip']);
  });
});

describe('inspectZip: the zip verified by its content, not its headers', () => {
  const name = `doorverwijzing-${REF}.pdf`;
  const text = (n: number) => FORM.subarray(0, n);

  it('refuses AES-256 AE-2 headers over plaintext data (readable-data), in any entry, at any size', () => {
    expect(inspectZip(buildZip([{ name, data: FORM }]), { reference: REF }).problems).toEqual(['readable-data']);
    for (const n of [64, 100, 500, 1024, 3000, FORM.length]) expect(inspectZip(buildZip([{ name, data: text(n) }])).problems).toEqual(['readable-data']);
    const second = buildZip([
      { name, data: pseudoRandom(5000, 3) },
      { name: `doorverwijzing-${REF}-2.pdf`, data: FORM, dataDescriptor: true },
    ]);
    expect(inspectZip(second, { reference: REF }).problems).toEqual(['readable-data']);
  });

  it('refuses a ciphertext entry with a readable part at its start or its end, where file formats keep their headers', () => {
    for (const at of [0, 50_000 - 1024]) {
      const data = pseudoRandom(50_000, 11);
      data.set(text(1024), at);
      expect(inspectZip(buildZip([{ name, data }])).problems).toEqual(['readable-data']);
    }
    // UTF-16 text (half zero bytes) and a run of one byte are not ciphertext either.
    const utf16 = new Uint8Array(2048).map((_, i) => (i % 2 ? 0 : 97 + (i % 26)));
    expect(inspectZip(buildZip([{ name, data: utf16 }])).problems).toEqual(['readable-data']);
    expect(inspectZip(buildZip([{ name, data: new Uint8Array(4096) }])).problems).toEqual(['readable-data']);
  });

  it('passes random data of every size from the bare 28 bytes of AES overhead to megabytes (no false alarm)', () => {
    for (let n = 28; n < 6000; n += 7) expect(looksLikeCiphertext(pseudoRandom(n, n))).toBe(true);
    for (let seed = 1; seed <= 300; seed++) expect(looksLikeCiphertext(pseudoRandom(4096, seed * 7919))).toBe(true);
    expect(inspectZip(buildZip([{ name, data: pseudoRandom(2_000_000, 5) }]), { reference: REF }).problems).toEqual([]);
  });

  it('allows only the extra fields zip.js and 7-Zip write, each once, with its exact size', () => {
    const with_ = (...extra: Parameters<typeof buildZip>[0][number]['extra'][]) =>
      inspectZip(buildZip([{ name, data: pseudoRandom(3000, 2), extra: extra.flatMap((e) => e ?? []) }]), { reference: REF }).problems;
    expect(with_([ntfsExtra()])).toEqual([]);
    expect(with_([{ ...ntfsExtra(), where: 'both' }])).toEqual([]);
    // 300 bytes of plaintext in a field that is allowed, in one that is not, in either header.
    const plaintext = text(300);
    expect(with_([{ id: 0x000a, data: plaintext }])).toEqual(['unexpected-data']);
    expect(with_([{ id: 0x000a, data: plaintext, where: 'local' }])).toEqual(['unexpected-data']);
    expect(with_([{ id: 0x000a, data: plaintext, where: 'central' }])).toEqual(['unexpected-data']);
    expect(with_([{ id: 0x5455, data: plaintext }])).toEqual(['unexpected-data']);
    expect(with_([{ id: 0x6375, data: plaintext }])).toEqual(['unexpected-data']);
    // Right id and size, wrong content: 7-Zip's NTFS field holds three times, nothing else.
    expect(with_([{ id: 0x000a, data: text(32), where: 'central' }])).toEqual(['unexpected-data']);
    const notTimes = ntfsExtra([0x4a616e20, 0x50656574, 0x65727321]);
    expect(with_([notTimes])).toEqual(['unexpected-data']);
    // The harmless fields of other writers are refused too: they are not what we write.
    expect(with_([{ id: 0x5455, data: new Uint8Array([3, 1, 2, 3, 4]) }])).toEqual(['unexpected-data']);
    expect(with_([{ id: 0x7875, data: new Uint8Array([1, 4, 0, 0, 0, 0, 4, 0, 0, 0, 0]) }])).toEqual(['unexpected-data']);
    expect(with_([{ id: 0x0001, data: new Uint8Array(16) }])).toEqual(['unexpected-data']);
    // A second AES field, or NTFS twice.
    const aes = new Uint8Array([2, 0, 0x41, 0x45, 3, 0, 0]);
    expect(with_([{ id: 0x9901, data: aes }])).toEqual(['unexpected-data']);
    expect(with_([ntfsExtra(), ntfsExtra()])).toEqual(['unexpected-data']);
  });

  it('refuses a CRC under AE-2 (it stores none), where 4 bytes could travel', () => {
    expect(inspectZip(buildZip([{ name, data: pseudoRandom(3000, 2), crc: 0x4a616e21 }])).problems).toEqual(['unexpected-data']);
  });

  it('bounds the entry-name suffix to -2 … -99: a number such as a national register number cannot hide there', () => {
    const names = (suffix: string) =>
      inspectZip(buildZip([{ name: `doorverwijzing-${REF}${suffix}.pdf`, data: pseudoRandom(500, 4) }]), { reference: REF }).problems;
    for (const ok of ['', '-2', '-9', '-10', '-42', '-99']) expect(names(ok)).toEqual([]);
    for (const bad of ['-85073003328', '-100', '-1', '-0', '-02', '-2-3', '-']) expect(names(bad)).toEqual(['entry-name']);
  });

  it('finishes in well under 200 ms on a zip whose entry name is the longest a zip can hold, and on 2 MB of data', () => {
    const longName = buildZip([{ name: `doorverwijzing-${REF}${'-85073003328'.repeat(5000)}.pdf`, data: pseudoRandom(2_000_000, 9) }]);
    const started = performance.now();
    expect(inspectZip(longName, { reference: REF }).problems).toEqual(['entry-name']);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
