/**
 * What the map draws in the hotspot view once a run is done: the cluster or significance colours,
 * the units brushed in the Moran scatterplot (outlined as the top N is), the islands outlined, and
 * the neighbours of the selected unit.
 */
import { neighboursOf } from '../analysis/spatial-weights.ts';
import type { HotspotMapMode, HotspotRun } from '../state/hotspots.svelte.ts';
import { clusterFill, significanceCutoffs, significanceFill } from './hotspot-colours.ts';
import type { UnitFeature } from '../geo/unit-features.ts';

export interface HotspotOverlay {
  fill: { rgba: Uint8ClampedArray; version: number };
  /** Brushed units (mask in unit order) or null. */
  highlight: Uint8Array | null;
  /** Island units to outline (1 = island, unit order). */
  islands: Uint8Array;
  /** The selected unit's neighbours (empty when none is selected). */
  neighbours: UnitFeature[];
  /** The same neighbours as a mask in unit order, for the map's outline. */
  neighbourMask: Uint8Array;
}

/** Fill colours of a run for one map mode. */
export function hotspotRgba(run: HotspotRun, mode: HotspotMapMode): Uint8ClampedArray {
  const d = run.data;
  return mode === 'cluster' ? clusterFill(d.cluster, d.statistic) : significanceFill(d.pSim, d.cluster, significanceCutoffs(d.threshold, d.permutations));
}

/** The neighbours of unit `selected` in the run's weights, as features (none when out of range). */
export function neighbourFeatures(run: HotspotRun, features: readonly UnitFeature[], selected: number): UnitFeature[] {
  if (selected < 0 || selected >= run.weights.n) return [];
  return Array.from(neighboursOf(run.weights, selected), (j) => features[j]).filter((f): f is UnitFeature => f !== undefined);
}

let version = 1_000_000;

/**
 * The overlay of `run` (null without a run). The fill's version is new on every call: call it from
 * a derivation that re-runs only when the run, the mode, the brush or the selection changes.
 */
export function hotspotOverlay(
  run: HotspotRun | null,
  mode: HotspotMapMode,
  brushed: Uint8Array | null,
  features: readonly UnitFeature[],
  selected: number,
): HotspotOverlay | null {
  if (!run || run.data.n !== features.length) return null;
  const islands = new Uint8Array(features.length);
  for (const i of run.data.islands) if (i >= 0 && i < islands.length) islands[i] = 1;
  const neighbours = neighbourFeatures(run, features, selected);
  const neighbourMask = new Uint8Array(features.length);
  for (const f of neighbours) neighbourMask[f.properties.index] = 1;
  return {
    fill: { rgba: hotspotRgba(run, mode), version: ++version },
    highlight: brushed,
    islands,
    neighbours,
    neighbourMask,
  };
}
