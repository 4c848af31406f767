// Draws the add-in icon (an envelope with a padlock) at every size the manifest and the
// admin center use, and writes assets/icon-<size>.png. Run: `npx tsx scripts/make-icons.ts`.
// The icons are committed; run this again only when the design changes.
//
// The shapes are described in a unit square and sampled 4x4 per pixel, so the small sizes
// stay recognisable instead of turning into jagged blobs.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];

// Kind en Gezin-ish: a warm pink-red field, white envelope, dark blue padlock.
const PINK: Rgb = [0xd5, 0x1f, 0x5c];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const NAVY: Rgb = [0x1b, 0x2f, 0x5b];

type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const background = roundedRect(0.02, 0.02, 0.98, 0.98, 0.2);
const envelope = roundedRect(0.12, 0.22, 0.8, 0.7, 0.04);
const flap: Shape = (x, y) => Math.min(segmentDistance(x, y, 0.12, 0.24, 0.46, 0.5), segmentDistance(x, y, 0.46, 0.5, 0.8, 0.24)) < 0.035;

// Padlock in the lower right, drawn over the envelope's corner.
const LOCK_X = 0.72;
function shackle(grow: number): Shape {
  return (x, y) => {
    const d = Math.hypot(x - LOCK_X, y - 0.6);
    return y <= 0.62 && d <= 0.135 + grow && d >= 0.075 - grow;
  };
}
function lockBody(grow: number): Shape {
  return roundedRect(0.55 - grow, 0.6 - grow, 0.89 + grow, 0.9 + grow, 0.04 + grow);
}
const keyhole: Shape = (x, y) => Math.hypot(x - LOCK_X, y - 0.71) <= 0.04 || (Math.abs(x - LOCK_X) <= 0.017 && y >= 0.71 && y <= 0.81);

/** Later layers paint over earlier ones; undefined means transparent. */
const layers: ReadonlyArray<readonly [Shape, Rgb]> = [
  [background, PINK],
  [envelope, WHITE],
  [flap, PINK],
  // A pink halo separates the padlock from the envelope at small sizes.
  [(x, y) => shackle(0.04)(x, y) || lockBody(0.04)(x, y), PINK],
  [(x, y) => shackle(0)(x, y) || lockBody(0)(x, y), NAVY],
  [keyhole, WHITE],
];

function sample(x: number, y: number): Rgb | undefined {
  let colour: Rgb | undefined;
  for (const [shape, rgb] of layers) if (shape(x, y)) colour = rgb;
  return colour;
}

export function renderIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      // Colour is averaged over the covered samples only, so edges fade out instead of darkening.
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((255 * covered) / (n * n));
    }
  }
  return PNG.sync.write(png);
}

function main(): void {
  const outDir = path.resolve(process.argv[2] ?? 'assets');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

main();
