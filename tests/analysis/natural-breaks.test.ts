import { randomInt, randomLcg, randomLogNormal, shuffler } from 'd3';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/analysis/classify.ts';
import { naturalBreaks } from '../../src/lib/analysis/natural-breaks.ts';

/** Total within-class sum of squared deviations of a classification. */
function withinSsq(values: ArrayLike<number>, classes: Int8Array, k: number): number {
  const n = new Float64Array(k);
  const sum = new Float64Array(k);
  for (let i = 0; i < values.length; i++) if (classes[i] >= 0) {
    n[classes[i]]++;
    sum[classes[i]] += values[i];
  }
  let ssq = 0;
  for (let i = 0; i < values.length; i++) if (classes[i] >= 0) {
    const d = values[i] - sum[classes[i]] / n[classes[i]];
    ssq += d * d;
  }
  return ssq;
}

/**
 * The textbook Fisher (1958) programme, O(k·n²), on the raw sorted values: the least total
 * within-class sum of squares over every split into k contiguous non-empty classes.
 */
function naiveOptimalSsq(values: number[], k: number): number {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  const ssq = (j: number, i: number) => {
    let mean = 0;
    for (let t = j; t <= i; t++) mean += x[t];
    mean /= i - j + 1;
    let s = 0;
    for (let t = j; t <= i; t++) s += (x[t] - mean) ** 2;
    return s;
  };
  let prev = Array.from({ length: n }, (_, i) => ssq(0, i));
  for (let c = 1; c < k; c++) {
    const cur = new Array<number>(n).fill(Infinity);
    for (let i = c; i < n; i++) {
      for (let j = c; j <= i; j++) cur[i] = Math.min(cur[i], prev[j - 1] + ssq(j, i));
    }
    prev = cur;
  }
  return prev[n - 1];
}

describe('naturalBreaks', () => {
  it('naturalBreaks matches the simple-statistics jenks reference breaks', () => {
    // simple-statistics test/jenks.test.js (commit 0eec288): the same [min, class minima…, max]
    // convention as ours.
    expect(naturalBreaks([1, 2, 4, 5, 7, 9, 10, 20], 3)).toEqual([1, 7, 20, 20]);
    expect(naturalBreaks([2, 32, 33, 34, 100], 3)).toEqual([2, 32, 100, 100]);
    expect(naturalBreaks([9, 10, 11, 12, 13], 5)).toEqual([9, 10, 11, 12, 13, 13]);
  });

  it('naturalBreaks finds the optimum by hand on 1, 2, 4, 5, 7, 9, 10, 20', () => {
    // {1,2,4,5}: mean 3, SS 10; {7,9,10}: mean 26/3, SS 14/3; {20}: 0. Total 44/3, against for
    // example {1,2,4,5,7},{9,10},{20} at 22.8 + 0.5 = 23.3.
    const values = [1, 2, 4, 5, 7, 9, 10, 20];
    const bounds = naturalBreaks(values, 3);
    expect(withinSsq(values, classify(values, bounds), 3)).toBeCloseTo(44 / 3, 12);
    expect(naiveOptimalSsq(values, 3)).toBeCloseTo(44 / 3, 12);
  });

  it('naturalBreaks reproduces the simple-statistics ckmeans reference clusters', () => {
    // simple-statistics test/ckmeans.test.js (commit b60b47c); ckmeans minimises the same
    // objective. Each expected cluster list is written as its bounds [min, class minima…, max].
    const cases: [number[], number, number[][], number[]][] = [
      [[-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3, [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]], [-1, 2, 4, 6]],
      [[1, 2, 3], 3, [[1], [2], [3]], [1, 2, 3, 3]],
      [[0, 3, 4], 2, [[0], [3, 4]], [0, 3, 4]],
      [[-3, 0, 4], 2, [[-3, 0], [4]], [-3, 4, 4]],
      [[1, 2, 2, 3], 3, [[1], [2, 2], [3]], [1, 2, 3, 3]],
      [[1, 2, 2, 3, 3], 3, [[1], [2, 2], [3, 3]], [1, 2, 3, 3]],
      [[1, 2, 3, 2, 3], 3, [[1], [2, 2], [3, 3]], [1, 2, 3, 3]],
      [[3, 2, 3, 2, 1], 3, [[1], [2, 2], [3, 3]], [1, 2, 3, 3]],
      [[3, 2, 3, 5, 2, 1], 3, [[1, 2, 2], [3, 3], [5]], [1, 3, 5, 5]],
      [[0, 1, 2, 100, 101, 103], 2, [[0, 1, 2], [100, 101, 103]], [0, 100, 103]],
      [[0, 1, 2, 50, 100, 101, 103], 3, [[0, 1, 2], [50], [100, 101, 103]], [0, 50, 100, 103]],
      [
        [64.64249127327881, 64.64249127328245, 57.79216426169771],
        2,
        [[57.79216426169771], [64.64249127327881, 64.64249127328245]],
        [57.79216426169771, 64.64249127327881, 64.64249127328245],
      ],
      [[1], 1, [[1]], [1, 1]],
      [[1, 1, 1, 1], 1, [[1, 1, 1, 1]], [1, 1]],
    ];
    for (const [values, k, clusters, expected] of cases) {
      const bounds = naturalBreaks(values, k);
      expect(bounds).toEqual(expected);
      const sorted = [...values].sort((a, b) => a - b);
      const classes = classify(sorted, bounds);
      const grouped = clusters.map((_, c) => sorted.filter((_, i) => classes[i] === c));
      expect(grouped).toEqual(clusters);
    }
  });

  it('naturalBreaks is translation invariant (mapclassify stability case)', () => {
    // pysal/mapclassify tests/test_fisher_jenks_stability.py: the same classes after adding
    // 273.15 or 1e6, bounds shifted by the offset within 1e-10.
    const values = [0, 1, 2, 50, 51, 52, 100, 101, 102];
    const bounds = naturalBreaks(values, 3);
    expect(bounds).toEqual([0, 50, 100, 102]);
    for (const offset of [273.15, 1_000_000]) {
      const shifted = values.map((v) => v + offset);
      const b = naturalBreaks(shifted, 3);
      expect(Array.from(classify(shifted, b))).toEqual(Array.from(classify(values, bounds)));
      b.forEach((x, i) => expect(Math.abs(x - offset - bounds[i])).toBeLessThan(1e-10));
    }
  });

  it('naturalBreaks ignores NaN', () => {
    expect(naturalBreaks([NaN, 0, 1, NaN, 2, 100, 101, 103], 2)).toEqual([0, 100, 103]);
  });

  it('naturalBreaks treats Infinity and -Infinity as missing', () => {
    expect(naturalBreaks([0, Infinity, 1, 2, -Infinity, 100, 101, 103], 2)).toEqual([0, 100, 103]);
  });

  it('naturalBreaks returns no bounds when every value is missing', () => {
    expect(naturalBreaks([NaN, -Infinity], 3)).toEqual([]);
  });

  it('naturalBreaks gives one class [v, v] for a single distinct value', () => {
    expect(naturalBreaks([4, 4, 4, NaN], 5)).toEqual([4, 4]);
  });

  it('naturalBreaks gives one class per distinct value when k exceeds them, ties together', () => {
    const values = [0, 0, 0, 0, 5, 5, 9];
    const bounds = naturalBreaks(values, 6);
    expect(bounds).toEqual([0, 5, 9, 9]);
    expect(Array.from(classify(values, bounds))).toEqual([0, 0, 0, 0, 1, 1, 2]);
  });

  it('naturalBreaks handles negative values', () => {
    expect(naturalBreaks([-103, -101, -100, -2, -1, 0], 2)).toEqual([-103, -2, 0]);
  });

  it('naturalBreaks rejects a k that is not a positive integer', () => {
    expect(() => naturalBreaks([1, 2], 0)).toThrow(RangeError);
    expect(() => naturalBreaks([1, 2], 1.5)).toThrow(RangeError);
  });

  it('naturalBreaks reaches the cost of the naive O(k·n²) programme', () => {
    const random = randomLcg(0.2024);
    const skewed = randomLogNormal.source(random)(2, 1);
    const size = randomInt.source(random)(2, 120);
    const digit = randomInt.source(random)(0, 8);
    for (let trial = 0; trial < 150; trial++) {
      // Every third sample is heavily tied, to exercise the weighted distinct values.
      const n = size();
      const values = Array.from({ length: n }, trial % 3 === 0 ? digit : skewed);
      const distinct = new Set(values).size;
      const k = Math.min(1 + (trial % 7), distinct);
      const bounds = naturalBreaks(values, k);
      expect(bounds).toHaveLength(k + 1);
      const classes = classify(values, bounds);
      const got = withinSsq(values, classes, k);
      const best = naiveOptimalSsq(values, k);
      expect(got).toBeLessThanOrEqual(best + 1e-9 * (1 + best));
      // Every class holds a value, and ties share one.
      const sizes = new Array<number>(k).fill(0);
      for (const c of classes) sizes[c]++;
      expect(Math.min(...sizes)).toBeGreaterThan(0);
    }
  });

  it('naturalBreaks does not depend on the order of the values', () => {
    const random = randomLcg(0.5);
    const values = Array.from({ length: 80 }, randomLogNormal.source(random)(0, 1));
    const shuffled = shuffler(random)([...values]);
    expect(naturalBreaks(shuffled, 5)).toEqual(naturalBreaks(values, 5));
  });
});
