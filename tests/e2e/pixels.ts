import { PNG } from 'pngjs';

/**
 * Colour statistics of a screenshot. A pixel counts as "coloured" when its saturation is clear of
 * the greys of the background, outlines and panels (max−min channel spread ≥ 40 of 255).
 */
export function colourStats(png: Buffer): { coloured: number; total: number; histogram: Map<string, number> } {
  const img = PNG.sync.read(png);
  const histogram = new Map<string, number>();
  let coloured = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i], g = img.data[i + 1], b = img.data[i + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) >= 40) {
      coloured++;
      // Bucket to 32 levels per channel so antialiasing does not dominate the comparison.
      const key = `${r >> 3},${g >> 3},${b >> 3}`;
      histogram.set(key, (histogram.get(key) ?? 0) + 1);
    }
  }
  return { coloured, total: img.width * img.height, histogram };
}

/** Share of coloured pixels whose colour bucket differs between two histograms (0 = same, 1 = all). */
export function histogramDistance(a: Map<string, number>, b: Map<string, number>): number {
  let diff = 0, total = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0, y = b.get(key) ?? 0;
    diff += Math.abs(x - y);
    total += x + y;
  }
  return total === 0 ? 0 : diff / total;
}
