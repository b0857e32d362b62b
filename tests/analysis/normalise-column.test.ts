import { describe, expect, it } from 'vitest';
import { normaliseColumn } from '../../src/lib/analysis/normalise-column.ts';

const col = (...v: number[]) => Float64Array.from(v);
const close = (actual: Float64Array, expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => (Number.isNaN(e) ? expect(actual[i]).toBeNaN() : expect(actual[i]).toBeCloseTo(e, 12)));
};

describe('normaliseColumn', () => {
  it('min–max maps the range exactly, missing values kept', () => {
    close(normaliseColumn(col(2, 4, NaN, 6, 10), { method: 'minmax', range: [0, 100] }), [0, 25, NaN, 50, 100]);
    close(normaliseColumn(col(2, 4, 6, 10), { method: 'minmax', range: [1, 10] }), [1, 1 + 9 / 4, 1 + 9 / 2, 10]);
  });

  it('z-score uses the sample standard deviation (R sd)', () => {
    close(normaliseColumn(col(1, 2, 3), { method: 'zscore', range: [0, 100] }), [-1, 0, 1]);
    // mean 5, sum of squares 32, sample variance 32 / 7
    close(normaliseColumn(col(2, 4, 4, 4, 5, 5, 7, 9), { method: 'zscore', range: [0, 100] }), [2, 4, 4, 4, 5, 5, 7, 9].map((v) => (v - 5) / Math.sqrt(32 / 7)));
  });

  it('percentile rank gives ties the lowest rank (COINr n_prank) and scales to the range', () => {
    // min ranks 3, 1, 3, 2 of 4 values → (r − 1) / 3
    close(normaliseColumn(col(3, 1, 3, 2), { method: 'rank', range: [0, 100] }), [200 / 3, 0, 200 / 3, 100 / 3]);
    close(normaliseColumn(col(NaN, 7, 5), { method: 'rank', range: [0, 1] }), [NaN, 1, 0]);
  });

  it('gives NaN when there is no spread, as COINr does', () => {
    close(normaliseColumn(col(4, 4, NaN), { method: 'minmax', range: [0, 100] }), [NaN, NaN, NaN]);
    close(normaliseColumn(col(4, 4), { method: 'zscore', range: [0, 100] }), [NaN, NaN]);
    close(normaliseColumn(col(4), { method: 'rank', range: [0, 100] }), [NaN]);
  });
});
