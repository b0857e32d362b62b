import { quantileSorted as d3QuantileSorted, randomLcg, randomNormal } from 'd3';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../src/lib/analysis/quantile-sorted.ts';

describe('quantileSorted', () => {
  it('quantileSorted interpolates between order statistics (Hyndman & Fan type 7)', () => {
    // n = 4: h = 3p. p = 0.5 → h = 1.5 → 2 + 0.5·(4 − 2) = 3; p = 0.25 → h = 0.75 → 1 + 0.75·1.
    const x = [1, 2, 4, 8];
    expect(quantileSorted(x, 0.5)).toBe(3);
    expect(quantileSorted(x, 0.25)).toBe(1.75);
    expect(quantileSorted(x, 0.75)).toBe(5);
  });

  it('quantileSorted gives the minimum at 0 and the maximum at 1, clamping outside', () => {
    const x = [-3, 0, 5];
    expect(quantileSorted(x, 0)).toBe(-3);
    expect(quantileSorted(x, 1)).toBe(5);
    expect(quantileSorted(x, -0.5)).toBe(-3);
    expect(quantileSorted(x, 1.5)).toBe(5);
  });

  it('quantileSorted returns NaN for no values or a NaN probability', () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(quantileSorted([1, 2], NaN)).toBeNaN();
  });

  it('quantileSorted agrees exactly with d3.quantileSorted', () => {
    const normal = randomNormal.source(randomLcg(0.42))(10, 3);
    for (const n of [1, 2, 3, 10, 57]) {
      const x = Float64Array.from({ length: n }, normal).sort();
      for (const p of [0, 0.1, 1 / 3, 0.5, 2 / 3, 0.9, 1]) {
        expect(quantileSorted(x, p)).toBe(d3QuantileSorted(Array.from(x), p));
      }
    }
  });
});
