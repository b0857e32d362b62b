/**
 * Investment coverage by unit as a result table (the investments view's "coverage by unit"
 * export): one row per municipio in the map's unit order with the activities, donors and money
 * placed in it under the current filter, the spread share, the rows without amount, money per
 * resident and per emigrant, and activities per pillar. Money a unit has no amount for is empty
 * (NaN), never 0.
 */
import { INVESTMENT_PILLARS, type CoverageResult } from '../analysis/coverage-types.ts';
import type { RankUnit } from '../data/rank-types.ts';
import { LINES_OF_EFFORT } from '../data/lines-of-effort.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';

export type CoverageColumns = Pick<CoverageResult, 'sourced' | 'activities' | 'donors' | 'amount' | 'amountSpread' | 'rowsWithoutAmount' | 'perCapita' | 'perEmigrant' | 'pillarActivities' | 'loeActivities'>;

export const COVERAGE_TABLE_COLUMNS: readonly ResultColumn[] = [
  { header: 'unit_id', type: 'text' },
  { header: 'name', type: 'text' },
  { header: 'department', type: 'text' },
  { header: 'country', type: 'text' },
  { header: 'investment_data', type: 'flag' },
  { header: 'activities', type: 'integer' },
  { header: 'donors', type: 'integer' },
  { header: 'amount_usd', type: 'usd' },
  { header: 'amount_spread_usd', type: 'usd' },
  { header: 'rows_without_amount', type: 'integer' },
  { header: 'amount_per_capita_usd', type: { decimals: 2 } },
  { header: 'amount_per_emigrant_usd', type: { decimals: 2 } },
  ...INVESTMENT_PILLARS.map((p): ResultColumn => ({ header: `pillar_${p}`, type: 'integer' })),
  ...LINES_OF_EFFORT.map((l): ResultColumn => ({ header: `loe_${l}`, type: 'integer' })),
];

/** The table; `units` aligned to the result. */
export function coverageTable(units: readonly RankUnit[], r: CoverageColumns): ResultTable {
  if (units.length !== r.activities.length) throw new Error(`${units.length} units for ${r.activities.length} coverage rows`);
  const np = INVESTMENT_PILLARS.length;
  const rows = units.map((u, i): ResultCell[] => {
    // Coverage unknown (no source for the country): counts written empty, not 0; money as computed
    // (NaN unless a spread share reached it).
    const known = r.sourced[i] !== 0;
    const count = (x: number): ResultCell => (known ? x : null);
    return [
      u.unit_id,
      u.name,
      u.department,
      u.country,
      known ? 1 : 0,
      count(r.activities[i]),
      count(r.donors[i]),
      r.amount[i],
      r.amountSpread[i],
      count(r.rowsWithoutAmount[i]),
      r.perCapita[i],
      r.perEmigrant[i],
      ...INVESTMENT_PILLARS.map((_, p) => count(r.pillarActivities[i * np + p])),
      ...LINES_OF_EFFORT.map((l) => count(r.loeActivities[i * LINES_OF_EFFORT.length + l - 1])),
    ];
  });
  return { columns: [...COVERAGE_TABLE_COLUMNS], rows };
}
