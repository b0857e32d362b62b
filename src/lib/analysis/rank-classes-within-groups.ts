import { averageRanks } from './average-ranks.ts';

/** The units of one rank class in one group: how many, and the ranks they hold. */
export interface RankClassSpan {
  count: number;
  /** Best (smallest) rank in the class, 1 = highest value; NaN when the class is empty. */
  firstRank: number;
  /** Worst (largest) rank in the class; NaN when the class is empty. */
  lastRank: number;
}

/** Rank classes within each group (see {@link rankClassesWithinGroups}). */
export interface RankClassesWithinGroups {
  /** Number of classes, the same in every group. */
  k: number;
  /** Class of each unit, 0 (lowest values of its group) … k−1 (highest); −1 for a missing value. */
  classes: Int8Array;
  /** Rank of each unit within its group, 1 = highest value, ties sharing their average rank; NaN when missing. */
  ranks: Float64Array;
  /** Per group, per class: the count and the rank span. */
  spans: RankClassSpan[][];
  /** Units of each group with a value. */
  ranked: number[];
  /** Units of each group with a missing value. */
  noData: number[];
}

/**
 * Classes by rank within each group: each unit is ranked among the units of its own group (1 =
 * highest value, ties share the average rank, R's `rank(-x, ties.method = "average")`), and the
 * ranks are cut into `k` equal shares of the group, so class k−1 holds the highest 1/k of each
 * group, whatever the group's size or scale. A unit of rank r among n goes to class
 * `k − 1 − floor(k·(r − ½)/n)`: the middle of its rank slot decides, so tied units share a class
 * and a group of n = k units puts one unit in each class.
 *
 * Missing values (`NaN`) take no rank and get class −1.
 *
 * @param values - the column, one value per unit.
 * @param group - the group of each unit, an integer 0…groupCount−1, aligned to `values`.
 * @param groupCount - the number of groups.
 * @param k - the number of rank classes, an integer from 1 to 127.
 * @throws RangeError when `k` is out of range, a group index is outside 0…groupCount−1, or the lengths differ.
 */
export function rankClassesWithinGroups(values: ArrayLike<number>, group: ArrayLike<number>, groupCount: number, k: number): RankClassesWithinGroups {
  if (!Number.isInteger(k) || k < 1 || k > 127) throw new RangeError(`k must be an integer from 1 to 127, got ${k}`);
  const n = values.length;
  if (group.length !== n) throw new RangeError(`values (${n}) and groups (${group.length}) differ in length`);
  const g32 = new Int32Array(n);
  const score = new Float64Array(n);
  const ranked = new Array<number>(groupCount).fill(0);
  const noData = new Array<number>(groupCount).fill(0);
  for (let i = 0; i < n; i++) {
    const g = group[i];
    if (!Number.isInteger(g) || g < 0 || g >= groupCount) throw new RangeError(`unit ${i} has group ${g}, outside 0…${groupCount - 1}`);
    g32[i] = g;
    // ±Infinity is missing here as everywhere in the maps' classes.
    score[i] = Number.isFinite(values[i]) ? values[i] : NaN;
    if (Number.isNaN(score[i])) noData[g]++;
    else ranked[g]++;
  }
  const ranks = averageRanks(score, g32);
  const classes = new Int8Array(n).fill(-1);
  const spans: RankClassSpan[][] = Array.from({ length: groupCount }, () =>
    Array.from({ length: k }, () => ({ count: 0, firstRank: NaN, lastRank: NaN })),
  );
  for (let i = 0; i < n; i++) {
    const r = ranks[i];
    if (Number.isNaN(r)) continue;
    const g = g32[i];
    const c = k - 1 - Math.min(k - 1, Math.floor((k * (r - 0.5)) / ranked[g]));
    classes[i] = c;
    const s = spans[g][c];
    s.count++;
    if (!(s.firstRank <= r)) s.firstRank = r;
    if (!(s.lastRank >= r)) s.lastRank = r;
  }
  return { k, classes, ranks, spans, ranked, noData };
}
