/**
 * Negative values in a column that holds a count or an amount (by its name and unit, as
 * combine-rule.ts reads them: `poblacion`, `monto_usd`, `homicidios`): a population or an amount
 * cannot be below zero, so the join report warns and names the rows (the values are kept: the
 * planner decides). Only rows that reached a unit are read, as the apply step reads them; cells
 * that are not numbers are left to the apply step's refusal. Pure.
 */
import { guessCombineRule } from './combine-rule.ts';
import type { IndicatorColumnMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import type { JoinReport } from '../join/join-types.ts';

export interface NegativeCount {
  column: string;
  /** File rows as a spreadsheet numbers them (header = row 1), ascending. */
  rows: number[];
}

export function negativeCounts(table: RawTable, columns: readonly IndicatorColumnMapping[], report: JoinReport): NegativeCount[] {
  const rows = [...new Set(report.matched.map((m) => m.row))].sort((a, b) => a - b);
  const out: NegativeCount[] = [];
  for (const col of columns) {
    if (guessCombineRule(col.column, col.unit) !== 'sum') continue;
    const c = table.columns.indexOf(col.column);
    if (c < 0) continue;
    const negative = rows.filter((r) => {
      const v = table.values[c][r];
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-\s*\d/.test(v) ? Number(v.trim().replace(',', '.')) : NaN;
      return n < 0;
    });
    if (negative.length) out.push({ column: col.column, rows: negative.map((r) => r + 2) });
  }
  return out;
}

/** Rows a warning names before "…" (a long list stays one line). */
const SHOWN = 12;

/** The rows of a warning as the report and `focal join` list them: `5, 9, 12` (the first 12, then "…"). */
export function negativeRowsText(rows: readonly number[]): string {
  return rows.slice(0, SHOWN).join(', ') + (rows.length > SHOWN ? ', …' : '');
}
