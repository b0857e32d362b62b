import { describe, expect, it } from 'vitest';
import { boundsOverYears, classesWithinGroupsOverYears, pooledYears } from '../../src/lib/analysis/classes-over-years.ts';
import { equalIntervalBreaks } from '../../src/lib/analysis/equal-interval-breaks.ts';
import { quantileBreaks } from '../../src/lib/analysis/quantile-breaks.ts';
import { classify } from '../../src/lib/analysis/classify.ts';

describe('class bounds fixed over all years', () => {
  // Three units over two years: 2014 low, 2023 high.
  const y2014 = Float64Array.from([1, 2, NaN]);
  const y2023 = Float64Array.from([7, 10, 4]);

  it('pools every finite unit-year, missing ones left out', () => {
    expect([...pooledYears([y2014, y2023])]).toEqual([1, 2, 7, 10, 4]);
  });

  it('computes the bounds on all years together, so one colour means one value in every year', () => {
    // Equal intervals on 1…10 in 3 classes: 1, 4, 7, 10 (by hand).
    const b = boundsOverYears([y2014, y2023], equalIntervalBreaks, 3);
    expect(b).toEqual([1, 4, 7, 10]);
    // 2014 is all in the lowest class, where per-year classes would spread it over the palette.
    expect([...classify(y2014, b)]).toEqual([0, 0, -1]);
    expect([...classify(y2023, b)]).toEqual([2, 2, 1]);
    expect([...classify(y2014, equalIntervalBreaks(y2014, 3))]).toEqual([0, 2, -1]);
  });

  it('within groups: each group\'s bounds over its own unit-years, counts of the year shown', () => {
    // Units 0,1 in group 0; units 2,3 in group 1.
    const a = Float64Array.from([0, 10, 100, NaN]);
    const b = Float64Array.from([5, 20, 300, 200]);
    const r = classesWithinGroupsOverYears(a, [a, b], [0, 0, 1, 1], 2, equalIntervalBreaks, 2);
    // Group 0: 0…20 → [0, 10, 20]; group 1: 100…300 → [100, 200, 300].
    expect(r.bounds).toEqual([
      [0, 10, 20],
      [100, 200, 300],
    ]);
    expect([...r.classes]).toEqual([0, 1, 0, -1]);
    expect(r.counts).toEqual([
      [1, 1],
      [1, 0],
    ]);
    expect(r.noData).toEqual([0, 1]);
  });

  it('refuses columns of another length', () => {
    expect(() => classesWithinGroupsOverYears([1, 2], [[1, 2, 3]], [0, 0], 1, quantileBreaks, 2)).toThrow(RangeError);
  });
});
