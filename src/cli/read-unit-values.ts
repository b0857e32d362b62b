/**
 * Node side of `focal hotspots`: one numeric column of a CSV file, aligned to the boundaries' ids.
 * The CSV and the boundaries must list the same units: an id on one side only is an error (almost
 * always a key mismatch, e.g. leading zeros lost); a unit without data has a row with an empty or
 * `NA` cell.
 */
import { someOf } from './read-boundaries.ts';
import { parseStrictNumber } from './read-rank-tables.ts';
import { readCliText } from './read-cli-text.ts';
import { parseCsvStrict } from './strict-csv.ts';

/**
 * Reads `keyField` and `valueField` of the CSV at `path` (UTF-8, BOM or not; d3's RFC 4180 parser)
 * and returns the values in the order of `ids`, NaN where the cell is empty, `NA`, `N/A`, `NaN` or
 * `null`. @throws {Error} for a missing file or column, an empty or repeated key, a cell that is not
 * a number, and ids found in only one of the two files (counted, the first few named).
 */
export function readUnitValues(path: string, keyField: string, valueField: string, ids: readonly string[], boundariesPath: string): Float64Array {
  const text = readCliText(path, 'data');
  const rows = parseCsvStrict(text, path);
  const absent = [[keyField, '--key'], [valueField, '--value']].filter(([c]) => !rows.columns.includes(c));
  if (absent.length > 0) {
    throw new Error(`${path} has no column ${absent.map(([c, o]) => `${c} (${o})`).join(', ')}; its columns: ${rows.columns.join(', ')}`);
  }
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  const values = new Float64Array(ids.length).fill(NaN);
  const seen = new Uint8Array(ids.length);
  const unknown: string[] = [];
  rows.forEach((row, r) => {
    const key = (row[keyField] ?? '').trim();
    if (key === '') throw new Error(`${path} row ${r + 2}: empty ${keyField}`);
    const i = at.get(key);
    if (i === undefined) {
      unknown.push(key);
      return;
    }
    if (seen[i]) throw new Error(`${path} row ${r + 2}: unit ${key} appears twice`);
    seen[i] = 1;
    const where = () => `${path} row ${r + 2}, column ${valueField}`;
    const v = parseStrictNumber(row[valueField] ?? '', where);
    values[i] = v;
  });
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`${unknown.length} id(s) in ${path} not in ${boundariesPath}: ${someOf(unknown)}`);
  const unmatched = ids.filter((_, i) => !seen[i]);
  if (unmatched.length > 0) {
    problems.push(`${unmatched.length} id(s) in ${boundariesPath} not in ${path}: ${someOf(unmatched)} (give a unit without data a row with an empty value)`);
  }
  if (problems.length > 0) throw new Error(`the ids do not match:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return values;
}
