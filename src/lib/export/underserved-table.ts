/**
 * The underserved list as a result table (underserved-csv.ts writes it as CSV, the XLSX as its
 * "Data" sheet): one row per underserved unit with its need, why it is listed, its coverage under
 * the filter and, on every row, the filter and the money balance of the rows it kept.
 */
import type { MoneyBalance } from '../analysis/coverage-types.ts';
import type { RankUnit } from '../data/rank-types.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';

export interface UnderservedRow {
  unit: RankUnit;
  need: number;
  inTopN: boolean;
  inHotspot: boolean;
  activities: number;
  donors: number;
  amount: number;
}

export const UNDERSERVED_TABLE_COLUMNS: readonly ResultColumn[] = [
  { header: 'unit_id', type: 'text' },
  { header: 'name', type: 'text' },
  { header: 'department', type: 'text' },
  { header: 'country', type: 'text' },
  { header: 'need', type: { decimals: 2 } },
  { header: 'in_top_n', type: 'integer' },
  { header: 'in_hotspot', type: 'integer' },
  { header: 'activities', type: 'integer' },
  { header: 'donors', type: 'integer' },
  { header: 'amount_usd', type: 'usd' },
  { header: 'filter', type: 'text' },
  { header: 'total_usd', type: 'usd' },
  { header: 'placed_usd', type: 'usd' },
  { header: 'not_locatable_usd', type: 'usd' },
  { header: 'nationwide_usd', type: 'usd' },
  { header: 'outside_units_usd', type: 'usd' },
  { header: 'other_unplaced_usd', type: 'usd' },
];

/** Money that did not reach a municipio and is neither department, nationwide nor outside. */
export function otherUnplaced(b: MoneyBalance): number {
  return b.swapped + b.noPlace + b.unknownUnit;
}

/** The table; `filter` describes the filter in words. */
export function underservedTable(rows: readonly UnderservedRow[], balance: MoneyBalance, filter: string): ResultTable {
  const money: ResultCell[] = [filter, balance.total, balance.located + balance.spread, balance.department, balance.nationwide, balance.outside, otherUnplaced(balance)];
  return {
    columns: [...UNDERSERVED_TABLE_COLUMNS],
    rows: rows.map((r): ResultCell[] => [r.unit.unit_id, r.unit.name, r.unit.department, r.unit.country, r.need, r.inTopN ? 1 : 0, r.inHotspot ? 1 : 0, r.activities, r.donors, r.amount, ...money]),
  };
}
