import { describe, expect, it } from 'vitest';
import { globalMoran, globalMoranPermutation, symmetricUpper } from '../../src/lib/analysis/global-moran.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { fromNeighbourLists, rowStandardise } from '../../src/lib/analysis/spatial-weights.ts';
import { latticeWeights, naiveGlobalMoran, randomValues } from './hotspot-test-helpers.ts';

describe('globalMoran', () => {
  it('3×3 rook, y = 1…9: Σ Iᵢ / Σ zᵢ² = (40/9) / 8 = 5/9 (by hand; R gives 0.555555555555556)', () => {
    // Local Is (local-moran.test.ts) sum to 2·16/15 + 2·0.8 + 2·4/15 + 2·4/45 = 40/9; Σz² = n − 1 = 8.
    const w = rowStandardise(latticeWeights(3, 3, 'rook'));
    expect(globalMoran(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), w)).toBeCloseTo(5 / 9, 14);
  });
  it('4×4 queen and rook as the R implementation', () => {
    const y = Float64Array.from([3, 8, 1, 5, 9, 2, 7, 4, 6, 10, 12, 0, 11, 5, 3, 8]);
    expect(Math.abs(globalMoran(y, rowStandardise(latticeWeights(4, 4, 'queen'))) - -0.0610898254576416)).toBeLessThan(1e-13);
    expect(Math.abs(globalMoran(y, rowStandardise(latticeWeights(4, 4, 'rook'))) - -0.344508301404853)).toBeLessThan(1e-13);
  });
  it('equals the naive dense formula, islands included (S₀ < n), binary or row-standardised', () => {
    const rng = seededRng(3);
    const lists = Array.from({ length: 60 }, (_, i) => (i % 10 === 9 ? [] : [(i + 1) % 60, (i + 59) % 60, (i * 7) % 60].filter((j) => j !== i && j % 10 !== 9)));
    const wb = fromNeighbourLists(lists);
    const y = randomValues(60, () => rng.random());
    for (const w of [wb, rowStandardise(wb)]) expect(Math.abs(globalMoran(y, w) - naiveGlobalMoran([...y], w))).toBeLessThan(1e-12);
  });
  it('NaN when the values do not vary', () => {
    expect(globalMoran(Float64Array.from([2, 2, 2, 2]), rowStandardise(latticeWeights(2, 2, 'rook')))).toBeNaN();
  });
});

describe('globalMoranPermutation', () => {
  it('a strong gradient on 10×10 is at the floor p = 1/(R+1); chunking does not change the result', () => {
    const w = rowStandardise(latticeWeights(10, 10, 'rook'));
    const y = Float64Array.from({ length: 100 }, (_, i) => i);
    const a = globalMoranPermutation(y, w, 99, seededRng(1));
    a.step(99);
    expect(a.pSim).toBe(1 / 100);
    const b = globalMoranPermutation(y, w, 99, seededRng(1));
    while (b.done < 99) b.step(7);
    expect(b.pSim).toBe(a.pSim);
  });
  it('p-values of spatially random fields are roughly uniform (40 fields, 199 permutations)', () => {
    const w = rowStandardise(latticeWeights(8, 8, 'queen'));
    const values = seededRng(99);
    const ps: number[] = [];
    for (let f = 0; f < 40; f++) {
      const p = globalMoranPermutation(randomValues(64, () => values.random()), w, 199, seededRng(f));
      p.step(199);
      ps.push(p.pSim);
    }
    // Folded p is uniform on (0, 0.5]: its mean is ≈ 0.25; with 40 fields the sd of the mean is ≈ 0.023.
    const meanP = ps.reduce((a, b) => a + b, 0) / ps.length;
    expect(meanP).toBeGreaterThan(0.15);
    expect(meanP).toBeLessThan(0.35);
  });
  it('pSim is NaN until every permutation is done', () => {
    const p = globalMoranPermutation(Float64Array.from([1, 2, 3, 4]), rowStandardise(latticeWeights(2, 2, 'rook')), 9, seededRng(1));
    p.step(5);
    expect(p.pSim).toBeNaN();
    p.step(100);
    expect(p.done).toBe(9);
    expect(p.pSim).toBeGreaterThan(0);
  });
});

describe('globalMoranPermutation against a plain recomputation', () => {
  /** Asymmetric weights with self links: unit i → i (weight 0.5 on every third), i+1, i+3 (mod n), weights varying. */
  function oddWeights(n: number) {
    const lists: number[][] = [];
    const ws: number[][] = [];
    for (let i = 0; i < n; i++) {
      const l = [(i + 1) % n, (i + 3) % n];
      const w = [1 + (i % 4), 0.25 + (i % 3)];
      if (i % 3 === 0) {
        l.push(i);
        w.push(0.5);
      }
      lists.push(l);
      ws.push(w);
    }
    return { lists, ws };
  }

  it("folded pairs and diagonal give z'Wz exactly as the links do (symmetricUpper)", () => {
    const { lists, ws } = oddWeights(23);
    // fromNeighbourLists drops self links: build the CSR by hand to keep them.
    const offsets = new Int32Array(24);
    const nb: number[] = [];
    const wt: number[] = [];
    lists.forEach((l, i) => {
      const order = l.map((_, k) => k).sort((a, b) => l[a] - l[b]);
      for (const k of order) {
        nb.push(l[k]);
        wt.push(ws[i][k]);
      }
      offsets[i + 1] = nb.length;
    });
    const w = { n: 23, offsets, neighbors: Int32Array.from(nb), weights: Float64Array.from(wt) };
    const u = symmetricUpper(w);
    const z = Float64Array.from({ length: 23 }, (_, i) => Math.sin(i * 1.7) * 3);
    let direct = 0;
    for (let i = 0; i < 23; i++) for (let k = offsets[i]; k < offsets[i + 1]; k++) direct += z[i] * w.weights[k] * z[w.neighbors[k]];
    let folded = 0;
    for (let i = 0; i < 23; i++) {
      folded += u.self[i] * z[i] * z[i];
      for (let k = u.offsets[i]; k < u.offsets[i + 1]; k++) {
        expect(u.neighbors[k]).toBeGreaterThan(i);
        if (k > u.offsets[i]) expect(u.neighbors[k]).toBeGreaterThan(u.neighbors[k - 1]);
        folded += u.weights[k] * z[i] * z[u.neighbors[k]];
      }
    }
    expect(Math.abs(folded - direct)).toBeLessThan(1e-12 * 23 * 9 * 4);
    expect(u.self.filter((x) => x !== 0).length).toBe(8);

    // The permutation test counts exactly what shuffling with the same random numbers and
    // recomputing z'Wz over every link counts (self links included). The permutations run in
    // groups of four side by side: a group takes lanes·22 numbers, step q of lane c number lanes·q + c.
    const R = 199;
    const y = Float64Array.from({ length: 23 }, (_, i) => (i * 7) % 11);
    const fast = globalMoranPermutation(y, w, R, seededRng(3));
    while (fast.done < R) fast.step(17);
    const rng = seededRng(3);
    let mean = 0;
    for (const v of y) mean += v / 23;
    const zz = Float64Array.from(y, (v) => v - mean);
    const cross = (x: Float64Array) => {
      let t = 0;
      for (let i = 0; i < 23; i++) for (let k = offsets[i]; k < offsets[i + 1]; k++) t += x[i] * w.weights[k] * x[w.neighbors[k]];
      return t;
    };
    const observed = cross(zz);
    let absW = 0;
    for (const x of w.weights) absW += Math.abs(x);
    const maxAbs = Math.max(...Array.from(zz, Math.abs));
    const tol = 1e-12 * absW * maxAbs * maxAbs;
    const lanesOf = [zz.slice(), zz.slice(), zz.slice(), zz.slice()];
    let ge = 0;
    let le = 0;
    for (let p = 0; p < R; p += 4) {
      const lanes = Math.min(4, R - p);
      const draws = Array.from({ length: lanes * 22 }, () => rng.nextUint32());
      for (let c = 0; c < lanes; c++) {
        const sh = lanesOf[c];
        for (let i = 22, q = 0; i > 0; i--, q++) {
          const r = Math.floor(draws[lanes * q + c] * 2 ** -32 * (i + 1));
          [sh[i], sh[r]] = [sh[r], sh[i]];
        }
        const d = cross(sh) - observed;
        if (d >= -tol) ge++;
        if (d <= tol) le++;
      }
    }
    expect(fast.pSim).toBe((Math.min(ge, le) + 1) / (R + 1));
    expect(fast.pSim).toBeGreaterThan(1 / (R + 1)); // not at the floor: the counts matter
  });
});

describe('globalMoranPermutation past 8,192 units (one permutation at a time)', () => {
  it('counts what shuffling with the same random numbers, one shuffle after another, and recomputing counts', () => {
    const w = rowStandardise(latticeWeights(100, 90, 'rook'));
    const n = w.n;
    // A field without spatial structure: its p is far from the floor, so the counts tell permutations apart.
    const values = seededRng(17);
    const y = Float64Array.from({ length: n }, () => values.random());
    const R = 99;
    const fast = globalMoranPermutation(y, w, R, seededRng(5));
    while (fast.done < R) fast.step(4);
    let mean = 0;
    for (const v of y) mean += v / n;
    const zz = Float64Array.from(y, (v) => v - mean);
    const cross = (x: Float64Array) => {
      let t = 0;
      for (let i = 0; i < n; i++) for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) t += x[i] * w.weights[k] * x[w.neighbors[k]];
      return t;
    };
    const observed = cross(zz);
    let absW = 0;
    for (const x of w.weights) absW += Math.abs(x);
    let maxAbs = 0;
    for (const v of zz) maxAbs = Math.max(maxAbs, Math.abs(v));
    const tol = 1e-12 * absW * maxAbs * maxAbs;
    const rng = seededRng(5);
    const sh = zz.slice();
    let ge = 0;
    let le = 0;
    for (let p = 0; p < R; p++) {
      for (let i = n - 1; i > 0; i--) {
        const r = Math.floor(rng.nextUint32() * 2 ** -32 * (i + 1));
        const t = sh[i];
        sh[i] = sh[r];
        sh[r] = t;
      }
      const d = cross(sh) - observed;
      if (d >= -tol) ge++;
      if (d <= tol) le++;
    }
    expect(fast.pSim).toBe((Math.min(ge, le) + 1) / (R + 1));
    expect(fast.pSim).toBeGreaterThan(5 / (R + 1));
  });
});
