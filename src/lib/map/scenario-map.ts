/**
 * The small maps of the scenario comparison: a plain maplibre map of the municipios (the app's
 * own polygons, no tiles, no glyphs: nothing requested), each scenario's top N in each country
 * filled, the other scored municipios light and the unscored white; two of them side by side with
 * linked cameras. Made only when the planner asks for them (the main map is never slowed).
 */
import { Map as MaplibreMap } from 'maplibre-gl';
import type { LngLatBounds } from '../geo/bounds.ts';
import type { UnitFeature } from '../geo/unit-features.ts';

const SOURCE = 'units';
export const SCENARIO_TOP_RGB = '#c05621';
export const SCENARIO_SCORED_RGB = '#e8e4dc';
export const SCENARIO_NONE_RGB = '#ffffff';

/** A map of `features` framed on `bounds`, each unit's class in feature-state `c` (0 unscored, 1 scored, 2 top N). */
export function scenarioMap(container: HTMLElement, features: readonly UnitFeature[], bounds: LngLatBounds): MaplibreMap {
  return new MaplibreMap({
    container,
    bounds,
    fitBoundsOptions: { padding: 12 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    style: {
      version: 8,
      sources: { [SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [...features] as GeoJSON.Feature[] }, promoteId: 'index' } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#f4f6f8' } },
        {
          id: 'fill',
          type: 'fill',
          source: SOURCE,
          paint: {
            'fill-color': ['match', ['coalesce', ['feature-state', 'c'], 0], 2, SCENARIO_TOP_RGB, 1, SCENARIO_SCORED_RGB, SCENARIO_NONE_RGB],
          },
        },
        { id: 'line', type: 'line', source: SOURCE, paint: { 'line-color': '#8a8f98', 'line-width': 0.3 } },
      ],
    },
  });
}

/** Colours `map`'s units: top N (mask 1), scored (finite score), unscored. */
export function paintScenario(map: MaplibreMap, inTop: Uint8Array, score: Float64Array): void {
  const paint = () => {
    for (let i = 0; i < inTop.length; i++) map.setFeatureState({ source: SOURCE, id: i }, { c: inTop[i] ? 2 : Number.isFinite(score[i]) ? 1 : 0 });
  };
  if (map.isStyleLoaded()) paint();
  else map.once('load', paint);
}

/** Moves each map with the other (centre, zoom, bearing); returns the function that unlinks them. */
export function linkCameras(a: MaplibreMap, b: MaplibreMap): () => void {
  let moving: MaplibreMap | null = null;
  const follow = (from: MaplibreMap, to: MaplibreMap) => () => {
    if (moving && moving !== from) return;
    moving = from;
    to.jumpTo({ center: from.getCenter(), zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
    moving = null;
  };
  const ab = follow(a, b);
  const ba = follow(b, a);
  a.on('move', ab);
  b.on('move', ba);
  return () => {
    a.off('move', ab);
    b.off('move', ba);
  };
}
