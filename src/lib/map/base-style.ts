import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { MAP_COLOURS } from './map-colours.ts';
import { FLAG_SOURCE, UNITS_SOURCE, unitFillLayer, unitHoverLayer } from './unit-fill-layer.ts';
import { neighbourLayers } from './hotspot-layers.ts';

/**
 * Ids of the layers above the choropleth. The no-data hatch, the emphasised department lines,
 * the top N outline and the hotspot islands are the app's own WebGL layers (masked-layer.ts), added by FocalMap between
 * these (see {@link MASKED_BEFORE}).
 */
export const OUTLINE_LAYER = {
  noData: 'no-data-hatch',
  municipios: 'outline-municipios',
  departments: 'outline-departments',
  departmentsStrong: 'outline-departments-strong',
  country: 'outline-country',
  selectedHalo: 'outline-selected-halo',
  selected: 'outline-selected',
} as const;

/**
 * Ids of the GeoJSON sources the outline layers draw: the boundary lines (filled by
 * `FocalMap.setOutlines`) and the selected unit. The municipio, department and country lines are
 * one source, each feature's `kind` saying which (see {@link BOUNDARY_KIND}): their layers are
 * consecutive, so maplibre draws the tile clipping masks once for the three instead of once per
 * source (a stencil pass per tile in both its passes, which a software renderer rasterises like any
 * fill, in every frame: see `hiddenUntilData`).
 */
export const OUTLINE_SOURCE = {
  lines: 'boundary-lines',
  selected: 'selected',
} as const;

/** The style layer each of FocalMap's own layers is drawn below. */
export const MASKED_BEFORE = {
  noData: OUTLINE_LAYER.municipios,
  departmentsStrong: OUTLINE_LAYER.country,
  highlight: neighbourLayers()[0].id,
  // Added after the top N outline, before the same layer: drawn above it, as before.
  island: neighbourLayers()[0].id,
} as const;

/** The `kind` property of the boundary lines' features. */
export const BOUNDARY_KIND = { municipios: 'municipio', departments: 'department', country: 'country' } as const;

const kindIs = (kind: string) => ['==', ['get', 'kind'], kind];

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** Line width in pixels growing with zoom: `w` at zoom 6, twice that at zoom 10. */
const width = (w: number) => ['interpolate', ['linear'], ['zoom'], 6, w, 10, 2 * w] as unknown as number;

/**
 * A layer drawn from a source that starts empty, hidden until its source has features
 * (FocalMap shows it then). maplibre draws the tile clipping masks
 * of every visible layer's source (a stencil pass per tile, twice per tile, in both its opaque and
 * translucent passes, at each change of source between consecutive layers) whether or not the
 * source holds anything, and asks its worker for that source's (empty) tiles: with ten empty
 * sources that was some thirty stencil passes over the whole map in every frame, which a software
 * renderer (SwiftShader) rasterises like any fill, and thirty tile requests queued before the
 * choropleth's in maplibre's one worker. A hidden layer's source is not used: no tiles, no masks.
 * https://github.com/maplibre/maplibre-gl-js/blob/v5.24.1/src/render/painter.ts (`_renderTileClippingMasks`)
 */
function hiddenUntilData<L extends LayerSpecification>(layer: L): L {
  return { ...layer, layout: { ...('layout' in layer ? layer.layout : {}), visibility: 'none' } };
}

/** The sources whose layers start hidden (all but the units' own): see {@link hiddenUntilData}. */
export function startsEmpty(source: string | undefined): boolean {
  return source !== undefined && source !== UNITS_SOURCE;
}

/**
 * The maplibre style: a background, the choropleth (the unit polygons coloured by feature-state)
 * and the unit under the pointer, a hatch over units without data, the boundary lines, the outlines
 * of flagged units (top N, hotspot islands and neighbours) and the selection, all from the app's
 * own data (GeoJSON sources, all empty until FocalMap sets them: the unit polygons, the lines once the
 * boundary files have been read). deck.gl, when loaded (the
 * investment points), draws inside this stack below the selection. No tile server, no glyphs, no
 * sprite: the map requests nothing. Department lines of the countries where the current
 * indicator is a department figure are drawn again, darker and wider, by FocalMap's own layer. The
 * layers of the sources that start empty start hidden (see {@link hiddenUntilData}).
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      // Feature ids are the units' indices, so feature-state is keyed by unit.
      [UNITS_SOURCE]: { ...empty(), promoteId: 'index' },
      [OUTLINE_SOURCE.lines]: empty(),
      [OUTLINE_SOURCE.selected]: empty(),
      // The polygons of the flagged units, one source per flag (FocalMap.setFlag).
      ...Object.fromEntries(Object.values(FLAG_SOURCE).map((id) => [id, empty()])),
    },
    layers: ([
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLOURS.background } },
      unitFillLayer(),
      unitHoverLayer(),
      {
        id: OUTLINE_LAYER.municipios,
        type: 'line',
        source: OUTLINE_SOURCE.lines,
        filter: kindIs(BOUNDARY_KIND.municipios),
        paint: { 'line-color': MAP_COLOURS.municipioLine, 'line-width': width(0.5), 'line-opacity': 0.75 },
      },
      {
        id: OUTLINE_LAYER.departments,
        type: 'line',
        source: OUTLINE_SOURCE.lines,
        filter: kindIs(BOUNDARY_KIND.departments),
        paint: { 'line-color': MAP_COLOURS.departmentLine, 'line-width': width(0.8), 'line-opacity': 0.7 },
      },
      {
        id: OUTLINE_LAYER.country,
        type: 'line',
        source: OUTLINE_SOURCE.lines,
        filter: kindIs(BOUNDARY_KIND.country),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': MAP_COLOURS.countryLine, 'line-width': width(1.3) },
      },
      ...neighbourLayers(),
      {
        id: OUTLINE_LAYER.selectedHalo,
        type: 'line',
        source: OUTLINE_SOURCE.selected,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': MAP_COLOURS.selectedHalo, 'line-width': 5 },
      },
      {
        id: OUTLINE_LAYER.selected,
        type: 'line',
        source: OUTLINE_SOURCE.selected,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': MAP_COLOURS.selected, 'line-width': 2.5 },
      },
    ] as LayerSpecification[]).map((l) => (startsEmpty('source' in l ? l.source : undefined) ? hiddenUntilData(l) : l)),
  };
}
