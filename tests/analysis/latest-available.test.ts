import { describe, expect, it } from 'vitest';
import { latestAvailable } from '../../src/lib/analysis/latest-available.ts';

describe('latestAvailable', () => {
  const years = [2013, 2016, 2018];
  const byYear = [
    [0.1, 0.2, NaN, NaN],
    [0.3, NaN, 0.5, NaN],
    [NaN, NaN, 0.6, NaN],
  ];

  it('takes each unit’s most recent value and says which year it is from', () => {
    const r = latestAvailable(years, byYear);
    expect(Array.from(r.values.subarray(0, 3))).toEqual([0.3, 0.2, 0.6]);
    expect(r.values[3]).toBeNaN();
    expect(Array.from(r.year)).toEqual([2016, 2013, 2018, 0]);
  });

  it('never takes a year after the chosen one', () => {
    const r = latestAvailable(years, byYear, 2016);
    expect(Array.from(r.year)).toEqual([2016, 2013, 2016, 0]);
    expect(r.values[2]).toBe(0.5);
    expect(Array.from(latestAvailable(years, byYear, 2012).year)).toEqual([0, 0, 0, 0]);
  });

  it('refuses unordered years and misaligned columns', () => {
    expect(() => latestAvailable([2018, 2013], [[1], [2]])).toThrow(/ascending/);
    expect(() => latestAvailable([2013, 2018], [[1, 2], [3]])).toThrow(/2018 has 1 values for 2 units/);
  });
});
