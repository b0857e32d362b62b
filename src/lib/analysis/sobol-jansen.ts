/**
 * Variance-based sensitivity indices (Sobol' 1993) by Saltelli's sampling scheme with Jansen's
 * estimators (A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola, "Variance
 * based sensitivity analysis of model output. Design and estimator for the total sensitivity
 * index", Computer Physics Communications 181, 2010, Table 2 (f) and (j); M. J. W. Jansen 1999).
 *
 * Two independent N × D matrices A and B of uniforms on [0, 1); for each factor i (a group of
 * columns: a factor may span several dimensions, e.g. all the weights) the matrix A_B^i is A with
 * factor i's columns taken from B. With f evaluated on the rows of A, B and every A_B^i
 * (N (k + 2) evaluations for k factors), V = the variance of the 2N values f(A), f(B) and
 *
 *   first order  S_i  = (V − 1/(2N) Σ_j (f(B)_j − f(A_B^i)_j)²) / V
 *   total        S_Ti = 1/(2N) Σ_j (f(A)_j − f(A_B^i)_j)² / V.
 *
 * Bootstrap 95% intervals (percentiles over resamplings of the N rows, seeded) show the Monte Carlo
 * error. The evaluation order is fixed (rows of A, of B, then of A_B^1 … A_B^k) so that a run can
 * be split into chunks (a worker's progress) with the same result.
 */
import { quantileSorted } from './quantile-sorted.ts';
import { seededRng, type Rng } from './rng.ts';

export interface SobolFactor {
  id: string;
  /** Number of uniform dimensions the factor spans (≥ 1). */
  dims: number;
}

export interface SobolDesign {
  n: number;
  factors: readonly SobolFactor[];
  /** Total dimensions D (the factors' dims summed). */
  d: number;
  /** Row-major N × D. */
  a: Float64Array;
  b: Float64Array;
  /** First column of each factor. */
  offsets: number[];
  /** Evaluations needed: N (k + 2). */
  evaluations: number;
}

/** The design for `n` base rows of `factors`, uniforms from `rng` (A filled first, then B, row by row). */
export function saltelliDesign(n: number, factors: readonly SobolFactor[], rng: Rng): SobolDesign {
  if (!Number.isInteger(n) || n < 2) throw new Error(`sobol: N must be an integer ≥ 2 (got ${n})`);
  if (factors.length === 0) throw new Error('sobol: no factor to vary');
  const offsets: number[] = [];
  let d = 0;
  for (const f of factors) {
    if (!Number.isInteger(f.dims) || f.dims < 1) throw new Error(`sobol: factor ${f.id} spans ${f.dims} dimensions`);
    offsets.push(d);
    d += f.dims;
  }
  const a = new Float64Array(n * d);
  const b = new Float64Array(n * d);
  for (let i = 0; i < a.length; i++) a[i] = rng.random();
  for (let i = 0; i < b.length; i++) b[i] = rng.random();
  return { n, factors, d, a, b, offsets, evaluations: n * (factors.length + 2) };
}

/** The input row of evaluation `e` (0 ≤ e < evaluations), written into `out` (length D). */
export function designRow(design: SobolDesign, e: number, out: Float64Array): Float64Array {
  const { n, d, a, b, offsets, factors } = design;
  const block = Math.floor(e / n);
  const j = e % n;
  if (block === 1) out.set(b.subarray(j * d, (j + 1) * d));
  else {
    out.set(a.subarray(j * d, (j + 1) * d));
    if (block >= 2) {
      const i = block - 2;
      const from = offsets[i];
      const to = from + factors[i].dims;
      for (let c = from; c < to; c++) out[c] = b[j * d + c];
    }
  }
  return out;
}

export interface SobolIndex {
  id: string;
  first: number;
  total: number;
  /** Bootstrap 95% intervals [2.5%, 97.5%]. */
  firstCI: [number, number];
  totalCI: [number, number];
}

export interface SobolResult {
  n: number;
  /** Mean and variance (1/(2N)) of the output over A and B. */
  mean: number;
  variance: number;
  indices: SobolIndex[];
}

/** Point estimates from the outputs of rows `rows` (indices into 0 … N−1, repeats allowed). */
function estimate(y: Float64Array, n: number, k: number, rows: ArrayLike<number>): { first: number[]; total: number[]; mean: number; variance: number } {
  const m = rows.length;
  let sum = 0;
  let sum2 = 0;
  for (let r = 0; r < m; r++) {
    const j = rows[r];
    const ya = y[j];
    const yb = y[n + j];
    sum += ya + yb;
    sum2 += ya * ya + yb * yb;
  }
  const mean = sum / (2 * m);
  const variance = Math.max(0, sum2 / (2 * m) - mean * mean);
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < k; i++) {
    let sf = 0;
    let st = 0;
    for (let r = 0; r < m; r++) {
      const j = rows[r];
      const yab = y[(i + 2) * n + j];
      sf += (y[n + j] - yab) ** 2;
      st += (y[j] - yab) ** 2;
    }
    first.push(variance > 0 ? (variance - sf / (2 * m)) / variance : NaN);
    total.push(variance > 0 ? st / (2 * m) / variance : NaN);
  }
  return { first, total, mean, variance };
}

/**
 * The indices from `y`, the outputs of every evaluation in order (length N (k + 2)). `bootstrap`
 * resamplings (seed `bootSeed`) give the intervals; 0 leaves them NaN. Indices are NaN when the
 * output does not vary.
 */
export function sobolJansen(design: Pick<SobolDesign, 'n' | 'factors'>, y: Float64Array, bootstrap = 200, bootSeed = 1): SobolResult {
  const { n, factors } = design;
  const k = factors.length;
  if (y.length !== n * (k + 2)) throw new Error(`sobol: ${y.length} outputs for ${n * (k + 2)} evaluations`);
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const point = estimate(y, n, k, all);
  const bf = factors.map(() => new Float64Array(bootstrap));
  const bt = factors.map(() => new Float64Array(bootstrap));
  const rng = seededRng(bootSeed);
  const rows = new Int32Array(n);
  for (let r = 0; r < bootstrap; r++) {
    for (let j = 0; j < n; j++) rows[j] = rng.int(n);
    const e = estimate(y, n, k, rows);
    for (let i = 0; i < k; i++) {
      bf[i][r] = e.first[i];
      bt[i][r] = e.total[i];
    }
  }
  const ci = (x: Float64Array): [number, number] => {
    const s = x.filter((v) => !Number.isNaN(v)).sort();
    return s.length ? [quantileSorted(s, 0.025), quantileSorted(s, 0.975)] : [NaN, NaN];
  };
  return {
    n,
    mean: point.mean,
    variance: point.variance,
    indices: factors.map((f, i) => ({ id: f.id, first: point.first[i], total: point.total[i], firstCI: ci(bf[i]), totalCI: ci(bt[i]) })),
  };
}
