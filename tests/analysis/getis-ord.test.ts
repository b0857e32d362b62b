import { describe, expect, it } from 'vitest';
import { localG } from '../../src/lib/analysis/getis-ord.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { distanceBandWeights, latticeWeights, naiveGiStar, randomValues } from './hotspot-test-helpers.ts';

// esda's published example (esda/getisord.py docstring and tests; docs/METHODS.md §2): six points, binary
// distance band 15 (libpysal DistanceBand: distance ≤ threshold).
const points = [[10, 10], [20, 10], [40, 10], [15, 20], [30, 20], [30, 30]] as const;
const y = Float64Array.from([2, 3, 3.2, 5, 8, 7]);
const w = distanceBandWeights(points, 15);

describe("localG: esda's published example to the printed digits", () => {
  it('the distance band: 0–1, 0–3, 1–3, 1–4, 2–4, 3–4 (exactly 15), 4–5', () => {
    const rows = Array.from({ length: 6 }, (_, i) => [...w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])]);
    expect(rows).toEqual([[1, 3], [0, 3, 4], [4], [0, 1, 4], [1, 2, 3, 5], [4]]);
  });
  it("binary Gi (transform 'B'): esda lg.Zs", () => {
    const z = localG(y, w, { star: false, transform: 'B' }).z;
    [-1.0136729, -0.04361589, 1.31558703, -0.31412676, 1.15373986, 1.77833941].forEach((e, i) =>
      expect(Math.abs(z[i] - e)).toBeLessThan(1e-7),
    );
  });
  it("binary Gi* (transform 'B', star): esda lg_star.Zs", () => {
    const z = localG(y, w, { star: true, transform: 'B' }).z;
    [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331].forEach((e, i) =>
      expect(Math.abs(z[i] - e)).toBeLessThan(1e-7),
    );
  });
  it("row-standardised Gi (transform 'R'): esda lg.Zs", () => {
    const z = localG(y, w, { star: false, transform: 'R' }).z;
    [-0.62074534, -0.01780611, 1.31558703, -0.12824171, 0.28843496, 1.77833941].forEach((e, i) =>
      expect(Math.abs(z[i] - e)).toBeLessThan(1e-7),
    );
  });
  it("row-standardised Gi* (transform 'R', star): esda lg_star.Zs", () => {
    const z = localG(y, w, { star: true, transform: 'R' }).z;
    [-0.62488094, -0.09144599, 0.41150696, -0.09144599, 0.24690418, 1.28024388].forEach((e, i) =>
      expect(Math.abs(z[i] - e)).toBeLessThan(1e-7),
    );
  });
  it('unit 0 by hand: Gi* = (2 + 3 + 5)/28.2, E = 3/6, z = (10 − 3·4.7)/(s√(3·3/5))', () => {
    // ȳ = 28.2/6 = 4.7; population variance = 161.24/6 − 4.7² = 4.78333…
    const r = localG(y, w, { star: true, transform: 'B' });
    const s = Math.sqrt(161.24 / 6 - 4.7 * 4.7);
    expect(r.G[0]).toBeCloseTo(10 / 28.2, 15);
    expect(r.expected[0]).toBeCloseTo(0.5, 15);
    expect(r.z[0]).toBeCloseTo((10 - 3 * 4.7) / (s * Math.sqrt((3 * 3) / 5)), 13);
  });
});

describe('localG star binary = Ord & Getis (1995) Gi* z', () => {
  it('matches an independent R implementation on a 4×4 queen lattice', () => {
    // R: Ws <- W; diag(Ws) <- 1; (Ws %*% y − ȳ Wi) / (s √((n S1 − Wi²)/(n − 1))), s population sd.
    const v = Float64Array.from([3, 8, 1, 5, 9, 2, 7, 4, 6, 10, 12, 0, 11, 5, 3, 8]);
    const expected = [-0.239731650742692, -0.750478774386456, -1.17932378832157, -1.03883715321833, 0.393107929440525, 0.714954378987448, -0.540575262161241, -0.893427112364829, 1.10784961933239, 1.69147743321421, -0.26156867523931, -0.178685422472966, 1.35847935420859, 1.67964297124588, 0.393107929440525, -0.079910550247564];
    const z = localG(v, latticeWeights(4, 4, 'queen'), { star: true, transform: 'B' }).z;
    expected.forEach((e, i) => expect(Math.abs(z[i] - e)).toBeLessThan(1e-13));
  });
  it('equals the naive dense formula to 1e-12 on random data, positive or not', () => {
    const rng = seededRng(11);
    const wq = latticeWeights(9, 13, 'queen');
    for (const shift of [50, -30]) {
      const v = randomValues(117, () => rng.random() * 40 + shift);
      const fast = localG(v, wq, { star: true, transform: 'B' }).z;
      const slow = naiveGiStar([...v], wq);
      for (let i = 0; i < 117; i++) expect(Math.abs(fast[i] - slow[i])).toBeLessThan(1e-12);
    }
  });
  it('refuses a missing value', () => {
    expect(() => localG(Float64Array.from([1, NaN]), latticeWeights(1, 2, 'rook'), { star: true, transform: 'B' })).toThrow(/missing/);
  });
});
