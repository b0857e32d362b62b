/**
 * `seriesColumns`: the mapping's value columns of a table reshaped with its years kept apart
 * (`casos 2019`, `casos 2020` …) folded into one yearly indicator per {@link ReshapeSeries}: the
 * guess of its latest year's column, renamed after the series (`user_casos`, "Casos"), its year
 * that latest year and its columns by year kept. Columns outside every series stay as guessed. Pure.
 */
import { columnLabel, indicatorId } from './guess-mapping.ts';
import type { IndicatorColumnMapping } from './import-mapping.ts';
import type { ReshapeSeries } from './reshape-table.ts';

export function seriesColumns(guessed: readonly IndicatorColumnMapping[], series: readonly ReshapeSeries[], takenIds: Iterable<string>): IndicatorColumnMapping[] {
  if (!series.length) return [...guessed];
  const inSeries = new Map<string, ReshapeSeries>();
  for (const s of series) for (const c of s.columns) inSeries.set(c, s);
  const taken = new Set([...takenIds, ...guessed.filter((c) => !inSeries.has(c.column)).map((c) => c.id)]);
  const out: IndicatorColumnMapping[] = [];
  for (const col of guessed) {
    const s = inSeries.get(col.column);
    if (!s) out.push(col);
    else if (col.column === s.columns[s.columns.length - 1]) {
      const id = indicatorId(s.name, taken);
      taken.add(id);
      const label = columnLabel(s.name);
      out.push({ ...col, id, label: { en: label, es: label }, year: String(s.years[s.years.length - 1]), series: { name: s.name, years: [...s.years], columns: [...s.columns] } });
    }
  }
  return out;
}
