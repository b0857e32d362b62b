import { GeoJsonLayer } from '@deck.gl/layers';
import type { GeoJsonLayerProps } from '@deck.gl/layers';
import type { UnitFeature, UnitFeatureProps } from './unit-features.ts';
import { OUTLINE_LAYER } from './base-style.ts';

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
 * highlighted-features.ts), drawn inside the maplibre style above the boundary lines and below the
 * selection outline. Not pickable: clicks and hover go to the fill below. Pass the same array
 * while the set is unchanged: a new `data` identity makes deck.gl rebuild the lines.
 */
export function highlightLayers(features: UnitFeature[]): GeoJsonLayer<UnitFeatureProps>[] {
  const line = (id: string, colour: readonly [number, number, number], width: number) => {
    // `beforeId` is read by @deck.gl/mapbox in interleaved mode (its `LayerOverlayProps`).
    const props: GeoJsonLayerProps<UnitFeatureProps> & { beforeId: string } = {
      id,
      beforeId: OUTLINE_LAYER.selectedHalo,
      data: features,
      filled: false,
      stroked: true,
      getLineColor: [colour[0], colour[1], colour[2], 255],
      getLineWidth: width,
      lineWidthUnits: 'pixels',
      lineJointRounded: true,
      pickable: false,
    };
    return new GeoJsonLayer<UnitFeatureProps>(props);
  };
  return [line('highlight-halo', HIGHLIGHT_HALO_RGB, HIGHLIGHT_HALO_WIDTH), line('highlight', HIGHLIGHT_RGB, HIGHLIGHT_WIDTH)];
}
