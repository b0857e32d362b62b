import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { MAP_COLOURS } from './map-colours.ts';
import { HATCH_IMAGE } from './hatch-image.ts';

/** Ids of the layers above the choropleth; the deck.gl fill is inserted below the first. */
export const OUTLINE_LAYER = {
  noData: 'no-data-hatch',
  municipios: 'outline-municipios',
  departments: 'outline-departments',
  departmentsStrong: 'outline-departments-strong',
  country: 'outline-country',
  selectedHalo: 'outline-selected-halo',
  selected: 'outline-selected',
} as const;

/** Ids of the GeoJSON sources the outline layers draw, filled by `FocalMap.setOutlines`. */
export const OUTLINE_SOURCE = {
  /** The units without data for the current indicator (hatched). */
  noData: 'no-data',
  municipios: 'municipios',
  departments: 'departments',
  country: 'country',
  selected: 'selected',
} as const;

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** Line width in pixels growing with zoom: `w` at zoom 6, twice that at zoom 10. */
const width = (w: number) => ['interpolate', ['linear'], ['zoom'], 6, w, 10, 2 * w] as unknown as number;

/**
 * The maplibre style: a background and, on top of the deck.gl choropleth, a hatch over units
 * without data and the boundary lines, all from the app's own data (GeoJSON sources, empty until
 * the boundary files arrive). No tile server, no
 * glyphs, no sprite: the map requests nothing. Department lines of the countries where the current
 * indicator is a department figure move to the "strong" layer (a filter on `country`).
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [OUTLINE_SOURCE.noData]: empty(),
      [OUTLINE_SOURCE.municipios]: empty(),
      [OUTLINE_SOURCE.departments]: empty(),
      [OUTLINE_SOURCE.country]: empty(),
      [OUTLINE_SOURCE.selected]: empty(),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLOURS.background } },
      {
        id: OUTLINE_LAYER.noData,
        type: 'fill',
        source: OUTLINE_SOURCE.noData,
        paint: { 'fill-pattern': HATCH_IMAGE },
      },
      {
        id: OUTLINE_LAYER.municipios,
        type: 'line',
        source: OUTLINE_SOURCE.municipios,
        paint: { 'line-color': MAP_COLOURS.municipioLine, 'line-width': width(0.5), 'line-opacity': 0.75 },
      },
      {
        id: OUTLINE_LAYER.departments,
        type: 'line',
        source: OUTLINE_SOURCE.departments,
        paint: { 'line-color': MAP_COLOURS.departmentLine, 'line-width': width(0.8), 'line-opacity': 0.7 },
      },
      {
        id: OUTLINE_LAYER.departmentsStrong,
        type: 'line',
        source: OUTLINE_SOURCE.departments,
        filter: ['in', ['get', 'country'], ['literal', []]],
        paint: { 'line-color': MAP_COLOURS.departmentLineStrong, 'line-width': width(1.8) },
      },
      {
        id: OUTLINE_LAYER.country,
        type: 'line',
        source: OUTLINE_SOURCE.country,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': MAP_COLOURS.countryLine, 'line-width': width(1.3) },
      },
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
    ],
  };
}
