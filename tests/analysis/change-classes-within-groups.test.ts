import { describe, expect, it } from 'vitest';
import { changeClassesWithinGroups } from '../../src/lib/analysis/change-classes-within-groups.ts';
import { changeClasses } from '../../src/lib/analysis/change-classes.ts';
import { CHANGE_NO_FIRST, CHANGE_OK } from '../../src/lib/analysis/change-between.ts';

describe('changeClassesWithinGroups: the change map classed within each country', () => {
  //             group 0: +10  −5   0   +2 | group 1: +0.2 −0.3  (no first year)
  const first = [0, 10, 3, 1, 1, 1.3, NaN];
  const second = [10, 5, 3, 3, 1.2, 1, 4];
  const group = [0, 0, 0, 0, 1, 1, 1];

  it('each group gets its own bounds about zero from its own changes (by hand)', () => {
    const c = changeClassesWithinGroups(first, second, 'absolute', 3, group, 2);
    // Group 0: m = 10 (P95 of |change| = 5 + 0.85 · 5 = 9.25, not less than half of m), width 20/3.
    expect(c.groups[0].bounds.map((b) => +b.toFixed(12))).toEqual([-10, -3.333333333333, 3.333333333333, 10]);
    // Group 1: m = 0.3 (P95 = 0.2 + 0.95 · 0.1 = 0.295), width 0.2.
    expect(c.groups[1].bounds.map((b) => +b.toFixed(12))).toEqual([-0.3, -0.1, 0.1, 0.3]);
    expect(c.groups.map((g) => g.openEnds)).toEqual([false, false]);
    // +10 top, −5 bottom, 0 and +2 middle; +0.2 top and −0.3 bottom of their own group.
    expect([...c.classes]).toEqual([2, 0, 1, 1, 2, 0, -1]);
    expect(c.groups[0].perClass).toEqual([1, 2, 1]);
    expect(c.groups[1].perClass).toEqual([1, 0, 1]);
    expect(c.groups[1].perStatus[CHANGE_OK]).toBe(2);
    expect(c.groups[1].perStatus[CHANGE_NO_FIRST]).toBe(1);
    expect(c.status[6]).toBe(CHANGE_NO_FIRST);
  });

  it('one set of classes over both groups would put every change of the small group in the middle class', () => {
    const one = changeClasses(first, second, 'absolute', 3);
    expect([...one.classes].slice(4, 6)).toEqual([1, 1]);
  });

  it('one group: the same classes as changeClasses', () => {
    const one = changeClasses(first, second, 'percent', 5);
    const within = changeClassesWithinGroups(first, second, 'percent', 5, new Array(7).fill(0), 1);
    expect([...within.classes]).toEqual([...one.classes]);
    expect(within.groups[0].bounds).toEqual(one.bounds);
    expect(within.groups[0].perStatus).toEqual(one.perStatus);
  });

  it('a group index outside the groups is refused', () => {
    expect(() => changeClassesWithinGroups([1], [2], 'absolute', 3, [2], 2)).toThrow(RangeError);
  });
});
