/**
 * The comparison of the investments view, from the app's state: the underserved
 * list (top N by need, or high–high hotspot clusters when a run exists, at or below the coverage
 * threshold), its mask for the map outline, and the concentration of coverage along need; units
 * of a country without investment data are in neither (coverage-sources.ts), nor, when the view is
 * limited to a named list, the units outside it.
 */
import { CLUSTER_HH } from '../analysis/hotspots.ts';
import type { HotspotRun } from './hotspots.svelte.ts';
import type { Investments } from './investments.svelte.ts';
import type { RankResult } from '../data/rank-types.ts';
import type { CoverageResult } from '../analysis/coverage-types.ts';
import { coverageConcentration, type Concentration } from './coverage-concentration.ts';
import { underservedUnits, type UnderservedUnit } from './coverage-underserved.ts';

export interface InvestmentsComparison {
  list: UnderservedUnit[];
  mask: Uint8Array;
  /** Top N by need: only when the need is the index (null otherwise). */
  inTopN: Uint8Array | null;
  hotspot: Uint8Array | null;
  concentration: Concentration;
  money: boolean;
}

/** High–high (Moran) or hot (Gi*) units of a hotspot run; both are cluster code 1. */
export function hotspotMask(run: HotspotRun | null, n: number): Uint8Array | null {
  if (!run || run.data.cluster.length !== n) return null;
  return Uint8Array.from(run.data.cluster, (c) => (c === CLUSTER_HH ? 1 : 0));
}

/**
 * The comparison for coverage `r`: the map's ({@link Investments.mapResult}, for its outline) or
 * the panels' ({@link Investments.result}, a frame behind after a change of the filter).
 */
export function investmentsComparison(inv: Investments, r: CoverageResult | null, targeting: RankResult | null, run: HotspotRun | null): InvestmentsComparison | null {
  const need = inv.need;
  const m = inv.measureOf(r);
  if (!r || !need || !m || need.length !== r.activities.length) return null;
  const n = need.length;
  const inTopN = inv.needSource === 'index' && targeting && targeting.inTopN.length === n ? targeting.inTopN : null;
  const hotspot = hotspotMask(run, n);
  // Limited to a named list: only its units are compared (the others as if without data).
  const only = inv.list?.mask.length === n ? inv.list.mask : null;
  const sourced = only ? Uint8Array.from(r.sourced, (x, i) => (only[i] === 1 ? x : 0)) : r.sourced;
  const list = underservedUnits({ need, inTopN, inHotspot: hotspot, activities: r.activities, maxActivities: inv.maxActivities, sourced });
  const mask = new Uint8Array(n);
  for (const u of list) mask[u.index] = 1;
  return { list, mask, inTopN, hotspot, concentration: coverageConcentration(need, m, inTopN, sourced), money: inv.measure === 'amount' };
}
