import { describe, expect, it } from 'vitest';
import { contributionScale, contributionSegments, zeroAt } from '../../src/lib/state/contribution-segments.ts';

describe('contributionScale', () => {
  it('takes the largest positive and negative row sums, skipping NaN', () => {
    expect(contributionScale([[30, 10], [50, 20], [NaN, NaN], [40, NaN]])).toEqual({ pos: 70, neg: 0 });
    expect(contributionScale([[1, -0.5, -0.25], [-1, 0.2, NaN]])).toEqual({ pos: 1, neg: 1 });
  });

  it('is zero for no rows or rows of missing values', () => {
    expect(contributionScale([])).toEqual({ pos: 0, neg: 0 });
    expect(contributionScale([[NaN]])).toEqual({ pos: 0, neg: 0 });
  });
});

describe('contributionSegments', () => {
  it('stacks positive parts from the left edge when nothing is negative', () => {
    // scale 0..80: 30 → [0, 0.375], 10 → [0.375, 0.5].
    const scale = { pos: 80, neg: 0 };
    expect(zeroAt(scale)).toBe(0);
    expect(contributionSegments([30, 10], scale)).toEqual([
      { group: 0, x: 0, width: 0.375 },
      { group: 1, x: 0.375, width: 0.125 },
    ]);
  });

  it('skips NaN and zero parts but keeps group indices', () => {
    expect(contributionSegments([NaN, 0, 40], { pos: 80, neg: 0 })).toEqual([{ group: 2, x: 0, width: 0.5 }]);
  });

  it('stacks negative parts leftwards from the zero line', () => {
    // scale −1..3 (total 4), zero at 0.25: +2 → [0.25, 0.75]; −0.5 → [0.125, 0.25]; −0.5 → [0, 0.125]; +1 → [0.75, 1].
    const scale = { pos: 3, neg: 1 };
    expect(zeroAt(scale)).toBe(0.25);
    expect(contributionSegments([2, -0.5, -0.5, 1], scale)).toEqual([
      { group: 0, x: 0.25, width: 0.5 },
      { group: 1, x: 0.125, width: 0.125 },
      { group: 2, x: 0, width: 0.125 },
      { group: 3, x: 0.75, width: 0.25 },
    ]);
  });

  it('gives nothing on an empty scale', () => {
    expect(contributionSegments([1], { pos: 0, neg: 0 })).toEqual([]);
  });
});
