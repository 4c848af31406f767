// The zip inspector against real zips: ours (zip.js through src/crypto/zip.ts), 7-Zip's
// "zip + AES-256" and ZipCrypto, plain zips, and damaged ones. It never needs the password.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspectZip } from '../../src/domain';
import { neutralNames } from '../../src/crypto/names';
import { encryptZip } from '../../src/crypto/zip';
import { run, tempDir } from '../crypto/peers';
import { buildZip, pseudoRandom } from '../onsend/zipBuilder';

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

  it('refuses what is not a zip at all', () => {
    expect(inspectZip(new Uint8Array(0)).problems).toEqual(['not-a-zip']);
    expect(inspectZip(FORM).problems).toEqual(['not-a-zip']);
  });
});
