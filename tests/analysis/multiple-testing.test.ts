import { describe, expect, it } from 'vitest';
import { bonferroniThreshold, fdrThreshold, significanceThreshold } from '../../src/lib/analysis/multiple-testing.ts';

describe('fdrThreshold (Benjamini–Hochberg, threshold k·α/m as esda)', () => {
  it('a known vector: m = 10, α = 0.05 (steps up past a failing k)', () => {
    // Sorted p against k·α/m = k·0.005: 0.001 ≤ 0.005 ✓, 0.008 ≤ 0.010 ✓, 0.018 > 0.015 ✗,
    // 0.019 ≤ 0.020 ✓, 0.031 > 0.025, 0.04 > 0.030, 0.2, 0.5, 0.7, 0.9 ✗. The largest qualifying k
    // is 4 (k = 3 fails, BH does not stop there; GeoDa's GetFDR would, giving 0.010): threshold 0.02.
    const p = [0.5, 0.018, 0.9, 0.001, 0.04, 0.2, 0.031, 0.008, 0.7, 0.019];
    expect(fdrThreshold(p, 0.05)).toBeCloseTo(0.02, 15);
    expect(p.filter((v) => v <= fdrThreshold(p, 0.05)).sort()).toEqual([0.001, 0.008, 0.018, 0.019]);
  });
  it('p equal to its critical value qualifies (≤)', () => {
    expect(fdrThreshold([0.01, 0.5], 0.02)).toBe(0.01);
  });
  it("nothing qualifies → α/m (esda's fallback), which rejects nothing", () => {
    const p = [0.2, 0.3, 0.9];
    expect(fdrThreshold(p, 0.05)).toBeCloseTo(0.05 / 3, 15);
    expect(p.some((v) => v <= fdrThreshold(p, 0.05))).toBe(false);
  });
  it('all qualify → α', () => {
    expect(fdrThreshold([0.001, 0.002, 0.003, 0.004], 0.05)).toBe(0.05);
  });
  it('NaN (not tested) is not counted in m', () => {
    expect(fdrThreshold([0.001, NaN, 0.04, NaN], 0.05)).toBe(0.05);
    expect(fdrThreshold([0.03, NaN, 0.04, NaN], 0.05)).toBe(0.05);
    expect(fdrThreshold([0.03, NaN, 0.2, NaN], 0.05)).toBe(0.025);
  });
});

describe('bonferroniThreshold and significanceThreshold', () => {
  it('α/m over the finite p-values', () => {
    expect(bonferroniThreshold([0.1, 0.2, NaN, 0.3, 0.4], 0.05)).toBeCloseTo(0.0125, 15);
  });
  it('dispatches on the correction', () => {
    const p = [0.001, 0.01, 0.02, 0.5];
    expect(significanceThreshold(p, 0.05, 'none')).toBe(0.05);
    expect(significanceThreshold(p, 0.05, 'bonferroni')).toBe(0.0125);
    expect(significanceThreshold(p, 0.05, 'fdr')).toBeCloseTo(0.0375, 15);
  });
  it('refuses α outside (0, 1) and an unknown correction', () => {
    expect(() => significanceThreshold([0.1], 0, 'none')).toThrow(/significance level/);
    expect(() => significanceThreshold([0.1], 0.05, 'holm' as never)).toThrow(/unknown/);
  });
});
