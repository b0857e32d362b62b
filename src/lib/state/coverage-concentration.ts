/**
 * The concentration of coverage along need: units sorted by need (highest first), the cumulative
 * share of the located measure (money, or activities) they receive, and the share that reaches the
 * top N. A unit's missing measure (amount not stated) adds nothing; shares are of the located total
 * over every unit, so the curve ends below 1 when units without a need score receive some.
 * Units of a country without investment data (`sourced` 0) are left out altogether: not in the
 * order, not in the top N count, not in the total.
 */

export interface Concentration {
  /** Unit indices with a need score, by need descending (ties by index). */
  order: number[];
  /** Cumulative share after each unit of `order` (same length). */
  cumulative: number[];
  /** Located total of the measure over all units (0: nothing located). */
  total: number;
  /**
   * Share of the total received by the top-N units, and their number (top-N units of a country
   * without investment data not counted). NaN when total is 0.
   */
  topShare: number;
  topCount: number;
  /** Share received by units without a need score. NaN when total is 0. */
  unrankedShare: number;
}

export function coverageConcentration(
  need: ArrayLike<number>,
  measure: ArrayLike<number>,
  inTopN: ArrayLike<number> | null,
  sourced?: ArrayLike<number>,
): Concentration {
  const n = need.length;
  const m = (i: number) => (Number.isFinite(measure[i]) && measure[i] > 0 ? measure[i] : 0);
  let total = 0;
  let top = 0;
  let topCount = 0;
  let unranked = 0;
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    if (sourced && sourced[i] === 0) continue;
    total += m(i);
    if (inTopN?.[i] === 1) {
      top += m(i);
      topCount++;
    }
    if (Number.isFinite(need[i])) order.push(i);
    else unranked += m(i);
  }
  order.sort((a, b) => need[b] - need[a] || a - b);
  const cumulative: number[] = [];
  let acc = 0;
  for (const i of order) {
    acc += m(i);
    cumulative.push(total > 0 ? acc / total : NaN);
  }
  return { order, cumulative, total, topShare: total > 0 ? top / total : NaN, topCount, unrankedShare: total > 0 ? unranked / total : NaN };
}
