import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/analysis/classify.ts';
import { equalIntervalBreaks } from '../../src/lib/analysis/equal-interval-breaks.ts';

describe('equalIntervalBreaks', () => {
  it('equalIntervalBreaks splits [min, max] into k equal widths', () => {
    expect(equalIntervalBreaks([0, 10, 3], 4)).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('equalIntervalBreaks matches the simple-statistics reference breaks', () => {
    // simple-statistics test/equal_interval_breaks.test.js (commit 0c1c95a).
    const values = [1, 2, 3, 4, 5, 6];
    expect(equalIntervalBreaks(values, 4)).toEqual([1, 2.25, 3.5, 4.75, 6]);
    expect(equalIntervalBreaks(values, 2)).toEqual([1, 3.5, 6]);
    expect(equalIntervalBreaks(values, 1)).toEqual([1, 6]);
  });

  it('equalIntervalBreaks ignores NaN', () => {
    expect(equalIntervalBreaks([NaN, 1, NaN, 6], 2)).toEqual([1, 3.5, 6]);
  });

  it('equalIntervalBreaks treats Infinity and -Infinity as missing', () => {
    expect(equalIntervalBreaks([-Infinity, 1, Infinity, 6], 2)).toEqual([1, 3.5, 6]);
  });

  it('equalIntervalBreaks returns no bounds when every value is missing', () => {
    expect(equalIntervalBreaks([NaN, Infinity], 3)).toEqual([]);
  });

  it('equalIntervalBreaks gives one class [v, v] for a single distinct value', () => {
    // simple-statistics returns [1] here; the pair keeps "classes = bounds − 1".
    expect(equalIntervalBreaks([1], 4)).toEqual([1, 1]);
    expect(equalIntervalBreaks([2, 2, NaN], 4)).toEqual([2, 2]);
  });

  it('equalIntervalBreaks keeps empty classes when k exceeds the distinct values', () => {
    const values = [1, 2, 3];
    const bounds = equalIntervalBreaks(values, 5);
    expect(bounds).toHaveLength(6);
    [1, 1.4, 1.8, 2.2, 2.6, 3].forEach((b, i) => expect(bounds[i]).toBeCloseTo(b, 12));
    expect(Array.from(classify(values, bounds))).toEqual([0, 2, 4]);
  });

  it('equalIntervalBreaks handles negative values', () => {
    expect(equalIntervalBreaks([-10, -4, 2], 3)).toEqual([-10, -6, -2, 2]);
  });

  it('equalIntervalBreaks spans values whose range exceeds Number.MAX_VALUE', () => {
    const bounds = equalIntervalBreaks([-1e308, 1e308], 4);
    expect(bounds).toEqual([-1e308, -5e307, 0, 5e307, 1e308]);
  });

  it('equalIntervalBreaks rejects a k that is not a positive integer', () => {
    expect(() => equalIntervalBreaks([1, 2], -1)).toThrow(RangeError);
    expect(() => equalIntervalBreaks([1, 2], Infinity)).toThrow(RangeError);
  });
});
