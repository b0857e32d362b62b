/**
 * `detectLong`: whether a table read for indicators has several rows per municipio (by year, by
 * type, by sex …), decided when the file is read, before any mapping, so that the planner is
 * offered the reshape step instead of a refusal after the mapping is confirmed. With the join
 * targets, the municipio is named by the key trials ({@link guessJoinKey}: the column, whatever its
 * name, whose cells reach most units) and only the rows whose key reaches a unit count: the file is
 * long when its keys that join repeat (a tax office's code repeated on each of its municipios, or
 * a footnote repeated below the table, does not make a file long). Without the targets (or when no
 * column reaches half of the rows), the municipio is named by the first guess of the key, or the
 * column named like a municipio's code or name that tells most municipios apart (with the
 * department for a name, and the country column). The file is long when at least one row in ten
 * (of those counted) repeats a municipio already seen.
 * The answer carries what the reshape step starts from: the key columns, the year column, the
 * category columns (text columns with 2–60 values that vary within a municipio) and their values.
 * Pure.
 */
import { cellText } from './cell-text.ts';
import type { JoinTarget } from '../join/join-types.ts';
import { guessJoinKey, keyReaches } from './guess-join-key.ts';
import { guessKey, municipioKeyCandidates } from './guess-mapping.ts';
import type { KeyMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import type { ReshapeSpec } from './reshape-spec.ts';
import { isRowNumberColumn } from './row-number-column.ts';
import { guessYearColumn, yearOf } from './year-column.ts';

/** A column the planner may filter or pivot on, with its values (by how often they occur, at most 60). */
export interface CategoryColumn {
  column: string;
  values: { value: string; rows: number }[];
}

export interface LongFile {
  rows: number;
  /** Distinct municipios under the guessed key. */
  units: number;
  /** The first guess of the key (its columns are the reshape's first keys). */
  key: KeyMapping;
  /** The first guess of the reshape: the key, the year column (latest year kept) and a sum. */
  spec: ReshapeSpec;
  /** The year column's years, ascending (empty without one). */
  years: number[];
  categories: CategoryColumn[];
}

/** At least this share of the rows repeats a municipio: a long file (a stray duplicate is left to the join report). */
const REPEATED_SHARE = 0.1;
const MAX_CATEGORY_VALUES = 60;

/** At least this share of the rows with a key must reach a unit for the key trials to name the municipio. */
const MIN_REACH = 0.5;

export function detectLong(table: RawTable, targets: readonly JoinTarget[] = []): LongFile | null {
  if (table.rowCount < 2) return null;
  const tried = targets.length ? joiningKey(table, targets) : null;
  const key = tried?.key ?? longKey(table);
  if (!key.column) return null;
  const keys = [key.column, ...(key.by === 'name' && key.deptColumn ? [key.deptColumn] : []), ...(key.countryColumn ? [key.countryColumn] : [])];
  const { units, rows } = countUnits(table, keys, tried?.joins);
  if (!isLong(units, rows)) return null;
  const yearColumn = guessYearColumn(table, new Set(keys));
  const years = yearColumn ? yearsIn(table, table.columns.indexOf(yearColumn)) : [];
  const skip = new Set([...keys, yearColumn, key.deptColumn, key.nameColumn]);
  const categories = categoryColumns(table, skip);
  const spec: ReshapeSpec = {
    keys,
    filters: [],
    aggregate: 'sum',
    ...(yearColumn && years.length ? { yearColumn, year: years[years.length - 1] } : {}),
  };
  return { rows: table.rowCount, units, key, spec, years, categories };
}

/**
 * The key of a long file: the first guess (guessKey), unless another column named like a
 * municipio code or name (not a department's) tells more municipios apart — in a long file the
 * first code-like column may be a department's or a breakdown's (`dept_geo_code` before
 * `munic_name_inferred` in El Salvador's census detail).
 */
function longKey(table: RawTable): KeyMapping {
  const key = guessKey(table);
  const distinct = (column: string) => countUnits(table, [column]).units;
  let best = { column: key.column, by: key.by, units: key.column ? distinct(key.column) : 0 };
  for (const c of municipioKeyCandidates(table.columns)) {
    if (c.column === best.column) continue;
    const units = distinct(c.column);
    if (units > best.units) best = { column: c.column, by: c.by, units };
  }
  if (best.column === key.column) return key;
  const out: KeyMapping = { by: best.by, column: best.column };
  if (key.deptColumn && key.deptColumn !== best.column) out.deptColumn = key.deptColumn;
  if (key.countryColumn) out.countryColumn = key.countryColumn;
  return out;
}

/**
 * The key found by trying every column against the units ({@link guessJoinKey}) and which rows it
 * joins, when it joins at least half of the rows that have one; null otherwise.
 */
function joiningKey(table: RawTable, targets: readonly JoinTarget[]): { key: KeyMapping; joins: (row: number) => boolean } | null {
  const key = guessJoinKey(table, guessKey(table), targets);
  const column = table.values[table.columns.indexOf(key.column)];
  if (!column) return null;
  const reaches = keyReaches(targets, key.by, key.country);
  const joined = column.map((cell) => reaches(cellText(cell)));
  const filled = column.reduce((n: number, cell) => (cellText(cell).trim() ? n + 1 : n), 0);
  const hits = joined.reduce((n, j) => (j ? n + 1 : n), 0);
  return filled > 0 && hits >= MIN_REACH * filled ? { key, joins: (r) => joined[r] } : null;
}

/** Whether `rows` (with a key) for `units` distinct keys make a long file. */
export function isLong(units: number, rows: number): boolean {
  return units > 0 && rows - units >= REPEATED_SHARE * rows;
}

/** Distinct non-empty combinations of `columns` (`units`), and the rows that have one (of the rows `only` keeps, when given). */
export function countUnits(table: RawTable, columns: readonly string[], only?: (row: number) => boolean): { units: number; rows: number } {
  const cols = columns.map((c) => table.values[table.columns.indexOf(c)] ?? []);
  const seen = new Set<string>();
  let rows = 0;
  for (let r = 0; r < table.rowCount; r++) {
    if (only && !only(r)) continue;
    const parts = cols.map((col) => cellText(col[r]));
    if (parts.every((p) => p === '')) continue;
    rows++;
    seen.add(parts.join('\u0000'));
  }
  return { units: seen.size, rows };
}

function yearsIn(table: RawTable, c: number): number[] {
  const seen = new Set<number>();
  for (const cell of table.values[c] ?? []) {
    const y = yearOf(cell);
    if (y !== null) seen.add(y);
  }
  return [...seen].sort((a, b) => a - b);
}

/** Columns with 2–60 distinct values, not the key, year or a row number: what a long file breaks its rows down by. */
export function categoryColumns(table: RawTable, skip: ReadonlySet<string | undefined>): CategoryColumn[] {
  const out: CategoryColumn[] = [];
  table.columns.forEach((column, c) => {
    if (skip.has(column) || isRowNumberColumn(table, c)) return;
    const counts = new Map<string, number>();
    for (const cell of table.values[c] ?? []) {
      const t = cellText(cell);
      counts.set(t, (counts.get(t) ?? 0) + 1);
      if (counts.size > MAX_CATEGORY_VALUES) return;
    }
    // A number column with many values is a measure, not a category.
    if (counts.size < 2 || (table.types[c] === 'number' && counts.size > 12)) return;
    const values = [...counts].map(([value, rows]) => ({ value, rows })).sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value));
    out.push({ column, values });
  });
  return out;
}
