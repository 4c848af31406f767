import { CryptoError } from '../../src/crypto/errors';
import { brusselsDay } from '../../src/domain/dates';
import { generateReference, isReference, neutralNames, safeExtension } from '../../src/crypto/names';
import type { FillRandom } from '../../src/crypto/random';

const zeros: FillRandom = (b) => b.fill(0);

describe('generateReference', () => {
  it('is KG-<day in Brussels>-<6 Crockford symbols>', () => {
    expect(generateReference(new Date('2026-11-23T10:00:00Z'), zeros)).toBe('KG-20261123-000000');
    expect(generateReference(new Date('2026-11-23T10:00:00Z'))).toMatch(/^KG-20261123-[0-9A-HJKMNP-TV-Z]{6}$/);
  });
  it('uses the Belgian calendar day, not UTC', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Brussels (UTC+1); 22:30 UTC on 30 June is 00:30 (UTC+2).
    expect(brusselsDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(brusselsDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(brusselsDay(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
  it('is recognised by isReference, and only references are', () => {
    expect(isReference(generateReference())).toBe(true);
    expect(isReference('KG-20261123-ILOU00')).toBe(false);
    expect(isReference('Jansens')).toBe(false);
  });
});

describe('neutralNames', () => {
  const ref = 'KG-20261123-7K3M9Q';
  it.each([
    ['Verwijsformulier Jansens Marie.pdf', 'pdf'],
    ['aanmelding.DOCX', 'docx'],
    ['foto.jpeg', 'jpeg'],
    ['C:\\Users\\kg\\Peeters.Jan', 'bin'],
    ['no-extension', 'bin'],
    ['.pdf', 'bin'],
    ['Zoë Çelik.pdf', 'pdf'],
  ])('%s -> .%s', (original, ext) => {
    expect(safeExtension(original)).toBe(ext);
    expect(neutralNames(ref, original)).toEqual({
      entryName: `doorverwijzing-${ref}.${ext}`,
      zipName: `doorverwijzing-${ref}.zip`,
    });
  });
  it('numbers further files in the same zip', () => {
    expect(neutralNames(ref, 'b.pdf', 2).entryName).toBe(`doorverwijzing-${ref}-2.pdf`);
  });
  it('refuses anything but a reference (so a client name cannot slip in as one)', () => {
    expect(() => neutralNames('Jansens', 'a.pdf')).toThrow(CryptoError);
    try {
      neutralNames('Jansens', 'a.pdf');
    } catch (e) {
      expect((e as CryptoError).code).toBe('bad-reference');
    }
  });
});
