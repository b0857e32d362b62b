/**
 * The order of a priority list: which unit comes first, second, … for a ranking and the spec's
 * top-N scope.
 */
import type { IndexResult } from '../analysis/composite-types.ts';
import type { RankUnit } from './rank-types.ts';

/** Code-unit order of two strings: the same on every machine and locale (unlike `localeCompare`). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Unit indices in priority order. `region`: by region rank (1 first). `country`: by rank within the
 * country, countries taking turns by code (each country's 1st, then each one's 2nd, …), so that
 * the first rows of the list are the top N of every country. Units sharing a rank (tied scores)
 * are ordered by `unit_id`, so the order never depends on the order of the input rows' ties. Units
 * without a score (NaN rank) come last, by country when the scope is `country`, then by `unit_id`.
 */
export function priorityOrder(
  units: readonly RankUnit[],
  index: Pick<IndexResult, 'rankRegion' | 'rankCountry'>,
  scope: 'region' | 'country',
): Int32Array {
  const rank = scope === 'country' ? index.rankCountry : index.rankRegion;
  const order = Array.from({ length: units.length }, (_, i) => i);
  order.sort((a, b) => {
    const noneA = Number.isNaN(rank[a]);
    const noneB = Number.isNaN(rank[b]);
    if (noneA !== noneB) return noneA ? 1 : -1;
    if (!noneA && rank[a] !== rank[b]) return rank[a] - rank[b];
    if (scope === 'country') {
      const c = byText(units[a].country, units[b].country);
      if (c !== 0) return c;
    }
    return byText(units[a].unit_id, units[b].unit_id) || a - b;
  });
  return Int32Array.from(order);
}
