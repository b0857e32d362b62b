/**
 * Normalisation of one indicator column (NaN = missing, kept), as JRC COINr's functions:
 * `minmax` = `n_minmax(x, l_u = range)`, `zscore` = `n_zscore(x, m_sd = c(0, 1))` (sample standard
 * deviation), `rank` = `n_prank(x)` (ties take the lowest rank, "sport" ranking) scaled to `range`.
 * A column without spread (all values equal, or a single value) gives NaN, as COINr does.
 */
import type { Normalisation } from './composite-types.ts';

function minMax(x: Float64Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

function minmax(x: Float64Array, [l, u]: [number, number]): Float64Array {
  const [min, max] = minMax(x);
  if (!(max > min)) return x.map(() => NaN);
  const k = (u - l) / (max - min);
  return x.map((v) => (v - min) * k + l);
}

function zscore(x: Float64Array): Float64Array {
  let n = 0;
  let sum = 0;
  for (const v of x) {
    if (!Number.isNaN(v)) {
      n++;
      sum += v;
    }
  }
  const mean = sum / n;
  let ss = 0;
  for (const v of x) if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt(ss / (n - 1));
  if (!(sd > 0)) return x.map(() => NaN);
  return x.map((v) => (v - mean) / sd);
}

/** Percentile rank (COINr n_prank: (min-rank − 1) / (m − 1), m values present) scaled to `range`. */
function percentileRank(x: Float64Array, [l, u]: [number, number]): Float64Array {
  const present: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) present.push(i);
  const m = present.length;
  const out = new Float64Array(x.length).fill(NaN);
  if (m < 2) return out;
  present.sort((a, b) => x[a] - x[b]);
  for (let k = 0; k < m; ) {
    let j = k;
    while (j + 1 < m && x[present[j + 1]] === x[present[k]]) j++;
    const value = (k / (m - 1)) * (u - l) + l; // min rank k+1 → (k+1 − 1)/(m − 1)
    for (let t = k; t <= j; t++) out[present[t]] = value;
    k = j + 1;
  }
  return out;
}

/** The normalised column. `range` applies to `minmax` and `rank`; `zscore` has mean 0 and sd 1. */
export function normaliseColumn(x: Float64Array, n: Pick<Normalisation, 'method' | 'range'>): Float64Array {
  switch (n.method) {
    case 'minmax':
      return minmax(x, n.range);
    case 'zscore':
      return zscore(x);
    case 'rank':
      return percentileRank(x, n.range);
  }
}
