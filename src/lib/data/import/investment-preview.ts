/**
 * What an investment import will add, shown in the import report before it is applied and kept in
 * the exports' method: the money in (after the unit and the split of repeated project amounts) and
 * where each row's money can go by its precision — a municipio (by code or by point), a department,
 * the country, or nowhere (no country of the three). Every dollar is in exactly one group. Pure.
 */
import { repeatedAmounts, type RepeatedAmounts } from '../../analysis/repeated-amounts.ts';
import type { InvestmentRow } from '../schema.ts';
import { cellText } from './cell-text.ts';
import type { InvestmentMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import { numberCell } from './number-cell.ts';

export const PREVIEW_GROUPS = ['unit', 'point', 'department', 'country', 'noPlace'] as const;
export type PreviewGroup = (typeof PREVIEW_GROUPS)[number];

export interface InvestmentPreview {
  rows: number;
  /** Rows without an amount (missing, not zero). */
  rowsWithoutAmount: number;
  /** US dollars in, each repeated project amount counted once. */
  moneyIn: number;
  groups: Record<PreviewGroup, { rows: number; usd: number }>;
  /** The repeated project amounts found (null: no project id or amount mapped). */
  repeated: RepeatedAmounts | null;
  /** Whether they are split (the mapping's choice). */
  split: boolean;
  amountScale: number;
}

export function previewGroup(r: InvestmentRow): PreviewGroup {
  if (r.level === 'department') return 'department';
  if (r.level === 'country') return 'country';
  if (r.unit_id) return 'unit';
  return r.lon !== null && r.lat !== null ? 'point' : 'noPlace';
}

export function investmentPreview(table: RawTable, mapping: InvestmentMapping, rows: readonly InvestmentRow[]): InvestmentPreview {
  const groups = Object.fromEntries(PREVIEW_GROUPS.map((g) => [g, { rows: 0, usd: 0 }])) as InvestmentPreview['groups'];
  let moneyIn = 0;
  let rowsWithoutAmount = 0;
  for (const r of rows) {
    const g = groups[previewGroup(r)];
    g.rows++;
    if (r.amount_usd === null) rowsWithoutAmount++;
    else {
      g.usd += r.amount_usd;
      moneyIn += r.amount_usd;
    }
  }
  const repeated = repeatedOf(table, mapping);
  return { rows: rows.length, rowsWithoutAmount, moneyIn, groups, repeated, split: !!mapping.splitRepeated && repeated !== null, amountScale: mapping.amountScale ?? 1 };
}

/** Projects repeating one amount on their rows, by the mapping's project id and amount columns (null: either not mapped). */
export function repeatedOf(table: RawTable, mapping: Pick<InvestmentMapping, 'activityId' | 'amount' | 'amountScale'>): RepeatedAmounts | null {
  const cId = mapping.activityId ? table.columns.indexOf(mapping.activityId) : -1;
  const cAmount = mapping.amount ? table.columns.indexOf(mapping.amount) : -1;
  if (cId < 0 || cAmount < 0) return null;
  const amount = (r: number): number | null => {
    try {
      return numberCell(table, cAmount, r);
    } catch {
      return null;
    }
  };
  return repeatedAmounts(
    Array.from({ length: table.rowCount }, (_, r) => cellText(table.values[cId][r])),
    Array.from({ length: table.rowCount }, (_, r) => amount(r)),
  );
}

/** The rule in English words, for the exports' method (the app shows it in the interface language). */
export function splitRuleText(p: Pick<InvestmentPreview, 'repeated' | 'split'>): string {
  const r = p.repeated;
  if (!r || !r.repeated) return 'no project amount is repeated on several location rows';
  return p.split
    ? `${r.repeated} projects state one amount on each of their ${r.repeatedRows} location rows: each such amount is counted once, split evenly over the project's locations (whole cents, remainder cents to the first rows)`
    : `${r.repeated} projects state one amount on each of their ${r.repeatedRows} location rows: NOT split (the planner chose to count each row's amount as given)`;
}
