// Pictures as Outlook holds them inline or attached, for the Send check's tests: real PNGs
// (pngjs, the encoder the project already has) and JPEGs laid out as a camera writes them (EXIF
// before the frame header). The Send check reads only their first bytes.
import { PNG } from 'pngjs';
import { pseudoRandom } from './zipBuilder';

/** A real PNG of width × height, white with some noise so its size is realistic. */
export function png(width: number, height: number, seed = 1): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(255);
  const noise = pseudoRandom(Math.min(image.data.length, 64 * 1024), seed);
  image.data.set(noise, 0);
  return new Uint8Array(PNG.sync.write(image));
}

/** A JPEG's headers (EXIF, tables, frame header) for width × height, then `scanBytes` of scan data. */
export function jpeg(width: number, height: number, scanBytes = 200_000): Uint8Array {
  const seg = (marker: number, body: Uint8Array): number[] => [0xff, marker, ((body.length + 2) >> 8) & 0xff, (body.length + 2) & 0xff, ...body];
  const exif = new Uint8Array(20_000).fill(0x45);
  const sof = new Uint8Array([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  const head = [0xff, 0xd8, ...seg(0xe1, exif), ...seg(0xdb, new Uint8Array(65)), ...seg(0xc0, sof), 0xff, 0xda, 0, 2];
  const out = new Uint8Array(head.length + scanBytes + 2);
  out.set(head, 0);
  out.set(pseudoRandom(scanBytes, width * height), head.length);
  out.set([0xff, 0xd9], head.length + scanBytes);
  return out;
}
