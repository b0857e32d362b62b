import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../src/lib/analysis/average-ranks.ts';

describe('averageRanks', () => {
  it('ranks descending, ties share the average rank, NaN takes no rank', () => {
    const r = averageRanks(Float64Array.of(10, 30, 20, 30, NaN, 5));
    expect([...r]).toEqual([4, 1.5, 3, 1.5, NaN, 5]);
  });

  it('ranks within each group', () => {
    const r = averageRanks(Float64Array.of(1, 2, 3, 3, 9), Int32Array.of(0, 0, 1, 1, 0));
    expect([...r]).toEqual([3, 2, 1.5, 1.5, 1]);
  });

  it('three-way tie', () => {
    expect([...averageRanks(Float64Array.of(7, 7, 7, 8))]).toEqual([3, 3, 3, 1]);
  });
});
