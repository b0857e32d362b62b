import { schemeYlOrRd } from 'd3';
import { describe, expect, it } from 'vitest';
import { NO_DATA_OUTLINE_RGB, NO_DATA_RGB, sequentialPalette } from '../../src/lib/map/palettes.ts';

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const hex = (c: readonly number[]) => '#' + c.map((x) => x.toString(16).padStart(2, '0')).join('');

describe('sequentialPalette', () => {
  it('sequentialPalette is ColorBrewer YlOrRd for 3 to 7 classes, as d3 has it', () => {
    for (let k = 3; k <= 7; k++) expect(sequentialPalette(k).map(hex)).toEqual(schemeYlOrRd[k]);
  });

  it('sequentialPalette draws 1 and 2 classes from the 3-class scheme', () => {
    expect(sequentialPalette(1).map(hex)).toEqual(['#feb24c']);
    expect(sequentialPalette(2).map(hex)).toEqual(['#ffeda0', '#f03b20']);
  });

  it('sequentialPalette runs from light to dark', () => {
    for (let k = 2; k <= 7; k++) {
      const l = sequentialPalette(k).map(luminance);
      for (let c = 1; c < k; c++) expect(l[c]).toBeLessThan(l[c - 1]);
    }
  });

  it('sequentialPalette returns fresh arrays', () => {
    sequentialPalette(3)[0][0] = 0;
    expect(sequentialPalette(3)[0]).toEqual([255, 237, 160]);
  });

  it('sequentialPalette rejects class counts outside 1 to 7', () => {
    for (const k of [0, 8, 2.5, NaN]) expect(() => sequentialPalette(k)).toThrow(RangeError);
  });
});

describe('NO_DATA_RGB', () => {
  it('NO_DATA_RGB is a neutral grey unlike every palette colour', () => {
    expect(hex(NO_DATA_RGB)).toBe('#d9d9d9');
    for (let k = 1; k <= 7; k++) {
      for (const c of sequentialPalette(k)) {
        // Every palette colour has a hue (channel spread ≥ 70); the grey has none.
        expect(Math.max(...c) - Math.min(...c)).toBeGreaterThanOrEqual(70);
      }
    }
  });

  it('NO_DATA_OUTLINE_RGB contrasts with the no-data fill at least 3:1', () => {
    const ratio = (luminance(NO_DATA_RGB) + 0.05) / (luminance(NO_DATA_OUTLINE_RGB) + 0.05);
    expect(ratio).toBeGreaterThanOrEqual(3);
  });
});
