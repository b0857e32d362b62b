/**
 * The change map as a result table: one row per municipio of the countries the indicator covers
 * (map order), with both years and both values, the change and why a unit has none:
 * `unit_id,name,department,country,first_year,first_value,second_year,second_value,change,change_mode,status`.
 * A missing value is an empty cell, never 0; `status` says which year is missing (`no_first_year`,
 * `no_second_year`, `no_data`) or that a percent change from zero is undefined (`zero_base`).
 */
import { CHANGE_NO_DATA, CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_OK, CHANGE_ZERO_BASE, type ChangeMode } from '../analysis/change-between.ts';
import type { CountryCode } from '../data/schema.ts';
import type { RankUnit } from '../data/rank-types.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';
import { valueDecimals } from './round-cell.ts';

/** The status column's codes, by CHANGE_* code. */
export const CHANGE_STATUS_CODES: Readonly<Record<number, string>> = {
  [CHANGE_OK]: 'ok',
  [CHANGE_NO_FIRST]: 'no_first_year',
  [CHANGE_NO_SECOND]: 'no_second_year',
  [CHANGE_NO_DATA]: 'no_data',
  [CHANGE_ZERO_BASE]: 'zero_base',
};

export interface ChangeTableInput {
  first: number;
  second: number;
  mode: ChangeMode;
  firstValues: ArrayLike<number>;
  secondValues: ArrayLike<number>;
  /** The change per unit (NaN where none) and its CHANGE_* status. */
  values: ArrayLike<number>;
  status: ArrayLike<number>;
  /** The countries the indicator covers: only their municipios are rows. */
  countries: readonly CountryCode[];
}

/** The table; `units` aligned to the values. */
export function changeTable(units: readonly RankUnit[], x: ChangeTableInput): ResultTable {
  if (units.length !== x.values.length) throw new Error(`${units.length} units for ${x.values.length} changes`);
  const rows: ResultCell[][] = [];
  units.forEach((u, i) => {
    if (!x.countries.includes(u.country as CountryCode)) return;
    rows.push([u.unit_id, u.name, u.department, u.country, x.first, x.firstValues[i], x.second, x.secondValues[i], x.values[i], x.mode, CHANGE_STATUS_CODES[x.status[i]]]);
  });
  const d = valueDecimals(Float64Array.from([...Array.from(x.firstValues), ...Array.from(x.secondValues)]));
  const columns: ResultColumn[] = [
    { header: 'unit_id', type: 'text' },
    { header: 'name', type: 'text' },
    { header: 'department', type: 'text' },
    { header: 'country', type: 'text' },
    { header: 'first_year', type: 'number' },
    { header: 'first_value', type: { decimals: d } },
    { header: 'second_year', type: 'number' },
    { header: 'second_value', type: { decimals: d } },
    { header: 'change', type: { decimals: x.mode === 'percent' ? 1 : d } },
    { header: 'change_mode', type: 'text' },
    { header: 'status', type: 'text' },
  ];
  return { columns, rows };
}
