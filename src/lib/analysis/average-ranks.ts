/**
 * Ranks by score, descending (1 = highest), ties sharing the average of the ranks they span (R's
 * `rank(-x, ties.method = "average")`); NaN scores get NaN ranks and take no rank.
 */

function rankSubset(score: Float64Array, idx: number[], out: Float64Array): void {
  idx.sort((a, b) => score[b] - score[a]);
  for (let k = 0; k < idx.length; ) {
    let j = k;
    while (j + 1 < idx.length && score[idx[j + 1]] === score[idx[k]]) j++;
    const rank = (k + 1 + (j + 1)) / 2;
    for (let t = k; t <= j; t++) out[idx[t]] = rank;
    k = j + 1;
  }
}

/** Average ranks over all units, or within each group (e.g. country) when `group` is given. */
export function averageRanks(score: Float64Array, group?: Int32Array): Float64Array {
  const out = new Float64Array(score.length).fill(NaN);
  const byGroup = new Map<number, number[]>();
  for (let i = 0; i < score.length; i++) {
    if (Number.isNaN(score[i])) continue;
    const g = group ? group[i] : 0;
    let list = byGroup.get(g);
    if (!list) byGroup.set(g, (list = []));
    list.push(i);
  }
  for (const idx of byGroup.values()) rankSubset(score, idx, out);
  return out;
}
