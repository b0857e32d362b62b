import { describe, expect, it } from 'vitest';
import { localG } from '../../src/lib/analysis/getis-ord.ts';
import { globalMoran } from '../../src/lib/analysis/global-moran.ts';
import {
  CLUSTER_COLD,
  CLUSTER_HH,
  CLUSTER_HOT,
  CLUSTER_ISLAND,
  CLUSTER_LL,
  CLUSTER_MISSING,
  CLUSTER_NS,
  defaultGlobalPermutations,
  hotspots,
  type HotspotOptions,
} from '../../src/lib/analysis/hotspots.ts';
import { localMoran } from '../../src/lib/analysis/local-moran.ts';
import { significanceThreshold } from '../../src/lib/analysis/multiple-testing.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { fromNeighbourLists, rowStandardise, subsetWeights, type SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import { latticeWeights, randomValues } from './hotspot-test-helpers.ts';

const moran: HotspotOptions = { statistic: 'moran', permutations: 999, seed: 7, alpha: 0.05, correction: 'fdr' };

/** A 12×12 rook lattice: high values in the top-left 4×4 block, low in the bottom-right, noise elsewhere. */
function blocks(): { values: Float64Array; w: SpatialWeights } {
  const rng = seededRng(8);
  const values = new Float64Array(144);
  for (let r = 0; r < 12; r++) {
    for (let c = 0; c < 12; c++) {
      const noise = rng.random();
      values[r * 12 + c] = r < 4 && c < 4 ? 10 + noise : r >= 8 && c >= 8 ? -10 + noise : noise;
    }
  }
  return { values, w: latticeWeights(12, 12, 'rook') };
}

describe('hotspots: Local Moran', () => {
  const { values, w } = blocks();
  const r = hotspots(values, w, moran);
  it('statistic and lag are localMoran on row-standardised weights; global I as globalMoran', () => {
    const lm = localMoran(values, rowStandardise(w));
    for (let i = 0; i < 144; i++) {
      expect(r.statisticValue[i]).toBe(lm.I[i]);
      expect(r.lag[i]).toBe(lm.lag[i]);
    }
    expect(r.global!.I).toBe(globalMoran(values, rowStandardise(w)));
    expect(r.global!.pSim).toBe(1 / 1000);
  });
  it('the high block is HH, the low block LL; the threshold is the FDR one over the 144 tests', () => {
    expect(r.threshold).toBe(significanceThreshold(r.pSim, 0.05, 'fdr'));
    expect(r.cluster[1 * 12 + 1]).toBe(CLUSTER_HH);
    expect(r.cluster[10 * 12 + 10]).toBe(CLUSTER_LL);
    for (let i = 0; i < 144; i++) {
      const significant = r.pSim[i] <= r.threshold;
      expect(r.cluster[i] === CLUSTER_NS).toBe(!significant);
    }
    expect(r.clusterLabel(CLUSTER_HH)).toBe('HH');
    expect(r.clusterLabel(CLUSTER_NS)).toBe('ns');
    expect(r.islands).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.value).toEqual(values);
  });
  it('same seed → same result; another seed → other p-values, same statistics', () => {
    const again = hotspots(values, w, moran);
    expect(again.pSim).toEqual(r.pSim);
    expect(again.global).toEqual(r.global);
    const other = hotspots(values, w, { ...moran, seed: 8 });
    expect(other.statisticValue).toEqual(r.statisticValue);
    expect(other.pSim).not.toEqual(r.pSim);
  });
  it('reports progress in increasing steps up to the total', () => {
    const calls: [number, number][] = [];
    hotspots(values, w, { ...moran, permutations: 99 }, (done, total) => calls.push([done, total]));
    expect(calls.length).toBeGreaterThan(1);
    const total = calls[0][1];
    calls.forEach(([done, t], k) => {
      expect(t).toBe(total);
      if (k > 0) expect(done).toBeGreaterThanOrEqual(calls[k - 1][0]);
    });
    expect(calls[calls.length - 1][0]).toBe(total);
  });
  it('Bonferroni and none change only the threshold', () => {
    const b = hotspots(values, w, { ...moran, correction: 'bonferroni' });
    expect(b.threshold).toBeCloseTo(0.05 / 144, 15);
    expect(b.pSim).toEqual(r.pSim);
    expect(hotspots(values, w, { ...moran, correction: 'none' }).threshold).toBe(0.05);
  });
});

describe('hotspots: missing values and islands', () => {
  // Units 0–5 on a path 0–1–2–3–4–5, unit 6 alone (island), unit 3 missing: 4 and 5 stay linked.
  const lists = [[1], [0, 2], [1, 3], [2, 4], [3, 5], [4], []];
  const w = fromNeighbourLists(lists);
  const values = Float64Array.from([1, 3, 2, NaN, 8, 9, 5]);
  const r = hotspots(values, w, { ...moran, permutations: 99 });
  it('missing and islands are marked, never tested, and not counted in m', () => {
    expect(r.missing).toEqual([3]);
    expect(r.islands).toEqual([6]);
    expect(r.cluster[3]).toBe(CLUSTER_MISSING);
    expect(r.cluster[6]).toBe(CLUSTER_ISLAND);
    for (const i of [3, 6]) {
      expect(r.pSim[i]).toBeNaN();
      expect(r.statisticValue[i]).toBeNaN();
      expect(r.lag[i]).toBeNaN();
    }
    expect(r.clusterLabel(CLUSTER_ISLAND)).toBe('island');
    expect(r.clusterLabel(CLUSTER_MISSING)).toBe('missing');
  });
  it('the others are computed as if the missing unit did not exist (island included in z)', () => {
    const keep = Uint8Array.from([1, 1, 1, 0, 1, 1, 1]);
    const sub = subsetWeights(w, keep);
    const lm = localMoran(Float64Array.from([1, 3, 2, 8, 9, 5]), rowStandardise(sub.weights));
    [0, 1, 2, 4, 5].forEach((old) => {
      const s = sub.index.indexOf(old);
      expect(r.statisticValue[old]).toBe(lm.I[s]);
    });
  });
  it('unit 2 lost its neighbour 3 and keeps 1; units 4, 5 keep each other', () => {
    expect(Number.isFinite(r.pSim[2])).toBe(true);
    expect(Number.isFinite(r.pSim[4])).toBe(true);
  });
});

describe('hotspots: Gi*', () => {
  const { values, w } = blocks();
  const r = hotspots(values, w, { ...moran, statistic: 'gistar' });
  it("statistic is esda's G_Local(transform='B', star=True) z; hot and cold blocks; no global", () => {
    const z = localG(values, w, { star: true, transform: 'B' }).z;
    for (let i = 0; i < 144; i++) expect(r.statisticValue[i]).toBe(z[i]);
    expect(r.cluster[1 * 12 + 1]).toBe(CLUSTER_HOT);
    expect(r.cluster[10 * 12 + 10]).toBe(CLUSTER_COLD);
    expect(r.clusterLabel(CLUSTER_HOT)).toBe('hot');
    expect(r.clusterLabel(CLUSTER_COLD)).toBe('cold');
    expect(r.global).toBeNull();
  });
  it('weights given as row-standardised or binary give the same Gi* (binarised inside)', () => {
    const fromRow = hotspots(values, rowStandardise(w), { ...moran, statistic: 'gistar' });
    expect(fromRow.statisticValue).toEqual(r.statisticValue);
    expect(fromRow.pSim).toEqual(r.pSim);
  });
});

describe('hotspots: relabelling the units', () => {
  // A random relabelling π of a 10×10 queen lattice: unit i becomes unit π(i).
  const w = latticeWeights(10, 10, 'queen');
  const rng = seededRng(77);
  const values = randomValues(100, () => rng.random());
  for (let i = 0; i < 100; i++) values[i] += Math.floor(i / 10) / 5; // some spatial trend
  const pi = [...Array(100).keys()];
  for (let i = 99; i > 0; i--) {
    const j = rng.int(i + 1);
    [pi[i], pi[j]] = [pi[j], pi[i]];
  }
  const lists: number[][] = Array.from({ length: 100 }, () => []);
  const relabelled = new Float64Array(100);
  for (let i = 0; i < 100; i++) {
    relabelled[pi[i]] = values[i];
    lists[pi[i]] = [...w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])].map((j) => pi[j]);
  }
  const w2 = fromNeighbourLists(lists);
  const opts = { ...moran, permutations: 9999 };
  const a = hotspots(values, w, opts);
  const b = hotspots(relabelled, w2, opts);
  it('statistics, lags and global I move with the units (to 1e-12)', () => {
    for (let i = 0; i < 100; i++) {
      expect(Math.abs(a.statisticValue[i] - b.statisticValue[pi[i]])).toBeLessThan(1e-12);
      expect(Math.abs(a.lag[i] - b.lag[pi[i]])).toBeLessThan(1e-12);
    }
    expect(Math.abs(a.global!.I - b.global!.I)).toBeLessThan(1e-12);
  });
  it('p-values are not identical (the draws depend on the unit numbers) but agree within Monte Carlo error', () => {
    let identical = 0;
    for (let i = 0; i < 100; i++) {
      const pa = a.pSim[i];
      const pb = b.pSim[pi[i]];
      if (pa === pb) identical++;
      // Both estimate the same exact p with R = 9999: sd of the difference ≤ √(2 p (1 − p) / R).
      const p = (pa + pb) / 2;
      expect(Math.abs(pa - pb)).toBeLessThan(5 * Math.sqrt((2 * Math.max(p, 1e-3) * (1 - p)) / 9999) + 2e-4);
    }
    expect(identical).toBeLessThan(50);
  });
});

describe('hotspots: spatially random fields', () => {
  it('pseudo p-values are roughly uniform: 2p against U(0, 1), Kolmogorov–Smirnov D < 0.08 (900 units)', () => {
    const w = latticeWeights(30, 30, 'rook');
    const rng = seededRng(2024);
    const r = hotspots(randomValues(900, () => rng.random()), w, { ...moran, seed: 5 });
    // The folded p = min of two tails is uniform on (0, 0.5] under the null (up to 1/(R+1) steps).
    const u = [...r.pSim].map((p) => 2 * p).sort((x, y) => x - y);
    let D = 0;
    u.forEach((v, k) => {
      D = Math.max(D, Math.abs((k + 1) / u.length - Math.min(v, 1)), Math.abs(k / u.length - Math.min(v, 1)));
    });
    expect(D).toBeLessThan(0.08);
    // And about α of the units reach p ≤ α/2 … roughly: 5%, between 2.5% and 8%.
    const share = u.filter((v) => v <= 0.05).length / u.length;
    expect(share).toBeGreaterThan(0.025);
    expect(share).toBeLessThan(0.08);
  });
});

describe('hotspots: global permutations', () => {
  it('default: as many as the local tests up to n·R = 2^22, then the largest 10^k − 1 within it (≥ 99)', () => {
    expect(defaultGlobalPermutations(682, 999)).toBe(999);
    expect(defaultGlobalPermutations(3000, 999)).toBe(999); // 3.0 M
    expect(defaultGlobalPermutations(682, 9999)).toBe(999); // 6.8 M > 4.19 M
    expect(defaultGlobalPermutations(50000, 999)).toBe(99); // even 99 is over: the floor
    expect(defaultGlobalPermutations(3000, 9999)).toBe(999);
    expect(defaultGlobalPermutations(100, 99)).toBe(99);
  });
  it('reported, and settable', () => {
    const { values, w } = blocks();
    expect(hotspots(values, w, moran).global!.permutations).toBe(999);
    const g = hotspots(values, w, { ...moran, globalPermutations: 19 }).global!;
    expect(g.permutations).toBe(19);
    expect(g.pSim).toBe(1 / 20);
    expect(() => hotspots(values, w, { ...moran, globalPermutations: 0 })).toThrow(/globalPermutations/);
  });
});

describe('hotspots: bad input', () => {
  const w = latticeWeights(2, 2, 'rook');
  const v = Float64Array.from([1, 2, 3, 4]);
  it('refuses mismatched sizes, bad permutations, α or statistic', () => {
    expect(() => hotspots(v.subarray(1), w, moran)).toThrow(/values/);
    expect(() => hotspots(v, w, { ...moran, permutations: 0 })).toThrow(/permutations/);
    expect(() => hotspots(v, w, { ...moran, alpha: 1 })).toThrow(/significance/);
    expect(() => hotspots(v, w, { ...moran, statistic: 'lisa' as never })).toThrow(/statistic/);
  });
  it('all values missing: nothing tested, no failure', () => {
    const r = hotspots(new Float64Array(4).fill(NaN), w, moran);
    expect([...r.cluster]).toEqual([CLUSTER_MISSING, CLUSTER_MISSING, CLUSTER_MISSING, CLUSTER_MISSING]);
    expect(r.threshold).toBe(0.05);
  });
});
