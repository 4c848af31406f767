import { randomBytes } from 'node:crypto';
import { decodeBase64, installAtob } from '../../src/onsend/atob';

describe('the atob stand-in for classic Outlook', () => {
  it.each([0, 1, 2, 3, 4, 5, 255, 1000])('decodes %i random bytes as the web atob does', (n) => {
    const bytes = randomBytes(n);
    const b64 = bytes.toString('base64');
    expect(decodeBase64(b64)).toBe(atob(b64));
    expect(decodeBase64(b64.replace(/(.{8})/g, '$1\r\n'))).toBe(bytes.toString('latin1'));
  });

  it('refuses what is not base64', () => {
    expect(() => decodeBase64('ab$d')).toThrow();
    expect(() => decodeBase64('abcde')).toThrow();
  });

  it('is installed only where atob is missing', () => {
    const bare: { atob?: (s: string) => string } = {};
    installAtob(bare);
    expect(bare.atob).toBe(decodeBase64);
    const own = (s: string) => s;
    const web = { atob: own };
    installAtob(web);
    expect(web.atob).toBe(own);
  });
});
