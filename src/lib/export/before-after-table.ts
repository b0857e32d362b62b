/**
 * The priority list's before/after as a result table: for the top N of the list and for the
 * other municipios of the countries with investment data, the money placed before the split
 * year and from it on under the rule, and each group's share of the money of that period. Every
 * row names the rule, the split year, the years each period spans, and that it shows
 * co-occurrence, not effect.
 */
import type { BeforeAfter } from '../state/investments-by-year.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';

export const BEFORE_AFTER_COLUMNS: readonly ResultColumn[] = [
  { header: 'group', type: 'text' },
  { header: 'municipios', type: 'integer' },
  { header: 'year_rule', type: 'text' },
  { header: 'split_year', type: 'number' },
  { header: 'before_years', type: 'text' },
  { header: 'after_years', type: 'text' },
  { header: 'before_usd', type: 'usd' },
  { header: 'after_usd', type: 'usd' },
  { header: 'share_before', type: 'percent' },
  { header: 'share_after', type: 'percent' },
  { header: 'filter', type: 'text' },
  { header: 'reading', type: 'text' },
];

export const BEFORE_AFTER_READING = 'co-occurrence, not effect';

/** The table; `top` names the top group ("top 10 in each country"), `filter` the filter in words. */
export function beforeAfterTable(b: BeforeAfter, top: string, filter: string): ResultTable {
  const first = b.years[0];
  const last = b.years[b.years.length - 1];
  const beforeYears = b.years.length && first < b.year ? `${first}-${b.year - 1}` : '';
  const afterYears = b.years.length && last >= b.year ? `${b.year}-${last}` : '';
  const totalBefore = b.top.before + b.rest.before;
  const totalAfter = b.top.after + b.rest.after;
  const share = (x: number, of: number) => (of > 0 ? x / of : NaN);
  const row = (group: string, g: { units: number; before: number; after: number }): ResultCell[] => [
    group,
    g.units,
    b.rule,
    b.year,
    beforeYears,
    afterYears,
    g.before,
    g.after,
    share(g.before, totalBefore),
    share(g.after, totalAfter),
    filter,
    BEFORE_AFTER_READING,
  ];
  return { columns: [...BEFORE_AFTER_COLUMNS], rows: [row(top, b.top), row('other municipios', b.rest)] };
}
