/**
 * The underserved list as the app exports it: one row per underserved unit (highest need first)
 * with its need, why it is listed (top N, hotspot), its coverage under the filter, and — on every
 * row, so that the file cannot be read without them — the filter and the money balance of the rows
 * it kept: total = placed in a municipio + not locatable at municipio level (department) +
 * nationwide + outside every unit + other unplaced (swapped coordinates, no place, unknown code).
 * The provenance goes in the JSON beside it ({@link underservedMeta}).
 */
import type { MoneyBalance } from '../analysis/coverage-types.ts';
import type { RankUnit } from '../data/rank-types.ts';
import { toCsv, type CsvCell } from './csv.ts';
import type { Provenance } from './provenance.ts';

export const UNDERSERVED_COLUMNS = [
  'unit_id',
  'name',
  'department',
  'country',
  'need',
  'in_top_n',
  'in_hotspot',
  'activities',
  'donors',
  'amount_usd',
  'filter',
  'total_usd',
  'placed_usd',
  'not_locatable_usd',
  'nationwide_usd',
  'outside_units_usd',
  'other_unplaced_usd',
] as const;

export interface UnderservedRow {
  unit: RankUnit;
  need: number;
  inTopN: boolean;
  inHotspot: boolean;
  activities: number;
  donors: number;
  amount: number;
}

/** Money that did not reach a municipio and is neither department, nationwide nor outside. */
export function otherUnplaced(b: MoneyBalance): number {
  return b.swapped + b.noPlace + b.unknownUnit;
}

/** The CSV text (BOM, CRLF, formula-like cells neutralised); `filter` describes the filter in words. */
export function underservedCsv(rows: readonly UnderservedRow[], balance: MoneyBalance, filter: string): string {
  const money: CsvCell[] = [filter, balance.total, balance.located + balance.spread, balance.department, balance.nationwide, balance.outside, otherUnplaced(balance)];
  return toCsv(
    UNDERSERVED_COLUMNS,
    rows.map((r): CsvCell[] => [r.unit.unit_id, r.unit.name, r.unit.department, r.unit.country, r.need, r.inTopN ? 1 : 0, r.inHotspot ? 1 : 0, r.activities, r.donors, r.amount, ...money]),
  );
}

/** The JSON beside the CSV: what the list is, the filter, need, threshold, money balance and provenance. */
export function underservedMeta(x: {
  filter: unknown;
  need: string;
  selection: string;
  maxActivities: number;
  balance: MoneyBalance;
  units: number;
  provenance: Provenance;
}): string {
  return `${JSON.stringify(
    {
      focal_underserved: 1,
      selection: x.selection,
      need: x.need,
      coverage_threshold: { max_activities: x.maxActivities },
      filter: x.filter,
      units: x.units,
      money_usd: {
        total: x.balance.total,
        placed_in_municipio: x.balance.located,
        spread_by_population: x.balance.spread,
        not_locatable_at_municipio_level: x.balance.department,
        nationwide: x.balance.nationwide,
        outside_every_unit: x.balance.outside,
        swapped_coordinates: x.balance.swapped,
        no_place: x.balance.noPlace,
        unknown_unit_code: x.balance.unknownUnit,
      },
      provenance: x.provenance,
    },
    null,
    2,
  )}\n`;
}
