/**
 * COINr's `log_CT_plus` (treatment `log_plus`) and `qTreat(f2 = "log_CT_plus")` (treatment
 * `coinr_plus`) against numbers computed with COINr's functions (tests/fixtures/coinr/README.md,
 * sections 3 and 4 of scripts/reference/coinr-reference.R), against a naive re-statement of the
 * formula written here, on hand-checked small cases, and on real columns of the default data
 * whose skew is negative or near 0: there `log_CT` makes the skew strongly negative, and
 * `log_CT_plus` does not where the skew is negative.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Treatment } from '../../src/lib/analysis/composite-types.ts';
import { kurtosis, skewness } from '../../src/lib/analysis/skew-kurtosis.ts';
import { logCT, logCTPlus, treatColumn } from '../../src/lib/analysis/treat-column.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/coinr/${name}`, import.meta.url), 'utf8');
const numbers = (s: string) => Float64Array.from(s.split(','), Number);
const rule = (method: Treatment['method']): Treatment => ({ method, winmax: 5, skew: 2, kurtosis: 3.5 });

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (Number.isNaN(expected[i])) expect(actual[i], `at ${i}`).toBeNaN();
    else expect(Math.abs(actual[i] - expected[i]), `at ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected[i])));
  }
}

/**
 * log_CT_plus restated from COINr's documentation, independently of the engine: the skew by the
 * textbook moment formula over the present values (sample sd form of e1071 type 2), then
 * log(x − min + a) if it is positive, else −log(max + a − x), with a = (max − min) / 100.
 */
function naiveLogCTPlus(x: number[]): number[] {
  const v = x.filter((a) => !Number.isNaN(a));
  const n = v.length;
  const mean = v.reduce((s, a) => s + a, 0) / n;
  const sd = Math.sqrt(v.reduce((s, a) => s + (a - mean) ** 2, 0) / (n - 1));
  const skew = (n / ((n - 1) * (n - 2))) * v.reduce((s, a) => s + ((a - mean) / sd) ** 3, 0);
  const min = Math.min(...v);
  const max = Math.max(...v);
  const a = (max - min) / 100;
  return x.map((xi) => (skew > 0 ? Math.log(xi - min + a) : -Math.log(max + a - xi)));
}

describe('log_CT_plus and qTreat(f2 = "log_CT_plus") equal COINr', () => {
  const cases = fixture('treat-plus.txt').trim().split('\n').map((l) => l.split('|'));

  it('covers positive and negative skew, with and without the fallback', () => {
    expect(cases.length).toBe(16);
    const negLog = cases.filter(([name, input]) => name.startsWith('neg_') && treatColumn(numbers(input), rule('coinr_plus')).applied === 'log_neg');
    expect(negLog.map(([name]) => name)).toEqual(['neg_zeroinf', 'neg_spike']);
  });

  it.each(cases)('%s: coinr_plus as qTreat, log_plus as log_CT_plus', (_name, input, qtreat, plus) => {
    expectClose(treatColumn(numbers(input), rule('coinr_plus')).values, numbers(qtreat), 1e-12);
    expectClose(treatColumn(numbers(input), rule('log_plus')).values, numbers(plus), 1e-12);
    expectClose(Float64Array.from(naiveLogCTPlus([...numbers(input)])), numbers(plus), 1e-12);
  });

  it('on a positively skewed column coinr_plus is coinr (the same fallback, log_CT)', () => {
    const plain = fixture('treat.txt').trim().split('\n').map((l) => l.split('|'));
    for (const [name, input, expected] of plain) {
      expectClose(treatColumn(numbers(input), rule('coinr_plus')).values, numbers(expected), 1e-12);
      expect(name).not.toMatch(/^neg_/);
    }
  });
});

describe('log_CT_plus by hand', () => {
  it('uses log_CT where the skew is positive: [1, 2, 3, 10] → log(x − 1 + 0.09)', () => {
    const r = treatColumn(Float64Array.of(1, 2, 3, 10), rule('log_plus'));
    expect(r.applied).toBe('log');
    expectClose(r.values, [Math.log(0.09), Math.log(1.09), Math.log(2.09), Math.log(9.09)], 1e-15);
  });

  it('uses the mirror image where it is negative: [−10, −3, −2, −1] → −log(−1 + 0.09 − x)', () => {
    const r = treatColumn(Float64Array.of(-10, -3, -2, -1), rule('log_plus'));
    expect(r.applied).toBe('log_neg');
    expectClose(r.values, [-Math.log(9.09), -Math.log(2.09), -Math.log(1.09), -Math.log(0.09)], 1e-15);
    // The mirror image keeps the order (increasing), and log_CT_plus(−x) = −log_CT_plus(x).
    expectClose(r.values, logCTPlus(Float64Array.of(1, 2, 3, 10)).values.map((v) => -v).reverse(), 1e-15);
  });

  it('takes the mirror branch at skew exactly 0 (COINr tests skew > 0) and keeps missing values', () => {
    const r = logCTPlus(Float64Array.of(1, 2, 3, NaN));
    expect(skewness(Float64Array.of(1, 2, 3))).toBeCloseTo(0, 15);
    expect(r.negative).toBe(true);
    expectClose(r.values, [-Math.log(3.02 - 1), -Math.log(3.02 - 2), -Math.log(3.02 - 3), NaN], 1e-15);
  });

  it('coinr_plus winsorises first, like coinr; falls back to log_CT_plus only when that fails', () => {
    const low = Float64Array.of(-900, -850, ...Array.from({ length: 25 }, (_, i) => i + 1));
    const w = treatColumn(low, rule('coinr_plus'));
    expect(w).toMatchObject({ applied: 'winsorised', winsorised: 2 });
    expectClose(w.values, treatColumn(low, rule('coinr')).values, 0);
  });
});

const moments = (x: Float64Array) => [Number(skewness(x).toFixed(2)), Number(kurtosis(x).toFixed(2))];

describe('real columns of the default data with negative skew (public/data/indicators.csv)', () => {
  // The fixture keeps the values it was computed on (the default data when it was made), so that
  // a later data build does not void it.
  const real = fixture('treat-plus-real.csv').trim().split('\n').slice(1).map((l) => l.split(','));
  const byColumn = new Map<string, { value: number[]; logCt: number[]; plus: number[] }>();
  for (const [unit, id, value, logCt, plus] of real) {
    const key = `${id}|${unit.slice(0, 2)}`;
    if (!byColumn.has(key)) byColumn.set(key, { value: [], logCt: [], plus: [] });
    const c = byColumn.get(key)!;
    c.value.push(Number(value));
    c.logCt.push(Number(logCt));
    c.plus.push(Number(plus));
  }

  it.each([...byColumn.keys()])('%s: log and log_plus equal COINr log_CT and log_CT_plus', (key) => {
    const c = byColumn.get(key)!;
    const x = Float64Array.from(c.value);
    expect(x.length).toBeGreaterThan(40);
    expectClose(logCT(x), c.logCt, 1e-12);
    expectClose(treatColumn(x, rule('log_plus')).values, c.plus, 1e-12);
  });

  // Skew and kurtosis (e1071 type 2) of the column, under log_CT, under log_CT_plus.
  it.each([
    // Skew just above 0: log_CT_plus takes log_CT's branch, and both give −2.23 / 5.25.
    ['gt_mgmt_admin_index', 'GT', [0.06, -0.55], [-2.23, 5.25], [-2.23, 5.25]],
    ['violence_score', 'GT', [-0.52, -0.81], [-2.44, 9.08], [0.84, -0.73]],
    ['violence_score', 'HN', [-0.07, -0.69], [-1.99, 5.23], [2.41, 8.62]],
    ['violence_score', 'SV', [-0.46, -0.55], [-3.31, 12.15], [1.23, 0.73]],
    ['gt_poverty_pct', 'GT', [-0.55, -0.34], [-2.52, 9.96], [1.36, 3.81]],
    ['households_remittances_pct', 'HN', [-0.61, 0.55], [-4.08, 19.73], [1.81, 2.69]],
  ] as const)('%s in %s: skew/kurtosis %j, under log_CT %j, under log_CT_plus %j', (id, country, before, underLog, underPlus) => {
    const x = Float64Array.from(byColumn.get(`${id}|${country}`)!.value);
    expect(moments(x)).toEqual(before);
    expect(moments(treatColumn(x, rule('log')).values)).toEqual(underLog);
    expect(moments(treatColumn(x, rule('log_plus')).values)).toEqual(underPlus);
  });
});
