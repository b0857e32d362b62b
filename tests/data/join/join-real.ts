/** Test helpers for the real-shaped files of tests/fixtures/join-real. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { RawTable } from '../../../src/lib/data/import/import-types.ts';
import { rawTableFromRows } from '../../../src/lib/data/import/raw-table-from-rows.ts';
import type { JoinReport, JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import { nameSimilarity } from '../../../src/lib/data/join/name-similarity.ts';
import { normPlaceName } from '../../../src/lib/data/join/norm-name.ts';
import { wordsContained } from '../../../src/lib/data/join/words-contained.ts';
import { ROOT } from '../public-data.ts';

export const JOIN_REAL = join(ROOT, 'tests', 'fixtures', 'join-real');

/** A fixture as the CLI reads a CSV (text cells typed by the importers' rules). */
export function readFixture(file: string): RawTable {
  const text = readFileSync(join(JOIN_REAL, file), 'utf8');
  const rows = csvParse(text);
  return rawTableFromRows(file, rows.columns, rows.map((r) => rows.columns.map((c) => r[c] ?? '')));
}

/** Rows whose matched unit bears the name the file gives (same words, or a close spelling). */
export function rightlyJoined(table: RawTable, nameColumn: string, report: JoinReport, targets: readonly JoinTarget[]): number {
  const names = new Map<string, string[]>();
  for (const t of targets) {
    for (const k of [t.key, t.unitId]) names.set(k, [...(names.get(k) ?? []), ...t.names.map(normPlaceName)]);
  }
  const col = table.values[table.columns.indexOf(nameColumn)];
  return report.matched.filter((m) => {
    const name = normPlaceName(String(col[m.row] ?? ''));
    const own = names.get(m.target) ?? [];
    return own.some((n) => n === name || wordsContained(name, n) || wordsContained(n, name) || nameSimilarity(name, n) >= 0.88);
  }).length;
}

