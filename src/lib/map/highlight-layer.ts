import { MaskedLayer } from './masked-layer.ts';

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

/** Id of the outline's layer in the map's stack. */
export const HIGHLIGHT_LAYER = 'highlight';

/**
 * The outline of the units marked in its mask (see highlighted-features.ts): halo, then line, drawn
 * by the app's own WebGL layer (masked-layer.ts) above the boundary lines and below the selection;
 * clicks go to the fill below.
 */
export function highlightLayer(): MaskedLayer {
  return new MaskedLayer(HIGHLIGHT_LAYER, {
    kind: 'lines',
    passes: [
      { rgb: HIGHLIGHT_HALO_RGB, width: HIGHLIGHT_HALO_WIDTH },
      { rgb: HIGHLIGHT_RGB, width: HIGHLIGHT_WIDTH },
    ],
  });
}
