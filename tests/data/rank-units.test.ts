import { describe, expect, it } from 'vitest';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import type { IndexInput, SensitivityResult } from '../../src/lib/analysis/composite-types.ts';
import { prepareLeaves } from '../../src/lib/analysis/prepare-leaves.ts';
import type { IndexSpec } from '../../src/lib/data/index-spec.ts';
import { indexInputFromSpec } from '../../src/lib/data/index-input-from-spec.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { priorityOrder } from '../../src/lib/data/priority-order.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import type { RankTables, RankUnit } from '../../src/lib/data/rank-types.ts';
import { topNMask } from '../../src/lib/data/top-n-mask.ts';
import { RANK_FIXTURES, rankFixtureJson } from './index-spec-fixtures.ts';

const rankSpec = (name: string, patch: Record<string, unknown> = {}): IndexSpec => parseIndexSpec({ ...rankFixtureJson(name), ...patch });
const ids = (units: readonly RankUnit[], order: Int32Array) => Array.from(order, (i) => units[i].unit_id);
const unit = (unit_id: string, country = 'X'): RankUnit => ({ unit_id, name: unit_id, department: '', country });
const ranks = (region: number[], country = region) => ({ rankRegion: Float64Array.from(region), rankCountry: Float64Array.from(country) });

describe('priorityOrder', () => {
  it('orders by region rank, ties by unit_id whatever the row order, units without score last', () => {
    const units = ['d', 'b', 'c', 'a', 'e'].map((id) => unit(id));
    // d 2.5, b 1, c 2.5 (tie with d), a no score, e 4
    const order = priorityOrder(units, ranks([2.5, 1, 2.5, NaN, 4]), 'region');
    expect(ids(units, order)).toEqual(['b', 'c', 'd', 'e', 'a']);
  });

  it('orders by country rank, countries taking turns by code, when the scope is country; unscored last by country', () => {
    const units = [unit('S1', 'SV'), unit('G1', 'GT'), unit('S2', 'SV'), unit('G2', 'GT'), unit('G3', 'GT'), unit('S3', 'SV')];
    const order = priorityOrder(units, ranks([1, 2, 3, 4, NaN, NaN], [1, 1, 2, 2, NaN, NaN]), 'country');
    expect(ids(units, order)).toEqual(['G1', 'S1', 'G2', 'S2', 'G3', 'S3']);
  });

  it('compares ids by code unit, not by locale (the same on every machine)', () => {
    const units = ['b', 'B', 'á', 'a'].map((id) => unit(id));
    expect(ids(units, priorityOrder(units, ranks([1, 1, 1, 1]), 'region'))).toEqual(['B', 'a', 'b', 'á']);
  });
});

describe('topNMask', () => {
  const units = ['a', 'b', 'c', 'd', 'e'].map((id) => unit(id));
  // scores 90, 80, 80, 70, none → average ranks 1, 2.5, 2.5, 4, NaN
  const r = ranks([1, 2.5, 2.5, 4, NaN]);

  it('keeps every unit tied at the cut-off: a top 2 holds three units', () => {
    expect([...topNMask(units, r, 2, 'region')]).toEqual([1, 1, 1, 0, 0]);
  });

  it('cuts above a tie when the tie starts after the cut-off', () => {
    expect([...topNMask(units, r, 1, 'region')]).toEqual([1, 0, 0, 0, 0]);
  });

  it('takes exactly N when there is no tie at the cut-off; never a unit without score', () => {
    expect([...topNMask(units, r, 3, 'region')]).toEqual([1, 1, 1, 0, 0]);
    expect([...topNMask(units, r, 10, 'region')]).toEqual([1, 1, 1, 1, 0]);
  });

  it('counts within each country when the scope is country', () => {
    const us = [unit('G1', 'GT'), unit('G2', 'GT'), unit('S1', 'SV'), unit('S2', 'SV'), unit('S3', 'SV')];
    const rc = ranks([1, 2, 3, 4, 5], [1, 2, 1, 2, 3]);
    expect([...topNMask(us, rc, 1, 'country')]).toEqual([1, 0, 1, 0, 0]);
    expect([...topNMask(us, rc, 1, 'region')]).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('rankUnits on the long fixture (hand-computed)', () => {
  // m1 (+1): A 10, B 20, C 30 → min–max 0, 50, 100. p1 (−1): A 5, B 0, C 10, D 5 → 50, 100, 0, 50.
  // Two groups of weight 0.5: A (0+50)/2 = 25, B 75, C 50, D 50 (p1 only: coverage 0.5, not below
  // the 0.5 threshold), E no value (no score). Ranks: B 1, C and D 2.5, A 4.
  const spec = rankSpec('spec-long.json');
  const tables = readRankTables(spec, RANK_FIXTURES);
  const result = rankUnits(tables, spec);

  it('scores, coverage and average ranks', () => {
    const { score, coverage, rankRegion, rankCountry } = result.index;
    [25, 75, 50, 50].forEach((s, i) => expect(score[i]).toBeCloseTo(s, 10));
    expect(score[4]).toBeNaN();
    [1, 1, 1, 0.5, 0].forEach((c, i) => expect(coverage[i]).toBeCloseTo(c, 12));
    expect([...rankRegion]).toEqual([4, 1, 2.5, 2.5, NaN]);
    expect([...rankCountry]).toEqual([4, 1, 2.5, 2.5, NaN]);
  });

  it('orders B, C, D (tie by id), A, then E without score', () => {
    expect(ids(result.units, result.order)).toEqual(['B', 'C', 'D', 'A', 'E']);
  });

  it('top 2 holds B and both units tied at 2.5', () => {
    expect([...result.inTopN]).toEqual([0, 1, 1, 1, 0]);
  });

  it('has no sensitivity unless asked', () => {
    expect(result.sensitivity).toBeUndefined();
  });

  it('gives the same order when the rows come in another order', () => {
    const perm = [4, 2, 0, 3, 1];
    const shuffled: RankTables = {
      units: perm.map((i) => tables.units[i]),
      columns: new Map([...tables.columns].map(([k, v]) => [k, Float64Array.from(perm, (i) => v[i])])),
    };
    const again = rankUnits(shuffled, spec);
    expect(ids(again.units, again.order)).toEqual(['B', 'C', 'D', 'A', 'E']);
  });

  it('with minWeightShare 0.6, D (resting on half the weight) loses its score', () => {
    const strict = rankUnits(tables, rankSpec('spec-long.json', { minWeightShare: 0.6 }));
    expect(strict.index.score[3]).toBeNaN();
    expect(ids(strict.units, strict.order)).toEqual(['B', 'C', 'A', 'D', 'E']);
    expect([...strict.inTopN]).toEqual([0, 1, 1, 0, 0]);
  });

  it('names an indicator column the tables lack', () => {
    const bad = rankSpec('spec-long.json', {
      indicators: [
        { id: 'm1', direction: 1, weight: 1, parent: 'mig' },
        { id: 'p1', column: 'nope', direction: -1, weight: 1, parent: 'pil' },
      ],
    });
    expect(() => rankUnits(readRankTables(bad, RANK_FIXTURES), bad)).toThrow('indicator column not found in values-long.csv: nope');
  });

  it('attaches a sensitivity result, or the result of a function run on the engine input', () => {
    const n = 5;
    const s: SensitivityResult = {
      draws: 1,
      seed: 7,
      topN: 2,
      rankScope: 'region',
      medianRank: new Float64Array(n),
      p05: new Float64Array(n),
      p95: new Float64Array(n),
      probTopN: new Float64Array(n),
      robust: new Uint8Array(n),
    };
    expect(rankUnits(tables, spec, { sensitivity: s }).sensitivity).toBe(s);
    let seen: IndexInput | undefined;
    const withFn = rankUnits(tables, spec, {
      sensitivity: (input) => {
        seen = input;
        return s;
      },
    });
    expect(withFn.sensitivity).toBe(s);
    expect(seen?.n).toBe(5);
    expect(seen?.leaves.map((l) => l.id)).toEqual(['m1', 'p1']);
    const short = { ...s, medianRank: new Float64Array(3) };
    expect(() => rankUnits(tables, spec, { sensitivity: short })).toThrow('the sensitivity result has 3 units, the ranking 5');
  });

  it('gives the same result with leaves prepared ahead (as the UI caches them)', () => {
    const prepared = prepareLeaves(indexInputFromSpec(tables, spec));
    const again = rankUnits(tables, rankSpec('spec-long.json'), { prepared });
    expect([...again.index.score]).toEqual([...result.index.score]);
  });
});

describe('rankUnits on the wide fixture, top N per country (hand-computed)', () => {
  // Min–max within each country. GT: poverty 40.5, 60, 20 → 51.25, 100, 0; gdp (−1) 3000, 2500, – →
  // 0, 100, –; hom 12, –, 30 → 0, –, 100. econ = (2·pov + gdp)/3 over those present: 34.1667, 100, 0.
  // Index 0.6·econ + 0.4·safety over those present: GT01 20.5, GT02 100, GT03 40.
  // SV: poverty 35, 55, –, 50 → 0, 100, –, 75; gdp (−1) 4000, 3500, –, 1000 → 0, 16.667, –, 100;
  // hom 50, 25, –, 8 → 100, 40.476, –, 0. Index: SV01 40, SV02 59.524, SV03 none, SV04 50.
  const spec = rankSpec('spec-wide.json');
  const result = rankUnits(readRankTables(spec, RANK_FIXTURES), spec);

  it('scores', () => {
    const expected = [20.5, 100, 40, 40, 0.6 * ((200 + 50 / 3) / 3) + 0.4 * (1700 / 42), NaN, 50];
    expected.forEach((s, i) => (Number.isNaN(s) ? expect(result.index.score[i]).toBeNaN() : expect(result.index.score[i]).toBeCloseTo(s, 9)));
  });

  it('country ranks, the order by rank within country (countries in turn), and the top 2 of each country', () => {
    expect([...result.index.rankCountry]).toEqual([3, 1, 2, 3, 1, NaN, 2]);
    expect(ids(result.units, result.order)).toEqual(['GT02', 'SV02', 'GT03', 'SV04', 'GT01', 'SV01', 'SV03']);
    expect([...result.inTopN]).toEqual([0, 1, 1, 0, 1, 0, 1]);
  });
});
