/**
 * Test helpers for the hotspot statistics: lattice and distance-band weights, and naive dense
 * O(n²) implementations written straight from the formulas (an n×n matrix, no CSR), to check the
 * fast sparse code against.
 */
import { fromNeighbourLists, type SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';

/** Rook or queen contiguity on an nr × nc grid, units numbered row by row. */
export function latticeWeights(nr: number, nc: number, contiguity: 'rook' | 'queen'): SpatialWeights {
  const lists: number[][] = [];
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const list: number[] = [];
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if ((dr === 0 && dc === 0) || (contiguity === 'rook' && dr !== 0 && dc !== 0)) continue;
          const rr = r + dr;
          const cc = c + dc;
          if (rr >= 0 && rr < nr && cc >= 0 && cc < nc) list.push(rr * nc + cc);
        }
      }
      lists.push(list);
    }
  }
  return fromNeighbourLists(lists);
}

/** Binary distance band: i and j are neighbours when their distance is ≤ threshold (libpysal's DistanceBand). */
export function distanceBandWeights(points: readonly (readonly [number, number])[], threshold: number): SpatialWeights {
  return fromNeighbourLists(
    points.map(([x, y], i) =>
      points.flatMap(([u, v], j) => (j !== i && Math.hypot(x - u, y - v) <= threshold ? [j] : [])),
    ),
  );
}

/** The dense n×n matrix of the weights. */
export function dense(w: SpatialWeights): number[][] {
  const m = Array.from({ length: w.n }, () => new Array<number>(w.n).fill(0));
  for (let i = 0; i < w.n; i++) for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) m[i][w.neighbors[k]] = w.weights[k];
  return m;
}

const mean = (y: readonly number[]): number => y.reduce((a, b) => a + b, 0) / y.length;

/** Naive local Moran, GeoDa's form: z with the sample sd, row-standardised W, Iᵢ = zᵢ Σⱼ wᵢⱼ zⱼ. */
export function naiveLocalMoran(y: readonly number[], w: SpatialWeights): { z: number[]; lag: number[]; I: number[] } {
  const n = y.length;
  const W = dense(w);
  const m = mean(y);
  const sd = Math.sqrt(y.reduce((a, v) => a + (v - m) ** 2, 0) / (n - 1));
  const z = y.map((v) => (v - m) / sd);
  const lag = W.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? NaN : row.reduce((a, wij, j) => a + (wij / total) * z[j], 0);
  });
  return { z, lag, I: z.map((zi, i) => zi * lag[i]) };
}

/** Naive Ord & Getis (1995) Gᵢ* z for binary weights with the unit itself (population sd). */
export function naiveGiStar(y: readonly number[], w: SpatialWeights): number[] {
  const n = y.length;
  const W: number[][] = dense(w).map((row, i) => row.map((v, j): number => (i === j || v > 0 ? 1 : 0)));
  const m = mean(y);
  const s = Math.sqrt(y.reduce((a, v) => a + (v - m) ** 2, 0) / n);
  return W.map((row) => {
    const Wi = row.reduce((a, b) => a + b, 0);
    const S1 = row.reduce((a, b) => a + b * b, 0);
    const num = row.reduce((a, wij, j) => a + wij * y[j], 0) - m * Wi;
    return num / (s * Math.sqrt((n * S1 - Wi * Wi) / (n - 1)));
  });
}

/** Naive global Moran's I: (n / S₀) z'Wz / z'z with W as given. */
export function naiveGlobalMoran(y: readonly number[], w: SpatialWeights): number {
  const n = y.length;
  const W = dense(w);
  const m = mean(y);
  const d = y.map((v) => v - m);
  let s0 = 0;
  let cross = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      s0 += W[i][j];
      cross += W[i][j] * d[i] * d[j];
    }
  }
  return ((n / s0) * cross) / d.reduce((a, v) => a + v * v, 0);
}

/** Values from a seeded generator, without any spatial pattern. */
export function randomValues(n: number, random: () => number): Float64Array {
  return Float64Array.from({ length: n }, () => random());
}
