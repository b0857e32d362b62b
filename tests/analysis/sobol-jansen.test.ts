/**
 * Saltelli sampling with Jansen's estimators against the Ishigami function's analytic indices
 * (Ishigami & Homma 1990; a = 7, b = 0.1, x_i ~ U(−π, π)):
 * S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437 (Saltelli et al. 2010, and the formulas
 * below). Tolerance: Monte Carlo error; N = 20,000 base rows, seed 20261207 (recorded), each
 * estimate within 0.03 of the analytic value and inside its bootstrap 95% interval widened by 0.01.
 * Also checked: three seeds (1, 2, 3) at N = 8,192 within 0.05; a factor spanning two dimensions
 * (x1 and x3 as one group) against the group's analytic indices.
 */
import { describe, expect, it } from 'vitest';
import { designRow, saltelliDesign, sobolJansen, type SobolFactor } from '../../src/lib/analysis/sobol-jansen.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';

const A = 7;
const B = 0.1;
const ishigami = (x1: number, x2: number, x3: number): number => Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
const toPi = (u: number): number => -Math.PI + 2 * Math.PI * u;

// Analytic partial variances (Sobol' & Levitan 1999; Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.9).
const V1 = 0.5 * (1 + (B * Math.PI ** 4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = (8 * B * B * Math.PI ** 8) / 225;
const V = V1 + V2 + V13;
const S = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];

function run(n: number, seed: number, factors: SobolFactor[]) {
  const design = saltelliDesign(n, factors, seededRng(seed));
  const y = new Float64Array(design.evaluations);
  const row = new Float64Array(design.d);
  for (let e = 0; e < design.evaluations; e++) {
    designRow(design, e, row);
    y[e] = ishigami(toPi(row[0]), toPi(row[1]), toPi(row[2]));
  }
  return sobolJansen(design, y, 200, seed + 1);
}

const three: SobolFactor[] = [
  { id: 'x1', dims: 1 },
  { id: 'x2', dims: 1 },
  { id: 'x3', dims: 1 },
];

describe('Sobol indices by Saltelli sampling and Jansen estimators', () => {
  it('the analytic values are the published ones', () => {
    expect(S[0]).toBeCloseTo(0.3139, 4);
    expect(S[1]).toBeCloseTo(0.4424, 4);
    expect(ST[0]).toBeCloseTo(0.5576, 4);
    expect(ST[2]).toBeCloseTo(0.2437, 4);
  });

  it('Ishigami, N = 20,000, seed 20261207: within 0.03 and inside the bootstrap interval', () => {
    const r = run(20_000, 20261207, three);
    r.indices.forEach((ix, i) => {
      expect(Math.abs(ix.first - S[i]), `S${i + 1} ${ix.first}`).toBeLessThan(0.03);
      expect(Math.abs(ix.total - ST[i]), `ST${i + 1} ${ix.total}`).toBeLessThan(0.03);
      expect(S[i]).toBeGreaterThan(ix.firstCI[0] - 0.01);
      expect(S[i]).toBeLessThan(ix.firstCI[1] + 0.01);
      expect(ST[i]).toBeGreaterThan(ix.totalCI[0] - 0.01);
      expect(ST[i]).toBeLessThan(ix.totalCI[1] + 0.01);
    });
    expect(r.variance).toBeGreaterThan(V * 0.95);
    expect(r.variance).toBeLessThan(V * 1.05);
  });

  it.each([1, 2, 3])('Ishigami, N = 8,192, seed %i: within 0.05', (seed) => {
    const r = run(8192, seed, three);
    r.indices.forEach((ix, i) => {
      expect(Math.abs(ix.first - S[i])).toBeLessThan(0.05);
      expect(Math.abs(ix.total - ST[i])).toBeLessThan(0.05);
    });
  });

  it('a factor of two dimensions: {x1, x3} as one group has S = (V1 + V13)/V, ST the same; x2 unchanged', () => {
    // Columns: the group first (x1, x3), then x2.
    const design = saltelliDesign(20_000, [{ id: 'x13', dims: 2 }, { id: 'x2', dims: 1 }], seededRng(11));
    const y = new Float64Array(design.evaluations);
    const row = new Float64Array(design.d);
    for (let e = 0; e < design.evaluations; e++) {
      designRow(design, e, row);
      y[e] = ishigami(toPi(row[0]), toPi(row[2]), toPi(row[1]));
    }
    const r = sobolJansen(design, y, 0);
    expect(Math.abs(r.indices[0].first - (V1 + V13) / V)).toBeLessThan(0.03);
    expect(Math.abs(r.indices[0].total - (V1 + V13) / V)).toBeLessThan(0.03);
    expect(Math.abs(r.indices[1].first - V2 / V)).toBeLessThan(0.03);
    expect(Number.isNaN(r.indices[0].firstCI[0])).toBe(true);
  });

  it('the same seed gives the same indices; a constant output gives NaN', () => {
    expect(run(500, 5, three)).toEqual(run(500, 5, three));
    const design = saltelliDesign(10, three, seededRng(1));
    const r = sobolJansen(design, new Float64Array(design.evaluations).fill(3), 10);
    expect(r.indices[0].first).toBeNaN();
  });
});
