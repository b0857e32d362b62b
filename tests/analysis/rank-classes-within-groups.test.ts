import { describe, expect, it } from 'vitest';
import { rankClassesWithinGroups } from '../../src/lib/analysis/rank-classes-within-groups.ts';

describe('rankClassesWithinGroups', () => {
  it('ranks within each group, 1 = highest, and cuts each group into k equal shares', () => {
    // Group 0: 10 units; group 1: 5 units on a scale 100 times larger.
    const g0 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const g1 = [100, 200, 300, 400, 500];
    const values = [...g0, ...g1];
    const group = [...g0.map(() => 0), ...g1.map(() => 1)];
    const r = rankClassesWithinGroups(values, group, 2, 5);
    expect([...r.ranks]).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1]);
    // Highest fifth in class 4 in both groups: the two tens in group 0, the 500 in group 1.
    expect([...r.classes]).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 0, 1, 2, 3, 4]);
    expect(r.spans[0][4]).toEqual({ count: 2, firstRank: 1, lastRank: 2 });
    expect(r.spans[1][4]).toEqual({ count: 1, firstRank: 1, lastRank: 1 });
    expect(r.spans[0][0]).toEqual({ count: 2, firstRank: 9, lastRank: 10 });
    expect(r.ranked).toEqual([10, 5]);
  });

  it('puts tied units in one class with their average rank', () => {
    const r = rankClassesWithinGroups([5, 5, 5, 5, 1], [0, 0, 0, 0, 0], 1, 5);
    expect([...r.ranks]).toEqual([2.5, 2.5, 2.5, 2.5, 5]);
    expect(new Set([...r.classes].slice(0, 4)).size).toBe(1);
    expect(r.classes[4]).toBe(0);
  });

  it('leaves missing values unranked in class −1 and counts them per group', () => {
    const r = rankClassesWithinGroups([NaN, 3, 1, -Infinity, 2], [0, 0, 0, 1, 1], 2, 3);
    expect(r.classes[0]).toBe(-1);
    expect(r.classes[3]).toBe(-1);
    expect(Number.isNaN(r.ranks[0])).toBe(true);
    expect(r.noData).toEqual([1, 1]);
    expect(r.ranked).toEqual([2, 1]);
    // A group's single value fills its whole rank slot, whose middle is the middle class.
    expect(r.classes[4]).toBe(1);
  });

  it('does not depend on the scale of a group: multiplying one group’s values by 1000 changes no class', () => {
    const values = [4, 8, 15, 16, 23, 42, 0.1, 0.5, 0.2, 0.9];
    const group = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1];
    const a = rankClassesWithinGroups(values, group, 2, 4);
    const b = rankClassesWithinGroups(values.map((v, i) => (group[i] === 1 ? v * 1000 : v)), group, 2, 4);
    expect([...b.classes]).toEqual([...a.classes]);
  });

  it('rejects k out of range', () => {
    expect(() => rankClassesWithinGroups([1], [0], 1, 0)).toThrow(RangeError);
    expect(() => rankClassesWithinGroups([1], [0], 1, 128)).toThrow(RangeError);
  });
});
