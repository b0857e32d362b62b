import { describe, expect, it } from 'vitest';
import { fixedCuts, severityClasses } from '../../src/lib/analysis/severity-classes.ts';

describe('severityClasses', () => {
  it('fixed: cut-offs 20, 40, 60, 80 on the 0–100 score, a cut-off in the class above it, no score class 0', () => {
    const s = severityClasses([0, 19.99, 20, 39.9, 40, 60, 79.99, 80, 100, NaN], new Array(10).fill(0), 1, 'fixed', [0, 100]);
    expect(s.rule).toBe('fixed');
    expect(Array.from(s.classes)).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 5, 0]);
    expect(s.cuts).toEqual([[20, 40, 60, 80]]);
  });

  it('fixed: the same fifths of another scale', () => {
    expect(fixedCuts([0, 1])).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(Array.from(severityClasses([0.1, 0.5, 0.95], [0, 0, 0], 1, 'fixed', [0, 1]).classes)).toEqual([1, 3, 5]);
  });

  it('breaks: natural breaks within each country, from its own scores only', () => {
    // Country 0: five clear clusters; country 1: the same shape on another level gets the same classes.
    const a = [1, 2, 10, 11, 20, 21, 30, 31, 40, 41];
    const score = [...a, ...a.map((x) => x + 500)];
    const group = [...a.map(() => 0), ...a.map(() => 1)];
    const s = severityClasses(score, group, 2, 'breaks', [0, 100]);
    expect(s.rule).toBe('breaks');
    const expected = [1, 1, 2, 2, 3, 3, 4, 4, 5, 5];
    expect(Array.from(s.classes)).toEqual([...expected, ...expected]);
    expect(s.cuts[0]).toEqual([10, 20, 30, 40]);
    expect(s.cuts[1]).toEqual([510, 520, 530, 540]);
  });

  it('breaks: a country with fewer distinct scores keeps 5 for its highest class', () => {
    const s = severityClasses([3, 3, 7, NaN], [0, 0, 0, 0], 1, 'breaks', [0, 100]);
    expect(Array.from(s.classes)).toEqual([4, 4, 5, 0]);
  });

  it('fixed on scores without a fixed scale (z-scores) applies natural breaks and says so', () => {
    const s = severityClasses([-2, -1, 0, 1, 2], [0, 0, 0, 0, 0], 1, 'fixed', null);
    expect(s.rule).toBe('breaks');
    expect(Array.from(s.classes)).toEqual([1, 2, 3, 4, 5]);
  });
});
