/**
 * Test helpers: small hand-made parsed tables and join reports for the apply steps, and a stand-in
 * for the join's `joinedUnitValues` with the documented contract (one value per unit: the row's
 * value; a target repeated keeps its first value; several targets on one unit — distritos —
 * summed).
 */
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
  return { by: 'code', rows: matched.length, matched, unmatchedRows: [], unmatchedUnits: [], duplicates: [], ambiguous: [], notUnits: [], emptyKeys: [], ...extra };
}

export function joinedUnitValuesStub(rep: JoinReport, values: (number | null)[]): Map<string, { value: number | null; rows: number[]; rule: string }> {
  const out = new Map<string, { value: number | null; rows: number[]; rule: string }>();
  const targets = new Set<string>();
  for (const m of rep.matched) {
    const v = values[m.row];
    const seen = out.get(m.unitId);
    if (targets.has(m.target)) {
      seen!.rows.push(m.row);
      continue;
    }
    targets.add(m.target);
    if (!seen) out.set(m.unitId, { value: v, rows: [m.row], rule: 'single' });
    else {
      seen.rows.push(m.row);
      seen.value = seen.value === null ? v : v === null ? seen.value : seen.value + v;
      seen.rule = 'sum';
    }
  }
  return out;
}
