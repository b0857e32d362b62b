import { describe, expect, it } from 'vitest';
import { classesWithinGroups } from '../../src/lib/analysis/classes-within-groups.ts';
import { quantileBreaks } from '../../src/lib/analysis/quantile-breaks.ts';
import { equalIntervalBreaks } from '../../src/lib/analysis/equal-interval-breaks.ts';
import { classify } from '../../src/lib/analysis/classify.ts';

describe('classesWithinGroups', () => {
  it('computes each group’s breaks from its own values only', () => {
    // Group 0 lives on 0–1, group 1 on 100–400: one regional scale would put all of group 0 in the lowest class.
    const values = [0, 0.5, 1, 100, 200, 300, 400];
    const group = [0, 0, 0, 1, 1, 1, 1];
    const r = classesWithinGroups(values, group, 2, equalIntervalBreaks, 2);
    expect(r.bounds).toEqual([
      [0, 0.5, 1],
      [100, 250, 400],
    ]);
    expect([...r.classes]).toEqual([0, 1, 1, 0, 0, 1, 1]);
    expect(r.counts).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(r.noData).toEqual([0, 0]);
  });

  it('gives each group the top class for its own maximum, whatever the other groups hold', () => {
    const values = [10, 20, 30, 40, 50, 1, 2, 3, 4, 5];
    const group = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
    const r = classesWithinGroups(values, group, 2, quantileBreaks, 5);
    expect([...r.classes]).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
  });

  it('equals classify over quantileBreaks when there is a single group', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9];
    const r = classesWithinGroups(values, new Array(values.length).fill(0), 1, quantileBreaks, 4);
    expect(r.bounds[0]).toEqual(quantileBreaks(values, 4));
    expect([...r.classes]).toEqual([...classify(values, quantileBreaks(values, 4))]);
  });

  it('keeps missing values out of the breaks and in their own class (−1), counted per group', () => {
    const values = [NaN, 1, 2, 3, Infinity, NaN, 7];
    const group = [0, 0, 0, 0, 1, 1, 1];
    const r = classesWithinGroups(values, group, 2, equalIntervalBreaks, 2);
    expect(r.bounds[0]).toEqual([1, 2, 3]);
    expect(r.bounds[1]).toEqual([7, 7]);
    expect([...r.classes]).toEqual([-1, 0, 1, 1, -1, -1, 0]);
    expect(r.noData).toEqual([1, 2]);
  });

  it('gives a group with no value empty bounds and no classes', () => {
    const r = classesWithinGroups([1, 2, NaN], [0, 0, 1], 3, quantileBreaks, 3);
    expect(r.bounds[1]).toEqual([]);
    expect(r.bounds[2]).toEqual([]);
    expect(r.counts[1]).toEqual([]);
    expect(r.classes[2]).toBe(-1);
  });

  it('does not depend on the order of the units', () => {
    const values = [5, 1, 9, 3, 7, 2, 8];
    const group = [1, 0, 1, 0, 1, 0, 0];
    const a = classesWithinGroups(values, group, 2, quantileBreaks, 3);
    const perm = [6, 2, 0, 4, 1, 5, 3];
    const b = classesWithinGroups(perm.map((i) => values[i]), perm.map((i) => group[i]), 2, quantileBreaks, 3);
    expect(b.bounds).toEqual(a.bounds);
    expect(perm.map((i) => a.classes[i])).toEqual([...b.classes]);
  });

  it('rejects a group index out of range and columns of different length', () => {
    expect(() => classesWithinGroups([1, 2], [0, 2], 2, quantileBreaks, 3)).toThrow(RangeError);
    expect(() => classesWithinGroups([1, 2], [0], 1, quantileBreaks, 3)).toThrow(RangeError);
  });
});
