/**
 * `npx tsx scripts/make-icons.ts`: draws focal's app icons once (public/icons/icon-192.png and
 * icon-512.png; the PNGs are committed). The mark is a focal point: a ring and a dot in the
 * header's navy, on a full-bleed square, everything inside the maskable safe zone (the central
 * 80% circle) so that one file serves as both an "any" and a "maskable" icon.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const NAVY: [number, number, number] = [0x24, 0x34, 0x47]; // --header in src/app.css
const LIGHT: [number, number, number] = [0xf7, 0xf8, 0xfa]; // --panel
const ACCENT: [number, number, number] = [0xf2, 0x8e, 0x2b];

/** Colour at a point of the unit square (0..1), centre at 0.5. */
function colourAt(x: number, y: number): [number, number, number] {
  const r = Math.hypot(x - 0.5, y - 0.5);
  if (r < 0.09) return ACCENT; // the focal point
  if (r > 0.22 && r < 0.3) return LIGHT; // the ring
  if (r > 0.34 && r < 0.37) return LIGHT; // the outer hairline, still inside the 0.4 safe radius
  return NAVY;
}

/** An icon of `size` pixels, 4×4 supersampled for smooth edges. */
export function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = colourAt((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          r += c[0]; g += c[1]; b += c[2];
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = Math.round(r / (S * S));
      png.data[i + 1] = Math.round(g / (S * S));
      png.data[i + 2] = Math.round(b / (S * S));
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png, { colorType: 2 });
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, drawIcon(size));
console.log('wrote public/icons/icon-192.png, public/icons/icon-512.png');
