/**
 * Legend rows of the hotspot maps with the number of units in each class. Every unit falls in
 * exactly one row, so the counts add up to the number of units.
 */
import { CLUSTER_ISLAND, CLUSTER_MISSING, type ClusterKey } from '../analysis/statistic-module.ts';
import { clusterCodes, clusterKey, type HotspotStatistic } from '../analysis/statistic-registry.ts';
import { cssRgb } from './legend-classes.ts';
import { CLUSTER_RGB, significanceClass, significanceRgb } from './hotspot-colours.ts';

export interface HotspotLegendRow {
  /** A cluster key, or `p` for a significance class. */
  key: ClusterKey | 'p';
  /** Upper p cut-off of a significance class (`key` = 'p'). */
  cutoff?: number;
  colour: string;
  count: number;
}

/** One row per cluster class of `statistic`, in legend order, with its count. */
export function clusterLegendRows(statistic: HotspotStatistic, cluster: Uint8Array): HotspotLegendRow[] {
  const codes = clusterCodes(statistic);
  const counts = new Map<number, number>(codes.map((c) => [c, 0]));
  for (const c of cluster) {
    const code = counts.has(c) ? c : CLUSTER_MISSING;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return codes.map((code) => {
    const key = clusterKey(statistic, code);
    return { key, colour: cssRgb(CLUSTER_RGB[key]), count: counts.get(code) ?? 0 };
  });
}

/**
 * One row per significance class (largest cut-off first), then not significant, islands and
 * missing, with their counts.
 */
export function significanceLegendRows(pSim: Float64Array, cluster: Uint8Array, cutoffs: readonly number[]): HotspotLegendRow[] {
  const perClass = new Array<number>(cutoffs.length).fill(0);
  let ns = 0;
  let island = 0;
  let missing = 0;
  for (let i = 0; i < cluster.length; i++) {
    if (cluster[i] === CLUSTER_ISLAND) island++;
    else if (cluster[i] === CLUSTER_MISSING) missing++;
    else {
      const k = significanceClass(pSim[i], cutoffs);
      if (k < 0) ns++;
      else perClass[k]++;
    }
  }
  return [
    ...cutoffs.map((cutoff, k): HotspotLegendRow => ({ key: 'p', cutoff, colour: cssRgb(significanceRgb(cutoff)), count: perClass[k] })),
    { key: 'ns', colour: cssRgb(CLUSTER_RGB.ns), count: ns },
    { key: 'island', colour: cssRgb(CLUSTER_RGB.island), count: island },
    { key: 'missing', colour: cssRgb(CLUSTER_RGB.missing), count: missing },
  ];
}
