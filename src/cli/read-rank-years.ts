/**
 * Node side of `focal rank --year`: the yearly values a spec's index of a year needs, read through
 * the app's own reader (data/year-columns.ts) so that the CLI and the app see the same columns.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IndexSpec } from '../lib/data/index-spec.ts';
import type { RankUnit } from '../lib/data/rank-types.ts';
import { yearColumnsFromCsv, type YearColumns } from '../lib/data/year-columns.ts';

/** The file of yearly values a spec names (`data.years.file`), else `indicator-years.csv`. */
export function yearsFileOf(spec: IndexSpec): string {
  return spec.data.years?.file ?? 'indicator-years.csv';
}

/**
 * Reads the spec's yearly values file from `dir` (`unit_id,indicator_id,year,value`) into columns
 * aligned to `units`. @throws Error naming the file when it cannot be read or its header is wrong.
 */
export function readRankYears(spec: IndexSpec, dir: string, units: readonly RankUnit[]): YearColumns {
  const file = yearsFileOf(spec);
  const path = resolve(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file} (${path}), the yearly values: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return yearColumnsFromCsv(text, new Map(units.map((u, i) => [u.unit_id, i])), units.length);
}
