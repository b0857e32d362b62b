import { quantile as d3Quantile, randomInt, randomLcg, randomUniform } from 'd3';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/analysis/classify.ts';
import { quantileBreaks } from '../../src/lib/analysis/quantile-breaks.ts';

/** Values per class, classes from classify. */
function counts(values: ArrayLike<number>, bounds: number[]): number[] {
  const out = new Array<number>(bounds.length - 1).fill(0);
  for (const c of classify(values, bounds)) if (c >= 0) out[c]++;
  return out;
}

describe('quantileBreaks', () => {
  it('quantileBreaks returns [min, type-7 quantiles at j/k, max]', () => {
    // 1…10, k = 4: h = 9j/4 = 2.25, 4.5, 6.75 → 3.25, 5.5, 7.75.
    const values = [7, 1, 10, 4, 2, 9, 3, 8, 6, 5];
    const bounds = quantileBreaks(values, 4);
    expect(bounds).toEqual([1, 3.25, 5.5, 7.75, 10]);
    expect(counts(values, bounds)).toEqual([3, 2, 2, 3]);
  });

  it('quantileBreaks matches the mapclassify quantile reference values on 0…999', () => {
    // pysal/mapclassify tests/test_mapclassify.py, TestQuantile: quantile(arange(1000), k=4)
    // = [249.75, 499.5, 749.25, 999] and k=3 = [333, 666, 999] (upper bounds; ours add the min).
    const values = Float64Array.from({ length: 1000 }, (_, i) => i);
    expect(quantileBreaks(values, 4)).toEqual([0, 249.75, 499.5, 749.25, 999]);
    expect(quantileBreaks(values, 3)).toEqual([0, 333, 666, 999]);
  });

  it('quantileBreaks ignores NaN', () => {
    expect(quantileBreaks([NaN, 3, 1, NaN, 2], 2)).toEqual([1, 2, 3]);
  });

  it('quantileBreaks treats Infinity and -Infinity as missing', () => {
    expect(quantileBreaks([1, Infinity, 2, -Infinity, 3], 2)).toEqual([1, 2, 3]);
  });

  it('quantileBreaks returns no bounds when every value is missing', () => {
    expect(quantileBreaks([NaN, NaN, Infinity], 5)).toEqual([]);
    expect(quantileBreaks([], 5)).toEqual([]);
  });

  it('quantileBreaks gives one class [v, v] for a single distinct value', () => {
    expect(quantileBreaks([7, 7, NaN, 7], 4)).toEqual([7, 7]);
  });

  it('quantileBreaks with k = 1 gives [min, max]', () => {
    expect(quantileBreaks([3, 1, 2], 1)).toEqual([1, 3]);
  });

  it('quantileBreaks handles negative values', () => {
    // n = 5: h = 4j/4 = 1, 2, 3 → the order statistics themselves.
    expect(quantileBreaks([2, -5, 10, -1, 0], 4)).toEqual([-5, -1, 0, 2, 10]);
    expect(quantileBreaks([2, -5, 10, -1, 0], 2)).toEqual([-5, 0, 10]);
  });

  it('quantileBreaks collapses equal breaks when a value repeats heavily', () => {
    // Six zeros in ten: the 1/4 and 2/4 quantiles are both 0, the 3/4 quantile is
    // h = 6.75 → 1 + 0.75·(2 − 1) = 1.75. Two classes remain, the zeros together.
    const values = [0, 0, 3, 0, 0, 1, 0, 2, 0, 4];
    const bounds = quantileBreaks(values, 4);
    expect(bounds).toEqual([0, 1.75, 4]);
    expect(counts(values, bounds)).toEqual([7, 3]);
  });

  it('quantileBreaks keeps a last class [max, max] for heavy ties at the maximum', () => {
    // n = 5, k = 2: the median (h = 2) is 1, the maximum.
    const values = [1, 0, 1, 1, 1];
    const bounds = quantileBreaks(values, 2);
    expect(bounds).toEqual([0, 1, 1]);
    expect(counts(values, bounds)).toEqual([1, 4]);
  });

  it('quantileBreaks gives no empty class when k exceeds the number of values', () => {
    // [1, 2, 3], k = 5: quantiles 1.4, 1.8, 2.2, 2.6; 1.8 and 2.6 would close empty classes
    // ([1.4, 1.8) and [2.2, 2.6)) and are dropped.
    const bounds = quantileBreaks([3, 1, 2], 5);
    expect(bounds).toEqual([1, 1.4, 2.2, 3]);
    expect(counts([1, 2, 3], bounds)).toEqual([1, 1, 1]);
  });

  it('quantileBreaks rejects a k that is not a positive integer', () => {
    expect(() => quantileBreaks([1, 2], 0)).toThrow(RangeError);
    expect(() => quantileBreaks([1, 2], 2.5)).toThrow(RangeError);
    expect(() => quantileBreaks([1, 2], NaN)).toThrow(RangeError);
  });

  it('quantileBreaks interior bounds equal d3.quantile at j/k for distinct values', () => {
    const uniform = randomUniform.source(randomLcg(0.7))(-50, 50);
    for (let trial = 0; trial < 20; trial++) {
      const values = Array.from({ length: 10 + trial * 7 }, uniform);
      const bounds = quantileBreaks(values, 5);
      expect(bounds).toHaveLength(6);
      for (let j = 1; j < 5; j++) expect(bounds[j]).toBe(d3Quantile(values, j / 5));
    }
  });

  it('quantileBreaks class counts differ by at most one when values are distinct', () => {
    const random = randomLcg(0.123);
    const uniform = randomUniform.source(random)(0, 1000);
    const size = randomInt.source(random)(8, 300);
    for (let trial = 0; trial < 200; trial++) {
      const values = Array.from({ length: size() }, uniform);
      const k = 2 + (trial % 6);
      const bounds = quantileBreaks(values, k);
      expect(bounds).toHaveLength(k + 1);
      const c = counts(values, bounds);
      expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1);
    }
  });

  it('quantileBreaks class counts exceed ⌈(n−1)/k⌉ only by the ties at the class ends', () => {
    // Heavily tied integers, half of them zero. A class [a, b) holds at most ⌈(n−1)/k⌉ values
    // strictly between its two bounding quantiles, plus the ties at its smallest value (and, for
    // the last class, at the maximum).
    const random = randomLcg(0.9);
    const digit = randomInt.source(random)(0, 6);
    const coin = randomUniform.source(random)();
    for (let trial = 0; trial < 200; trial++) {
      const n = 5 + trial;
      const values = Array.from({ length: n }, () => (coin() < 0.5 ? 0 : digit()));
      const k = 2 + (trial % 6);
      const bounds = quantileBreaks(values, k);
      const classes = classify(values, bounds);
      const c = counts(values, bounds);
      const max = Math.max(...values);
      const ties = (v: number) => values.filter((x) => x === v).length;
      for (let cls = 0; cls < c.length; cls++) {
        expect(c[cls]).toBeGreaterThan(0);
        const smallest = Math.min(...values.filter((_, i) => classes[i] === cls));
        const last = cls === c.length - 1 && smallest !== max ? ties(max) : 0;
        expect(c[cls]).toBeLessThanOrEqual(Math.ceil((n - 1) / k) + ties(smallest) + last);
      }
    }
  });

  it('quantileBreaks does not depend on the order of the values', () => {
    const values = [5, 3, 3, 9, -1, 0, 12, 7, 3, 8];
    const reversed = [...values].reverse();
    expect(quantileBreaks(reversed, 4)).toEqual(quantileBreaks(values, 4));
  });
});
