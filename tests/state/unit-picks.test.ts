import { describe, expect, it } from 'vitest';
import { pickCount, pickRange, toggledPick, withPicked } from '../../src/lib/state/unit-picks.ts';

describe('multi-select of units', () => {
  it('toggles a unit in and out, and is null once nothing is picked', () => {
    const a = toggledPick(null, 2, 5);
    expect(Array.from(a!)).toEqual([0, 0, 1, 0, 0]);
    const b = toggledPick(a, 4, 5);
    expect(Array.from(b!)).toEqual([0, 0, 1, 0, 1]);
    // The mask given is not changed.
    expect(Array.from(a!)).toEqual([0, 0, 1, 0, 0]);
    expect(toggledPick(toggledPick(b, 2, 5), 4, 5)).toBeNull();
    expect(pickCount(b, 5)).toBe(2);
  });

  it('ignores a unit out of range and a mask of other units', () => {
    expect(toggledPick(null, 7, 5)).toBeNull();
    expect(toggledPick(null, -1, 5)).toBeNull();
    // A mask made for other boundaries (another length) counts nothing and is started afresh.
    expect(pickCount(new Uint8Array([1, 1, 1]), 5)).toBe(0);
    expect(Array.from(toggledPick(new Uint8Array([1, 1, 1]), 0, 5)!)).toEqual([1, 0, 0, 0, 0]);
  });

  it('picks the rows between the anchor and the target in the order shown, both ways', () => {
    const order = [4, 0, 3, 1, 2];
    expect(pickRange(order, 0, 1)).toEqual([0, 3, 1]);
    expect(pickRange(order, 1, 4)).toEqual([4, 0, 3, 1]);
    expect(pickRange(order, 3, 3)).toEqual([3]);
    // No anchor, or an anchor filtered out of the rows: the target alone.
    expect(pickRange(order, -1, 2)).toEqual([2]);
    expect(pickRange([4, 0, 2], 3, 2)).toEqual([2]);
    // A target not among the rows picks nothing.
    expect(pickRange(order, 0, 9)).toEqual([]);
  });

  it('adds a range to what is picked already', () => {
    const m = withPicked(toggledPick(null, 4, 6), [0, 1], 6);
    expect(Array.from(m!)).toEqual([1, 1, 0, 0, 1, 0]);
    expect(withPicked(null, [], 6)).toBeNull();
  });
});
