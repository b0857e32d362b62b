/**
 * The underserved list as the app exports it: one row per underserved unit (highest need first)
 * with its need, why it is listed (top N, hotspot), its coverage under the filter, and — on every
 * row, so that the file cannot be read without them — the filter and the money balance of the rows
 * it kept: total = placed in a municipio + not locatable at municipio level (department) +
 * nationwide + outside every unit + other unplaced (swapped coordinates, no place, unknown code).
 * The provenance goes in the JSON beside it ({@link underservedMeta}); the table is underserved-table.ts.
 */
import type { MoneyBalance } from '../analysis/coverage-types.ts';
import { tableCsv } from './csv.ts';
import type { Provenance } from './provenance.ts';
import { UNDERSERVED_TABLE_COLUMNS, underservedTable, type UnderservedRow } from './underserved-table.ts';

export { otherUnplaced, type UnderservedRow } from './underserved-table.ts';

export const UNDERSERVED_COLUMNS = UNDERSERVED_TABLE_COLUMNS.map((c) => c.header);

/** The CSV text (BOM, CRLF, formula-like cells neutralised); `filter` describes the filter in words. */
export function underservedCsv(rows: readonly UnderservedRow[], balance: MoneyBalance, filter: string): string {
  return tableCsv(underservedTable(rows, balance, filter));
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
