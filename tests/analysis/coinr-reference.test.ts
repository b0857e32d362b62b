/**
 * The engine against numbers computed with JRC COINr's functions (tests/fixtures/coinr/README.md):
 * treatment of single columns, and the whole index over Guatemala's 340 municipios in four method
 * variants, to 1e-9.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../src/lib/analysis/composite-index.ts';
import type { Aggregation, IndexInput, NormMethod, TreatmentMethod } from '../../src/lib/analysis/composite-types.ts';
import { treatColumn } from '../../src/lib/analysis/treat-column.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/coinr/${name}`, import.meta.url), 'utf8');
const numbers = (s: string) => Float64Array.from(s.split(','), Number);
const csvRows = (text: string) => text.trim().split('\n').slice(1).map((l) => l.split(','));
const TREATMENT = { winmax: 5, skew: 2, kurtosis: 3.5 };

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (Number.isNaN(expected[i])) expect(actual[i], `at ${i}`).toBeNaN();
    else expect(Math.abs(actual[i] - expected[i]), `at ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected[i])));
  }
}

describe('treatColumn equals COINr Treat with qTreat defaults', () => {
  const cases = fixture('treat.txt').trim().split('\n').map((l) => l.split('|'));
  it.each(cases)('%s', (_name, input, expected) => {
    expectClose(treatColumn(numbers(input), { method: 'coinr', ...TREATMENT }).values, numbers(expected), 1e-12);
  });

  it('reports what it did: winsorised points, or the log transform', () => {
    const byName = new Map(cases.map(([name, input]) => [name, treatColumn(numbers(input), { method: 'coinr', ...TREATMENT })]));
    expect(byName.get('outlier')).toMatchObject({ applied: 'winsorised', winsorised: 1 });
    expect(byName.get('pow2')).toMatchObject({ applied: 'winsorised', winsorised: 2 });
    expect(byName.get('low')).toMatchObject({ applied: 'winsorised', winsorised: 2 });
    expect(byName.get('ties')).toMatchObject({ applied: 'none', winsorised: 0 });
    expect(byName.get('zeroinf')).toMatchObject({ applied: 'log', winsorised: 0 });
    expect(byName.get('spike')!.applied).toBe('log');
    const spike = byName.get('spike')!;
    expect(Math.abs(spike.skewBefore)).toBeGreaterThan(2);
    expect(Math.abs(spike.skewAfter)).toBeLessThan(Math.abs(spike.skewBefore));
  });
});

describe('computeIndex equals COINr on Guatemala (340 municipios, 20 indicators, 6 groups)', () => {
  const units = csvRows(fixture('gt-index.csv')).map((r) => r[0]);
  const ref = csvRows(fixture('gt-index.csv'));
  const indicators = csvRows(fixture('gt-indicators.csv')).map(([id, parent, direction]) => ({ id, parent, direction: Number(direction) as 1 | -1 }));
  const groups = csvRows(fixture('gt-groups.csv')).map(([id, weight]) => ({ id, parent: 'index', weight: Number(weight) }));
  const at = new Map(units.map((u, i) => [u, i]));
  const columns = new Map(indicators.map((ind) => [ind.id, new Float64Array(units.length).fill(NaN)]));
  for (const line of readFileSync(new URL('../../public/data/indicators.csv', import.meta.url), 'utf8').trim().split('\n').slice(1)) {
    const [unit, id, value] = line.split(',');
    const i = at.get(unit);
    const col = columns.get(id);
    if (i !== undefined && col) col[i] = Number(value);
  }

  const input = (treatment: TreatmentMethod, method: NormMethod, range: [number, number], aggregation: Aggregation): IndexInput => ({
    n: units.length,
    scopeGroup: new Int32Array(units.length),
    leaves: indicators.map((ind) => ({ ...ind, weight: 1, values: columns.get(ind.id)! })),
    groups: [{ id: 'index', parent: null, weight: 1 }, ...groups],
    options: { treatment: { method: treatment, ...TREATMENT }, normalisation: { method, range, scope: 'country' }, aggregation, minWeightShare: 0 },
  });

  it.each([
    ['coinr', 'minmax', [0, 100], 'arithmetic', 1],
    ['none', 'zscore', [0, 100], 'arithmetic', 2],
    ['none', 'rank', [0, 100], 'arithmetic', 3],
    ['coinr', 'minmax', [1, 100], 'geometric', 4],
  ] as const)('treatment %s, %s %j, %s', (treatment, method, range, aggregation, column) => {
    const result = computeIndex(input(treatment, method, [...range], aggregation));
    expectClose(result.score, Float64Array.from(ref, (r) => Number(r[column])), 1e-9);
  });
});
