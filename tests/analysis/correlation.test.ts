/**
 * Pearson and Spearman over pairwise complete observations (R's cor(use = "pairwise.complete.obs")),
 * checked against hand-computed cases and the textbook rank-difference formula
 * rho = 1 − 6 Σd² / (n (n² − 1)) (valid without ties), written independently here.
 */
import { describe, expect, it } from 'vitest';
import { completeCount, pearson, spearman } from '../../src/lib/analysis/correlation.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';

/** Textbook Spearman without ties: ranks by sorting, then 1 − 6Σd²/(n(n²−1)). */
function spearmanTextbook(x: number[], y: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((_, i) => i).sort((a, b) => v[a] - v[b]);
    const r = new Array<number>(v.length);
    order.forEach((i, k) => (r[i] = k + 1));
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const n = x.length;
  const d2 = rx.reduce((s, r, i) => s + (r - ry[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

describe('pearson', () => {
  it('hand-computed: (1..5) with (2,4,5,4,5) is 6/√60 = √0.6', () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(Math.sqrt(0.6), 14);
  });
  it('uses the complete pairs only', () => {
    expect(pearson([1, 2, NaN, 3, 4, 5, 9], [2, 4, 7, 5, 4, 5, NaN])).toBeCloseTo(Math.sqrt(0.6), 14);
    expect(completeCount([1, 2, NaN, 3, 4, 5, 9], [2, 4, 7, 5, 4, 5, NaN])).toBe(5);
  });
  it('is ±1 on lines and NaN without spread or pairs', () => {
    expect(pearson([1, 2, 3], [5, 3, 1])).toBe(-1);
    expect(pearson([1, 2, 3], [2, 2, 2])).toBeNaN();
    expect(pearson([1, NaN], [NaN, 1])).toBeNaN();
  });
});

describe('spearman', () => {
  it('hand-computed with ties: (1..5) with (2,4,5,4,5) → ranks (1,2.5,4.5,2.5,4.5), 7/√90', () => {
    expect(spearman([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(7 / Math.sqrt(90), 14);
  });
  it('equals the textbook formula on tie-free random data (seed 20261207, 40 draws of 3…60 pairs)', () => {
    const rng = seededRng(20261207);
    for (let t = 0; t < 40; t++) {
      const n = 3 + rng.int(58);
      const x = Array.from({ length: n }, () => rng.random());
      const y = x.map((v) => v * (rng.random() - 0.3) + rng.random());
      expect(spearman(x, y)).toBeCloseTo(spearmanTextbook(x, y), 12);
    }
  });
  it('is invariant to monotone transforms and drops incomplete pairs', () => {
    const x = [3, 1, 4, 1.5, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2.5, 8.5, 2.8, 1.8];
    expect(spearman(x.map(Math.exp), y.map((v) => v ** 3))).toBeCloseTo(spearman(x, y), 14);
    expect(spearman([...x, NaN, 4], [...y, 3, NaN])).toBeCloseTo(spearman(x, y), 14);
  });
});
