/**
 * Which units are in the top N of a priority list, ties at the cut-off included.
 */
import type { IndexResult } from '../analysis/composite-types.ts';
import type { RankUnit } from './rank-types.ts';

/**
 * 1 for the units in the top `topN`: region-wide (`region`, by region rank) or within each country
 * (`country`, by country rank). A unit is in when fewer than `topN` units of its scope rank
 * strictly above it, so units tied at the cut-off are all in and the list can be longer than
 * `topN` (scores 90, 80, 80 with a top 2: all three; with a top 1: the first only). Never cutting a
 * tie means the list does not depend on the units' ids or file order. Units without a score are
 * never in.
 */
export function topNMask(
  units: readonly RankUnit[],
  index: Pick<IndexResult, 'rankRegion' | 'rankCountry'>,
  topN: number,
  scope: 'region' | 'country',
): Uint8Array {
  const rank = scope === 'country' ? index.rankCountry : index.rankRegion;
  const mask = new Uint8Array(units.length);
  // Per scope (one for the region, one per country): the ranks present, to count those above.
  const ranksOf = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (Number.isNaN(rank[i])) return;
    const key = scope === 'country' ? u.country : '';
    let list = ranksOf.get(key);
    if (!list) ranksOf.set(key, (list = []));
    list.push(rank[i]);
  });
  for (const list of ranksOf.values()) list.sort((a, b) => a - b);
  units.forEach((u, i) => {
    const r = rank[i];
    if (Number.isNaN(r)) return;
    const sorted = ranksOf.get(scope === 'country' ? u.country : '')!;
    if (countBelow(sorted, r) < topN) mask[i] = 1;
  });
  return mask;
}

/** Number of values of the ascending array `sorted` strictly below `x` (binary search). */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
