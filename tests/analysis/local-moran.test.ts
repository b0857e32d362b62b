import { describe, expect, it } from 'vitest';
import { localMoran, moranQuadrant, QUADRANT_HH, QUADRANT_HL, QUADRANT_LH, QUADRANT_LL } from '../../src/lib/analysis/local-moran.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { fromNeighbourLists, rowStandardise } from '../../src/lib/analysis/spatial-weights.ts';
import { standardise } from '../../src/lib/analysis/standardise.ts';
import { latticeWeights, naiveLocalMoran, randomValues } from './hotspot-test-helpers.ts';

describe('standardise', () => {
  it('uses the sample sd as GeoDa does: 1..9 → (y − 5)/√7.5', () => {
    // Σ(y − 5)² = 60, sd = √(60/8) = √7.5.
    const z = standardise(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(z[0]).toBeCloseTo(-4 / Math.sqrt(7.5), 15);
    expect(z[8]).toBeCloseTo(4 / Math.sqrt(7.5), 15);
    expect(z[4]).toBe(0);
  });
  it('leaves constant values at 0 and one value at 0', () => {
    expect([...standardise(Float64Array.from([3, 3, 3]))]).toEqual([0, 0, 0]);
    expect([...standardise(Float64Array.from([7]))]).toEqual([0]);
  });
});

describe('localMoran on a 3×3 rook lattice, y = 1…9 (by hand)', () => {
  // Units numbered row by row:   0 1 2 / 3 4 5 / 6 7 8, values 1 … 9, mean 5, sd = √7.5.
  // Unit 0 (y 1, dev −4): neighbours 1 and 3 (devs −3, −1), lag = −2/√7.5, I = (−4)(−2)/7.5 = 16/15.
  // Unit 1 (y 2, dev −3): neighbours 0, 2, 4 (devs −4, −2, 0), lag = −2/√7.5, I = 6/7.5 = 0.8.
  // Unit 2 (y 3, dev −2): neighbours 1, 5 (devs −3, 1), lag = −1/√7.5, I = 2/7.5 = 4/15.
  // Unit 3 (y 4, dev −1): neighbours 0, 4, 6 (devs −4, 0, 2), lag = −(2/3)/√7.5, I = (2/3)/7.5 = 4/45.
  // Unit 4 (y 5, dev 0): I = 0. The rest mirror these (I₈ = I₀, I₇ = I₁, I₆ = I₂, I₅ = I₃).
  const w = rowStandardise(latticeWeights(3, 3, 'rook'));
  const r = localMoran(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), w);
  it('statistics', () => {
    const expected = [16 / 15, 0.8, 4 / 15, 4 / 45, 0, 4 / 45, 4 / 15, 0.8, 16 / 15];
    expected.forEach((e, i) => expect(r.I[i]).toBeCloseTo(e, 14));
    expect(r.lag[0]).toBeCloseTo(-2 / Math.sqrt(7.5), 15);
    expect(r.lag[3]).toBeCloseTo(-2 / 3 / Math.sqrt(7.5), 15);
  });
  it('quadrants: low corner LL, high corner HH, centre (z = 0) HH as GeoDa', () => {
    expect(r.quadrant[0]).toBe(QUADRANT_LL);
    expect(r.quadrant[8]).toBe(QUADRANT_HH);
    expect(r.quadrant[4]).toBe(QUADRANT_HH);
  });
});

describe('localMoran against an independent R implementation (4×4, hand-coded formula in R 4.2)', () => {
  // R: z <- (y - mean(y)) / sd(y); lag <- (W / rowSums(W)) %*% z; I <- z * lag — and checked there to
  // equal esda's (n − 1) dᵢ (W d)ᵢ / Σd² to 2e-16.
  const y = Float64Array.from([3, 8, 1, 5, 9, 2, 7, 4, 6, 10, 12, 0, 11, 5, 3, 8]);
  it('queen', () => {
    const I = [-0.100973818646232, -0.240181992337165, 0.252155172413793, 0.125718390804598, -0.0179597701149425, -0.334051724137931, -0.0538793103448276, 0.125718390804598, 0.0146072796934866, 0.316091954022989, -0.469348659003831, -0.416427203065134, 0.441810344827586, -0.169300766283525, -0.247844827586207, -0.142480842911877];
    const lag = [0.126875038665436, -0.408306942614222, -0.186852329670915, -0.519034249085875, -0.020761369963435, 0.311420549451525, -0.173011416361958, -0.242215982906742, 0.422147855923178, 0.276818266179133, -0.276818266179133, 0.256056896215698, 0.311420549451525, 0.698966122102311, 0.311420549451525, -0.242215982906742];
    const r = localMoran(y, rowStandardise(latticeWeights(4, 4, 'queen')));
    I.forEach((e, i) => expect(Math.abs(r.I[i] - e)).toBeLessThan(1e-13));
    lag.forEach((e, i) => expect(Math.abs(r.lag[i] - e)).toBeLessThan(1e-13));
  });
  it('rook', () => {
    const I = [-0.578304597701149, -0.630986590038314, -0.29573754789272, 0.226293103448276, -0.528815453384419, -0.779454022988506, -0.0969827586206896, 0.269396551724138, 0.0395114942528736, 0.118534482758621, -0.410680076628353, -0.956657088122606, -0.147270114942529, -0.142480842911877, -0.541586845466156, -0.712404214559387];
    const r = localMoran(y, rowStandardise(latticeWeights(4, 4, 'rook')));
    I.forEach((e, i) => expect(Math.abs(r.I[i] - e)).toBeLessThan(1e-13));
  });
});

describe('localMoran', () => {
  it('equals the naive dense implementation to 1e-12 on random data (queen 12×15)', () => {
    const rng = seededRng(5);
    const y = randomValues(180, () => rng.random() * 100 - 20);
    const w = latticeWeights(12, 15, 'queen');
    const fast = localMoran(y, rowStandardise(w));
    const slow = naiveLocalMoran([...y], w);
    for (let i = 0; i < 180; i++) {
      expect(Math.abs(fast.I[i] - slow.I[i])).toBeLessThan(1e-12);
      expect(Math.abs(fast.lag[i] - slow.lag[i])).toBeLessThan(1e-12);
    }
  });
  it('islands get NaN lag and statistic, quadrant 0', () => {
    const w = rowStandardise(fromNeighbourLists([[1], [0], []]));
    const r = localMoran(Float64Array.from([1, 2, 6]), w);
    expect(r.I[2]).toBeNaN();
    expect(r.lag[2]).toBeNaN();
    expect(r.quadrant[2]).toBe(0);
  });
  it('refuses a missing value', () => {
    expect(() => localMoran(Float64Array.from([1, NaN]), fromNeighbourLists([[1], [0]]))).toThrow(/missing/);
  });
  it('quadrant rules', () => {
    expect(moranQuadrant(1, 1)).toBe(QUADRANT_HH);
    expect(moranQuadrant(-1, -1)).toBe(QUADRANT_LL);
    expect(moranQuadrant(-1, 1)).toBe(QUADRANT_LH);
    expect(moranQuadrant(1, -1)).toBe(QUADRANT_HL);
  });
});
