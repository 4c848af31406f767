import { createHash, randomBytes } from 'node:crypto';
import { sha256, sha256Hex, toHex } from '../../src/domain/sha256';

const nodeHex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  // Every length around the block and padding boundaries: 55/56 bytes decide one or two tail blocks.
  it.each([1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 191, 200, 1000])('matches node:crypto for %i bytes', (n) => {
    const data = new Uint8Array(randomBytes(n));
    expect(sha256Hex(data)).toBe(nodeHex(data));
  });

  it('matches node:crypto on 1 MB (and on a view into a larger buffer)', () => {
    const big = new Uint8Array(randomBytes(1024 * 1024 + 37));
    expect(sha256Hex(big)).toBe(nodeHex(big));
    const view = big.subarray(5, 5 + 1024 * 1024);
    expect(sha256Hex(view)).toBe(nodeHex(view));
  });

  it('tells inputs one bit apart', () => {
    const data = new Uint8Array(randomBytes(4096));
    const flipped = data.slice();
    flipped[2048] = (flipped[2048] as number) ^ 1;
    expect(sha256Hex(flipped)).not.toBe(sha256Hex(data));
    expect(sha256Hex(flipped)).toBe(nodeHex(flipped));
  });

  it('does not change its input and returns 32 bytes', () => {
    const data = new Uint8Array(randomBytes(70));
    const copy = data.slice();
    expect(sha256(data)).toHaveLength(32);
    expect(data).toEqual(copy);
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });
});
