import { describe, expect, it } from 'vitest';
import { highlightCount } from '../../src/lib/map/highlighted-features.ts';
import { HIGHLIGHT_RGB, highlightLayer } from '../../src/lib/map/highlight-layer.ts';
import { baseStyle, MASKED_BEFORE, OUTLINE_LAYER } from '../../src/lib/map/base-style.ts';
import { UNIT_FILL_LAYER } from '../../src/lib/map/unit-fill-layer.ts';
import { sequentialPalette } from '../../src/lib/map/palettes.ts';

describe('highlightCount', () => {
  it('counts highlighted units', () => {
    expect(highlightCount(Uint8Array.from([0, 1, 1, 0, 1]))).toBe(3);
    expect(highlightCount(null)).toBe(0);
  });
});

describe('highlightLayer', () => {
  // Deliberately changed (issue 12): the outline is the map's own WebGL layer over the marked
  // units (masked-layer.ts), no longer maplibre line layers over a GeoJSON source of their own.
  it('draws a halo then the line of the marked units, above the boundary lines and below the selection, not pickable', () => {
    const layer = highlightLayer();
    expect(layer.id).toBe('highlight');
    expect(layer.type).toBe('custom');
    expect(layer.id).not.toBe(UNIT_FILL_LAYER);
    const order = baseStyle().layers.map((l) => l.id);
    // Drawn just below MASKED_BEFORE.highlight: after the country lines, before the selection.
    expect(order.indexOf(MASKED_BEFORE.highlight)).toBeGreaterThan(order.indexOf(OUTLINE_LAYER.country));
    expect(order.indexOf(MASKED_BEFORE.highlight)).toBeLessThan(order.indexOf(OUTLINE_LAYER.selectedHalo));
    expect(layer.style.kind).toBe('lines');
    if (layer.style.kind !== 'lines') return;
    const [halo, line] = layer.style.passes;
    expect(line.rgb).toEqual(HIGHLIGHT_RGB);
    expect(halo.width).toBeGreaterThan(line.width);
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
