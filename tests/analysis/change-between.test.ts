import { describe, expect, it } from 'vitest';
import { CHANGE_NO_DATA, CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_OK, CHANGE_ZERO_BASE, changeBetween } from '../../src/lib/analysis/change-between.ts';

describe('changeBetween', () => {
  const first = [10, 4, NaN, 7, NaN, 0, -20];
  const second = [15, 2, 3, NaN, NaN, 5, -10];

  it('absolute change b − a, hand-computed, with missing years kept apart', () => {
    const r = changeBetween(first, second, 'absolute');
    expect(Array.from(r.values.subarray(0, 2))).toEqual([5, -2]);
    expect(r.values[5]).toBe(5);
    expect(r.values[6]).toBe(10);
    expect([2, 3, 4].every((i) => Number.isNaN(r.values[i]))).toBe(true);
    expect(Array.from(r.status)).toEqual([CHANGE_OK, CHANGE_OK, CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_NO_DATA, CHANGE_OK, CHANGE_OK]);
  });

  it('percent change 100 (b − a) / |a|; a zero base is undefined, not infinite', () => {
    const r = changeBetween(first, second, 'percent');
    expect(r.values[0]).toBeCloseTo(50, 12);
    expect(r.values[1]).toBeCloseTo(-50, 12);
    expect(r.values[5]).toBeNaN();
    expect(r.status[5]).toBe(CHANGE_ZERO_BASE);
    // −20 → −10 is a rise: +50 %, whatever the sign of the base.
    expect(r.values[6]).toBeCloseTo(50, 12);
  });

  it('refuses columns of different lengths', () => {
    expect(() => changeBetween([1, 2], [1], 'absolute')).toThrow(/2 and 1/);
  });
});
