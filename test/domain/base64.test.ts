import { randomBytes } from 'node:crypto';
import { base64ToBytes, bytesToBase64 } from '../../src/domain/base64';

describe('base64', () => {
  it('matches Node for every length around the chunk boundaries', () => {
    for (const length of [0, 1, 2, 3, 4, 3071, 3072, 3073, 6145]) {
      const bytes = new Uint8Array(randomBytes(length));
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(Buffer.from(base64ToBytes(encoded)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('encodes 25 MB without exhausting the stack', () => {
    const bytes = new Uint8Array(25 * 1024 * 1024);
    bytes[bytes.length - 1] = 0xff;
    const encoded = bytesToBase64(bytes);
    expect(encoded.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(encoded.endsWith('/w==')).toBe(true);
  });

  it('decodes 25 MB straight to bytes, without atob (classic Outlook has none)', () => {
    const bytes = new Uint8Array(randomBytes(25 * 1024 * 1024));
    const encoded = Buffer.from(bytes).toString('base64');
    const saved = globalThis.atob;
    // @ts-expect-error: removed on purpose, as in classic Outlook's JavaScript-only runtime
    delete globalThis.atob;
    try {
      expect(Buffer.from(base64ToBytes(encoded)).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      globalThis.atob = saved;
    }
  });

  it.each([0, 1, 2, 3, 4, 5, 255, 1000])('decodes %i random bytes as Node does, with or without padding and line breaks', (n) => {
    const bytes = randomBytes(n);
    const b64 = bytes.toString('base64');
    expect(Buffer.from(base64ToBytes(b64)).equals(bytes)).toBe(true);
    expect(Buffer.from(base64ToBytes(b64.replace(/=+$/, ''))).equals(bytes)).toBe(true);
    expect(Buffer.from(base64ToBytes(b64.replace(/(.{8})/g, '$1\r\n'))).equals(bytes)).toBe(true);
  });

  it('refuses what is not base64 rather than guessing', () => {
    expect(() => base64ToBytes('ab$d')).toThrow();
    expect(() => base64ToBytes('abcde')).toThrow();
    expect(() => base64ToBytes('ab\u0100d')).toThrow();
  });

  it('tolerates line breaks in input and throws on garbage', () => {
    expect(Array.from(base64ToBytes('AAEC\r\nAw=='))).toEqual([0, 1, 2, 3]);
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});
