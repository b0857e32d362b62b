/**
 * The {@link RankTables} the app computes the index on, from what it has already loaded: the units
 * of the boundary files (in the map's unit order, so every result column lines up with the map)
 * and the long `indicators.csv` text (`unit_id,indicator_id,value`). No DuckDB needed, so the index
 * is ready as soon as the first map is.
 */
import type { RankTables, RankUnit } from '../data/rank-types.ts';

/** The attributes of a unit the ranking shows (the boundary features' properties). */
export interface UnitAttributes {
  unit_id: string;
  name: string;
  dept_name: string;
  country: string;
}

const unquote = (s: string) => (s.length > 1 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

/**
 * Units in the order given; one column per indicator id found in `csv`, aligned to the units.
 * Units without a row, rows of unknown units and empty or unparsable values leave NaN, never 0
 * (the same reading as `indicatorColumnFromCsv`). Ids never contain commas; values are plain numbers.
 */
export function rankTablesFromCsv(csv: string, units: readonly UnitAttributes[]): RankTables {
  const n = units.length;
  const rankUnits: RankUnit[] = units.map((u) => ({ unit_id: u.unit_id, name: u.name, department: u.dept_name, country: u.country }));
  const at = new Map(units.map((u, i) => [u.unit_id, i]));
  const columns = new Map<string, Float64Array>();
  let start = csv.indexOf('\n') + 1;
  while (start > 0 && start < csv.length) {
    let end = csv.indexOf('\n', start);
    if (end < 0) end = csv.length;
    const c1 = csv.indexOf(',', start);
    const c2 = c1 < 0 ? -1 : csv.indexOf(',', c1 + 1);
    if (c2 > 0 && c2 < end) {
      const id = unquote(csv.slice(c1 + 1, c2));
      let col = columns.get(id);
      if (!col) columns.set(id, (col = new Float64Array(n).fill(NaN)));
      const i = at.get(unquote(csv.slice(start, c1)));
      const raw = unquote(csv.slice(c2 + 1, end).trim());
      const v = raw === '' ? NaN : Number(raw);
      if (i !== undefined && Number.isFinite(v)) col[i] = v;
    }
    start = end + 1;
  }
  return { units: rankUnits, columns };
}
