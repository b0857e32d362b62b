/**
 * Skew treatment of one indicator column, as JRC COINr's `qTreat()` does it by default
 * (`Treat.numeric` with f1 = `winsorise`, f2 = `log_CT`, f_pass = `check_SkewKurt`, na.rm = TRUE):
 * a column passes when |skewness| < `skew` OR kurtosis < `kurtosis`; a column that fails is
 * winsorised one step at a time (the highest values pulled down to the next highest when skew ≥ 0,
 * the lowest up otherwise) until it passes or `winmax` points are treated; if it still fails, the
 * winsorisation is dropped and `log_CT` is applied to the original column instead. `coinr_plus` is
 * `qTreat(f2 = "log_CT_plus")`: the same rule with COINr's skew-aware `log_CT_plus` as the fallback.
 *
 * Sources (bluefoxr/COINr): `Treat.numeric`, `winsorise`, `log_CT`, `check_SkewKurt` in R/treat.R
 * (@9a9dc777391dc94f887385d7f9f2c1d70e2f063d); `qTreat.data.frame` in R/qfuncs.R
 * (@49faac222d7c86db84b6ae7356a61a0d98b27ed2), which passes `f2` through to `Treat`;
 * `log_CT_plus` in R/treat.R of COINr 1.x as kept in the fork cimentadaj/COINr
 * (@4681da919855948a155a093b2eb55bbf35b3980e).
 */
import { kurtosis, skewness } from './skew-kurtosis.ts';
import type { Treatment } from './composite-types.ts';

export interface TreatedColumn {
  values: Float64Array;
  /** `log_neg`: `log_CT_plus` on a column whose skew is not positive (COINr's label `log_CT_neg`). */
  applied: 'none' | 'winsorised' | 'log' | 'log_neg';
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
 * COINr `log_CT_plus`: `log_CT` where the skew is positive, else its mirror image
 * `−log(max + a − x)` with the same `a = 0.01 (max − min)`. Both are increasing in x, so the order
 * of the units and the indicator's direction are kept; the mirror image stretches the long lower
 * tail instead of the upper one, which `log_CT` would compress and so make the skew worse. COINr
 * tests `skew > 0` strictly: a column of skew exactly 0 takes the mirror branch.
 */
export function logCTPlus(x: Float64Array): { values: Float64Array; negative: boolean } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const a = 0.01 * (max - min);
  if (skewness(x) > 0) return { values: x.map((v) => Math.log(v - min + a)), negative: false };
  return { values: x.map((v) => -Math.log(max + a - v)), negative: true };
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
 * Treats one column (NaN = missing, kept). `none` copies it; `log` applies `log_CT` always and
 * `log_plus` `log_CT_plus` always; `coinr` follows `qTreat` as described above, and `coinr_plus`
 * the same with `log_CT_plus` as the fallback. Columns with fewer than 4 values are not treated
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
  const plus = (): TreatedColumn => {
    const p = logCTPlus(x);
    return result(p.values, p.negative ? 'log_neg' : 'log', 0);
  };
  if (t.method === 'log') return result(logCT(x), 'log', 0);
  if (t.method === 'log_plus') return plus();
  if (passes(x, t)) return result(Float64Array.from(x), 'none', 0);
  const w = winsorise(x, t);
  if (passes(w.values, t)) return result(w.values, 'winsorised', w.nwin);
  return t.method === 'coinr_plus' ? plus() : result(logCT(x), 'log', 0);
}
