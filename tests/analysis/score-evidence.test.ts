import { describe, expect, it } from 'vitest';
import type { GroupNode, IndicatorLeaf, PillarRule } from '../../src/lib/analysis/composite-types.ts';
import { buildIndexTree } from '../../src/lib/analysis/index-tree.ts';
import { scoreEvidence, type LeafLevel } from '../../src/lib/analysis/score-evidence.ts';
import { weightCoverage } from '../../src/lib/analysis/weight-coverage.ts';
import { computeIndex } from '../../src/lib/analysis/composite-index.ts';

/**
 * Three countries worked by hand. Units A1, A2 (country 0), B1 (1), C1, C2 (2). The index: migration
 * 0.5, pillar P1 0.25, pillar P2 0.25, one indicator each:
 *
 *   leaf  group      A1  A2   B1   C1   C2    level A / B / C
 *   mig   migration  10  20   30   40   NaN   department / municipio / municipio
 *   p1    P1         1   NaN  2    —    —     municipio (C publishes none)
 *   p2    P2         5   7    —    —    —     municipio (A only)
 *
 * available: A keeps 0.5 / 0.25 / 0.25; B has no P2, so migration 0.5/0.75 = 2/3 and P1 1/3; C has
 * only migration, which is all of its weight.
 *   A1 1 (municipio 0.5, department 0.5), A2 0.75 (missing p1: 0.25), B1 1, C1 1, C2 0.
 * strict: every country keeps 0.5 / 0.25 / 0.25; what a country lacks is missing.
 *   A1 1, A2 0.75, B1 0.75 (P2 missing), C1 0.5 (P1 and P2 missing), C2 0.
 */
const NaN_ = Number.NaN;
const groups: GroupNode[] = [
  { id: 'index', parent: null, weight: 1 },
  { id: 'migration', parent: 'index', weight: 0.5 },
  { id: 'P1', parent: 'index', weight: 0.25 },
  { id: 'P2', parent: 'index', weight: 0.25 },
];
const leafOf = (id: string, parent: string, values: number[]): IndicatorLeaf => ({ id, parent, weight: 1, direction: 1, values: Float64Array.from(values) });
const leaves = [
  leafOf('mig', 'migration', [10, 20, 30, 40, NaN_]),
  leafOf('p1', 'P1', [1, NaN_, 2, NaN_, NaN_]),
  leafOf('p2', 'P2', [5, 7, NaN_, NaN_, NaN_]),
];
const scopeGroup = Int32Array.of(0, 0, 1, 2, 2);
const levels: LeafLevel[][] = [
  ['department', 'municipio', 'municipio'],
  ['municipio', 'municipio', 'municipio'],
  ['municipio', 'municipio', 'municipio'],
];
const tree = buildIndexTree(leaves, groups);
const values = leaves.map((l) => l.values);
const evidence = (rule: PillarRule) => scoreEvidence(5, scopeGroup, tree, leaves, groups, values, levels, rule);
const close = (xs: Float64Array) => [...xs].map((x) => Math.round(x * 1e12) / 1e12);

describe('scoreEvidence', () => {
  it('available: splits each score over municipio and department figures within its own country', () => {
    const e = evidence('available');
    expect(close(e.municipio)).toEqual([0.5, 0.25, 1, 1, 0]);
    expect(close(e.department)).toEqual([0.5, 0.5, 0, 0, 0]);
    expect(close(e.missing)).toEqual([0, 0.25, 0, 0, 1]);
  });

  it('strict: what a country lacks is missing weight', () => {
    const e = evidence('strict');
    expect(close(e.municipio)).toEqual([0.5, 0.25, 0.75, 0.5, 0]);
    expect(close(e.department)).toEqual([0.5, 0.5, 0, 0, 0]);
    expect(close(e.missing)).toEqual([0, 0.25, 0.25, 0.5, 1]);
  });

  it('names, per country, the pillars it has no indicator for (under either rule)', () => {
    const name = (gs: number[][]) => gs.map((list) => list.map((g) => groups[g].id));
    expect(name(evidence('available').absent)).toEqual([[], ['P2'], ['P1', 'P2']]);
    expect(name(evidence('strict').absent)).toEqual([[], ['P2'], ['P1', 'P2']]);
  });

  it('municipio + department is the coverage the index uses, and the three shares sum to 1', () => {
    for (const rule of ['available', 'strict'] as const) {
      const e = evidence(rule);
      const coverage = weightCoverage(5, scopeGroup, tree, leaves, groups, values, rule);
      for (let i = 0; i < 5; i++) {
        expect(e.municipio[i] + e.department[i]).toBeCloseTo(coverage[i], 12);
        expect(e.municipio[i] + e.department[i] + e.missing[i]).toBeCloseTo(1, 12);
      }
    }
  });

  it('names only the highest empty group: a pillar, not each empty sub-group under it', () => {
    const nested: GroupNode[] = [...groups, { id: 'P2a', parent: 'P2', weight: 1 }];
    const nestedLeaves = [...leaves.slice(0, 2), leafOf('p2', 'P2a', [5, 7, NaN_, NaN_, NaN_])];
    const t = buildIndexTree(nestedLeaves, nested);
    const e = scoreEvidence(5, scopeGroup, t, nestedLeaves, nested, nestedLeaves.map((l) => l.values), levels, 'available');
    expect(e.absent.map((list) => list.map((g) => nested[g].id))).toEqual([[], ['P2'], ['P1', 'P2']]);
  });
});

describe('computeIndex under the missing-pillar rule', () => {
  const input = (pillarRule: PillarRule) => ({
    n: 5,
    scopeGroup,
    leaves,
    groups,
    options: {
      treatment: { method: 'none' as const, winmax: 5, skew: 2, kurtosis: 3.5 },
      // Region-wide, so that the one-unit country B still has normalised values.
      normalisation: { method: 'minmax' as const, range: [0, 100] as [number, number], scope: 'region' as const },
      aggregation: 'arithmetic' as const,
      minWeightShare: 0.6,
      pillarRule,
    },
  });

  it('strict withholds the score of C1 (50% of the weight), available gives it on migration alone', () => {
    const strict = computeIndex(input('strict'));
    const available = computeIndex(input('available'));
    // C2 has no value at all; under strict C1 (0.5) falls below 0.6 as well.
    expect([...strict.score].map(Number.isNaN)).toEqual([false, false, false, true, true]);
    expect([...available.score].map(Number.isNaN)).toEqual([false, false, false, false, true]);
    // The score itself is the same wherever both give one: only the threshold differs.
    for (const i of [0, 1, 2]) expect(available.score[i]).toBe(strict.score[i]);
  });
});
