/**
 * `reshapeTable`: a long table (several rows per municipio) made into one row per municipio, as
 * the planner set it in the reshape step ({@link ReshapeSpec}):
 *
 * 1. rows are kept when every filter accepts them (cells compared as trimmed text) and, with a
 *    year chosen, when their year is that year;
 * 2. rows are grouped by the key columns (a row whose key cells are all empty is dropped and counted);
 * 3. each value column, or with a pivot each value column × category, is combined over the group's
 *    rows: `sum`, `mean` (unweighted) or `max` of the non-empty cells, or `latest`: the cell of the
 *    row with the greatest year (a tie in that year keeps the last such row in file order and is
 *    counted, so the preview can say so); with `latest` a column `<value> year` gives each value's
 *    year (data age: years are never mixed silently);
 * 4. with `byYear`, the rows of each year are combined apart: one column per value (× category)
 *    and year, `<value> <year>`, listed as a {@link ReshapeSeries} (one yearly indicator each); a
 *    year without a row for a municipio is an empty cell, never 0.
 *
 * A group without a non-empty cell gives an empty cell, never 0: missing is not zero. Text columns
 * that have one value in every group (the municipio's name, its department) are kept; the other
 * columns (the breakdowns) are not. Pure.
 */
import { cellText } from './cell-text.ts';
import { columnIndex } from './column-index.ts';
import { ImportError } from './import-error.ts';
import type { CellValue, RawTable } from './import-types.ts';
import type { ReshapeSpec } from './reshape-spec.ts';
import { yearOf } from './year-column.ts';

export interface ReshapeResult {
  table: RawTable;
  /** Rows read, rows the filters and the year kept, and rows dropped for an empty key. */
  rowsIn: number;
  rowsKept: number;
  emptyKeyRows: number;
  /** Rows whose year cell is not a year (left out when a year or `latest` needs it). */
  noYearRows: number;
  /** Output cells combined from two rows or more (what the aggregate decided). */
  combinedCells: number;
  /** `latest`: output cells whose latest year had several rows (the last one was kept). */
  latestTies: number;
  /** The years of the values kept (ascending), when there is a year column. */
  years: number[];
  /** With `byYear`: each value (× category) as a series of one column per year (none otherwise). */
  series: ReshapeSeries[];
}

/** A value kept by year: its name (`casos`, `casos cronica`), its years ascending and the column of each. */
export interface ReshapeSeries {
  name: string;
  years: number[];
  columns: string[];
}

/** The number columns `spec` combines: `spec.values`, else every number column not used as key, year, filter or pivot. */
export function reshapeValueColumns(table: RawTable, spec: ReshapeSpec): string[] {
  if (spec.values) return spec.values;
  const used = new Set([...spec.keys, spec.yearColumn, spec.pivot, ...spec.filters.map((f) => f.column)]);
  return table.columns.filter((c, i) => table.types[i] === 'number' && !used.has(c));
}

export function reshapeTable(table: RawTable, spec: ReshapeSpec): ReshapeResult {
  const file = table.fileName;
  const col = (name: string) => columnIndex(table, name);
  if (!spec.keys.length) throw new ImportError('missing-column', `${file}: the reshape names no municipio column`, { file, column: '' });
  const keyCols = spec.keys.map(col);
  const yearCol = spec.yearColumn ? col(spec.yearColumn) : -1;
  const pivotCol = spec.pivot ? col(spec.pivot) : -1;
  const filters = spec.filters.map((f) => ({ c: col(f.column), accept: new Set(f.values.map((v) => v.trim())) }));
  const valueNames = reshapeValueColumns(table, spec);
  const valueCols = valueNames.map(col);
  const latest = spec.aggregate === 'latest';
  const byYear = !!spec.byYear && !latest && spec.year === undefined;
  const needYear = latest || byYear || spec.year !== undefined;
  if (needYear && yearCol < 0) {
    throw new ImportError('missing-column', `${file}: "latest", a chosen year and years kept apart need the year column`, { file, column: spec.yearColumn ?? '' });
  }
  const split = pivotCol >= 0 || byYear;

  // 1–2. Rows kept, grouped by key (first appearance order), with the pivot categories seen.
  const groupOf = new Map<string, number>();
  const groupFirstRow: number[] = [];
  const rowGroup = new Int32Array(table.rowCount).fill(-1);
  // A category: the pivot's value and, with `byYear`, the row's year (one output column per value × category).
  const categories: { text: string; year: number | null }[] = [];
  const categoryIndex = new Map<string, number>();
  const rowCategory = new Int32Array(table.rowCount);
  const years = new Set<number>();
  let rowsKept = 0;
  let emptyKeyRows = 0;
  let noYearRows = 0;
  for (let r = 0; r < table.rowCount; r++) {
    if (!filters.every((f) => f.accept.has(cellText(table.values[f.c][r])))) continue;
    let year: number | null = null;
    if (yearCol >= 0) {
      year = yearOf(table.values[yearCol][r]);
      if (needYear && year === null) {
        noYearRows++;
        continue;
      }
      if (spec.year !== undefined && year !== spec.year) continue;
    }
    const parts = keyCols.map((c) => cellText(table.values[c][r]));
    if (parts.every((p) => p === '')) {
      emptyKeyRows++;
      continue;
    }
    const k = parts.join('\u0000');
    let g = groupOf.get(k);
    if (g === undefined) {
      g = groupFirstRow.length;
      groupOf.set(k, g);
      groupFirstRow.push(r);
    }
    rowGroup[r] = g;
    if (split) {
      const text = pivotCol >= 0 ? cellText(table.values[pivotCol][r]) : '';
      const y = byYear ? year : null;
      const ck = `${text}\u0000${y ?? ''}`;
      let ci = categoryIndex.get(ck);
      if (ci === undefined) {
        ci = categories.length;
        categoryIndex.set(ck, ci);
        categories.push({ text, year: y });
      }
      rowCategory[r] = ci;
    }
    if (year !== null) years.add(year);
    rowsKept++;
  }
  const nGroups = groupFirstRow.length;
  const nCats = split ? categories.length : 1;
  // Categories in a stable, readable order: years and numbers ascending, then text; then by year.
  const catOrder = split ? [...categories.keys()].sort((a, b) => compareCategory(categories[a].text, categories[b].text) || (categories[a].year ?? 0) - (categories[b].year ?? 0)) : [0];

  // 3. Combine: one accumulator per (value column, category, group).
  const outNames: string[] = [];
  const outValues: CellValue[][] = [];
  // With `byYear`: series name → its years and the positions of their columns in `outNames`.
  const seriesAt = new Map<string, { years: number[]; at: number[] }>();
  let combinedCells = 0;
  let latestTies = 0;
  for (let v = 0; v < valueCols.length; v++) {
    const vc = valueCols[v];
    const n = nGroups * nCats;
    const acc = new Float64Array(n);
    const count = new Int32Array(n);
    const bestYear = new Int32Array(n);
    const tie = new Uint8Array(n);
    for (let r = 0; r < table.rowCount; r++) {
      const g = rowGroup[r];
      if (g < 0) continue;
      const x = numberOf(table.values[vc][r]);
      if (x === null) continue;
      const i = (split ? rowCategory[r] : 0) * nGroups + g;
      const seen = count[i];
      count[i] = seen + 1;
      if (seen === 0) {
        acc[i] = x;
        if (latest) bestYear[i] = yearOf(table.values[yearCol][r])!;
        continue;
      }
      switch (spec.aggregate) {
        case 'sum':
        case 'mean':
          acc[i] += x;
          break;
        case 'max':
          if (x > acc[i]) acc[i] = x;
          break;
        case 'latest': {
          const y = yearOf(table.values[yearCol][r])!;
          if (y > bestYear[i]) {
            bestYear[i] = y;
            acc[i] = x;
            tie[i] = 0;
          } else if (y === bestYear[i]) {
            acc[i] = x;
            tie[i] = 1;
          }
          break;
        }
      }
    }
    for (const ci of catOrder) {
      const cells: CellValue[] = new Array(nGroups);
      const yearCells: CellValue[] = latest ? new Array(nGroups) : [];
      for (let g = 0; g < nGroups; g++) {
        const i = ci * nGroups + g;
        const k = count[i];
        cells[g] = k === 0 ? null : spec.aggregate === 'mean' ? acc[i] / k : acc[i];
        if (k > 1) combinedCells++;
        if (latest) {
          yearCells[g] = k === 0 ? null : bestYear[i];
          if (tie[i]) latestTies++;
        }
      }
      const base = pivotCol >= 0 ? `${valueNames[v]} ${categories[ci].text || '(empty)'}` : valueNames[v];
      const year = categories[ci]?.year ?? null;
      const name = year !== null ? `${base} ${year}` : base;
      if (year !== null) {
        let s = seriesAt.get(base);
        if (!s) seriesAt.set(base, (s = { years: [], at: [] }));
        s.years.push(year);
        s.at.push(outNames.length);
      }
      outNames.push(name);
      outValues.push(cells);
      if (latest) {
        outNames.push(`${name} year`);
        outValues.push(yearCells);
      }
    }
  }

  // Key columns, then the text columns that have one value in every group.
  const keep: number[] = [...keyCols];
  const used = new Set([...keyCols, yearCol, pivotCol, ...valueCols, ...filters.map((f) => f.c)]);
  table.columns.forEach((_, c) => {
    if (!used.has(c) && table.types[c] === 'text' && constantInGroups(table.values[c], rowGroup, nGroups)) keep.push(c);
  });
  const keptNames = keep.map((c) => table.columns[c]);
  const keptValues = keep.map((c) => firstInGroups(table.values[c], rowGroup, nGroups));
  const columns = uniqueNames([...keptNames, ...outNames]);
  const out: RawTable = {
    fileName: table.fileName,
    columns,
    types: [...keep.map((c) => table.types[c]), ...outNames.map(() => 'number' as const)],
    values: [...keptValues, ...outValues],
    rowCount: nGroups,
    read: table.read,
    renamed: [],
  };
  return {
    table: out,
    rowsIn: table.rowCount,
    rowsKept,
    emptyKeyRows,
    noYearRows,
    combinedCells,
    latestTies,
    years: [...years].sort((a, b) => a - b),
    series: [...seriesAt].map(([name, s]) => ({ name, years: s.years, columns: s.at.map((k) => columns[keep.length + k]) })),
  };
}

function numberOf(cell: CellValue | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return null;
}

const NUMERIC = /^[+-]?\d+(\.\d+)?$/;

function compareCategory(a: string, b: string): number {
  const na = NUMERIC.test(a);
  const nb = NUMERIC.test(b);
  if (na && nb) return Number(a) - Number(b);
  if (na !== nb) return na ? -1 : 1;
  return a.localeCompare(b);
}

/** Whether every group's non-empty cells agree (a column of the municipio, not of the row). */
function constantInGroups(cells: readonly CellValue[], rowGroup: Int32Array, nGroups: number): boolean {
  const first: (string | undefined)[] = new Array(nGroups);
  for (let r = 0; r < rowGroup.length; r++) {
    const g = rowGroup[r];
    if (g < 0) continue;
    const t = cellText(cells[r]);
    if (t === '') continue;
    if (first[g] === undefined) first[g] = t;
    else if (first[g] !== t) return false;
  }
  return true;
}

function firstInGroups(cells: readonly CellValue[], rowGroup: Int32Array, nGroups: number): CellValue[] {
  const out: CellValue[] = new Array(nGroups).fill(null);
  for (let r = 0; r < rowGroup.length; r++) {
    const g = rowGroup[r];
    if (g >= 0 && out[g] === null && cells[r] !== null && cells[r] !== '') out[g] = cells[r];
  }
  return out;
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let k = 2; seen.has(name); k++) name = `${n}_${k}`;
    seen.add(name);
    return name;
  });
}
