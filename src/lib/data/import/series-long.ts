/**
 * `longFromSeries`: a table reshaped with its years kept apart (one row per municipio, a column per
 * value and year, listed by its {@link ReshapeSeries}) written long again: one row per municipio and
 * year, the year in `yearColumn` and each series' value of that year in a column named after the
 * series (`casos cronica`). A year in which a municipio has no value in any series gives no row
 * (missing, never 0); a series without a value that year gives an empty cell. The other columns
 * (key, names) are repeated. `rowOf` gives each long row's row in `table`. Pure.
 */
import type { CellValue, RawTable } from './import-types.ts';
import type { ReshapeSeries } from './reshape-table.ts';

export interface SeriesLong {
  table: RawTable;
  rowOf: number[];
}

export function longFromSeries(table: RawTable, series: readonly ReshapeSeries[], yearColumn: string): SeriesLong {
  const inSeries = new Set(series.flatMap((s) => s.columns));
  const kept = table.columns.map((_, c) => c).filter((c) => !inSeries.has(table.columns[c]));
  const years = [...new Set(series.flatMap((s) => s.years))].sort((a, b) => a - b);
  // For each series and year, the column of `table` holding it (-1: that series has no such year).
  const at = series.map((s) => years.map((y) => {
    const k = s.years.indexOf(y);
    return k < 0 ? -1 : table.columns.indexOf(s.columns[k]);
  }));
  const values: CellValue[][] = [...kept.map(() => []), [], ...series.map(() => [])];
  const rowOf: number[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    years.forEach((year, k) => {
      const cells = at.map((cols) => (cols[k] < 0 ? null : (table.values[cols[k]][r] ?? null)));
      if (cells.every((c) => c === null || c === '')) return;
      kept.forEach((c, i) => values[i].push(table.values[c][r] ?? null));
      values[kept.length].push(year);
      cells.forEach((cell, i) => values[kept.length + 1 + i].push(cell === '' ? null : cell));
      rowOf.push(r);
    });
  }
  return {
    table: {
      ...table,
      columns: [...kept.map((c) => table.columns[c]), yearColumn, ...series.map((s) => s.name)],
      types: [...kept.map((c) => table.types[c]), 'number', ...series.map(() => 'number' as const)],
      values,
      rowCount: rowOf.length,
    },
    rowOf,
  };
}
