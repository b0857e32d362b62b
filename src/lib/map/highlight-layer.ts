import type { LineLayerSpecification } from 'maplibre-gl';
import { unitOutlineLayer } from './unit-outline-layer.ts';

/**
 * Outline of the top-N units: a deep blue line on a white halo. Blue is the one hue the YlOrRd
 * choropleth never uses, so the line reads over its lightest yellow and, with the halo, over its
 * darkest red; the selected unit keeps its black outline (drawn above).
 */
export const HIGHLIGHT_RGB: readonly [number, number, number] = [29, 78, 216];
export const HIGHLIGHT_HALO_RGB: readonly [number, number, number] = [255, 255, 255];
/** Line widths in CSS pixels. */
export const HIGHLIGHT_WIDTH = 2;
export const HIGHLIGHT_HALO_WIDTH = 5;

/**
 * Two maplibre line layers (halo, then line) outlining the units flagged `highlight` (see
 * highlighted-features.ts for the mask); see unitOutlineLayer.
 */
export function highlightLayers(): LineLayerSpecification[] {
  return [
    unitOutlineLayer('highlight-halo', 'highlight', HIGHLIGHT_HALO_RGB, HIGHLIGHT_HALO_WIDTH),
    unitOutlineLayer('highlight', 'highlight', HIGHLIGHT_RGB, HIGHLIGHT_WIDTH),
  ];
}
