import { expect } from 'vitest';
import type { SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';

/** CSR invariants: offsets start at 0 and never decrease, rows sorted, no duplicates, no self link, indices in range. */
export function expectCsr(w: SpatialWeights): void {
  expect(w.offsets.length).toBe(w.n + 1);
  expect(w.offsets[0]).toBe(0);
  expect(w.neighbors.length).toBe(w.offsets[w.n]);
  expect(w.weights.length).toBe(w.offsets[w.n]);
  for (let i = 0; i < w.n; i++) {
    expect(w.offsets[i + 1]).toBeGreaterThanOrEqual(w.offsets[i]);
    for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
      const j = w.neighbors[k];
      expect(j).toBeGreaterThanOrEqual(0);
      expect(j).toBeLessThan(w.n);
      expect(j).not.toBe(i);
      if (k > w.offsets[i]) expect(j).toBeGreaterThan(w.neighbors[k - 1]);
    }
  }
}

/** True when every link i→j has a link j→i. */
export function isSymmetric(w: SpatialWeights): boolean {
  for (let i = 0; i < w.n; i++) {
    for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
      const j = w.neighbors[k];
      const row = w.neighbors.subarray(w.offsets[j], w.offsets[j + 1]);
      if (!row.includes(i)) return false;
    }
  }
  return true;
}
