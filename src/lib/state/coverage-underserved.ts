/**
 * The underserved list: units of high need — in the top N of the targeting index,
 * or in a high–high (or Gi* hot) hotspot cluster — whose coverage is at or below a threshold (by
 * default 0 activities: no activity at all). Sorted by need, highest first (units without a need
 * score last, by index). A unit of a country without investment data (`sourced` 0) is never listed:
 * its coverage is unknown, not nil.
 */

export interface UnderservedUnit {
  index: number;
  inTopN: boolean;
  inHotspot: boolean;
}

export interface UnderservedInput {
  /** Need per unit (NaN: no score). */
  need: ArrayLike<number>;
  /** 1 = in the top N (null: no index yet). */
  inTopN: ArrayLike<number> | null;
  /** 1 = in a high–high hotspot cluster (null: no hotspot run). */
  inHotspot: ArrayLike<number> | null;
  /** Activities located per unit. */
  activities: ArrayLike<number>;
  /** Largest number of activities still counted as underserved (0: none). */
  maxActivities: number;
  /** 1 where the unit's country has investment data (absent: every unit has). */
  sourced?: ArrayLike<number>;
}

export function underservedUnits(x: UnderservedInput): UnderservedUnit[] {
  const out: UnderservedUnit[] = [];
  for (let i = 0; i < x.activities.length; i++) {
    const top = x.inTopN?.[i] === 1;
    const hot = x.inHotspot?.[i] === 1;
    if (x.sourced && x.sourced[i] === 0) continue;
    if ((top || hot) && x.activities[i] <= x.maxActivities) out.push({ index: i, inTopN: top, inHotspot: hot });
  }
  const key = (i: number) => (Number.isFinite(x.need[i]) ? x.need[i] : -Infinity);
  return out.sort((a, b) => key(b.index) - key(a.index) || a.index - b.index);
}
