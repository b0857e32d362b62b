import { describe, expect, it } from 'vitest';
import { sortedFinite } from '../../src/lib/analysis/sorted-finite.ts';

describe('sortedFinite', () => {
  it('sortedFinite sorts numerically, not as strings', () => {
    expect(Array.from(sortedFinite([10, 9, -2, 100, 1]))).toEqual([-2, 1, 9, 10, 100]);
  });

  it('sortedFinite ignores NaN, Infinity and -Infinity', () => {
    expect(Array.from(sortedFinite([NaN, 3, Infinity, 1, -Infinity, 2]))).toEqual([1, 2, 3]);
  });

  it('sortedFinite returns an empty array when every value is missing', () => {
    expect(sortedFinite(new Float64Array([NaN, NaN])).length).toBe(0);
  });

  it('sortedFinite leaves its input untouched', () => {
    const input = new Float64Array([3, 1, 2]);
    sortedFinite(input);
    expect(Array.from(input)).toEqual([3, 1, 2]);
  });
});
