/**
 * The join report as a {@link ResultTable}: the same lines as the CSV ({@link joinReportRows}),
 * typed for a spreadsheet (row number as an integer, score with two decimals, the rest text — keys
 * such as `0101` keep their zero).
 */
import type { JoinReport, JoinRow, JoinTarget } from '../data/join/join-types.ts';
import { JOIN_REPORT_COLUMNS, joinReportRows } from './join-report-csv.ts';
import type { ColumnType, ResultTable } from './result-table.ts';

const TYPES: Partial<Record<(typeof JOIN_REPORT_COLUMNS)[number], ColumnType>> = { row: 'integer', score: { decimals: 2 } };

export function joinReportTable(report: JoinReport, rows: readonly JoinRow[], targets: readonly JoinTarget[]): ResultTable {
  return {
    columns: JOIN_REPORT_COLUMNS.map((header) => ({ header, type: TYPES[header] ?? 'text' })),
    rows: joinReportRows(report, rows, targets).map((x) => x.cells),
  };
}
