/**
 * The WebAssembly hotspot kernels (hotspot-kernels.ts) against the JavaScript path they replace:
 * with the same seed, bit for bit the same draw table, pseudo p-values, global test and generator
 * state afterwards — on the real municipios and on synthetic cases that reach every branch (weights
 * that are not uniform, self links, a permutation count that is not a multiple of four, chunked
 * steps, a pool too small for the kernels' table branch).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { conditionalPermutation, drawTable, tableRows } from '../../src/lib/analysis/conditional-permutation.ts';
import { globalMoranPermutation, symmetricUpper } from '../../src/lib/analysis/global-moran.ts';
import { hotspotKernels, releaseHotspotKernels, useHotspotKernels } from '../../src/lib/analysis/hotspot-kernels.ts';
import { hotspots, type HotspotOptions, type HotspotResult } from '../../src/lib/analysis/hotspots.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { STATISTICS } from '../../src/lib/analysis/statistic-registry.ts';
import { fromNeighbourLists, rowStandardise, type SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import { gridInput, municipioInput } from '../../scripts/bench/hotspot-bench-inputs.ts';
import { latticeWeights } from './hotspot-test-helpers.ts';

afterEach(() => useHotspotKernels(true));

/** Runs `f` on the JavaScript path, then on the kernels. */
function bothPaths<T>(f: () => T): { js: T; wasm: T } {
  useHotspotKernels(false);
  const js = f();
  useHotspotKernels(true);
  const wasm = f();
  return { js, wasm };
}

function expectSameResult(js: HotspotResult, wasm: HotspotResult): void {
  expect(Array.from(wasm.pSim)).toEqual(Array.from(js.pSim));
  expect(Array.from(wasm.cluster)).toEqual(Array.from(js.cluster));
  expect(Array.from(wasm.statisticValue)).toEqual(Array.from(js.statisticValue));
  expect(wasm.global).toEqual(js.global);
  expect(wasm.threshold).toBe(js.threshold);
}

/** A smooth field with ties (rounded), so that tied permuted sums occur. */
function field(n: number, seed: number): Float64Array {
  const rng = seededRng(seed);
  return Float64Array.from({ length: n }, (_, i) => Math.round(4 * Math.sin(i / 7) + 3 * rng.random()));
}

describe('hotspot kernels', () => {
  it('are available here (Node has WebAssembly SIMD), so the tests below compare two paths', () => {
    const kernels = hotspotKernels(1 << 16);
    expect(kernels).not.toBeNull();
    releaseHotspotKernels(kernels!);
    useHotspotKernels(false);
    expect(hotspotKernels(1 << 16)).toBeNull();
  });

  it('drawTable: the same table and offsets, and the generator left at the same place', () => {
    for (const [n, K, R] of [
      [668, 15, 999],
      [3000, 4, 999],
      [40, 15, 99],
      [200, 8, 1],
    ]) {
      const L = tableRows(n, K, R);
      const { js, wasm } = bothPaths(() => {
        const rng = seededRng(n + K);
        const drawn = drawTable(L, K, n - 1, n, rng);
        return { ...drawn, next: [rng.nextUint32(), rng.nextUint32()] };
      });
      expect(Array.from(wasm.table)).toEqual(Array.from(js.table));
      expect(Array.from(wasm.offsets)).toEqual(Array.from(js.offsets));
      expect(wasm.next).toEqual(js.next);
    }
  });

  const options: HotspotOptions = { statistic: 'moran', permutations: 999, seed: 7, alpha: 0.05, correction: 'fdr' };

  it('hotspots() on the 682 municipios: the same result for each statistic and several seeds', () => {
    const { values, weights } = municipioInput();
    for (const statistic of STATISTICS) {
      for (const seed of [1, 2, 2024]) {
        const { js, wasm } = bothPaths(() => hotspots(values, weights, { ...options, statistic, seed }));
        expectSameResult(js, wasm);
      }
    }
  });

  it('hotspots() on a 3,000-unit grid, 99 and 998 permutations (not a multiple of four), in progress chunks', () => {
    const { values, weights } = gridInput(50, 60);
    for (const permutations of [99, 998]) {
      const { js, wasm } = bothPaths(() => hotspots(values, weights, { ...options, permutations, seed: permutations }, () => {}));
      expectSameResult(js, wasm);
    }
  });

  it('weights that are not uniform per row (the weighted units read the kernels’ table), and units with zero value', () => {
    const base = latticeWeights(20, 25, 'queen');
    const weighted: SpatialWeights = { ...base, weights: Float64Array.from(base.weights, (_, k) => 1 + (k % 5)) };
    const values = field(500, 3);
    for (const statistic of STATISTICS) {
      const { js, wasm } = bothPaths(() => hotspots(values, weighted, { ...options, statistic }));
      expectSameResult(js, wasm);
    }
    const x = field(500, 4);
    const row = rowStandardise(weighted);
    const direction = x.map(Math.sign);
    const { js, wasm } = bothPaths(() => {
      const test = conditionalPermutation(x, row, direction, 499, seededRng(9));
      while (test.done < test.total) test.step(37);
      return test.pSim;
    });
    expect(Array.from(wasm)).toEqual(Array.from(js));
  });

  /** Values without spatial pattern (integers: ties), so that the global pseudo p is far from its floor and moves with any changed sum. */
  const noise = (n: number, seed: number) => {
    const rng = seededRng(seed);
    return Float64Array.from({ length: n }, () => Math.floor(6 * rng.random()));
  };

  const ringLists = (n: number) => Array.from({ length: n }, (_, i) => [(i + 1) % n, (i + n - 1) % n, (i * 7 + 3) % n].filter((j, k, a) => j !== i && a.indexOf(j) === k));

  it('global Moran, with and without self links, stepped in uneven chunks: same pseudo p (mid-range) and generator state', () => {
    // 300 units: four permutations side by side; 9,000: one at a time.
    for (const [n, R, seeds] of [
      [300, 999, [1, 2, 3, 4]],
      [9000, 99, [1, 2]],
    ] as const) {
      const ring = ringLists(n);
      const withSelf = ring.map((list, i) => [i, ...list]);
      for (const lists of [ring, withSelf]) {
        const w = rowStandardise(fromNeighbourLists(lists));
        for (const seed of seeds) {
          const values = noise(n, seed);
          const { js, wasm } = bothPaths(() => {
            const rng = seededRng(seed);
            const test = globalMoranPermutation(values, w, R, rng);
            while (test.done < test.total) test.step(13);
            return { I: test.I, pSim: test.pSim, next: rng.nextUint32() };
          });
          expect(wasm).toEqual(js);
        }
      }
    }
    const ring = ringLists(300);
    // The comparison can see a difference: some of these p-values are far from 1/1000.
    const w = rowStandardise(fromNeighbourLists(ring));
    const test = globalMoranPermutation(noise(300, 1), w, 999, seededRng(1));
    test.step(999);
    expect(test.pSim).toBeGreaterThan(0.05);
  });

  it('hotspots() on values without pattern: the same local and global pseudo p', () => {
    const { weights } = gridInput(30, 40);
    for (const seed of [5, 6]) {
      const { js, wasm } = bothPaths(() => hotspots(noise(1200, seed), weights, { ...options, seed }));
      expectSameResult(js, wasm);
      expect(js.global!.pSim).toBeGreaterThan(0.01);
    }
  });

  it("the global kernels' permuted z'Wz are those of the same shuffles computed directly (one at a time, and four side by side)", () => {
    const n = 60;
    const w = rowStandardise(fromNeighbourLists(ringLists(n)));
    const z = noise(n, 8).map((v) => v - 2.5);
    const upper = symmetricUpper(w);
    const pairs = upper.neighbors.length;
    const kernels = hotspotKernels(1 << 16)!;
    const buffer = kernels.memory.buffer;
    const [offsetsAt, hiAt, weightsAt, shuffledAt, outAt] = [16, 512, 2048, 4096, 8192];
    new Int32Array(buffer, offsetsAt, n + 1).set(upper.offsets);
    new Float64Array(buffer, weightsAt, pairs).set(upper.weights);
    const state = new Uint32Array(buffer, 0, 4);
    /** z'Wz of a permutation, straight from the CSR rows (another summation order). */
    const direct = (v: ArrayLike<number>) => {
      let total = 0;
      for (let i = 0; i < n; i++) for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) total += v[i] * w.weights[k] * v[w.neighbors[k]];
      return total;
    };
    for (const lanes of [1, 4]) {
      new Int32Array(buffer, hiAt, pairs).set(upper.neighbors.map((j) => 8 * lanes * j));
      const shuffled = new Float64Array(buffer, shuffledAt, lanes * n);
      for (let i = 0; i < n; i++) shuffled.fill(z[i], lanes * i, lanes * i + lanes);
      const replay = Array.from({ length: lanes }, () => Array.from(z));
      const rng = seededRng(lanes);
      const mirror = seededRng(lanes);
      for (let p = 0; p < 5; p++) {
        rng.saveState!(state);
        let sums: number[];
        if (lanes === 1) sums = [kernels.globalOne(n, offsetsAt, hiAt, weightsAt, shuffledAt)];
        else {
          kernels.globalGroup(n, offsetsAt, hiAt, weightsAt, shuffledAt, outAt);
          sums = Array.from(new Float64Array(buffer, outAt, 4));
        }
        rng.loadState!(state);
        for (let i = n - 1; i > 0; i--) {
          for (const v of replay) {
            const r = Math.floor(mirror.nextUint32() * 2 ** -32 * (i + 1));
            [v[r], v[i]] = [v[i], v[r]];
          }
        }
        replay.forEach((v, c) => {
          expect(Math.abs(sums[c] - direct(v))).toBeLessThan(1e-9);
          expect(Array.from({ length: n }, (_, i) => shuffled[lanes * i + c])).toEqual(v);
        });
      }
      expect(rng.nextUint32()).toBe(mirror.nextUint32());
    }
    releaseHotspotKernels(kernels);
  });

  it('a few units (the table too wide for the kernels’ branch: the JavaScript path throughout)', () => {
    const w = latticeWeights(3, 3, 'queen');
    const values = field(9, 6);
    const { js, wasm } = bothPaths(() => hotspots(values, w, options));
    expectSameResult(js, wasm);
  });
});
