/**
 * Outline layers of the hotspot maps: islands (units with no neighbour, never tested) in a thin
 * dark line, and the neighbours of the selected unit in amber on a dark halo — a hue none of the
 * cluster or significance colours uses. maplibre line layers of the units flagged `island` or
 * `neighbour` (each flag its own source of the flagged polygons), above the boundary lines and
 * below the selection outline; clicks go to the fill.
 */
import type { LineLayerSpecification } from 'maplibre-gl';
import { unitOutlineLayer as line } from './unit-outline-layer.ts';
import { ISLAND_OUTLINE_RGB } from './hotspot-colours.ts';
import type { Rgb } from './fill-colours.ts';

export const NEIGHBOUR_RGB: Rgb = [245, 158, 11];
export const NEIGHBOUR_HALO_RGB: Rgb = [40, 40, 40];

/** Outline of the island units. */
export function islandLayers(): LineLayerSpecification[] {
  return [line('hotspot-islands', 'island', ISLAND_OUTLINE_RGB, 1.5)];
}

/** Outline of the selected unit's neighbours: dark halo, then amber line. */
export function neighbourLayers(): LineLayerSpecification[] {
  return [line('hotspot-neighbours-halo', 'neighbour', NEIGHBOUR_HALO_RGB, 4.5), line('hotspot-neighbours', 'neighbour', NEIGHBOUR_RGB, 2.5)];
}
