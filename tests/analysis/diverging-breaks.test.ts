import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/analysis/classify.ts';
import { divergingBreaks } from '../../src/lib/analysis/diverging-breaks.ts';

describe('divergingBreaks', () => {
  it('symmetric equal classes about zero, ends at ± max |x|', () => {
    const b = divergingBreaks([-3, 1, 10, NaN], 5);
    expect(b).toEqual([-10, -6, -2, 2, 6, 10]);
    // Zero and small changes fall in the middle (neutral) class; the extremes in the end classes.
    expect(Array.from(classify([0, -1.9, 1.9, -10, 10, 2, NaN], b))).toEqual([2, 2, 2, 0, 4, 3, -1]);
  });

  it('keeps zero in the middle class even when every value is of one sign', () => {
    const b = divergingBreaks([0.5, 3], 3);
    expect(b).toEqual([-3, -1, 1, 3]);
    expect(Array.from(classify([0.5, 3], b))).toEqual([1, 2]);
  });

  it('degenerate columns: no finite value, all zero', () => {
    expect(divergingBreaks([NaN, Infinity], 7)).toEqual([]);
    expect(divergingBreaks([0, -0, NaN], 7)).toEqual([0, 0]);
  });

  it('asks for an odd number of classes', () => {
    expect(() => divergingBreaks([1], 4)).toThrow(/odd/);
    expect(() => divergingBreaks([1], 1)).toThrow(/odd/);
  });
});
