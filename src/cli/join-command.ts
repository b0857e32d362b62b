/**
 * `focal join --left rows.csv --key FIELD --report report.json`: the join diagnostics on files, with
 * `joinTable` (the same entry point as the app). Reads the planner's CSV (encoding and delimiter
 * sniffed as the app does) or the attribute table of a GeoJSON or TopoJSON map layer (the app's
 * reader; the layer's features lying in another country than the file's are left out and
 * listed, as the app does), joins its rows to the app's units (or to `--right units.csv`), writes
 * the report (JSON, or one line per row as CSV or an Excel workbook, by the extension) and, with
 * `--out`, the file's rows with the unit each one reached (CSV or Excel). Prints one summary line (with the count of rows whose name
 * disagrees with the unit their code reached, when a code join has names to check). A long file
 * (several rows per municipio) is first made one row per municipio by the reshape options, with
 * `reshapeTable`, the same step as the app's. A map layer of polygons gets the app's boundary notes
 * after the summary line (boundary-notes.ts: rings repaired as the file was read, the units that
 * would keep their current shapes), in the app's English words, also in the JSON report.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellText } from '../lib/data/import/cell-text.ts';
import { countUnits, isLong } from '../lib/data/import/detect-long.ts';
import type { RawLayer, RawTable } from '../lib/data/import/import-types.ts';
import { looksLikeCode } from '../lib/data/import/looks-like-code.ts';
import { rawTableFromRows } from '../lib/data/import/raw-table-from-rows.ts';
import { RESHAPE_AGGREGATES, type ReshapeAggregate, type ReshapeFilter, type ReshapeSpec } from '../lib/data/import/reshape-spec.ts';
import { reshapeTable } from '../lib/data/import/reshape-table.ts';
import { longFromSeries } from '../lib/data/import/series-long.ts';
import { sniffDelimiter } from '../lib/data/import/sniff-delimiter.ts';
import { decodeText } from '../lib/data/import/sniff-encoding.ts';
import { joinTable as joinFile } from '../lib/data/import/join-table.ts';
import { readJsonLayer } from '../lib/data/import/read-json-layer.ts';
import { featuresElsewhere } from '../lib/data/import/features-elsewhere.ts';
import { layerCountry } from '../lib/data/import/layer-country.ts';
import { readCountryLocator } from './read-country-locator.ts';
import { guessMapping, guessNameColumn } from '../lib/data/import/guess-mapping.ts';
import type { KeyMapping } from '../lib/data/import/import-mapping.ts';
import { joinRowsFor } from '../lib/data/import/join-rows-for.ts';
import { betterKey, type BetterKey } from '../lib/data/import/better-key.ts';
import { reportCauses, type ReportCauses } from '../lib/data/join/report-causes.ts';
import type { JoinReport, JoinRow, JoinTarget } from '../lib/data/join/join-types.ts';
import type { CountryCode } from '../lib/data/schema.ts';
import type { ExportFormat } from '../lib/export/export-format.ts';
import type { ExportSource } from '../lib/export/export-source.ts';
import { JOIN_REPORT_COLUMNS, joinReportRows } from '../lib/export/join-report-csv.ts';
import { joinReportTable } from '../lib/export/join-report-table.ts';
import { provenance } from '../lib/export/provenance.ts';
import type { ResultColumn, ResultTable } from '../lib/export/result-table.ts';
import { sheetTextIn } from '../lib/export/sheet-text.ts';
import type { CliIo } from './cli-io.ts';
import { packageVersion } from './package-version.ts';
import { readDefaultJoinTargets, readRightTargets } from './join-read-targets.ts';
import { missingOptions, parseOptions } from './parse-options.ts';
import { UsageError } from './usage-error.ts';
import { outputFormat, refuseOverwrite, writeExportFile } from './write-output.ts';
import { parseCsvStrict } from './strict-csv.ts';
import { sniffFormat } from '../lib/data/import/sniff-format.ts';
import { ImportError } from '../lib/data/import/import-error.ts';
import { COMBINE_RULES, type CombineRule } from '../lib/data/import/combine-rule.ts';
import { combineChoices, combineSummary, perUnitTable } from './join-per-unit.ts';
import { negativeCounts, negativeRowsText } from '../lib/data/import/negative-counts.ts';
import { combineEn } from '../lib/i18n/combine-en.ts';
import { boundaryNoteLines, boundaryNotes } from '../lib/data/import/boundary-notes.ts';
import { en } from '../lib/i18n/en.ts';

/** What `--report` can be: the report document (JSON), or its lines as a table. */
const REPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json'];
/** What `--out` can be: the file's rows as a table (no geometry: the rows are the planner's). */
const OUT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export const JOIN_USAGE = `Usage: focal join --left rows.csv [--key FIELD] --report report.json
                  [--by code|name] [--dept FIELD] [--name FIELD]
                  [--country GT|HN|SV | --country-field FIELD]
                  [--right units.csv|DIR] [--out joined.csv]
                  [--per-unit values.csv] [--combine sum|mean]
                  [--year-column FIELD [--year Y|each]] [--filter FIELD=VALUE ...]
                  [--aggregate sum|mean|max|latest] [--pivot FIELD] [--values F1,F2]

Joins the rows of a CSV to the municipios of Guatemala, Honduras and El Salvador and reports what
matched: by code (national code with or without leading zeros, P-code, 101.0) or by name (ignoring
accents, case, punctuation and words like "municipio de"; within the department when --dept is
given; exact, word containment, then fuzzy with a margin). El Salvador's 262 pre-2024 municipios
(distritos) are matched too and land on their 2024 municipio. A name found in two departments with
nothing to tell them apart is ambiguous, never guessed; city zones, lakes, "NA" and totals are not
units. The report lists unmatched rows (with up to 3 suggestions), units no row reached,
duplicates and ambiguous rows; a code join of a file that also names its municipios lists the rows
whose name is not that of the unit their code reached (a warning: the rows stay matched).

Options:
  --left FILE          the planner's CSV (UTF-8 or Windows-1252; , ; tab or | sniffed), or a
                       GeoJSON or TopoJSON map layer (its features' properties are the rows; a
                       feature lying in another country than the file's is left out and listed;
                       for polygons, the app's boundary notes follow the summary line: rings
                       repaired as the file was read, units that would keep their current shape)
  --key FIELD          the column holding the code or the name (default: the app's first guess:
                       every column tried as a code or a name against every country, the one
                       reaching most rows kept, with the department and name columns and the
                       country it implies; the options given override it; the report's JSON says
                       key_guessed)
  --by MODE            code or name (default: code when the keys look like codes, else name)
  --dept FIELD         the column holding the department (name or code), for the name join
  --name FIELD         code join: the column holding the municipio's name, checked against the
                       unit each code reached (default: a column named like municipio, nombre or
                       name, as the app guesses it; --name "" checks nothing)
  --country CODE       every row is of this country (GT, HN or SV)
  --country-field F    the column holding each row's country (name or ISO code); rows of other
                       countries are left out and counted
  --right PATH         the units to join to: a units CSV (unit_id,country,code,name,dept_code,
                       dept_name[,unit_2024]) or a data folder like public/data (default: the
                       app's data, with the El Salvador distritos)
  --report FILE        the report, by its extension: .json (the app's JoinReport with the options
                       and a summary), or one line per row as .csv (UTF-8 with BOM) or .xlsx
  --out FILE           the rows of --left with unit_id, unit_name, distrito, join_status,
                       join_method, join_score, join_suggestions and join_name_check added,
                       as .csv (UTF-8 with BOM) or .xlsx
  --per-unit FILE      one row per municipio with the value of each number column as the app
                       lands it (the app's first guess of the value columns), as .csv or .xlsx
  --combine HOW        how the values of El Salvador's pre-2024 municipios (distritos) are
                       combined into their 2024 municipio: sum (counts, amounts) or mean
                       (unweighted: rates, shares, scores); default: the app's guess from each
                       column's name. No population-weighted mean: focal has no population of
                       the pre-2024 municipios. A sum is given only to municipios whose distritos
                       are all in the file. The report's JSON says the rule of each column

Long files (several rows per municipio: by year, type, sex …) are made one row per municipio
before the join, as the app's reshape step does, when any of these is given (rows are grouped by
--key, --dept and --country-field; --out then holds one row per municipio, or with --year each
one row per municipio and year):
  --year-column FIELD  the column holding each row's year
  --year Y             keep only the rows of year Y (needs --year-column)
  --year each          keep each year apart: the rows of each municipio and year are combined,
                       and --out holds one row per municipio and year with the year column kept
                       (the app's "each year apart": one yearly indicator per value); a year
                       without rows for a municipio has no row, never 0
  --filter F=VALUE     keep only the rows whose F is VALUE; repeat it for more values or columns
                       (--filter cause=work --filter cause=job_offer keeps both causes)
  --aggregate HOW      how the rows left for one municipio are combined: sum (default), mean
                       (unweighted), max, or latest (the value of the latest year, with a
                       "<column> year" column; needs --year-column); empty cells are missing, never 0
  --pivot FIELD        one value column per value of FIELD (e.g. per type, or per year)
  --values F1,F2       the number columns to combine (default: every number column left)
A long file joined without them is reported as such on the summary line.

  -h, --help           show this help

Example:
  npx focal join --left tests/fixtures/join/nca_violence_fragility_muni_names.csv --key municipio --dept departamento --country-field pais --report report.json`;

export interface JoinArgs {
  left: string;
  /** The key column; undefined: the app's first guess (every column tried against every country). */
  key?: string;
  by?: 'code' | 'name';
  dept?: string;
  /** Code join: the name column to check the codes against; '' for none; undefined: guessed. */
  name?: string;
  country?: CountryCode;
  countryField?: string;
  right?: string;
  report: string;
  /** The format of `report`, by its extension. */
  reportFormat: ExportFormat;
  out?: string;
  /** The format of `out`, by its extension. */
  outFormat?: ExportFormat;
  /** One row per municipio with each value column landed as the app lands it. */
  perUnit?: string;
  perUnitFormat?: ExportFormat;
  /** How distritos are combined (undefined: the app's guess per column). */
  combine?: CombineRule;
  /** The reshape options, when any is given (keys are filled in from --key, --dept and --country-field). */
  reshape?: Omit<ReshapeSpec, 'keys'>;
}

/** The options of `focal join`, or null for `--help`. @throws {UsageError} */
export function parseJoinArgs(argv: string[]): JoinArgs | null {
  const v = parseOptions(argv, {
    left: { type: 'string' },
    key: { type: 'string' },
    by: { type: 'string' },
    dept: { type: 'string' },
    name: { type: 'string' },
    country: { type: 'string' },
    'country-field': { type: 'string' },
    right: { type: 'string' },
    report: { type: 'string' },
    out: { type: 'string' },
    'per-unit': { type: 'string' },
    combine: { type: 'string' },
    'year-column': { type: 'string' },
    year: { type: 'string' },
    filter: { type: 'string', multiple: true },
    aggregate: { type: 'string' },
    pivot: { type: 'string' },
    values: { type: 'string' },
  });
  if (v.help) return null;
  const missing = missingOptions(v, ['left', 'report']);
  if (missing.length) throw new UsageError(`missing ${missing.join(', ')}`);
  if (v.by !== undefined && v.by !== 'code' && v.by !== 'name') throw new UsageError(`--by must be code or name, not "${v.by}"`);
  if (v.country !== undefined && v['country-field'] !== undefined) throw new UsageError('give --country or --country-field, not both');
  let country: CountryCode | undefined;
  if (v.country !== undefined) {
    const c = v.country.trim().toUpperCase();
    if (c !== 'GT' && c !== 'HN' && c !== 'SV') throw new UsageError(`--country must be GT, HN or SV, not "${v.country}"`);
    country = c;
  }
  if (v.combine !== undefined && !(COMBINE_RULES as readonly string[]).includes(v.combine)) throw new UsageError(`--combine must be sum or mean, not "${v.combine}"`);
  const reshape = reshapeArgs(v);
  if (reshape && v.key === undefined) throw new UsageError('the reshape options need --key (the municipio column the rows are grouped by)');
  return {
    ...(reshape ? { reshape } : {}),
    left: v.left!,
    key: v.key,
    by: v.by as JoinArgs['by'],
    dept: v.dept,
    name: v.name,
    country,
    countryField: v['country-field'],
    right: v.right,
    report: v.report!,
    reportFormat: outputFormat(v.report!, REPORT_FORMATS, '--report'),
    out: v.out,
    ...(v.out === undefined ? {} : { outFormat: outputFormat(v.out, OUT_FORMATS) }),
    ...(v['per-unit'] === undefined ? {} : { perUnit: v['per-unit'], perUnitFormat: outputFormat(v['per-unit'], OUT_FORMATS, '--per-unit') }),
    ...(v.combine === undefined ? {} : { combine: v.combine as CombineRule }),
  };
}

function reshapeArgs(v: { 'year-column'?: string; year?: string; filter?: string[]; aggregate?: string; pivot?: string; values?: string }): JoinArgs['reshape'] {
  const given = v['year-column'] !== undefined || v.year !== undefined || v.filter !== undefined || v.aggregate !== undefined || v.pivot !== undefined || v.values !== undefined;
  if (!given) return undefined;
  const aggregate = v.aggregate ?? 'sum';
  if (!(RESHAPE_AGGREGATES as readonly string[]).includes(aggregate)) throw new UsageError(`--aggregate must be sum, mean, max or latest, not "${aggregate}"`);
  let year: number | undefined;
  const byYear = v.year?.trim() === 'each';
  if (v.year !== undefined) {
    if (v['year-column'] === undefined) throw new UsageError('--year needs --year-column');
    year = byYear ? undefined : Number(v.year);
    if (!byYear && !Number.isInteger(year)) throw new UsageError(`--year must be a year such as 2023 or each, not "${v.year}"`);
  }
  if (aggregate === 'latest' && v['year-column'] === undefined) throw new UsageError('--aggregate latest needs --year-column');
  if (aggregate === 'latest' && byYear) throw new UsageError('--aggregate latest takes the latest year: not with --year each');
  const filters: ReshapeFilter[] = [];
  for (const f of v.filter ?? []) {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new UsageError(`--filter must be FIELD=VALUE, not "${f}"`);
    const column = f.slice(0, eq).trim();
    const value = f.slice(eq + 1).trim();
    const seen = filters.find((x) => x.column === column);
    if (seen) seen.values.push(value);
    else filters.push({ column, values: [value] });
  }
  return {
    ...(v['year-column'] !== undefined ? { yearColumn: v['year-column'] } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(byYear ? { byYear } : {}),
    filters,
    aggregate: aggregate as ReshapeAggregate,
    ...(v.pivot !== undefined ? { pivot: v.pivot } : {}),
    ...(v.values !== undefined ? { values: v.values.split(',').map((c) => c.trim()).filter(Boolean) } : {}),
  };
}


export async function joinCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseJoinArgs(argv);
  if (!args) {
    io.out(JOIN_USAGE);
    return 0;
  }
  refuseOverwrite(args.report, [[args.left, 'input file'], [args.right, 'input file']], '--report');
  if (args.out !== undefined) refuseOverwrite(args.out, [[args.left, 'input file'], [args.right, 'input file'], [args.report, 'report']]);
  if (args.perUnit !== undefined) refuseOverwrite(args.perUnit, [[args.left, 'input file'], [args.right, 'input file'], [args.report, 'report'], [args.out, 'joined rows']], '--per-unit');
  const read = readLeft(args.left);
  const reshapeNeeds = args.reshape ? [args.reshape.yearColumn, args.reshape.pivot, ...args.reshape.filters.map((f) => f.column), ...(args.reshape.values ?? [])] : [];
  const need = [args.key, args.dept, args.countryField, args.name || undefined, ...reshapeNeeds].filter((c): c is string => c !== undefined);
  const absent = [...new Set(need.filter((c) => !read.columns.includes(c)))];
  if (absent.length) throw new Error(`${args.left}: no column ${absent.map((c) => `"${c}"`).join(', ')}; its columns: ${read.columns.join(', ')}`);
  const keyColumns = [args.key, args.dept, args.countryField].filter((c): c is string => c !== undefined);
  // A map layer's attribute table as the app reads it (typed properties); a CSV's cells as text.
  const raw = read.layer ?? rawTableFromRows(args.left, read.columns, read.rows.map((r) => read.columns.map((c) => r[c] ?? '')));
  const spec: ReshapeSpec | null = args.reshape ? { keys: keyColumns, ...args.reshape } : null;
  const reshaped = spec ? reshapeTable(raw, spec) : null;
  const table = reshaped ? leftFromRaw(reshaped.table) : read;
  const joinTable = reshaped ? reshaped.table : raw;

  const targets = readTargets(args.right);
  // The key as given, or the app's own first guess; then the rows as the app reads them (joinRowsFor).
  const locate = read.layer ? layerLocator(args.right) : null;
  const key = withElsewhere(args.key !== undefined ? givenKey(args, table) : guessedKey(args, joinTable, targets, read.layer && locate ? layerCountry(read.layer, locate) : null), read.layer, locate);
  const rows = joinRowsFor(joinTable, key);
  const kept = new Set([...rows.map((r) => r.row), ...(key.elsewhere ?? []).map((e) => e.row)]);
  const otherCountry = table.rows.map((_, i) => i).filter((i) => !kept.has(i));
  if (!rows.some((r) => r.key.trim())) throw new Error(`${args.left}: column "${key.column}" is empty in every row`);
  // A long file joined as it is: said on the summary line (its duplicates are in the report).
  const long = spec ? null : countUnits(raw, [key.column, key.deptColumn, key.countryColumn].filter((c): c is string => c !== undefined));
  const longNote = long && isLong(long.units, long.rows) ? `; a long file: ${long.rows} rows for ${long.units} keys (--year-column, --filter, --aggregate and --pivot make one row per municipio)` : '';
  const by = key.by;
  const nameColumn = by === 'code' ? key.nameColumn : undefined;
  const report = joinFile(joinTable, key, targets);
  const reshapeNote = reshaped ? `; reshaped ${reshaped.rowsIn} rows (${reshaped.rowsKept} kept) into ${reshaped.table.rowCount} by ${spec!.aggregate}` : '';
  // The report's groups by cause and a key that would join more, as the app's report shows them.
  const causes = reportCauses(report);
  const better = betterKey(joinTable, key, report, targets, {});
  const combine = combineChoices(joinTable, key, args.combine);
  const summary =
    (args.key === undefined ? guessNote(key) : '') + joinSummary(report, otherCountry.length) + elsewhereNote(report) + causesNote(causes, better) + combineSummary(report, targets, combine.choices) + reshapeNote + longNote;

  const options = {
    left: args.left,
    key: key.column,
    ...(args.key === undefined ? { key_guessed: true } : {}),
    by,
    dept: key.deptColumn ?? null,
    name: nameColumn ?? null,
    country: key.country ?? null,
    country_field: key.countryColumn ?? null,
    right: args.right ?? 'default (public/data units and El Salvador distritos)',
    ...(spec && reshaped
      ? {
          reshape: spec,
          reshape_rows_in: reshaped.rowsIn,
          reshape_rows_kept: reshaped.rowsKept,
          reshape_rows_out: reshaped.table.rowCount,
          reshape_latest_ties: reshaped.latestTies,
          reshape_years: reshaped.years,
        }
      : {}),
  };
  // Counts and amounts below zero, by the app's rule and in its words (the join report's warning).
  const negative = negativeCounts(joinTable, combine.columns, report);
  // A map layer of polygons: the app's boundary notes (rings repaired, units keeping their shapes), in its words.
  const notes = read.layer ? boundaryNoteLines(boundaryNotes(read.layer, report, targets, read.layer.geometryKind !== 'point'), basename(args.left), en) : [];
  const json = { focal_join: 1, ...options, summary, other_country_rows: otherCountry, causes, better, combine: combine.choices, negative, ...(notes.length ? { boundary_notes: notes } : {}), report };
  const common: Omit<ExportSource, 'table'> = {
    method: options,
    provenance: provenance(packageVersion(), null),
    manifest: null,
    catalog: null,
    text: sheetTextIn('en'),
    date: new Date(),
  };
  await writeExportFile(resolve(args.report), args.reportFormat, { ...common, table: joinReportTable(report, rows, targets), json: `${JSON.stringify(json, null, 2)}\n` });
  if (args.out !== undefined && args.outFormat !== undefined) {
    // Years kept apart: the rows go out long again, one per municipio and year, each with its unit.
    const long = reshaped?.series.length && spec?.yearColumn ? longFromSeries(reshaped.table, reshaped.series, spec.yearColumn) : null;
    const joined = long ? joinedTable(leftFromRaw(long.table), rows, report, targets, long.rowOf) : joinedTable(table, rows, report, targets);
    await writeExportFile(resolve(args.out), args.outFormat, { ...common, table: joined });
  }
  if (args.perUnit !== undefined && args.perUnitFormat !== undefined) {
    const per = perUnitTable(joinTable, key, combine.columns, report, targets);
    await writeExportFile(resolve(args.perUnit), args.perUnitFormat, { ...common, catalog: per.catalog, table: per.table });
  }
  io.out(summary);
  for (const line of notes) io.out(line);
  for (const x of negative) io.err(`focal join: warning: ${combineEn.negative(x.column, x.rows.length, negativeRowsText(x.rows))}`);
  return 0;
}

/** `joined 370 of 378 rows by name (97.9%): 360 exact, 6 contained, 4 fuzzy; 8 unmatched, 2 duplicates, 1 ambiguous, 20 not units` */
export function joinSummary(report: JoinReport, otherCountry = 0): string {
  const n = report.matched.length;
  const pct = report.rows ? ((100 * n) / report.rows).toFixed(1) : '0.0';
  const methods = (['code', 'exact', 'contained', 'fuzzy', 'accepted'] as const)
    .map((m) => [m, report.matched.filter((x) => x.method === m).length] as const)
    .filter(([, k]) => k > 0)
    .map(([m, k]) => `${k} ${m}`);
  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const rest = [
    `${report.unmatchedRows.length} unmatched`,
    plural(report.duplicates.length, 'duplicate', 'duplicates'),
    `${report.ambiguous.length} ambiguous`,
    plural(report.notUnits.length, 'not a unit', 'not units'),
  ];
  if (report.emptyKeys.length) rest.push(plural(report.emptyKeys.length, 'empty key', 'empty keys'));
  if (otherCountry) rest.push(plural(otherCountry, 'row of another country', 'rows of other countries'));
  rest.push(plural(report.unmatchedUnits.length, 'unit without a row', 'units without a row'));
  if (report.namesChecked) {
    const n = report.nameMismatches.length;
    rest.push(`${n} of ${report.namesChecked} names ${n === 1 ? 'disagrees' : 'disagree'} with the unit ${n === 1 ? 'its code reached' : 'their codes reached'}`);
  }
  return `joined ${n} of ${report.rows} rows by ${report.by} (${pct}%)${methods.length ? `: ${methods.join(', ')}` : ''}; ${rest.join(', ')}`;
}

/** The key mapping the options give (`--by` and `--name` guessed from the cells and the column names when absent). */
function givenKey(args: JoinArgs, table: LeftTable): KeyMapping {
  const column = args.key!;
  const keys = table.rows.map((r) => (r[column] ?? '').trim()).filter(Boolean);
  const by = args.by ?? (looksLikeCode(keys) ? 'code' : 'name');
  const key: KeyMapping = { by, column };
  if (args.dept) key.deptColumn = args.dept;
  const nameColumn = by !== 'code' ? undefined : args.name !== undefined ? args.name || undefined : guessNameColumn(table.columns, [column]);
  if (nameColumn) key.nameColumn = nameColumn;
  if (args.country) key.country = args.country;
  else if (args.countryField) key.countryColumn = args.countryField;
  return key;
}

/** The app's first guess of the key ({@link guessMapping} with the targets), the options given overriding it. */
function guessedKey(args: JoinArgs, table: RawTable, targets: readonly JoinTarget[], layerCountry: CountryCode | null): KeyMapping {
  const given: KeyMapping = { by: 'name', column: '' };
  if (args.country) given.country = args.country;
  else if (args.countryField) given.countryColumn = args.countryField;
  const guessed = guessMapping({ kind: 'table', table }, 'indicators', [], targets).key ?? given;
  const key: KeyMapping = { ...guessed };
  // A map layer tells its country by where it lies, as the app's mapping dialog reads it.
  if (layerCountry && !key.country && !key.countryColumn) key.country = layerCountry;
  if (args.by) key.by = args.by;
  if (args.dept) key.deptColumn = args.dept;
  if (args.name !== undefined) {
    if (args.name) key.nameColumn = args.name;
    else delete key.nameColumn;
  }
  if (args.country) {
    key.country = args.country;
    delete key.countryColumn;
  } else if (args.countryField) {
    key.countryColumn = args.countryField;
    delete key.country;
  }
  if (key.by !== 'code') delete key.nameColumn;
  return key;
}

/** `; 255 codes in several countries (--country HN matches 255)`, `; --key nombre --by name matches 284` */
function causesNote(causes: ReportCauses, better: BetterKey | null): string {
  const parts: string[] = [];
  if (causes.countryRows.length) {
    const each = causes.country.map((x) => `--country ${x.country} matches ${x.rows.length}`).join(', ');
    parts.push(`${causes.countryRows.length} codes in several countries (${each})`);
  }
  if (better) parts.push(`--key ${better.key.column} --by ${better.key.by}${better.key.country ? ` --country ${better.key.country}` : ''} matches ${better.matched}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** `; 1 feature lying in SV left out (row 300: 207 Metapán)`: a map layer's features in another country than the file's (features-elsewhere.ts). */
function elsewhereNote(report: JoinReport): string {
  const e = report.elsewhere ?? [];
  if (!e.length) return '';
  const countries = [...new Set(e.map((x) => x.country))].join(', ');
  const list = e.slice(0, 5).map((x) => `row ${x.row + 2}: ${x.key}${x.name ? ` ${x.name}` : ''}`).join('; ');
  return `; ${e.length} ${e.length === 1 ? 'feature' : 'features'} lying in ${countries} left out (${list}${e.length > 5 ? '; …' : ''})`;
}

/** The country locator of a layer given as --left: from the app's boundaries, or those of a --right data folder (none for a units CSV). */
function layerLocator(right: string | undefined): ReturnType<typeof readCountryLocator> {
  if (right === undefined) return readCountryLocator(fileURLToPath(new URL('../../public/data/', import.meta.url)));
  return existsSync(right) && statSync(right).isDirectory() ? readCountryLocator(right) : null;
}

/** The key with the layer's features lying in another country than the key's set aside, as the app sets them when it matches. */
function withElsewhere(key: KeyMapping, layer: RawLayer | undefined, locate: ReturnType<typeof readCountryLocator>): KeyMapping {
  const out: KeyMapping = { ...key };
  delete out.elsewhere;
  if (!layer || !locate || !key.country) return out;
  const found = featuresElsewhere(layer, key.country, locate);
  return found.length ? { ...out, elsewhere: found } : out;
}

/** `key guessed: codigo by code, country HN, department departamento, names municipio; ` */
function guessNote(key: KeyMapping): string {
  const parts = [`key guessed: ${key.column} by ${key.by}`];
  if (key.country) parts.push(`country ${key.country}`);
  if (key.countryColumn) parts.push(`country from ${key.countryColumn}`);
  if (key.deptColumn) parts.push(`department ${key.deptColumn}`);
  if (key.by === 'code' && key.nameColumn) parts.push(`names ${key.nameColumn}`);
  return `${parts.join(', ')}; `;
}

interface LeftTable {
  columns: string[];
  rows: Record<string, string>[];
  /** A GeoJSON or TopoJSON file: the layer the app reads (its properties typed as the app types them). */
  layer?: RawLayer;
}

function readLeft(file: string): LeftTable {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${file} not found`);
  const bytes = readFileSync(file);
  if (!bytes.length) throw new Error(`${file} is empty`);
  const format = refuseAsTheAppDoes(new Uint8Array(bytes), file);
  const decoded = decodeText(new Uint8Array(bytes), file);
  if (format === 'json') {
    // GeoJSON or TopoJSON: the features' properties are the rows, read by the app's own reader.
    const layer = readJsonLayer(decoded, basename(file));
    return { ...leftFromRaw(layer), layer };
  }
  const { text } = decoded;
  if (/^\s*</.test(text)) throw new Error(`${file} is not a CSV (it looks like HTML or XML)`);
  // The separator is sniffed from the header on (blank lines before it say nothing), as the app does.
  const parsed = parseCsvStrict(text, file, sniffDelimiter(text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '')));
  const columns = parsed.columns.map((c) => c.trim());
  if (!columns.length || columns.every((c) => !c)) throw new Error(`${file} has no header row`);
  if (!parsed.length) throw new Error(`${file} has a header but no rows`);
  const rows = parsed.map((r) => {
    const o: Record<string, string> = {};
    parsed.columns.forEach((c, j) => (o[columns[j]] = r[c] ?? ''));
    return o;
  });
  return { columns, rows };
}

/** The reshaped table as text rows, as --left is read (numbers in their shortest form, empty as ''). */
function leftFromRaw(t: RawTable): LeftTable {
  const rows: Record<string, string>[] = [];
  for (let r = 0; r < t.rowCount; r++) {
    const o: Record<string, string> = {};
    t.columns.forEach((c, i) => (o[c] = cellText(t.values[i][r])));
    rows.push(o);
  }
  return { columns: t.columns, rows };
}

function readTargets(right: string | undefined): JoinTarget[] {
  if (right === undefined) return readDefaultJoinTargets(fileURLToPath(new URL('../../public/data/', import.meta.url)));
  if (!existsSync(right)) throw new Error(`${right} not found`);
  return statSync(right).isDirectory() ? readDefaultJoinTargets(right) : readRightTargets(right);
}

/** The rows of --left, as the file has them (text), with the unit each one reached and how; `rowOf`: each row's joined row (when `table` is the joined rows written long). */
function joinedTable(table: LeftTable, rows: readonly JoinRow[], report: JoinReport, targets: readonly JoinTarget[], rowOf?: readonly number[]): ResultTable {
  const byRow = new Map(joinReportRows(report, rows, targets).map((x) => [x.row, x.cells]));
  const added: ResultColumn[] = ['unit_id', 'unit_name', 'distrito', 'join_status', 'join_method', 'join_score', 'join_suggestions', 'join_name_check'].map((header) => ({
    header,
    type: header === 'join_score' ? { decimals: 2 } : 'text',
  }));
  // The report's cells, in JOIN_REPORT_COLUMNS order, that the joined file adds.
  const at = (name: (typeof JOIN_REPORT_COLUMNS)[number]) => JOIN_REPORT_COLUMNS.indexOf(name);
  const picked = [at('unit_id'), at('unit_name'), at('distrito'), at('status'), at('method'), at('score'), at('suggestions'), at('name_check')];
  return {
    columns: [...table.columns.map((header): ResultColumn => ({ header, type: 'text' })), ...added],
    rows: table.rows.map((r, i) => {
      const c = byRow.get(rowOf ? rowOf[i] : i);
      const left = table.columns.map((col) => r[col]);
      return c ? [...left, ...picked.map((j) => c[j])] : [...left, '', '', '', 'other-country', '', null, '', ''];
    }),
  };
}

/**
 * The app's refusals of a file before reading it (sniff-format.ts: too large, a zip bomb, KML,
 * a PDF or other binary file whatever its name), thrown as its ImportErrors (worded as the app
 * words them); an HTML page keeps this command's own message below.
 */
function refuseAsTheAppDoes(bytes: Uint8Array, file: string): string | null {
  try {
    return sniffFormat(bytes, basename(file)).format;
  } catch (err) {
    if (!(err instanceof ImportError && err.params.found === 'html')) throw err;
    return null;
  }
}

