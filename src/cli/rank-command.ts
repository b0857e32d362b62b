/**
 * `focal rank --spec spec.json [--data dir] --out priority.csv|.xlsx [--no-sensitivity]`: the
 * targeting index on files. Reads the spec and the data files it names, ranks the units with
 * `rankUnits` (the same entry point as the app), writes the priority list — CSV, or the app's
 * Excel workbook with its Method and Sources sheets, by the extension of `--out` — and, beside it,
 * `<out>.spec.json` (the spec with its provenance) so that the list can be reproduced.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runSensitivity } from '../lib/analysis/sensitivity.ts';
import type { IndexSpec } from '../lib/data/index-spec.ts';
import { IndexSpecError, parseIndexSpec } from '../lib/data/parse-index-spec.ts';
import { rankUnits, type RankUnitsOptions } from '../lib/data/operations.ts';
import type { RankResult } from '../lib/data/rank-types.ts';
import type { CatalogEntry, Manifest } from '../lib/data/schema.ts';
import type { ExportFormat } from '../lib/export/export-format.ts';
import { indexMethodBlocks } from '../lib/export/index-method-blocks.ts';
import { indexSpecFile } from '../lib/export/index-spec-file.ts';
import { priorityListTable } from '../lib/export/priority-list-table.ts';
import { provenance } from '../lib/export/provenance.ts';
import { sheetTextIn } from '../lib/export/sheet-text.ts';
import type { CliIo } from './cli-io.ts';
import { packageVersion } from './package-version.ts';
import { missingOptions, parseOptions } from './parse-options.ts';
import { readRankTables } from './read-rank-tables.ts';
import { readRankYears, yearsFileOf } from './read-rank-years.ts';
import { UsageError } from './usage-error.ts';
import { outputFormat, refuseOverwrite, writeExportFile, writeOutput } from './write-output.ts';

/** What `--out` can be: the list has no geometry and no method file of its own (the spec is beside it). */
const OUT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export const RANK_USAGE = `Usage: focal rank --spec spec.json [--data dir] --out priority.csv [--no-sensitivity]
                  [--year Y | --years A,B]

Ranks the units by the index a spec describes and writes the priority list.

Options:
  --spec FILE        the index spec (JSON, see docs/index-spec.schema.json and docs/default-spec.json)
  --data DIR         folder of the data files the spec names (default: the spec file's folder);
                     its manifest.json, when present, gives the sources in the provenance
  --out FILE         the priority list to write, by its extension: .csv (UTF-8 with BOM) or
                     .xlsx (with the Method and Sources sheets); the spec with its
                     provenance is written beside it as FILE.spec.json
  --year Y           the index of year Y: the yearly indicators' values of Y (or of their latest
                     year before it), normalised on goalposts fixed over all their years
                     (docs/METHODS.md section 5); indicators without years keep their single
                     value. Yearly values: the spec's data.years.file, else indicator-years.csv
                     in the data folder. Overrides the spec's year; no sensitivity is run
  --years A,B        the index of year B and each unit's rank change since year A (columns
                     rank_change_country, and rank_change_region when normalised region-wide;
                     positive = moved up, towards rank 1)
  --no-sensitivity   skip the Monte Carlo sensitivity (no rank interval columns)
  -h, --help         show this help

Examples:
  npx focal rank --spec docs/default-spec.json --data public/data --out priority.csv
  npx focal rank --spec docs/default-spec.json --data public/data --years 2013,2018 --out priority-2018.csv`;

export interface RankArgs {
  spec: string;
  data?: string;
  out: string;
  sensitivity: boolean;
  /** `--year Y` or the second of `--years A,B`. */
  year?: number;
  /** The first of `--years A,B`. */
  compareYear?: number;
}

/** A year given on the command line: a whole number from 1900 to 2100. */
function yearOption(option: string, text: string): number {
  const y = /^\s*\d{4}\s*$/.test(text) ? Number(text) : NaN;
  if (!(y >= 1900 && y <= 2100)) throw new UsageError(`--${option} must be a year such as 2018, not "${text}"`);
  return y;
}

/** The options of `focal rank`, or null for `--help`. @throws {UsageError} */
export function parseRankArgs(argv: string[]): RankArgs | null {
  const values = parseOptions(argv, {
    spec: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
    'no-sensitivity': { type: 'boolean' },
    year: { type: 'string' },
    years: { type: 'string' },
  });
  if (values.help) return null;
  const missing = missingOptions(values, ['spec', 'out']);
  if (missing.length > 0) throw new UsageError(`missing ${missing.join(' and ')}`);
  const args: RankArgs = { spec: values.spec!, data: values.data, out: values.out!, sensitivity: !values['no-sensitivity'] };
  if (values.year !== undefined && values.years !== undefined) throw new UsageError('give only one of --year, --years');
  if (values.year !== undefined) args.year = yearOption('year', values.year);
  if (values.years !== undefined) {
    const parts = values.years.split(',');
    if (parts.length !== 2) throw new UsageError(`--years must be two years A,B (rank change from A to B), not "${values.years}"`);
    const [a, b] = parts.map((p) => yearOption('years', p));
    if (a === b) throw new UsageError(`--years must be two different years, not "${values.years}"`);
    args.compareYear = a;
    args.year = b;
  }
  return args;
}

/** JSON.parse with the error's place given as line and column, a leading BOM ignored. */
function parseJson(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    if (pos) {
      const before = body.slice(0, Number(pos[1])).split('\n');
      where = ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
    }
    throw new Error(`${file} is not valid JSON${where}: ${msg}`);
  }
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`);
  }
}

/** The spec file, parsed and validated; every spec problem listed on its own line. */
export function readSpecFile(path: string): IndexSpec {
  const json = parseJson(readText(path, 'the spec'), path);
  try {
    return parseIndexSpec(json);
  } catch (e) {
    if (e instanceof IndexSpecError) {
      throw new Error(`invalid index spec ${path}:\n${e.issues.map((i) => `  - ${i}`).join('\n')}`);
    }
    throw e;
  }
}

/** `<dir>/manifest.json` when present (the default data has one), else null. */
function readManifest(dir: string): Manifest | null {
  const path = resolve(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  return parseJson(readText(path, 'the manifest'), path) as Manifest;
}

/** `<dir>/catalog.json` when present (the default data has one: the evidence table of the Method sheet), else null. */
function readCatalog(dir: string): CatalogEntry[] | null {
  const path = resolve(dir, 'catalog.json');
  if (!existsSync(path)) return null;
  return parseJson(readText(path, 'the catalog'), path) as CatalogEntry[];
}

/**
 * The sensitivity option of `rankUnits` for the CLI: the spec's Monte Carlo settings, its top N
 * and top-N scope; absent when switched off.
 */
function sensitivityOption(on: boolean): RankUnitsOptions['sensitivity'] {
  if (!on) return undefined;
  return (input, spec) => runSensitivity(input, { ...spec.sensitivity, topN: spec.topN, rankScope: spec.topNScope });
}

/** The one summary line printed after a successful run. */
export function rankSummary(result: RankResult, spec: IndexSpec, out: string, specOut: string): string {
  const n = result.units.length;
  let scored = 0;
  for (const s of result.index.score) if (!Number.isNaN(s)) scored++;
  let top = 0;
  for (const m of result.inTopN) top += m;
  const scope = spec.topNScope === 'country' ? 'per country' : 'region-wide';
  const topText = `top ${spec.topN} ${scope}: ${top} unit${top === 1 ? '' : 's'}`;
  const s = result.sensitivity;
  const sensText = s
    ? `sensitivity ${s.draws} draws, seed ${s.seed}, ${s.robust.reduce((a, b) => a + b, 0)} robust`
    : result.time
      ? 'sensitivity not run for the index of a year'
      : `sensitivity off (seed ${spec.sensitivity.seed})`;
  const t = result.time;
  let yearText = '';
  if (t) {
    yearText = `; year ${t.year} on goalposts fixed over ${t.years.join(', ')}`;
    if (t.compare) {
      const ch = spec.normalisation.scope === 'region' ? t.compare.region : t.compare.country;
      let up = 0;
      let down = 0;
      for (const c of ch) {
        if (c > 0) up++;
        else if (c < 0) down++;
      }
      yearText += `; since ${t.compare.year}: ${up} moved up, ${down} down (${spec.normalisation.scope === 'region' ? 'region' : 'country'} ranks)`;
    }
  }
  return `focal rank: ${scored} of ${n} units ranked, ${n - scored} without score${yearText}; ${topText}; ${sensText}; wrote ${out} and ${specOut}`;
}

/** Runs `focal rank` with the given arguments; returns the exit status. @throws {UsageError} or Error */
export async function rankCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseRankArgs(argv);
  if (!args) {
    io.out(RANK_USAGE);
    return 0;
  }
  const specPath = resolve(args.spec);
  const dataDir = resolve(args.data ?? dirname(specPath));
  const specOut = `${args.out}.spec.json`;
  // Never write over what this run reads (the spec written beside the list may be the spec itself,
  // rewritten with its provenance).
  refuseOverwrite(args.out, [[specPath, 'spec']]);
  const format = outputFormat(args.out, OUT_FORMATS);
  const read = readSpecFile(specPath);
  // --year / --years replace the spec's year choice (and a plain --year drops its compared year).
  const spec: IndexSpec = args.year === undefined ? read : { ...read, year: args.year, ...(args.compareYear === undefined ? {} : { compareYear: args.compareYear }) };
  if (args.year !== undefined && args.compareYear === undefined) delete spec.compareYear;
  const dataFiles = [
    [resolve(dataDir, spec.data.units.file), 'input file'],
    [resolve(dataDir, spec.data.values.file), 'input file'],
    ...(spec.year === undefined ? [] : [[resolve(dataDir, yearsFileOf(spec)), 'input file'] as const]),
  ] as const;
  refuseOverwrite(args.out, dataFiles);
  refuseOverwrite(specOut, dataFiles);
  if (!existsSync(dataDir)) throw new Error(`the data folder ${dataDir} does not exist`);

  let tables;
  try {
    tables = readRankTables(spec, dataDir);
  } catch (e) {
    // Without --data the files are looked for beside the spec: say so when one is not there.
    if (args.data === undefined && e instanceof Error && e.message.startsWith('cannot read ')) {
      throw new Error(`${e.message} (without --data, the data files are looked for in the spec's folder)`);
    }
    throw e;
  }
  if (spec.year !== undefined) tables.years = readRankYears(spec, dataDir, tables.units);
  // No sensitivity for the index of a year (the Monte Carlo draws are of one year's normalisation).
  const result = rankUnits(tables, spec, { sensitivity: sensitivityOption(args.sensitivity && spec.year === undefined) });
  const manifest = readManifest(dataDir);
  const prov = provenance(packageVersion(), manifest);
  const text = sheetTextIn('en');
  const catalog = readCatalog(dataDir);
  const s = result.sensitivity;
  await writeExportFile(resolve(args.out), format, {
    table: priorityListTable(result, spec, { labels: text.sheets, lang: text.lang }),
    method: { spec },
    methodBlocks: indexMethodBlocks(text, spec, catalog ?? [], s ? { draws: s.draws, seed: s.seed } : null, result.time ?? null),
    provenance: prov,
    manifest,
    catalog,
    text,
    date: new Date(),
  });
  writeOutput(resolve(specOut), indexSpecFile(spec, prov));
  io.out(rankSummary(result, spec, args.out, specOut));
  return 0;
}
