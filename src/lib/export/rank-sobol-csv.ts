/**
 * The variance-based sensitivity indices as CSV: one row per assumption with its first-order and
 * total index and their bootstrap intervals, and the output, method, samples, evaluations, seed and
 * jitter on every row (a file read alone still says how it was made).
 */
import type { RankSobolResult } from '../analysis/rank-sobol.ts';
import { toCsv } from './csv.ts';

const num = (x: number): number | null => (Number.isFinite(x) ? Number(x.toFixed(6)) : null);

const HEADER = ['factor', 'first_order', 'first_order_ci_low', 'first_order_ci_high', 'total', 'total_ci_low', 'total_ci_high', 'mean_abs_rank_shift', 'output', 'method', 'samples', 'evaluations', 'bootstrap', 'seed', 'weight_jitter'];

export function rankSobolCsv(r: RankSobolResult): string {
  return toCsv(
    HEADER,
    r.indices.map((i) => [i.id, num(i.first), num(i.firstCI[0]), num(i.firstCI[1]), num(i.total), num(i.totalCI[0]), num(i.totalCI[1]), num(r.meanShift), 'mean absolute rank shift within country', r.method, r.samples, r.evaluations, r.bootstrap, r.seed, r.weightJitter]),
  );
}
