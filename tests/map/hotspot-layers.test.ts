import { describe, expect, it } from 'vitest';
import { ISLAND_LAYER, islandLayer, neighbourLayers } from '../../src/lib/map/hotspot-layers.ts';
import { ISLAND_OUTLINE_RGB } from '../../src/lib/map/hotspot-colours.ts';
import { baseStyle, MASKED_BEFORE, OUTLINE_LAYER } from '../../src/lib/map/base-style.ts';
import { FLAG_SOURCE } from '../../src/lib/map/unit-fill-layer.ts';

describe('islandLayer', () => {
  it('outlines the island units with the map’s own layer, above the top N outline and below the neighbours and the selection', () => {
    const layer = islandLayer();
    expect(layer.id).toBe(ISLAND_LAYER);
    expect(layer.type).toBe('custom');
    expect(layer.style).toEqual({ kind: 'lines', passes: [{ rgb: ISLAND_OUTLINE_RGB, width: 1.5 }] });
    const order = baseStyle().layers.map((l) => l.id);
    // Not a maplibre layer of a GeoJSON source any more: no source of island polygons to tile.
    expect(order).not.toContain(ISLAND_LAYER);
    expect(Object.values(FLAG_SOURCE)).not.toContain('flag-island');
    // FocalMap adds its layers in order (the top N outline, then the islands) before the same style
    // layer: the neighbours' halo, itself above the country lines and below the selection.
    const masked = Object.keys(MASKED_BEFORE);
    expect(masked.indexOf('island')).toBeGreaterThan(masked.indexOf('highlight'));
    expect(MASKED_BEFORE.island).toBe(neighbourLayers()[0].id);
    expect(MASKED_BEFORE.highlight).toBe(MASKED_BEFORE.island);
    expect(order.indexOf(MASKED_BEFORE.island)).toBeGreaterThan(order.indexOf(OUTLINE_LAYER.country));
    expect(order.indexOf(MASKED_BEFORE.island)).toBeLessThan(order.indexOf(OUTLINE_LAYER.selectedHalo));
  });
});
