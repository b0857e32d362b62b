import { randomLcg, randomNormal } from 'd3';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/analysis/classify.ts';
import { naturalBreaks } from '../../src/lib/analysis/natural-breaks.ts';
import { quantileBreaks } from '../../src/lib/analysis/quantile-breaks.ts';

describe('classify', () => {
  it('classify puts a ≤ x < b in the class of [a, b) and closes the last class', () => {
    const bounds = [0, 10, 20, 30];
    expect(Array.from(classify([0, 5, 9.99, 10, 15, 20, 29, 30], bounds))).toEqual([
      0, 0, 0, 1, 1, 2, 2, 2,
    ]);
  });

  it('classify gives -1 to NaN, Infinity and -Infinity', () => {
    expect(Array.from(classify([NaN, Infinity, -Infinity, 5], [0, 10, 20]))).toEqual([-1, -1, -1, 0]);
  });

  it('classify gives -1 everywhere for empty bounds', () => {
    expect(Array.from(classify(new Float64Array([NaN, NaN]), []))).toEqual([-1, -1]);
  });

  it('classify puts every value in class 0 for one class [v, v]', () => {
    expect(Array.from(classify([7, 7, NaN], [7, 7]))).toEqual([0, 0, -1]);
  });

  it('classify fills a degenerate last class [max, max] with the ties at the maximum', () => {
    expect(Array.from(classify([0, 1, 1, 0.5], [0, 1, 1]))).toEqual([0, 1, 1, 0]);
  });

  it('classify clamps values outside the bounds to the end classes', () => {
    expect(Array.from(classify([-5, 35], [0, 10, 20, 30]))).toEqual([0, 2]);
  });

  it('classify handles negative bounds', () => {
    expect(Array.from(classify([-5, -1, 0, 2, 10], [-5, -1, 0, 2, 10]))).toEqual([0, 1, 2, 3, 3]);
  });

  it('classify rejects a single bound, unsorted or non-finite bounds and more than 127 classes', () => {
    expect(() => classify([1], [1])).toThrow(RangeError);
    expect(() => classify([1], [0, 2, 1])).toThrow(RangeError);
    expect(() => classify([1], [0, NaN])).toThrow(RangeError);
    expect(() => classify([1], [-Infinity, 0])).toThrow(RangeError);
    const many = Array.from({ length: 129 }, (_, i) => i);
    expect(() => classify([1], many)).toThrow(RangeError);
    expect(classify([128], many.slice(0, 128))[0]).toBe(126);
  });

  it('classify is monotone in the value and gives every finite value a class in range', () => {
    const normal = randomNormal.source(randomLcg(0.31))(0, 100);
    for (let trial = 0; trial < 50; trial++) {
      const values = Array.from({ length: 200 }, () => Math.round(normal()));
      values[trial] = NaN;
      const k = 1 + (trial % 7);
      const bounds = trial % 2 ? quantileBreaks(values, k) : naturalBreaks(values, k);
      const classes = classify(values, bounds);
      const order = values.map((_, i) => i).filter((i) => !Number.isNaN(values[i]));
      order.sort((a, b) => values[a] - values[b]);
      for (let t = 0; t < order.length; t++) {
        const c = classes[order[t]];
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThan(bounds.length - 1);
        if (t > 0) expect(c).toBeGreaterThanOrEqual(classes[order[t - 1]]);
      }
      expect(classes[trial]).toBe(-1);
    }
  });

  it('classify agrees with a linear scan of the bounds', () => {
    const normal = randomNormal.source(randomLcg(0.77))(0, 1);
    const bounds = [-2, -1, -0.5, 0, 0.5, 1, 2];
    const values = Array.from({ length: 500 }, normal);
    const classes = classify(values, bounds);
    values.forEach((x, i) => {
      let c = 0;
      while (c < bounds.length - 2 && bounds[c + 1] <= x) c++;
      expect(classes[i]).toBe(c);
    });
  });
});
