/** Test helpers: small hand-made parsed tables and join reports for the apply steps. */
import type { CellValue, RawTable } from '../../../src/lib/data/import/import-types.ts';
import type { JoinMatch, JoinReport } from '../../../src/lib/data/join/join-types.ts';

export function table(fileName: string, columns: string[], rows: CellValue[][], decimal: '.' | ',' = '.'): RawTable {
  const values = columns.map((_, c) => rows.map((r) => r[c]));
  const types = values.map((col) => (col.every((v) => v === null || typeof v === 'number') ? 'number' : 'text') as 'number' | 'text');
  return { fileName, columns, types, values, rowCount: rows.length, read: { format: 'csv', decimal, delimiter: ',' }, renamed: [] };
}

/** A report whose rows matched the given units by code (row index → unit id). */
export function report(matches: Record<number, string>, extra: Partial<JoinReport> = {}): JoinReport {
  const matched: JoinMatch[] = Object.entries(matches).map(([row, unitId]) => ({ row: Number(row), target: unitId, unitId, method: 'code', score: 1 }));
  return { by: 'code', rows: matched.length, matched, unmatchedRows: [], unmatchedUnits: [], duplicates: [], ambiguous: [], notUnits: [], emptyKeys: [], namesChecked: 0, nameMismatches: [], ...extra };
}

