import { describe, expect, it } from 'vitest';
import { highlightCount } from '../../src/lib/map/highlighted-features.ts';
import { HIGHLIGHT_RGB, highlightLayers } from '../../src/lib/map/highlight-layer.ts';
import { baseStyle, OUTLINE_LAYER } from '../../src/lib/map/base-style.ts';
import { FLAG_SOURCE, UNIT_FILL_LAYER, UNITS_SOURCE } from '../../src/lib/map/unit-fill-layer.ts';
import { sequentialPalette } from '../../src/lib/map/palettes.ts';

describe('highlightCount', () => {
  it('counts highlighted units', () => {
    expect(highlightCount(Uint8Array.from([0, 1, 1, 0, 1]))).toBe(3);
    expect(highlightCount(null)).toBe(0);
  });
});

describe('highlightLayers', () => {
  it('draws a halo then the line of the flagged units, above the boundary lines and below the selection, not pickable', () => {
    const [halo, line] = highlightLayers();
    expect(halo.id).toBe('highlight-halo');
    expect(line.id).toBe('highlight');
    const order = baseStyle().layers.map((l) => l.id);
    for (const l of [halo, line]) {
      // The units flagged `highlight` (set from the mask): the polygons of those units alone, in the flag's own source.
      expect(l.source).toBe(FLAG_SOURCE.highlight);
      expect(l.source).not.toBe(UNITS_SOURCE);
      expect(Object.keys(baseStyle().sources)).toContain(FLAG_SOURCE.highlight);
      // Lines only (no fill), and never what a click picks: clicks query the fill layer alone.
      expect(l.type).toBe('line');
      expect(l.id).not.toBe(UNIT_FILL_LAYER);
      expect(order.indexOf(l.id)).toBeGreaterThan(order.indexOf(OUTLINE_LAYER.country));
      expect(order.indexOf(l.id)).toBeLessThan(order.indexOf(OUTLINE_LAYER.selectedHalo));
    }
    expect(order.indexOf(halo.id)).toBeLessThan(order.indexOf(line.id));
    expect(line.paint?.['line-color']).toBe(`rgb(${HIGHLIGHT_RGB.join(', ')})`);
    expect(Number(halo.paint?.['line-width'])).toBeGreaterThan(Number(line.paint?.['line-width']));
  });

  it('uses a hue far from every class colour of the choropleth (blue against yellow–red)', () => {
    const hue = ([r, g, b]: readonly number[]) => {
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      const d = max - min;
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (60 * h + 360) % 360;
    };
    const h = hue(HIGHLIGHT_RGB);
    for (const c of sequentialPalette(7)) {
      const diff = Math.abs(hue(c) - h);
      expect(Math.min(diff, 360 - diff)).toBeGreaterThan(120);
    }
  });
});
