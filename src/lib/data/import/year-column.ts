/**
 * Year columns: a column whose name says year (`year`, `año`, `anio`, `periodo`, `year_departure`)
 * and whose cells are years, or whose every cell is a whole number between 1900 and 2100 with each
 * value repeated (as a long file repeats its years; a column of distinct values near 2000 may be a
 * count). Such a
 * column is never offered as an indicator, and a long file's year column is guessed with it.
 */
import type { CellValue, RawTable } from './import-types.ts';
import { columnWords } from './column-words.ts';

const YEAR_WORD = /(^|_)(year|years|yr|ano|anos|anio|anios|periodo|period|gestion_fiscal|ejercicio)($|_)/;

/** A cell as a year (a whole number 1900–2100, as a number or as text), or null. */
export function yearOf(cell: CellValue | undefined): number | null {
  if (cell === null || cell === undefined) return null;
  const n = typeof cell === 'number' ? cell : /^\s*\d{4}(\.0+)?\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
}

/** Whether the cells (at least one) are all years with at most 60 distinct values, each on two rows or more on average when `repeated`. */
function allYears(cells: readonly CellValue[], repeated: boolean): boolean {
  const seen = new Set<number>();
  let filled = 0;
  for (const c of cells) {
    if (c === null || c === '') continue;
    const y = yearOf(c);
    if (y === null) return false;
    filled++;
    seen.add(y);
    if (seen.size > 60) return false;
  }
  return seen.size > 0 && (!repeated || filled >= 2 * seen.size);
}

/** Whether column `c` of `table` holds years (by its name with year cells, or by its cells alone). */
export function isYearColumn(table: RawTable, c: number): boolean {
  // Cells are read for a column named like a year, or a number column (a large CSV's text columns are decoded on first read).
  if (YEAR_WORD.test(columnWords(table.columns[c] ?? ''))) return table.rowCount === 0 || allYears(table.values[c] ?? [], false);
  return table.rowCount > 0 && table.types[c] === 'number' && allYears(table.values[c] ?? [], true);
}

/** The year column of a table: the first named like a year, else the first whose cells are all years; undefined when none. */
export function guessYearColumn(table: RawTable, skip: ReadonlySet<string> = new Set()): string | undefined {
  const candidates = table.columns.map((name, c) => ({ name, c })).filter(({ name, c }) => !skip.has(name) && isYearColumn(table, c));
  return (candidates.find(({ name }) => YEAR_WORD.test(columnWords(name))) ?? candidates[0])?.name;
}
