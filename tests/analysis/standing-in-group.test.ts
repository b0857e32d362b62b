import { describe, expect, it } from 'vitest';
import { medianInGroup, percentileInGroup } from '../../src/lib/analysis/standing-in-group.ts';
import { unitRowYears } from '../../src/lib/analysis/unit-row-years.ts';

describe('standing in group', () => {
  const values = [5, 1, NaN, 3, 3, 10, 7];
  const groups = [0, 0, 0, 0, 0, 1, 1];
  it('takes the median of the group, missing left out', () => {
    // group 0: 1, 3, 3, 5 -> (3 + 3) / 2
    expect(medianInGroup(values, groups, 0)).toBe(3);
    expect(medianInGroup(values, groups, 1)).toBe(8.5);
    expect(medianInGroup(values, groups, 2)).toBeNaN();
  });
  it('gives the mid-rank percentile within the group', () => {
    expect(percentileInGroup(values, groups, 0)).toBe(1); // 5 is above the 3 others of group 0
    expect(percentileInGroup(values, groups, 1)).toBe(0);
    expect(percentileInGroup(values, groups, 3)).toBeCloseTo((1 + 0.5) / 3, 12); // 3: one below, one tie
    expect(percentileInGroup(values, groups, 5)).toBe(1);
    expect(percentileInGroup(values, groups, 2)).toBeNaN(); // missing is not a position
    expect(percentileInGroup([4, NaN], [0, 0], 0)).toBeNaN(); // alone with a value
  });
});

describe('unitRowYears', () => {
  it('spans the rows of the unit and ignores rows without years', () => {
    const rows = { unit: [2, 2, 3, 2], startYear: [2019, NaN, 2010, 2021], endYear: [2022, NaN, 2011, NaN] };
    expect(unitRowYears(rows, 2)).toEqual({ first: 2019, last: 2022 });
    expect(unitRowYears(rows, 3)).toEqual({ first: 2010, last: 2011 });
    expect(unitRowYears(rows, 4)).toEqual({ first: NaN, last: NaN });
  });
});
