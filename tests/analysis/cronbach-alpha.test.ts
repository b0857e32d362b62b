/**
 * Cronbach's alpha as COINr's get_cronbach computes it, k/(k−1)·(1 − trace(C)/sum(C)) from the
 * pairwise complete covariance matrix, against: the published example of Julia StatsBase's
 * `cronbachalpha` (covariance matrix [10 6 6 6; 6 11 6 6; 6 6 12 6; 6 6 6 13] → 0.8136); a
 * hand-computed case; and the textbook form k/(k−1)·(1 − Σ var(item) / var(total)) written
 * independently here for complete data.
 */
import { describe, expect, it } from 'vitest';
import { covariance, cronbachAlpha, cronbachAlphaFromCovariance } from '../../src/lib/analysis/cronbach-alpha.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';

function variance(x: number[]): number {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1);
}

function alphaTextbook(items: number[][]): number {
  const k = items.length;
  const total = items[0].map((_, i) => items.reduce((s, it) => s + it[i], 0));
  return (k / (k - 1)) * (1 - items.reduce((s, it) => s + variance(it), 0) / variance(total));
}

describe('cronbachAlpha', () => {
  it('the published StatsBase example: 0.8136 (exactly 4/3 · 72/118)', () => {
    const c = [
      [10, 6, 6, 6],
      [6, 11, 6, 6],
      [6, 6, 12, 6],
      [6, 6, 6, 13],
    ];
    expect(cronbachAlphaFromCovariance(c)).toBeCloseTo(0.8136, 4);
    expect(cronbachAlphaFromCovariance(c)).toBeCloseTo((4 / 3) * (72 / 118), 14);
  });

  it('hand-computed: items (1,2,3) and (1,3,2): var 1 and 1, cov 0.5 → 2·(1 − 2/3) = 2/3', () => {
    expect(covariance([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 14);
    expect(cronbachAlpha([Float64Array.of(1, 2, 3), Float64Array.of(1, 3, 2)])).toBeCloseTo(2 / 3, 14);
  });

  it('equals the variance-of-total form on complete random data (seed 7, 30 sets of 2…6 items)', () => {
    const rng = seededRng(7);
    for (let t = 0; t < 30; t++) {
      const k = 2 + rng.int(5);
      const n = 5 + rng.int(60);
      const common = Array.from({ length: n }, () => rng.random());
      const items = Array.from({ length: k }, () => common.map((c) => c + 0.7 * rng.random()));
      expect(cronbachAlpha(items)).toBeCloseTo(alphaTextbook(items), 12);
    }
  });

  it('pairwise complete covariances with missing values; NaN with one item', () => {
    expect(covariance([1, 2, NaN, 3], [1, 3, 9, 2])).toBeCloseTo(0.5, 14);
    expect(cronbachAlpha([Float64Array.of(1, 2, 3)])).toBeNaN();
  });
});
