import { describe, expect, it } from 'vitest';
import { leastSquares, pointsInBox, quadrant, scatterPoints, standardise, symmetricExtent } from '../../src/lib/state/hotspot-scatter.ts';

describe('Moran scatterplot geometry', () => {
  it('standardises with the sample standard deviation (as GeoDa) and keeps NaN', () => {
    // mean 2, sd = sqrt(2/2) = 1
    const z = standardise([1, 2, 3, NaN]);
    expect(z[0]).toBeCloseTo(-1, 12);
    expect(z[1]).toBe(0);
    expect(z[2]).toBeCloseTo(1, 12);
    expect(z[3]).toBeNaN();
    expect([...standardise([4, 4])].every(Number.isNaN)).toBe(true);
  });

  it('has the global Moran’s I as slope: a path 0–1–2–3 with values 1, 2, 3, 4 gives I = 0.4', () => {
    // Deviations [-3, -1, 1, 3]/2, row-standardised lags of them [-1, -1, 1, 1]/2;
    // I = Σ z·lag / Σ z² = (8/4) / (20/4) = 0.4 (n = S0 = 4), whatever the scale of z.
    const z = standardise([1, 2, 3, 4]);
    const lag = [z[1], (z[0] + z[2]) / 2, (z[1] + z[3]) / 2, z[2]];
    const pts = scatterPoints(z, lag, [0, 0, 0, 0], (c) => c === 5);
    const { slope, intercept } = leastSquares(pts);
    expect(slope).toBeCloseTo(0.4, 12);
    expect(intercept).toBeCloseTo(0, 12);
  });

  it('leaves out islands and units without a value', () => {
    const pts = scatterPoints([1, NaN, -1, 0.5], [0.2, 0.1, NaN, 0], [1, 6, 2, 5], (c) => c === 5);
    expect(pts).toEqual([{ unit: 0, x: 1, y: 0.2, cluster: 1 }]);
  });

  it('fits y = 1 + 2x through three points on it', () => {
    expect(leastSquares([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toEqual({ slope: 2, intercept: 1 });
    expect(leastSquares([{ x: 1, y: 1 }]).slope).toBeNaN();
  });

  it('names the quadrants by own value then neighbours', () => {
    expect([quadrant(1, 1), quadrant(-1, -1), quadrant(-1, 1), quadrant(1, -1)]).toEqual(['HH', 'LL', 'LH', 'HL']);
  });

  it('frames the points in a square window centred on the means', () => {
    expect(symmetricExtent([{ x: 2.5, y: -1 }, { x: 0, y: -3 }])).toBeCloseTo(3.24, 12);
    expect(symmetricExtent([{ x: 0.1, y: 0.2 }])).toBe(1);
  });

  it('selects the points in a brushed box, corners in any order', () => {
    const pts = [
      { unit: 0, x: 0, y: 0, cluster: 0 },
      { unit: 2, x: 1, y: 1, cluster: 1 },
      { unit: 3, x: 2, y: -1, cluster: 4 },
    ];
    expect([...pointsInBox(pts, 5, 1.5, -0.5, 1, -0.5)]).toEqual([1, 0, 1, 0, 0]);
    expect([...pointsInBox(pts, 5, 3, 1.5, -2, 0)]).toEqual([0, 0, 0, 1, 0]);
  });
});
