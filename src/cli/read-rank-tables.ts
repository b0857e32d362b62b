/**
 * Node side of `focal rank`: reads the files a spec names into {@link RankTables}. CSV only (d3's
 * RFC 4180 parser), UTF-8 with or without BOM. Units may come from the values file itself (a wide
 * file with name and country columns), no boundaries needed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DSVRowArray } from 'd3';
import type { IndexSpec } from '../lib/data/index-spec.ts';
import type { RankTables, RankUnit } from '../lib/data/rank-types.ts';
import { parseCsvStrict } from './strict-csv.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null']);

/**
 * A cell as a number: empty, `NA`, `N/A`, `NaN` or `null` (any case, spaces trimmed) → NaN;
 * otherwise a plain, finite decimal (optional sign, point and exponent; not 1e309, which overflows)
 * or an error naming where it is.
 * Stricter than `Number()`, which reads `''` as 0 and `0x10` as 16.
 */
export function parseStrictNumber(cell: string, where: () => string): number {
  const t = cell.trim();
  if (MISSING.has(t.toLowerCase())) return NaN;
  if (!NUMBER.test(t)) throw new Error(`${where()}: "${cell}" is not a number`);
  // 1e309 is written like a number but overflows to Infinity: refused, as the app does.
  const x = Number(t);
  if (!Number.isFinite(x)) throw new Error(`${where()}: "${cell}" is too large`);
  return x;
}

/** A CSV file's rows, the BOM dropped; errors name the file. */
function readCsv(dir: string, file: string): DSVRowArray<string> {
  const path = resolve(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file} (${path}): ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return parseCsvStrict(text, path);
}

function requireColumns(rows: DSVRowArray<string>, file: string, what: Record<string, string | undefined>): void {
  const absent = Object.entries(what)
    .filter(([, col]) => col !== undefined && !rows.columns.includes(col))
    .map(([field, col]) => `${col} (${field})`);
  if (absent.length > 0) throw new Error(`${file} has no column ${absent.join(', ')}; its columns: ${rows.columns.join(', ')}`);
}

/**
 * Reads the spec's units and values files from `dir` (the spec file's folder, or the CLI's
 * `--data`). Units: one per distinct key, in file order, first row's name, department and country
 * (empty strings when the spec names no such column); a repeated key is an error except in a long
 * values file that also serves as the units file. Values: long or wide as the spec says; only the enabled indicators' columns are read, each
 * cell parsed by {@link parseStrictNumber}; values for ids not among the units, and a unit given two
 * values of one indicator, are errors. A column the spec needs but the file lacks is left out for
 * `rankUnits` to name.
 */
export function readRankTables(spec: IndexSpec, dir: string): RankTables {
  const { units: us, values: vs } = spec.data;
  const unitRows = readCsv(dir, us.file);
  requireColumns(unitRows, us.file, { 'data.units.key': us.key, 'data.units.name': us.name, 'data.units.country': us.country, 'data.units.department': us.department });
  const units: RankUnit[] = [];
  const at = new Map<string, number>();
  const sameFile = us.file === vs.file;
  // A long values file repeats each unit once per indicator; anywhere else a repeated id is an error.
  const repeatsUnits = sameFile && vs.format === 'long';
  unitRows.forEach((row, r) => {
    const id = (row[us.key] ?? '').trim();
    if (id === '') throw new Error(`${us.file} row ${r + 2}: empty ${us.key}`);
    if (at.has(id)) {
      if (repeatsUnits) return;
      throw new Error(`${us.file} row ${r + 2}: unit ${id} appears twice`);
    }
    at.set(id, units.length);
    const col = (c: string | undefined) => (c === undefined ? '' : (row[c] ?? ''));
    units.push({ unit_id: id, name: col(us.name), department: col(us.department), country: col(us.country) });
  });

  const valueRows = sameFile ? unitRows : readCsv(dir, vs.file);
  const wanted = new Set(spec.indicators.filter((i) => i.enabled !== false).map((i) => i.column ?? i.id));
  const columns = new Map<string, Float64Array>();
  const unknown = new Set<string>();
  const unitOf = (row: Record<string, string | undefined>): number | undefined => {
    const id = (row[vs.key] ?? '').trim();
    const i = at.get(id);
    if (i === undefined) unknown.add(id);
    return i;
  };

  if (vs.format === 'wide') {
    requireColumns(valueRows, vs.file, { 'data.values.key': vs.key });
    const present = [...wanted].filter((c) => valueRows.columns.includes(c));
    for (const c of present) columns.set(c, new Float64Array(units.length).fill(NaN));
    const seen = new Uint8Array(units.length);
    valueRows.forEach((row, r) => {
      const i = unitOf(row);
      if (i === undefined) return;
      if (seen[i]) throw new Error(`${vs.file} row ${r + 2}: unit ${units[i].unit_id} appears twice`);
      seen[i] = 1;
      for (const c of present) columns.get(c)![i] = parseStrictNumber(row[c] ?? '', () => `${vs.file} row ${r + 2}, column ${c}`);
    });
  } else {
    const ic = vs.indicator ?? 'indicator_id';
    const vc = vs.value ?? 'value';
    requireColumns(valueRows, vs.file, { 'data.values.key': vs.key, 'data.values.indicator': ic, 'data.values.value': vc });
    const seen = new Map<string, Uint8Array>();
    valueRows.forEach((row, r) => {
      const ind = (row[ic] ?? '').trim();
      if (!wanted.has(ind)) return;
      const i = unitOf(row);
      if (i === undefined) return;
      let col = columns.get(ind);
      if (!col) {
        columns.set(ind, (col = new Float64Array(units.length).fill(NaN)));
        seen.set(ind, new Uint8Array(units.length));
      }
      const had = seen.get(ind)!;
      if (had[i]) throw new Error(`${vs.file} row ${r + 2}: a second value of ${ind} for unit ${units[i].unit_id}`);
      had[i] = 1;
      col[i] = parseStrictNumber(row[vc] ?? '', () => `${vs.file} row ${r + 2}, column ${vc}`);
    });
  }
  if (unknown.size > 0) {
    const ids = [...unknown];
    throw new Error(`${vs.file}: ${ids.length} unit id(s) not in ${us.file}, e.g. ${ids.slice(0, 5).map((x) => JSON.stringify(x)).join(', ')}`);
  }
  return { units, columns };
}
