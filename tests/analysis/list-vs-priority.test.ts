import { describe, expect, it } from 'vitest';
import { compareListWithPriority } from '../../src/lib/analysis/list-vs-priority.ts';

describe('compareListWithPriority', () => {
  // Units 0-3 in country 0, 4-6 in country 1, 7 without a country.
  const country = [0, 0, 0, 0, 1, 1, 1, -1];
  const list = [1, 1, 0, 0, 1, 0, 0, 1];
  const top = [1, 0, 1, 0, 0, 1, 1, 1];

  it('counts per country who is in both, only the list, only the top N', () => {
    const r = compareListWithPriority(list, top, country);
    expect(r).toEqual([
      { country: 0, listed: 2, top: 2, both: 1, onlyList: [1], onlyTop: [2] },
      { country: 1, listed: 1, top: 2, both: 0, onlyList: [4], onlyTop: [5, 6] },
    ]);
  });

  it('a list equal to the top N has no unit in one and not the other', () => {
    const r = compareListWithPriority(top, top, country);
    expect(r.map((c) => [c.both, c.onlyList.length, c.onlyTop.length])).toEqual([
      [2, 0, 0],
      [2, 0, 0],
    ]);
  });

  it('refuses arrays of different lengths', () => {
    expect(() => compareListWithPriority([1], top, country)).toThrow(/differ in length/);
  });
});
