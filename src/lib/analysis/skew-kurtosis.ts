/**
 * Sample skewness and kurtosis as COINr's `skew()` and `kurt()` compute them: e1071's type 2
 * (the definitions of Excel's SKEW and KURT). NaN values are left out (COINr's `na.rm = TRUE`).
 */

function finiteValues(x: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i])) out.push(x[i]);
  return out;
}

function centredMoments(v: number[]): { n: number; m2: number; m3: number; m4: number } {
  const n = v.length;
  let mean = 0;
  for (const a of v) mean += a;
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const a of v) {
    const d = a - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return { n, m2, m3, m4 };
}

/**
 * Skewness, e1071 type 2: `sqrt(n) Σd³ / (Σd²)^(3/2) · sqrt(n(n−1)) / (n−2)`. NaN with fewer than
 * 3 values or when all values are equal.
 */
export function skewness(x: ArrayLike<number>): number {
  const v = finiteValues(x);
  if (v.length < 3) return NaN;
  const { n, m2, m3 } = centredMoments(v);
  const g = (Math.sqrt(n) * m3) / Math.pow(m2, 1.5);
  return (g * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Excess kurtosis, e1071 type 2: with `r = n Σd⁴ / (Σd²)²`, `((n+1)(r−3) + 6)(n−1) / ((n−2)(n−3))`.
 * NaN with fewer than 4 values or when all values are equal.
 */
export function kurtosis(x: ArrayLike<number>): number {
  const v = finiteValues(x);
  if (v.length < 4) return NaN;
  const { n, m2, m4 } = centredMoments(v);
  const r = (n * m4) / (m2 * m2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
