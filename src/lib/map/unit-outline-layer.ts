import type { LineLayerSpecification } from 'maplibre-gl';
import type { Rgb } from './fill-colours.ts';
import { UNITS_SOURCE, type FlagLayerMetadata, type UnitFlag } from './unit-fill-layer.ts';

/**
 * A maplibre outline of the units whose feature-state `flag` is true, `width` CSS pixels in
 * `colour`, drawn from the one source of unit polygons (the rings of the fill's own geometry): the
 * set changes by feature-state, so no geometry is sent to the worker or tessellated again. Placed
 * by the style above the boundary lines and below the selection outline; clicks and hover go to
 * the fill below.
 */
export function unitOutlineLayer(id: string, flag: UnitFlag, colour: Rgb, width: number): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source: UNITS_SOURCE,
    layout: { 'line-join': 'round' },
    // Opacity 0 until the flag is first used (see flagOpacity).
    metadata: { flag, property: 'line-opacity', on: 1 } satisfies FlagLayerMetadata,
    paint: { 'line-color': `rgb(${colour[0]}, ${colour[1]}, ${colour[2]})`, 'line-width': width, 'line-opacity': 0 },
  };
}
