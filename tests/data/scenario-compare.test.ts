import { describe, expect, it } from 'vitest';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import type { RankUnit } from '../../src/lib/data/rank-types.ts';
import { compareScenarios, type ScenarioIndex } from '../../src/lib/data/scenario-compare.ts';
import { withRootWeight } from '../../src/lib/state/root-weights.ts';
import { PUBLIC_DATA, readCatalog } from './public-data.ts';

const unit = (unit_id: string, country: string): RankUnit => ({ unit_id, name: unit_id, department: '', country });
const scenario = (name: string, score: number[], rankCountry: number[]): ScenarioIndex => ({
  name,
  index: { score: Float64Array.from(score), rankCountry: Float64Array.from(rankCountry), rankRegion: Float64Array.from(rankCountry) },
});

describe('compareScenarios', () => {
  // Two countries: A (a1..a3) and B (b1, b2); top 2 within country.
  const units = [unit('a1', 'A'), unit('a2', 'A'), unit('a3', 'A'), unit('b1', 'B'), unit('b2', 'B')];
  const base = scenario('Base', [90, 80, 70, 60, 50], [1, 2, 3, 1, 2]);
  const other = scenario('Other', [85, 60, 75, 40, NaN], [1, 3, 2, 1, NaN]);

  it('lists who enters and leaves each country’s top N, by rank, and the changes of each unit from the base', () => {
    const c = compareScenarios(units, [base, other], 0, 2);
    expect(c.shifts).toEqual([
      { country: 'A', scenario: 1, enters: [2], leaves: [1] },
      { country: 'B', scenario: 1, enters: [], leaves: [4] },
    ]);
    expect(Array.from(c.inTop[1])).toEqual([1, 0, 1, 1, 0]);
    // +: moved towards rank 1; a unit without rank in one scenario has no change (missing, not 0).
    expect(Array.from(c.rankChange[1])).toEqual([0, -1, 1, 0, NaN]);
    expect(Array.from(c.scoreChange[1])).toEqual([-5, -20, 5, -20, NaN]);
    expect(Array.from(c.rankChange[0])).toEqual([0, 0, 0, 0, 0]);
  });

  it('takes any scenario as the base: swapping base and scenario swaps enters and leaves', () => {
    const c = compareScenarios(units, [base, other], 1, 2);
    expect(c.shifts).toEqual([
      { country: 'A', scenario: 0, enters: [1], leaves: [2] },
      { country: 'B', scenario: 0, enters: [4], leaves: [] },
    ]);
  });

  it('keeps every unit tied at the cut-off in the top N', () => {
    const tied = scenario('Tied', [90, 70, 70, 60, 50], [1, 2.5, 2.5, 1, 2]);
    const c = compareScenarios(units, [base, tied], 0, 2);
    expect(c.shifts[0]).toEqual({ country: 'A', scenario: 1, enters: [2], leaves: [] });
  });

  it('refuses one scenario, five, a base out of range and a top N of 0', () => {
    expect(() => compareScenarios(units, [base], 0, 2)).toThrow(RangeError);
    expect(() => compareScenarios(units, [base, base, base, base, base], 0, 2)).toThrow(RangeError);
    expect(() => compareScenarios(units, [base, other], 2, 2)).toThrow(RangeError);
    expect(() => compareScenarios(units, [base, other], 0, 0)).toThrow(RangeError);
  });

  it('on the real data, Default against Migration 70%: shifts in the top 10 are symmetric in each country', () => {
    const spec = defaultIndexSpec(readCatalog());
    const m70 = withRootWeight(spec, [], 'migration', 0.7);
    expect(m70.groups.find((g) => g.id === 'migration')?.weight).toBeCloseTo(0.7, 12);
    const tables = readRankTables(spec, PUBLIC_DATA);
    const a = rankUnits(tables, spec).index;
    const b = rankUnits(tables, m70).index;
    const c = compareScenarios(tables.units, [{ name: 'Default', index: a }, { name: 'Migration 70%', index: b }], 0, 10);
    expect(c.shifts.map((s) => s.country)).toEqual(['GT', 'HN', 'SV']);
    let moved = 0;
    for (const s of c.shifts) {
      // Without ties at the cut-off, as many enter as leave; each one entering ranks ≤ 10 in the scenario and > 10 in the base.
      for (const i of s.enters) expect([b.rankCountry[i] <= 10, a.rankCountry[i] > 10 || Number.isNaN(a.rankCountry[i])]).toEqual([true, true]);
      for (const i of s.leaves) expect([a.rankCountry[i] <= 10, b.rankCountry[i] > 10 || Number.isNaN(b.rankCountry[i])]).toEqual([true, true]);
      moved += s.enters.length;
    }
    expect(moved).toBeGreaterThan(0);
  });
});
