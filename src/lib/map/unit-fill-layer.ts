import type { FillLayerSpecification } from 'maplibre-gl';
import { HOVER_RGBA } from './map-colours.ts';

/** The GeoJSON source of the 682 unit polygons: sent to maplibre once, feature id = `properties.index`. */
export const UNITS_SOURCE = 'units';
/** The choropleth fill (what clicks and hover pick). */
export const UNIT_FILL_LAYER = 'units-fill';
export const UNIT_HOVER_LAYER = 'units-hover';

/** Units marked on the map: the hatch (no data), hover, and the outline layers (unit-outline-layer.ts). */
export type UnitFlag = 'noData' | 'hover' | 'highlight' | 'island' | 'neighbour';
/** The flags maplibre draws from a GeoJSON source of their own (the others: FocalMap's own layers, masked-layer.ts). */
export type SourceFlag = Exclude<UnitFlag, 'noData' | 'highlight' | 'island'>;

/**
 * The GeoJSON source of each flag: the polygons of the flagged units only (FocalMap.setFlag), so
 * that a layer drawn for flagged units draws nothing else. A layer over all 682 units made
 * invisible where a feature-state flag is off still rasterises every polygon in every frame, which
 * in a software renderer (SwiftShader) costs as much as the choropleth itself; the outline layers
 * drawn from these sources also share the boundary lines' shader (constant paint), so switching
 * one on compiles nothing.
 */
export const FLAG_SOURCE: Readonly<Record<SourceFlag, string>> = {
  hover: 'flag-hover',
  neighbour: 'flag-neighbour',
};

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
    // Not drawn (opacity 0) until the first colours are set (FocalMap.setFills): the polygons'
    // tiles may come from maplibre's worker before the colours, and a frame drawing them
    // transparent is a full raster of every polygon for nothing in a software renderer. A layer
    // at opacity 0 still loads its source (a hidden one would not). No transition: the first
    // colours appear in one frame, not faded in over several.
    paint: { 'fill-color': ['to-color', ['feature-state', 'fill'], 'rgba(0, 0, 0, 0)'], 'fill-opacity': 0, 'fill-opacity-transition': { duration: 0, delay: 0 } },
  };
}

/** The unit under the pointer, lightened (its polygon alone, in the flag `hover` source). */
export function unitHoverLayer(): FillLayerSpecification {
  const [r, g, b, a] = HOVER_RGBA;
  return {
    id: UNIT_HOVER_LAYER,
    type: 'fill',
    source: FLAG_SOURCE.hover,
    // No antialiased edge: the boundary lines cover it, and it would need a shader of its own.
    paint: { 'fill-color': `rgb(${r}, ${g}, ${b})`, 'fill-opacity': a / 255, 'fill-antialias': false },
  };
}
