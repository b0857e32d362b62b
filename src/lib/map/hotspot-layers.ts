/**
 * Outline layers of the hotspot maps: islands (units with no neighbour, never tested) in a thin
 * dark line, and the neighbours of the selected unit in amber on a dark halo — a hue none of the
 * cluster or significance colours uses. The islands: the app's own layer of the units flagged
 * `island`; the neighbours: maplibre line layers of the units flagged `neighbour` (the flag's own
 * source of the flagged polygons). Above the boundary lines and below the selection outline;
 * clicks go to the fill.
 */
import type { LineLayerSpecification } from 'maplibre-gl';
import { unitOutlineLayer as line } from './unit-outline-layer.ts';
import { MaskedLayer } from './masked-layer.ts';
import { ISLAND_OUTLINE_RGB } from './hotspot-colours.ts';
import type { Rgb } from './fill-colours.ts';

export const NEIGHBOUR_RGB: Rgb = [245, 158, 11];
export const NEIGHBOUR_HALO_RGB: Rgb = [40, 40, 40];

/** Id of the island outline's layer in the map's stack. */
export const ISLAND_LAYER = 'hotspot-islands';

/**
 * Outline of the island units, drawn by the app's own WebGL layer (masked-layer.ts): a run's
 * islands go to the screen in the frame that shows its colours, with no trip to maplibre's worker
 * (a GeoJSON source of the island polygons was tiled there, then its tiles again, while the run's
 * colours waited for them).
 */
export function islandLayer(): MaskedLayer {
  return new MaskedLayer(ISLAND_LAYER, { kind: 'lines', passes: [{ rgb: ISLAND_OUTLINE_RGB, width: 1.5 }] });
}

/** Outline of the selected unit's neighbours: dark halo, then amber line. */
export function neighbourLayers(): LineLayerSpecification[] {
  return [line('hotspot-neighbours-halo', 'neighbour', NEIGHBOUR_HALO_RGB, 4.5), line('hotspot-neighbours', 'neighbour', NEIGHBOUR_RGB, 2.5)];
}
