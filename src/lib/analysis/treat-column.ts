/**
 * Skew treatment of one indicator column, as JRC COINr's `qTreat()` does it by default
 * (`Treat.numeric` with f1 = `winsorise`, f2 = `log_CT`, f_pass = `check_SkewKurt`, na.rm = TRUE):
 * a column passes when |skewness| < `skew` OR kurtosis < `kurtosis`; a column that fails is
 * winsorised one step at a time (the highest values pulled down to the next highest when skew ≥ 0,
 * the lowest up otherwise) until it passes or `winmax` points are treated; if it still fails, the
 * winsorisation is dropped and `log_CT` is applied to the original column instead.
 */
import { kurtosis, skewness } from './skew-kurtosis.ts';
import type { Treatment } from './composite-types.ts';

export interface TreatedColumn {
  values: Float64Array;
  applied: 'none' | 'winsorised' | 'log';
  /** Points winsorised (COINr's `nwin`); 0 unless `applied` is `winsorised`. */
  winsorised: number;
  skewBefore: number;
  kurtosisBefore: number;
  skewAfter: number;
  kurtosisAfter: number;
}

/** COINr `check_SkewKurt`: passes when |skew| < threshold or kurtosis < threshold. Undefined moments pass. */
function passes(x: Float64Array, t: Treatment): boolean {
  const s = skewness(x);
  const k = kurtosis(x);
  if (Number.isNaN(s) || Number.isNaN(k)) return true;
  return Math.abs(s) < t.skew || k < t.kurtosis;
}

/** COINr `log_CT`: log(x − min + 0.01 (max − min)). */
export function logCT(x: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const a = 0.01 * (max - min);
  return x.map((v) => Math.log(v - min + a));
}

/**
 * COINr `winsorise` (winchange: the side is chosen again at every step from the sign of the skew).
 * Returns the column and COINr's count `nwin` = points at the last high step + at the last low step
 * (ties are winsorised together, so the count grows with the tied block).
 */
function winsorise(x: Float64Array, t: Treatment): { values: Float64Array; nwin: number } {
  const v = Float64Array.from(x);
  let imax: number[] = [];
  let imin: number[] = [];
  let nwin = 0;
  let passing = passes(v, t);
  while (!passing && nwin < t.winmax) {
    const high = skewness(v) >= 0;
    let extreme = high ? -Infinity : Infinity;
    for (const a of v) if (!Number.isNaN(a) && (high ? a > extreme : a < extreme)) extreme = a;
    const at: number[] = [];
    let next = high ? -Infinity : Infinity;
    for (let i = 0; i < v.length; i++) {
      const a = v[i];
      if (Number.isNaN(a)) continue;
      if (a === extreme) at.push(i);
      else if (high ? a > next : a < next) next = a;
    }
    if (!Number.isFinite(next)) break; // every value equal: nothing left to pull in
    for (const i of at) v[i] = next;
    if (high) imax = at;
    else imin = at;
    nwin = imax.length + imin.length;
    passing = passes(v, t);
  }
  return { values: v, nwin };
}

/**
 * Treats one column (NaN = missing, kept). `none` copies it; `log` applies `log_CT` always;
 * `coinr` follows `qTreat` as described above. Columns with fewer than 4 values are not treated
 * (COINr's skewness and kurtosis need 3 and 4 points).
 */
export function treatColumn(x: Float64Array, t: Treatment): TreatedColumn {
  const skewBefore = skewness(x);
  const kurtosisBefore = kurtosis(x);
  const result = (values: Float64Array, applied: TreatedColumn['applied'], winsorised: number): TreatedColumn => ({
    values,
    applied,
    winsorised,
    skewBefore,
    kurtosisBefore,
    skewAfter: applied === 'none' ? skewBefore : skewness(values),
    kurtosisAfter: applied === 'none' ? kurtosisBefore : kurtosis(values),
  });
  let count = 0;
  for (const v of x) if (!Number.isNaN(v)) count++;
  if (t.method === 'none' || count < 4) return result(Float64Array.from(x), 'none', 0);
  if (t.method === 'log') return result(logCT(x), 'log', 0);
  if (passes(x, t)) return result(Float64Array.from(x), 'none', 0);
  const w = winsorise(x, t);
  if (passes(w.values, t)) return result(w.values, 'winsorised', w.nwin);
  return result(logCT(x), 'log', 0);
}
