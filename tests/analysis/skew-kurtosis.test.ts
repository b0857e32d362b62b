import { describe, expect, it } from 'vitest';
import { kurtosis, skewness } from '../../src/lib/analysis/skew-kurtosis.ts';

/** Excel's SKEW and KURT written with the sample standard deviation (another form of e1071 type 2). */
function excel(x: number[]): { skew: number; kurt: number } {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const z3 = x.reduce((a, b) => a + ((b - mean) / s) ** 3, 0);
  const z4 = x.reduce((a, b) => a + ((b - mean) / s) ** 4, 0);
  return {
    skew: (n / ((n - 1) * (n - 2))) * z3,
    kurt: ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * z4 - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3)),
  };
}

describe('skewness and kurtosis (e1071 type 2, as COINr skew/kurt and Excel SKEW/KURT)', () => {
  it.each([[[1, 2, 3, 4, 10]], [[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]], [[0.5, 100, 2, 2, 2, 3, 1, 0]]])('matches the Excel form on %j', (x) => {
    const e = excel(x);
    expect(skewness(Float64Array.from(x))).toBeCloseTo(e.skew, 12);
    expect(kurtosis(Float64Array.from(x))).toBeCloseTo(e.kurt, 12);
  });

  it('ignores missing values and is NaN with too few points or no spread', () => {
    expect(skewness(Float64Array.of(1, NaN, 2, 3, 4, 10))).toBeCloseTo(excel([1, 2, 3, 4, 10]).skew, 12);
    expect(skewness(Float64Array.of(1, 2))).toBeNaN();
    expect(kurtosis(Float64Array.of(1, 2, 3))).toBeNaN();
    expect(skewness(Float64Array.of(2, 2, 2, 2))).toBeNaN();
  });

  it('a symmetric sample has skewness 0', () => {
    expect(skewness(Float64Array.of(1, 2, 3, 4, 5))).toBeCloseTo(0, 15);
    // Known value: KURT(1,2,3,4,5) = −1.2
    expect(kurtosis(Float64Array.of(1, 2, 3, 4, 5))).toBeCloseTo(-1.2, 12);
  });
});
