import type { LineLayerSpecification } from 'maplibre-gl';
import type { Rgb } from './fill-colours.ts';
import { FLAG_SOURCE, type SourceFlag } from './unit-fill-layer.ts';

/**
 * A maplibre outline of the units flagged `flag`, `width` CSS pixels in `colour`, drawn from the
 * flag's own source (the polygons of the flagged units only, see FLAG_SOURCE): only their rings
 * are drawn, with the boundary lines' shader (all paint constant). Placed by the style above the
 * boundary lines and below the selection outline; clicks and hover go to the fill below.
 */
export function unitOutlineLayer(id: string, flag: SourceFlag, colour: Rgb, width: number): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source: FLAG_SOURCE[flag],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': `rgb(${colour[0]}, ${colour[1]}, ${colour[2]})`, 'line-width': width },
  };
}
