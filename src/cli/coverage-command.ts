/**
 * `focal coverage --units … --investments … --out coverage.csv`: investment coverage per unit on
 * files, with `coverageByUnit` (the same entry point as the app). Writes one row per unit (CSV, an
 * Excel workbook with the filter on its Method sheet, or GeoJSON with the units' polygons, by the
 * extension of `--out`) and, beside it, `<out>.unplaced.csv`: every row whose money did not reach a municipio, with why. The
 * summary line states the money balance (placed + not placed = total).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LINES_OF_EFFORT } from '../lib/data/lines-of-effort.ts';
import { PLACE_KIND, PLACE_KIND_NAMES, INVESTMENT_PILLARS, type InvestmentPillar, type MoneyBalance } from '../lib/analysis/coverage-types.ts';
import { coverageByUnit, type CoverageByUnit, type CoverageFilterByName } from '../lib/data/operations.ts';
import type { InvestmentRecord } from '../lib/data/coverage-input.ts';
import type { CatalogEntry } from '../lib/data/schema.ts';
import { unitDenominators, type UnitDenominators } from '../lib/data/unit-denominators.ts';
import { tableCsv, toCsv, type CsvCell } from '../lib/export/csv.ts';
import type { ExportFormat } from '../lib/export/export-format.ts';
import type { UnitGeometry } from '../lib/export/export-source.ts';
import { provenance } from '../lib/export/provenance.ts';
import type { ResultCell, ResultColumn, ResultTable } from '../lib/export/result-table.ts';
import { sheetTextIn } from '../lib/export/sheet-text.ts';
import type { CliIo } from './cli-io.ts';
import { packageVersion } from './package-version.ts';
import { missingOptions, parseOptions } from './parse-options.ts';
import { readCoverageUnits, type CoverageUnits } from './read-coverage-units.ts';
import { readInvestments } from './read-investments.ts';
import { parseStrictNumber } from './read-rank-tables.ts';
import { UsageError } from './usage-error.ts';
import { outputFormat, refuseOverwrite, writeExportFile, writeOutput } from './write-output.ts';
import { readCliText } from './read-cli-text.ts';
import { parseCsvStrict } from './strict-csv.ts';
import { readPlannerInvestments } from './read-planner-investments.ts';

/** A CSV without the app's `amount_usd` column is a planner's list, read as the app's import reads it. */
function isPlannerList(path: string): boolean {
  const text = readCliText(path, 'investments');
  const header = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  return !header.split(/[,;\t|]/).some((c) => c.trim().replace(/^"|"$/g, '') === 'amount_usd');
}

/** What `--out` can be: the units have polygons, so GeoJSON too; no method file of its own. */
const OUT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'geojson'];

export const COVERAGE_USAGE = `Usage: focal coverage --units DIR|FILE --investments investments.csv --out coverage.csv
                      [--indicators indicators.csv] [--id FIELD] [--dept FIELD]
                      [--donor NAME]... [--sector NAME]... [--pillar I|II|III|IV|V|other]...
                      [--years FROM-TO] [--status S]... [--spread none|population]

Places investments in the units and writes coverage per unit: activities, donors, money, money
per capita and per emigrant, activities by pillar and office (docs/METHODS.md section 3).

Places: by unit code (unit_id), else by point (lon, lat; point-in-polygon). AidData precision
1-3 is municipal; 4 (department) and 6/8 (country) are never put in the municipio under their
point: their money is reported apart, as are nationwide activities, points outside every unit
and points whose latitude and longitude look swapped (reported, never fixed).

Options:
  --units PATH         the app's boundaries folder (e.g. public/data/boundaries), a TopoJSON file
                       with object "units", or a GeoJSON FeatureCollection of polygons
  --id FIELD           GeoJSON only: the property holding the unit id (default unit_id)
  --dept FIELD         GeoJSON only: the property holding the department code (default dept_code)
  --investments FILE   CSV with amount_usd and unit_id and/or lon, lat; optional columns
                       activity_id, donor, sector, office, start_year, end_year, country,
                       precision, level (municipio|department|country), status.
                       A CSV without amount_usd (a planner's list) is read with the app's
                       import guesses (points, precision codes, country, project id, unit,
                       a project amount repeated on its locations split evenly), said first
  --indicators FILE    long CSV unit_id,indicator_id,value with population (population or
                       *_population) and emigrants (emigrants, *_emigrants or *_emigrants_per_1000);
                       default: indicators.csv beside the boundaries folder, when there is one
  --donor NAME         keep rows with this donor (repeat for several; case-insensitive)
  --sector NAME        keep rows with this sector (repeatable)
  --pillar P           keep rows serving this Root Causes pillar (repeatable; sector -> pillar as
                       src/lib/data/sector-pillars.ts)
  --years FROM-TO      keep rows whose period overlaps these years (rows without years are dropped)
  --status S           keep rows with this status (repeatable)
  --spread MODE        none (default): department and country money stays apart; population:
                       spread it over the department's or country's municipios by population
                       (where every municipio there has a population)
  --out FILE           the coverage, one row per unit, by its extension: .csv (UTF-8 with BOM),
                       .xlsx (with the Method and Sources sheets) or .geojson (with the units'
                       polygons); the rows not placed are written beside it as FILE.unplaced.csv
  -h, --help           show this help

Example:
  npx focal coverage --units public/data/boundaries --investments public/data/investments.csv --out coverage.csv`;

export interface CoverageArgs {
  units: string;
  investments: string;
  out: string;
  indicators?: string;
  id: string;
  dept: string;
  filter: CoverageFilterByName;
  spread: 'none' | 'population';
}

/** The options of `focal coverage`, or null for `--help`. @throws {UsageError} */
export function parseCoverageArgs(argv: string[]): CoverageArgs | null {
  const values = parseOptions(argv, {
    units: { type: 'string' },
    investments: { type: 'string' },
    out: { type: 'string' },
    indicators: { type: 'string' },
    id: { type: 'string' },
    dept: { type: 'string' },
    donor: { type: 'string', multiple: true },
    sector: { type: 'string', multiple: true },
    pillar: { type: 'string', multiple: true },
    years: { type: 'string' },
    status: { type: 'string', multiple: true },
    spread: { type: 'string' },
  });
  if (values.help) return null;
  const missing = missingOptions(values, ['units', 'investments', 'out']);
  if (missing.length > 0) throw new UsageError(`missing ${missing.join(', ')}`);
  const spread = values.spread ?? 'none';
  if (spread !== 'none' && spread !== 'population') throw new UsageError(`--spread must be none or population, not "${spread}"`);
  const filter: CoverageFilterByName = {};
  if (values.donor) filter.donors = values.donor;
  if (values.sector) filter.sectors = values.sector;
  if (values.status) filter.statuses = values.status;
  if (values.pillar) {
    const bad = values.pillar.filter((p) => !(INVESTMENT_PILLARS as readonly string[]).includes(p));
    if (bad.length > 0) throw new UsageError(`--pillar must be one of ${INVESTMENT_PILLARS.join(', ')}, not ${bad.join(', ')}`);
    filter.pillars = values.pillar as InvestmentPillar[];
  }
  if (values.years !== undefined) {
    const m = /^\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*$/.exec(values.years);
    if (!m) throw new UsageError(`--years must be FROM-TO (e.g. 2010-2015) or one year, not "${values.years}"`);
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from > to) throw new UsageError(`--years ${values.years}: ${from} is after ${to}`);
    filter.years = [from, to];
  }
  return {
    units: values.units!,
    investments: values.investments!,
    out: values.out!,
    indicators: values.indicators,
    id: values.id ?? 'unit_id',
    dept: values.dept ?? 'dept_code',
    filter,
    spread,
  };
}

/** The indicators file to read: the one given, else indicators.csv beside a boundaries folder. */
function indicatorsPath(args: CoverageArgs): string | null {
  if (args.indicators !== undefined) return resolve(args.indicators);
  const units = resolve(args.units);
  if (!statSync(units).isDirectory()) return null;
  const beside = resolve(dirname(units), 'indicators.csv');
  return existsSync(beside) ? beside : null;
}

function readDenominators(path: string | null, unitIds: string[]): UnitDenominators | null {
  if (path === null) return null;
  const text = readCliText(path, 'indicators');
  const rows = parseCsvStrict(text, path);
  for (const c of ['unit_id', 'indicator_id', 'value']) {
    if (!rows.columns.includes(c)) throw new Error(`${path} has no column ${c}: the indicators must be a long table unit_id,indicator_id,value`);
  }
  const catalogPath = resolve(dirname(path), 'catalog.json');
  const catalog = existsSync(catalogPath) ? (JSON.parse(readFileSync(catalogPath, 'utf8')) as CatalogEntry[]) : undefined;
  const values = rows
    .filter((r) => /(^|_)(population|emigrants|emigrants_per_1000)$/.test(r.indicator_id ?? ''))
    .map((r, k) => ({ unit_id: r.unit_id ?? '', indicator_id: r.indicator_id ?? '', value: parseStrictNumber(r.value ?? '', () => `${path} row ${k + 2}, column value`) }));
  return unitDenominators(unitIds, values, catalog);
}

const usd = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The coverage table: one row per unit; counts integers, money and denominators at full precision. */
export function coverageResultTable(units: CoverageUnits, cov: CoverageByUnit, den: UnitDenominators | null): ResultTable {
  const { prepared, result } = cov;
  const offices = prepared.offices;
  const col = (type: ResultColumn['type']) => (header: string): ResultColumn => ({ header, type });
  const columns = [
    ...['unit_id', 'name', 'country', 'dept_code'].map(col('text')),
    col('flag')('investment_data'),
    ...['activities', 'donors'].map(col('integer')),
    ...['amount_usd', 'amount_spread_usd'].map(col('exact')),
    col('integer')('rows_without_amount'),
    ...['population', 'amount_per_capita', 'emigrants', 'amount_per_emigrant'].map(col('exact')),
    ...[...INVESTMENT_PILLARS.map((p) => `pillar_${p}`), ...LINES_OF_EFFORT.map((l) => `loe_${l}`), ...offices.map((o) => `office_${o}`)].map(col('integer')),
    col('text')('sectors'),
  ];
  const nS = prepared.input.nSectors;
  const rows = units.units.map((u, i): ResultCell[] => {
    const sectors: string[] = [];
    for (let s = 0; s < nS; s++) {
      const k = result.sectorActivities[i * nS + s];
      if (k > 0) sectors.push(`${prepared.sectors[s].replace(/\u00a0/g, ' ')}: ${k}`);
    }
    // A unit of a country without municipio-level investment data: its counts are unknown, written empty (not 0).
    const known = result.sourced[i] !== 0;
    const count = (x: number) => (known ? x : NaN);
    return [
      u.unit_id, units.names[i], u.country, u.dept_code, known ? 1 : 0, count(result.activities[i]), count(result.donors[i]), result.amount[i], result.amountSpread[i],
      count(result.rowsWithoutAmount[i]), den ? den.population[i] : NaN, result.perCapita[i], den ? den.emigrants[i] : NaN, result.perEmigrant[i],
      ...INVESTMENT_PILLARS.map((_, p) => count(result.pillarActivities[i * INVESTMENT_PILLARS.length + p])),
      ...LINES_OF_EFFORT.map((l) => count(result.loeActivities[i * LINES_OF_EFFORT.length + l - 1])),
      ...offices.map((_, o) => count(result.officeActivities[i * offices.length + o])),
      sectors.join('; '),
    ];
  });
  return { columns, rows };
}

/** The coverage table as CSV (UTF-8 with BOM, CRLF). */
export function coverageCsv(units: CoverageUnits, cov: CoverageByUnit, den: UnitDenominators | null): string {
  return tableCsv(coverageResultTable(units, cov, den));
}

const REASON: Record<string, string> = {
  department: 'department level: not locatable at municipio level',
  nationwide: 'country level: nationwide',
  outside: 'point outside every unit',
  swapped: 'latitude and longitude look swapped (not fixed)',
  noPlace: 'municipio level but neither unit_id nor point',
  unknownUnit: 'unit_id not among the units',
};

/** The rows that did not reach a municipio (all of them, whatever the filter), with why. */
export function unplacedCsv(units: CoverageUnits, investments: readonly InvestmentRecord[], cov: CoverageByUnit): string {
  const { input, swappedUnit, level } = cov.prepared;
  const rows: CsvCell[][] = [];
  investments.forEach((r, i) => {
    const kind = input.kind[i];
    if (kind === PLACE_KIND.unit || kind === PLACE_KIND.point) return;
    const name = PLACE_KIND_NAMES[kind];
    const s = swappedUnit[i];
    rows.push([i + 2, r.activity_id, r.donor, level[i] ?? '', r.precision, r.unit_id, r.lon, r.lat, r.amount_usd, name, REASON[name], s >= 0 ? units.units[s].unit_id : '']);
  });
  return toCsv(['row', 'activity_id', 'donor', 'level', 'precision', 'unit_id', 'lon', 'lat', 'amount_usd', 'kind', 'reason', 'unit_if_swapped'], rows);
}

/** The one summary line: rows, activities, and the money balance. */
export function coverageSummary(cov: CoverageByUnit, nUnits: number, out: string, unplacedOut: string): string {
  const t = cov.result.totals;
  const m: MoneyBalance = t.money;
  const r = t.rows;
  let reached = 0;
  for (const a of cov.result.activities) if (a > 0) reached++;
  const part = (label: string, k: keyof MoneyBalance) => `${label} ${usd(m[k])} (${r[k]} rows)`;
  const unplaced = [
    part('not locatable at municipio level (department)', 'department'),
    part('nationwide', 'nationwide'),
    part('outside every unit', 'outside'),
    part('lat/lon swapped', 'swapped'),
    part('no place', 'noPlace'),
    part('unknown unit', 'unknownUnit'),
  ];
  const spread = r.spread > 0 || t.notSpread > 0 ? `; spread by population ${usd(m.spread)} (${r.spread} rows, ${t.notSpread} could not be spread)` : '';
  const filtered = t.excluded > 0 ? ` (${t.excluded} rows filtered out)` : '';
  return (
    `focal coverage: ${r.total} rows${filtered}, ${t.activities} activities, ${reached} of ${nUnits} units reached; ` +
    `money USD ${usd(m.total)} = placed ${usd(m.located)} (${r.located} rows)${spread}; not placed: ${unplaced.join(', ')}; ` +
    `${t.rowsWithoutAmount} rows without amount; wrote ${out} and ${unplacedOut}`
  );
}

/** Runs `focal coverage`; returns the exit status. @throws {UsageError} or Error */
export async function coverageCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCoverageArgs(argv);
  if (!args) {
    io.out(COVERAGE_USAGE);
    return 0;
  }
  const unplacedOut = `${args.out}.unplaced.csv`;
  const inputs = [[args.investments, 'input file'], [args.units, 'input file'], [args.indicators, 'input file']] as const;
  refuseOverwrite(args.out, inputs);
  refuseOverwrite(unplacedOut, inputs);
  const format = outputFormat(args.out, OUT_FORMATS);
  const units = readCoverageUnits(resolve(args.units), args.id, args.dept);
  const path = resolve(args.investments);
  const planner = isPlannerList(path) ? readPlannerInvestments(path, readCliText(path, 'investments'), units.units) : null;
  if (planner) io.out(planner.note);
  const investments = planner ? planner.records : readInvestments(path);
  const den = readDenominators(indicatorsPath(args), units.units.map((u) => u.unit_id));
  const cov = coverageByUnit(units.units, investments, {
    filter: args.filter,
    spread: args.spread,
    population: den?.population,
    emigrants: den?.emigrants,
  });
  const byId = new Map<string, UnitGeometry>();
  for (const u of units.units) if (u.geometry) byId.set(u.unit_id, u.geometry);
  await writeExportFile(resolve(args.out), format, {
    table: coverageResultTable(units, cov, den),
    method: { units: args.units, investments: args.investments, indicators: args.indicators ?? null, filter: args.filter, spread: args.spread },
    provenance: provenance(packageVersion(), null),
    manifest: null,
    catalog: null,
    text: sheetTextIn('en'),
    date: new Date(),
    geometry: { byId, idColumn: 'unit_id' },
  });
  writeOutput(resolve(unplacedOut), unplacedCsv(units, investments, cov));
  io.out(coverageSummary(cov, units.units.length, args.out, unplacedOut));
  return 0;
}
