import type { FillLayerSpecification } from 'maplibre-gl';
import { HOVER_RGBA } from './map-colours.ts';

/** The GeoJSON source of the 682 unit polygons: sent to maplibre once, feature id = `properties.index`. */
export const UNITS_SOURCE = 'units';
/** The choropleth fill (what clicks and hover pick). */
export const UNIT_FILL_LAYER = 'units-fill';
export const UNIT_HOVER_LAYER = 'units-hover';

/** Per-unit feature-state flags: the hatch (no data), hover, and the outline layers (unit-outline-layer.ts). */
export type UnitFlag = 'noData' | 'hover' | 'highlight' | 'island' | 'neighbour';

/**
 * What a layer drawn only for flagged units keeps in its `metadata`: the paint property that shows
 * it and that property's value on a flagged unit.
 */
export interface FlagLayerMetadata {
  flag: UnitFlag;
  property: 'fill-opacity' | 'line-opacity';
  on: number;
}

/**
 * The opacity of a flagged layer once its flag has been used: `on` where the unit's feature-state
 * `flag` is true, else 0. Until then the layer's opacity is the constant 0, which maplibre does not
 * draw at all (no shader compiled before the first map for a layer that shows nothing); the switch
 * to this expression, once, makes maplibre lay the source out again (FocalMap.setFlag).
 */
export function flagOpacity(flag: UnitFlag, on: number): unknown[] {
  return ['case', ['boolean', ['feature-state', flag], false], on, 0];
}

/**
 * The choropleth: every municipio filled with the colour in its feature-state `fill` (a CSS colour
 * string; transparent until set), drawn by maplibre below the hatch and the boundary lines.
 * Recolouring sets feature-state on the main thread, which rewrites only the colour attribute of
 * the already tessellated polygons; a data-driven paint expression would instead send the source
 * back to its worker to be tiled again (maplibre `Style#setPaintProperty` reloads the source when a
 * data-driven value changes).
 */
export function unitFillLayer(): FillLayerSpecification {
  return {
    id: UNIT_FILL_LAYER,
    type: 'fill',
    source: UNITS_SOURCE,
    paint: { 'fill-color': ['to-color', ['feature-state', 'fill'], 'rgba(0, 0, 0, 0)'] },
  };
}

/** The unit under the pointer, lightened (feature-state `hover`). */
export function unitHoverLayer(): FillLayerSpecification {
  const [r, g, b, a] = HOVER_RGBA;
  return {
    id: UNIT_HOVER_LAYER,
    type: 'fill',
    source: UNITS_SOURCE,
    metadata: { flag: 'hover', property: 'fill-opacity', on: a / 255 } satisfies FlagLayerMetadata,
    paint: { 'fill-color': `rgb(${r}, ${g}, ${b})`, 'fill-opacity': 0 },
  };
}
