import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedCuts, severityClasses, validCuts } from '../../src/lib/analysis/severity-classes.ts';

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

describe('severityClasses: stated cut-offs and natural breaks checked against references', () => {
  it('fixed: the planner’s own cut-offs (percent of the range) move the classes; invalid ones are refused', () => {
    const s = severityClasses([10, 30, 50, 70, 95], [0, 0, 0, 0, 0], 1, 'fixed', [0, 100], [10, 50, 70, 90]);
    expect(Array.from(s.classes)).toEqual([2, 2, 3, 4, 5]);
    expect(s.cuts).toEqual([[10, 50, 70, 90]]);
    expect(fixedCuts([0, 1], [10, 50, 70, 90])).toEqual([0.1, 0.5, 0.7, 0.9]);
    expect(validCuts([20, 40, 60, 80])).toBe(true);
    expect(validCuts([20, 20, 60, 80])).toBe(false);
    expect(validCuts([0, 40, 60, 80])).toBe(false);
    expect(validCuts([20, 40, 60])).toBe(false);
    expect(() => severityClasses([1], [0], 1, 'fixed', [0, 100], [50, 40, 60, 80])).toThrow(RangeError);
  });

  it('breaks: a hand-checked Jenks case, five classes from twelve values', () => {
    // {1,2,3} {10,11} {20,21,22} {40,41} {90,100}: the gaps between the groups (7, 9, 18, 49) are far
    // wider than any spread within a group, and every other split into five joins across a gap:
    // the within-class SS of this one is 2 + 0.5 + 2 + 0.5 + 50 = 55, against e.g. merging
    // {40,41} with {20,21,22} (SS 353.2) to split {90},{100} (0).
    const v = [22, 1, 90, 10, 41, 2, 20, 100, 3, 11, 21, 40];
    const s = severityClasses(v, new Array(12).fill(0), 1, 'breaks', [0, 100]);
    expect(Array.from(s.classes)).toEqual([3, 1, 5, 2, 4, 1, 3, 5, 1, 2, 3, 4]);
    expect(s.cuts[0]).toEqual([10, 20, 40, 90]);
  });

  it('breaks on the real default index: each country’s classes are the optimal Fisher–Jenks partition of its own scores', () => {
    // The default index of the real data, as the CLI ranks it (tests/golden/files/rank/priority.csv).
    const text = readFileSync(new URL('../golden/files/rank/priority.csv', import.meta.url), 'utf8').replace(/^\uFEFF/, '');
    const [head, ...lines] = text.trim().split('\n');
    const cols = head.split(',');
    const rows = lines.map((l) => l.split(','));
    const score = rows.map((r) => (r[cols.indexOf('score')] === '' ? NaN : Number(r[cols.indexOf('score')])));
    const countries = [...new Set(rows.map((r) => r[cols.indexOf('country')]))].sort();
    const group = rows.map((r) => countries.indexOf(r[cols.indexOf('country')]));
    // The fixed rule reproduces the file's severity column (its scores are rounded to one decimal:
    // those within rounding of a cut-off are left out).
    const fixed = severityClasses(score, group, countries.length, 'fixed', [0, 100]);
    const far = score.map((x) => !Number.isFinite(x) || [20, 40, 60, 80].every((c) => Math.abs(x - c) > 0.05));
    expect(far.filter(Boolean).length).toBeGreaterThan(600);
    expect(Array.from(fixed.classes).filter((_, i) => far[i])).toEqual(rows.map((r) => Number(r[cols.indexOf('severity')] || 0)).filter((_, i) => far[i]));
    const s = severityClasses(score, group, countries.length, 'breaks', [0, 100]);
    for (let g = 0; g < countries.length; g++) {
      const mine = score.map((x, i) => (group[i] === g ? x : NaN)).filter(Number.isFinite);
      const cls = Array.from(s.classes).filter((_, i) => group[i] === g && Number.isFinite(score[i]));
      expect(mine.length).toBeGreaterThan(40);
      // The classes follow the scores (contiguous) and use 1–5.
      expect(new Set(cls)).toEqual(new Set([1, 2, 3, 4, 5]));
      const order = mine.map((x, i) => [x, cls[i]]).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < order.length; i++) expect(order[i][1]).toBeGreaterThanOrEqual(order[i - 1][1]);
      // Its within-class sum of squares is the optimum of the textbook O(k·n²) programme.
      expect(withinSsq(mine, cls)).toBeCloseTo(bruteOptimalSsq(mine, 5), 6);
    }
  });
});

/** Total within-class sum of squares of values in classes `cls`. */
function withinSsq(values: number[], cls: number[]): number {
  const sum = new Map<number, [number, number]>();
  values.forEach((v, i) => {
    const a = sum.get(cls[i]) ?? [0, 0];
    sum.set(cls[i], [a[0] + v, a[1] + 1]);
  });
  return values.reduce((t, v, i) => {
    const [s, n] = sum.get(cls[i])!;
    return t + (v - s / n) ** 2;
  }, 0);
}

/** Fisher's (1958) programme written out plainly, O(k·n²) on the sorted values: the least within-class SS over all splits into k contiguous classes. */
function bruteOptimalSsq(values: number[], k: number): number {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  const p1 = [0];
  const p2 = [0];
  for (const v of x) {
    p1.push(p1[p1.length - 1] + v);
    p2.push(p2[p2.length - 1] + v * v);
  }
  const ssq = (j: number, i: number) => p2[i + 1] - p2[j] - (p1[i + 1] - p1[j]) ** 2 / (i - j + 1);
  let prev = Array.from({ length: n }, (_, i) => ssq(0, i));
  for (let c = 1; c < k; c++) {
    const cur = new Array<number>(n).fill(Infinity);
    for (let i = c; i < n; i++) for (let j = c; j <= i; j++) cur[i] = Math.min(cur[i], prev[j - 1] + ssq(j, i));
    prev = cur;
  }
  return prev[n - 1];
}
