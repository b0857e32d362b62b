/**
 * A hand-built RankResult for the ranking table's tests (no engine involved): six units in two
 * countries, one tie, one unit without score ("insufficient data"), top N = 2 region-wide.
 *
 *   i  id    name          dept         country  score  rankRegion  rankCountry  coverage  mig   I
 *   0  GT01  Petén         Petén        GT       40     4           2.5          1         30    10
 *   1  GT02  San José      Petén        GT       70     1           1            1         50    20
 *   2  GT03  Sololá        Sololá       GT       NaN    NaN         NaN          0.3       NaN   NaN
 *   3  SV01  San Miguel    San Miguel   SV       40     4           2            0.6       40    NaN
 *   4  GT04  Zacapa        Zacapa       GT       40     4           2.5          0.8       25    15
 *   5  SV02  Ahuachapán    Ahuachapán   SV       55     2           1            1         35    20
 *
 * Three units score 40: region ranks 3, 4, 5 averaged to 4; in GT two of them (2, 3) → 2.5.
 * Priority order: 1, 5, 0, 3, 4, 2 (ties in unit order, the unit without score last).
 */
import type { IndexResult, SensitivityResult } from '../../src/lib/analysis/composite-types.ts';
import type { RankResult, RankUnit } from '../../src/lib/data/rank-types.ts';

const f = (xs: number[]) => Float64Array.from(xs);

export const UNITS: RankUnit[] = [
  { unit_id: 'GT01', name: 'Petén', department: 'Petén', country: 'GT' },
  { unit_id: 'GT02', name: 'San José', department: 'Petén', country: 'GT' },
  { unit_id: 'GT03', name: 'Sololá', department: 'Sololá', country: 'GT' },
  { unit_id: 'SV01', name: 'San Miguel', department: 'San Miguel', country: 'SV' },
  { unit_id: 'GT04', name: 'Zacapa', department: 'Zacapa', country: 'GT' },
  { unit_id: 'SV02', name: 'Ahuachapán', department: 'Ahuachapán', country: 'SV' },
];

export function fixtureResult(): RankResult {
  const index: IndexResult = {
    score: f([40, 70, NaN, 40, 40, 55]),
    coverage: f([1, 1, 0.3, 0.6, 0.8, 1]),
    nodeScores: new Map(),
    contributions: new Map([
      ['migration', f([30, 50, NaN, 40, 25, 35])],
      ['I', f([10, 20, NaN, NaN, 15, 20])],
    ]),
    rankRegion: f([4, 1, NaN, 4, 4, 2]),
    rankCountry: f([2.5, 1, NaN, 2, 2.5, 1]),
    treatment: [],
  };
  return {
    units: UNITS,
    index,
    order: Int32Array.from([1, 5, 0, 3, 4, 2]),
    inTopN: Uint8Array.from([0, 1, 0, 0, 0, 1]),
  };
}

export function fixtureSensitivity(): SensitivityResult {
  return {
    draws: 1000,
    seed: 7,
    topN: 2,
    rankScope: 'region',
    medianRank: f([4, 1, NaN, 3, 5, 2]),
    p05: f([3, 1, NaN, 2, 3, 1]),
    p95: f([5, 2, NaN, 5, 5, 3]),
    probTopN: f([0.05, 0.97, 0, 0.2, 0.01, 0.75]),
    robust: Uint8Array.from([0, 1, 0, 0, 0, 0]),
  };
}
