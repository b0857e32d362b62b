/**
 * The indicator diagnostics on a small index built so that each flag fires exactly where the
 * rules say: two countries, availability 60% (warn) and 40% (drop), half the values identical, a
 * collinear pair (with which), a negative pair within a pillar but not across pillars, alpha and
 * the correlations with the pillar and the index recomputed from their definitions.
 */
import { describe, expect, it } from 'vitest';
import type { IndexInput } from '../../src/lib/analysis/composite-types.ts';
import { computeIndex } from '../../src/lib/analysis/composite-index.ts';
import { prepareLeaves } from '../../src/lib/analysis/prepare-leaves.ts';
import { identicalShare, indicatorDiagnostics } from '../../src/lib/analysis/indicator-diagnostics.ts';
import { cronbachAlpha } from '../../src/lib/analysis/cronbach-alpha.ts';
import { pearson, spearman } from '../../src/lib/analysis/correlation.ts';

const N = NaN;
// Country 0: units 0–9; country 1: units 10–19.
const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
const b = a.map((v, i) => (i < 10 ? 2 * v + 1 : [7, 1, 8, 2, 8, 1, 8, 2, 8, 4][i - 10])); // collinear with a in country 0 only
const c = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; // opposite of a in country 0 (same pillar P)
const d = [2, 1, 1, 6, 1, 1, 5, 1, 1, 3, ...Array(10).fill(N)]; // half identical in country 0, absent in country 1
const e = [5, 3, N, N, N, N, 8, 1, 2, 7, 1, 2, 3, 4, N, N, N, N, N, N]; // 60% in 0, 40% in 1; pillar Q

const input: IndexInput = {
  n: 20,
  scopeGroup: Int32Array.from({ length: 20 }, (_, i) => (i < 10 ? 0 : 1)),
  leaves: [
    { id: 'a', parent: 'P', weight: 1, direction: 1, values: Float64Array.from(a) },
    { id: 'b', parent: 'Q', weight: 1, direction: 1, values: Float64Array.from(b) },
    { id: 'c', parent: 'P', weight: 1, direction: 1, values: Float64Array.from(c) },
    { id: 'd', parent: 'P', weight: 1, direction: 1, values: Float64Array.from(d) },
    { id: 'e', parent: 'Q', weight: 1, direction: 1, values: Float64Array.from(e) },
  ],
  groups: [
    { id: 'root', parent: null, weight: 1 },
    { id: 'P', parent: 'root', weight: 1 },
    { id: 'Q', parent: 'root', weight: 1 },
  ],
  options: {
    treatment: { method: 'none', winmax: 5, skew: 2, kurtosis: 3.5 },
    normalisation: { method: 'minmax', range: [0, 100], scope: 'country' },
    aggregation: 'arithmetic',
    minWeightShare: 0.5,
  },
};

const prepared = prepareLeaves(input);
const result = computeIndex(input, prepared);
const diag = indicatorDiagnostics(input, prepared, result);
const of = (id: string, g: number) => diag.indicators.find((x) => x.indicator === id && x.scopeGroup === g)!;

describe('indicatorDiagnostics', () => {
  it('availability per country: 60% warns, 40% suggests dropping, none is "not published"', () => {
    expect(of('e', 0).availability).toBe(0.6);
    expect(of('e', 0).flags).toContain('low_availability');
    expect(of('e', 1).availability).toBe(0.4);
    expect(of('e', 1).flags).toContain('drop');
    expect(of('d', 1).flags).toEqual(['absent']);
    expect(of('a', 0).flags).toEqual(['collinear', 'negative']);
  });

  it('identical values: 6 of 10 equal is flagged (≥ 50%), 2 of 10 not', () => {
    expect(identicalShare([2, 1, 1, 6, 1, 1, 5, 1, 1, 3])).toBe(0.6);
    expect(of('d', 0).flags).toContain('identical');
    expect(of('a', 1).identicalShare).toBe(0.2);
    expect(of('a', 1).flags).not.toContain('identical');
  });

  it('collinear says with which (any pillar), negative only within a pillar', () => {
    expect(of('a', 0).collinearWith).toEqual(['b']);
    expect(of('b', 0).collinearWith).toEqual(['a']);
    expect(of('a', 0).negativeWith).toEqual(['c']);
    expect(of('c', 0).negativeWith).toEqual(['a']);
    // b and c are perfectly negative in country 0, but in different pillars.
    expect(of('b', 0).negativeWith).toEqual([]);
    expect(of('a', 1).collinearWith).toEqual([]);
  });

  it('the heatmap matrix is Spearman on the normalised values of the indicators present', () => {
    const m = diag.matrices.find((x) => x.scopeGroup === 1)!;
    expect(m.ids).toEqual(['a', 'b', 'c', 'e']);
    const k = m.ids.length;
    expect(m.rho[0 * k + 2]).toBeCloseTo(spearman(a.slice(10), c.slice(10)), 14);
    expect(m.rho[1 * k + 0]).toBeCloseTo(m.rho[0 * k + 1], 14);
    expect(m.rho[3 * k + 3]).toBe(1);
  });

  it('alpha per pillar and country on the normalised values; r with the pillar and the index', () => {
    const p0 = diag.pillars.find((p) => p.pillar === 'P' && p.scopeGroup === 0)!;
    expect(p0.indicators).toEqual(['a', 'c', 'd']);
    const sub = (l: number) => prepared.values[l].subarray(0, 10);
    expect(p0.alpha).toBeCloseTo(cronbachAlpha([sub(0), sub(2), sub(3)]), 14);
    expect(of('e', 0).corrPillar).toBeCloseTo(pearson(sub(4), result.nodeScores.get('Q')!.subarray(0, 10)), 14);
    expect(of('e', 0).corrIndex).toBeCloseTo(pearson(sub(4), result.score.subarray(0, 10)), 14);
  });
});
