/**
 * The command line of `focal hotspots`: its help text, the app's defaults and the parsing of the
 * options (every bad value refused with a {@link UsageError} that names the option).
 */
import type { Correction } from '../lib/analysis/hotspots.ts';
import { STATISTIC_MODULES, STATISTICS, type HotspotStatistic } from '../lib/analysis/statistic-registry.ts';
import { UsageError } from './usage-error.ts';
import { missingOptions, parseOptions } from './parse-options.ts';

/** The app's defaults (src/lib/state/hotspot-settings.ts), so that the CLI gives the app's answer. */
export const HOTSPOT_CLI_DEFAULTS = {
  statistic: STATISTICS[0],
  contiguity: 'queen',
  snapMeters: 500,
  permutations: 999,
  seed: 20240917,
  alpha: 0.05,
  correction: 'fdr',
} as const;

const MAX_PERMUTATIONS = 99_999;

/** `a`, `a or b`, `a, b or c`. */
const orList = (xs: readonly string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);

/** The help's lines for --stat and the cluster column: one per statistic of the registry. */
const pad = (id: string): string => id.padEnd(Math.max(...STATISTICS.map((x) => x.length)) + 2);
const STAT_CHOICES = STATISTICS.map((id, k) => `                        ${pad(id)}${STATISTIC_MODULES[id].method}${k === 0 ? ' (default)' : ''}`).join('\n');
const STAT_COLUMN = orList(STATISTICS.map((id) => STATISTIC_MODULES[id].column));
const CLUSTER_CLASSES = STATISTICS.map((id) => `               ${pad(`${id}:`)}${STATISTIC_MODULES[id].classes.map((c) => c.key).join(', ')}`).join('\n');

/** The command's line in `focal --help`. */
export const HOTSPOTS_SUMMARY = `hotspots (${orList(STATISTICS.map((id) => STATISTIC_MODULES[id].name))}) on GeoJSON polygons and a CSV column`;

export const HOTSPOTS_USAGE = `Usage: focal hotspots --boundaries units.geojson --id FIELD --data values.csv --key FIELD --value FIELD
                      | --data indicator-years.csv --indicator ID (--year Y | --years A,B)
                      [--stat ${STATISTICS.join('|')}] [--contiguity queen|rook] [--snap METERS] [--source FIELD]
                      [--permutations 999] [--seed N] [--fdr 0.05 | --bonferroni 0.05 | --alpha 0.05]
                      --out result.csv

Finds clusters of high and low values (Local Moran's I, Local Geary's c) or hot and cold spots
(Getis-Ord Gi*), tested against spatial randomness by conditional permutation (docs/METHODS.md section 2).

Options:
  --boundaries FILE   GeoJSON FeatureCollection of Polygon/MultiPolygon features, longitude/latitude
  --id FIELD          the feature property holding each unit's id (unique)
  --data FILE         CSV with one row per unit (UTF-8)
  --key FIELD         the CSV column holding the unit ids; the CSV and the boundaries must list the
                      same units (a unit without data gets a row with an empty or NA value)
  --value FIELD       the CSV column to analyse (plain numbers; empty, NA, N/A, NaN, null = missing)
  --indicator ID      with --year or --years: --data is a file of yearly values with the columns
                      unit_id,indicator_id,year,value (as public/data/indicator-years.csv) and ID
                      the indicator to analyse; a unit of the boundaries without a row is missing
  --year Y            the indicator's values of year Y
  --years A,B         the change from year A to year B (value of B minus value of A; a unit
                      missing in either year is missing): Local Moran of the change is GeoDa's
                      differential local Moran (docs/METHODS.md section 5)
  --stat S            the local statistic (also --statistic S), one of
${STAT_CHOICES}
  --contiguity C      queen (shared vertex or edge, default) or rook (shared edge)
  --snap METERS       vertices of different polygons closer than this count as shared, for borders
                      drawn by different agencies (default ${HOTSPOT_CLI_DEFAULTS.snapMeters}; 0 = identical coordinates only)
  --source FIELD      a feature property naming where each polygon comes from (e.g. its country):
                      snap only between polygons of different sources, and within a source take
                      only identical coordinates, as the app does across the three countries
                      (default: snap between any two polygons)
  --permutations R    conditional permutations per unit (default ${HOTSPOT_CLI_DEFAULTS.permutations}; 99 and 9999 also usual)
  --seed N            seed of the permutations, an integer from 0 to 4294967295 (default ${HOTSPOT_CLI_DEFAULTS.seed});
                      the same seed gives the same p-values
  --fdr Q             significant: Benjamini-Hochberg false discovery rate at level Q (default, Q = ${HOTSPOT_CLI_DEFAULTS.alpha})
  --bonferroni A      significant: p_sim <= A / (units tested)
  --alpha A           significant: p_sim <= A, no correction for multiple testing
  --out FILE          the result to write (CSV, UTF-8 with BOM)
  -h, --help          show this help

Output: one row per feature of the boundaries, in their order, columns
  id,value,lag,statistic,p_sim,cluster
  lag        spatial lag (row-standardised weights) of the standardised values
  statistic  ${STAT_COLUMN}
  p_sim      folded pseudo p-value (M+1)/(R+1)
  cluster    the class of a significant unit, by statistic:
${CLUSTER_CLASSES}
             otherwise ns (not significant), island or missing;
             island = no neighbour with a value: never tested, lag, statistic and p_sim empty;
             missing = no value in the CSV: not tested, every column but id empty
The summary line gives the units, islands, missing values, the significant units per class, the
p threshold actually used after the correction, and the seed.

Examples:
  npx focal hotspots --boundaries units.geojson --id unit_id --data values.csv --key unit_id \\
    --value migration_rate --out hotspots.csv
  npx focal hotspots --boundaries units.geojson --id unit_id --data public/data/indicator-years.csv \\
    --indicator sv_emigrants_departed_per_1000 --years 2014,2023 --out change.csv`;

export interface HotspotsArgs {
  boundaries: string;
  id: string;
  data: string;
  key: string;
  value: string;
  statistic: HotspotStatistic;
  contiguity: 'queen' | 'rook';
  snapMeters: number;
  source?: string;
  permutations: number;
  seed: number;
  alpha: number;
  correction: Correction;
  out: string;
  /** A yearly indicator of a yearly values file: its values of `year`, or the change from `compareYear` to `year`. */
  yearly?: { indicator: string; year: number; compareYear?: number };
}

/** A year given on the command line: a whole number from 1900 to 2100. */
function yearOption(option: string, text: string): number {
  const y = /^\s*\d{4}\s*$/.test(text) ? Number(text) : NaN;
  if (!(y >= 1900 && y <= 2100)) throw new UsageError(`--${option} must be a year such as 2018, not "${text}"`);
  return y;
}

/** `--year` / `--years` with `--indicator`, or nothing when none of them is given. @throws {UsageError} */
function yearlyOptions(values: { indicator?: string; year?: string; years?: string; key?: string; value?: string }): HotspotsArgs['yearly'] {
  const { indicator, year, years } = values;
  if (indicator === undefined && year === undefined && years === undefined) return undefined;
  if (year !== undefined && years !== undefined) throw new UsageError('give only one of --year, --years');
  if (year === undefined && years === undefined) throw new UsageError('--indicator needs --year or --years');
  if (indicator === undefined || indicator === '') throw new UsageError('--year and --years need --indicator (the yearly indicator to analyse)');
  if (values.key !== undefined || values.value !== undefined) throw new UsageError('--key and --value are for a one-year CSV; with --year or --years the data has the columns unit_id,indicator_id,year,value');
  if (year !== undefined) return { indicator, year: yearOption('year', year) };
  const parts = years!.split(',');
  if (parts.length !== 2) throw new UsageError(`--years must be two years A,B (the change from A to B), not "${years}"`);
  const [a, b] = parts.map((p) => yearOption('years', p));
  if (a === b) throw new UsageError(`--years must be two different years, not "${years}"`);
  return { indicator, year: b, compareYear: a };
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${option} must be ${orList(allowed)}, not "${value}"`);
  return value as T;
}

function numberOption(option: string, value: string | undefined, fallback: number, ok: (x: number) => boolean, what: string): number {
  if (value === undefined) return fallback;
  const x = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!ok(x)) throw new UsageError(`--${option} must be ${what}, not "${value}"`);
  return x;
}

const isLevel = (x: number) => x > 0 && x < 1;

/** The options of `focal hotspots`, or null for `--help`. @throws {UsageError} */
export function parseHotspotsArgs(argv: string[]): HotspotsArgs | null {
  const values = parseOptions(argv, {
    boundaries: { type: 'string' },
    id: { type: 'string' },
    data: { type: 'string' },
    key: { type: 'string' },
    value: { type: 'string' },
    stat: { type: 'string' },
    statistic: { type: 'string' },
    contiguity: { type: 'string' },
    snap: { type: 'string' },
    source: { type: 'string' },
    permutations: { type: 'string' },
    seed: { type: 'string' },
    fdr: { type: 'string' },
    bonferroni: { type: 'string' },
    alpha: { type: 'string' },
    out: { type: 'string' },
    indicator: { type: 'string' },
    year: { type: 'string' },
    years: { type: 'string' },
  });
  if (values.help) return null;
  const yearly = yearlyOptions(values);
  const missing = missingOptions(values, ['boundaries', 'id', 'data', ...(yearly ? [] : ['key', 'value']), 'out']);
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`}`);
  }
  if (values.stat !== undefined && values.statistic !== undefined) throw new UsageError('give only one of --stat, --statistic');
  const statOption = values.statistic !== undefined ? 'statistic' : 'stat';
  const levels = (['fdr', 'bonferroni', 'alpha'] as const).filter((k) => values[k] !== undefined);
  if (levels.length > 1) throw new UsageError(`give only one of ${levels.map((k) => `--${k}`).join(', ')}`);
  const level = levels[0];
  const correction: Correction = level === undefined ? HOTSPOT_CLI_DEFAULTS.correction : level === 'alpha' ? 'none' : level;
  const alpha = level === undefined ? HOTSPOT_CLI_DEFAULTS.alpha : numberOption(level, values[level], NaN, isLevel, 'a level between 0 and 1 (e.g. 0.05)');
  return {
    boundaries: values.boundaries!,
    id: values.id!,
    data: values.data!,
    key: yearly ? 'unit_id' : values.key!,
    value: yearly ? (yearly.compareYear === undefined ? `${yearly.indicator} ${yearly.year}` : `${yearly.indicator} ${yearly.year} - ${yearly.compareYear}`) : values.value!,
    statistic: oneOf(statOption, values[statOption], STATISTICS, HOTSPOT_CLI_DEFAULTS.statistic),
    contiguity: oneOf('contiguity', values.contiguity, ['queen', 'rook'], HOTSPOT_CLI_DEFAULTS.contiguity),
    snapMeters: numberOption('snap', values.snap, HOTSPOT_CLI_DEFAULTS.snapMeters, (x) => x >= 0 && x <= 100_000, 'a distance in metres from 0 to 100000'),
    ...(values.source !== undefined ? { source: values.source } : {}),
    permutations: numberOption('permutations', values.permutations, HOTSPOT_CLI_DEFAULTS.permutations, (x) => Number.isInteger(x) && x >= 9 && x <= MAX_PERMUTATIONS, `a whole number from 9 to ${MAX_PERMUTATIONS}`),
    seed: numberOption('seed', values.seed, HOTSPOT_CLI_DEFAULTS.seed, (x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff, 'an integer from 0 to 4294967295'),
    alpha,
    correction,
    out: values.out!,
    ...(yearly ? { yearly } : {}),
  };
}
