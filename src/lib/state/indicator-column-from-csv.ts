/**
 * The values of one indicator from the long `indicators.csv` (`unit_id,indicator_id,value`), as a
 * column aligned to the app's unit order: `out[indexById(unit_id)]`. Units without a row, rows of
 * unknown units and unparsable values leave NaN ("no data"), never 0. Used for the first map, before
 * DuckDB is ready; ids never contain commas, values are plain numbers.
 */
export function indicatorColumnFromCsv(
  csv: string,
  indicatorId: string,
  indexById: ReadonlyMap<string, number>,
  n: number,
): Float64Array {
  const out = new Float64Array(n).fill(NaN);
  const unquote = (s: string) => (s.length > 1 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);
  let start = csv.indexOf('\n') + 1;
  while (start > 0 && start < csv.length) {
    let end = csv.indexOf('\n', start);
    if (end < 0) end = csv.length;
    const c1 = csv.indexOf(',', start);
    const c2 = c1 < 0 ? -1 : csv.indexOf(',', c1 + 1);
    if (c2 > 0 && c2 < end && unquote(csv.slice(c1 + 1, c2)) === indicatorId) {
      const i = indexById.get(unquote(csv.slice(start, c1)));
      const raw = unquote(csv.slice(c2 + 1, end).trim());
      const v = raw === '' ? NaN : Number(raw);
      if (i !== undefined && Number.isFinite(v)) out[i] = v;
    }
    start = end + 1;
  }
  return out;
}
