import type { FillLayerSpecification } from 'maplibre-gl';
import { HOVER_RGBA } from './map-colours.ts';

/** The GeoJSON source of the 682 unit polygons: sent to maplibre once, feature id = `properties.index`. */
export const UNITS_SOURCE = 'units';
/** The choropleth fill (what clicks and hover pick). */
export const UNIT_FILL_LAYER = 'units-fill';
export const UNIT_HOVER_LAYER = 'units-hover';

/** Per-unit feature-state flags: the hatch (no data) and the outline layers (unit-outline-layer.ts). */
export type UnitFlag = 'noData' | 'highlight' | 'island' | 'neighbour';

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
    paint: {
      'fill-color': `rgb(${r}, ${g}, ${b})`,
      'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], a / 255, 0],
    },
  };
}
