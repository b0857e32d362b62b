import { describe, expect, it } from 'vitest';
import { bivariateClasses, classOf, coverageClasses, NO_COVERAGE, NO_DATA, NOT_STATED } from '../../src/lib/analysis/bivariate-classes.ts';
import { quantileCuts } from '../../src/lib/analysis/quantile-cuts.ts';
import { bivariateColour, bivariateFill, coverageColour, coverageFill, NO_COVERAGE_COLOUR, BIVARIATE } from '../../src/lib/map/coverage-colours.ts';

describe('quantileCuts / classOf (terciles)', () => {
  it('splits 10…70 at 30 and 50 (type-7 positions 2 and 4)', () => {
    const b = quantileCuts([70, 10, 40, 20, 60, 30, 50], 3);
    expect(b).toEqual([30, 50]);
    expect([10, 20, 30, 40, 50, 60, 70].map((v) => classOf(v, b))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
  it('never splits ties: four 1s share the lowest class, the middle class is empty', () => {
    // sorted 1,1,1,1,2,3: h = 5/3 → 1; h = 10/3 → 1 + (1/3)(2 − 1)
    const b = quantileCuts([1, 2, 1, 3, 1, 1], 3);
    expect(b[0]).toBe(1);
    expect(b[1]).toBeCloseTo(4 / 3, 12);
    expect([1, 1, 1, 1, 2, 3].map((v) => classOf(v, b))).toEqual([0, 0, 0, 0, 2, 2]);
  });
  it('ignores NaN and gives no breaks for no values', () => {
    expect(quantileCuts([NaN, 5, NaN], 3)).toEqual([5, 5]);
    expect(quantileCuts([NaN], 3)).toEqual([]);
  });
});

describe('coverageClasses', () => {
  it('no activity is its own class, not the lowest of the scale; activities without an amount are not stated', () => {
    const { classes, breaks } = coverageClasses([0, 1, 2, 1, 3], [0, NaN, 10, 20, 30], 3);
    // covered with a value: 10, 20, 30 → breaks at h = 2/3 and 4/3
    expect(breaks[0]).toBeCloseTo(10 + (2 / 3) * 10, 12);
    expect(breaks[1]).toBeCloseTo(20 + (1 / 3) * 10, 12);
    expect([...classes]).toEqual([NO_COVERAGE, NOT_STATED, 0, 1, 2]);
    expect(coverageColour(NO_COVERAGE)).toBe(NO_COVERAGE_COLOUR);
    expect(coverageColour(0)).not.toBe(NO_COVERAGE_COLOUR);
    expect([...coverageFill(classes).slice(0, 4)]).toEqual([0xfd, 0xae, 0x61, 255]);
  });
});

describe('bivariateClasses', () => {
  it('need tercile × (none | coverage tercile), with no need and not stated apart', () => {
    const need = [1, 2, 3, NaN, 3];
    const activities = [0, 2, 1, 1, 3];
    const amount = [0, NaN, 5, 5, 7];
    const b = bivariateClasses(need, activities, amount);
    // need over 1,2,3,3: breaks at positions 1 and 2 → [2, 3]; 1, 2 → low, 3 → mid
    expect(b.needBreaks).toEqual([2, 3]);
    // coverage over 5, 5, 7 (covered units with an amount, need or not): [5, 5 + 2/3]
    expect(b.coverageBreaks[0]).toBe(5);
    expect(b.coverageBreaks[1]).toBeCloseTo(5 + 2 / 3, 12);
    expect([...b.classes]).toEqual([0 * 4 + 0, NOT_STATED, 1 * 4 + 1, NO_DATA, 1 * 4 + 3]);
  });
  it('colours: Grossenbacher red–blue grid for covered units, an orange column for no coverage', () => {
    expect(bivariateColour(0)).toBe('#fee6c2');
    expect(bivariateColour(8)).toBe('#e66101');
    expect(bivariateColour(9)).toBe(BIVARIATE[2][0]);
    expect(bivariateColour(9)).toBe('#ae3a4e');
    expect(bivariateColour(11)).toBe('#3f2949');
    expect(bivariateColour(1)).toBe('#cabed0');
    const rgba = bivariateFill(Int8Array.from([11, NO_DATA]));
    expect([...rgba]).toEqual([0x3f, 0x29, 0x49, 255, 0xe0, 0xe0, 0xe0, 255]);
  });
});
