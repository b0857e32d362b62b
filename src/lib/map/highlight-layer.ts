import type { GeoJsonLayer } from '@deck.gl/layers';
import type { UnitFeature, UnitFeatureProps } from '../geo/unit-features.ts';
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
 * Two deck.gl layers (halo, then line) outlining `features` (the highlighted units only, see
 * highlighted-features.ts); see unitOutlineLayer.
 */
export function highlightLayers(features: UnitFeature[]): GeoJsonLayer<UnitFeatureProps>[] {
  return [
    unitOutlineLayer('highlight-halo', features, HIGHLIGHT_HALO_RGB, HIGHLIGHT_HALO_WIDTH),
    unitOutlineLayer('highlight', features, HIGHLIGHT_RGB, HIGHLIGHT_WIDTH),
  ];
}
