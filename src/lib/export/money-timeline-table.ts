/**
 * A municipio's money by year as a result table (the investments view's timeline export): one
 * row per year from the first to the last year with money or a migration value, with the money
 * placed in the municipio that year under the rule, the rows that gave it, and the migration
 * series' value (empty where it has none: missing is not 0). The rule is named on every row, and
 * so are the rows and money the rule could put in no year, so the file cannot be read without them.
 */
import type { MoneyByYear } from '../analysis/money-by-year.ts';
import type { RankUnit } from '../data/rank-types.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';

/** The migration series beside the money (null: none for this municipio). */
export interface TimelineSeries {
  id: string;
  years: readonly number[];
  values: readonly number[];
}

export const MONEY_TIMELINE_COLUMNS: readonly ResultColumn[] = [
  { header: 'unit_id', type: 'text' },
  { header: 'name', type: 'text' },
  { header: 'country', type: 'text' },
  { header: 'year', type: 'number' },
  { header: 'money_usd', type: 'usd' },
  { header: 'rows', type: 'integer' },
  { header: 'year_rule', type: 'text' },
  { header: 'rows_in_no_year', type: 'integer' },
  { header: 'money_in_no_year_usd', type: 'usd' },
  { header: 'migration_indicator', type: 'text' },
  { header: 'migration_value', type: { decimals: 3 } },
];

/** The table of group 0 of `m` (one municipio) and the series (empty when neither has a year). */
export function moneyTimelineTable(unit: RankUnit, m: MoneyByYear, series: TimelineSeries | null): ResultTable {
  const years = new Set<number>(m.years);
  if (series) series.years.forEach((y, k) => Number.isFinite(series.values[k]) && years.add(y));
  const sorted = [...years].sort((a, b) => a - b);
  if (!sorted.length) return { columns: [...MONEY_TIMELINE_COLUMNS], rows: [] };
  const all: number[] = [];
  for (let y = sorted[0]; y <= sorted[sorted.length - 1]; y++) all.push(y);
  const ny = m.years.length;
  const noYearRows = m.noYear[0].rows + m.badPeriod[0].rows;
  const noYearMoney = m.noYear[0].money + m.badPeriod[0].money;
  const rows = all.map((y): ResultCell[] => {
    const k = m.years.indexOf(y);
    const s = series ? series.years.indexOf(y) : -1;
    return [
      unit.unit_id,
      unit.name,
      unit.country,
      y,
      k >= 0 ? m.money[k] : ny && y >= m.years[0] && y <= m.years[ny - 1] ? 0 : null,
      k >= 0 ? m.rows[k] : null,
      m.rule,
      noYearRows,
      noYearMoney,
      series?.id ?? '',
      s >= 0 ? series!.values[s] : null,
    ];
  });
  return { columns: [...MONEY_TIMELINE_COLUMNS], rows };
}
