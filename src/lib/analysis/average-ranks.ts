/**
 * Ranks by score, descending (1 = highest), ties sharing the average of the ranks they span (R's
 * `rank(-x, ties.method = "average")`); NaN scores get NaN ranks and take no rank.
 */

/** First position in ascending `sorted` whose value is ≥ v (lower) or > v (upper). */
function bound(sorted: Float64Array, v: number, upper: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v || (upper && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Average ranks over all units, or within each group (e.g. country) when `group` is given.
 * Each group's scores are sorted natively; a unit's rank is the number of greater scores plus the
 * middle of its tied block, found by binary search.
 */
export function averageRanks(score: Float64Array, group?: Int32Array): Float64Array {
  const n = score.length;
  const out = new Float64Array(n).fill(NaN);
  let groups = 1;
  if (group) for (let i = 0; i < n; i++) if (group[i] + 1 > groups) groups = group[i] + 1;
  const counts = new Int32Array(groups);
  for (let i = 0; i < n; i++) if (!Number.isNaN(score[i])) counts[group ? group[i] : 0]++;
  const sorted = Array.from(counts, (c) => new Float64Array(c));
  const fill = new Int32Array(groups);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(score[i])) continue;
    const g = group ? group[i] : 0;
    sorted[g][fill[g]++] = score[i];
  }
  for (const s of sorted) s.sort();
  for (let i = 0; i < n; i++) {
    const v = score[i];
    if (Number.isNaN(v)) continue;
    const s = sorted[group ? group[i] : 0];
    const lo = bound(s, v, false);
    const hi = bound(s, v, true);
    out[i] = s.length - hi + (hi - lo + 1) / 2;
  }
  return out;
}
