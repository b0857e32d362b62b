/**
 * The whole data build in memory: raw directory in, every `public/data/` file as text out.
 * No file is written here, so a test can run it twice and compare the bytes.
 */
import type { CatalogEntry, InvestmentRow, UnitProps } from '../../src/lib/data/schema.ts';
import { buildBoundaries, layerSize } from './boundaries.ts';
import { BOUNDARY_SOURCE_IDS } from './boundary-sources.ts';
import { toCsv } from './csv-write.ts';
import { buildIndicators, catalogSourceIds } from './indicators.ts';
import { buildInvestments } from './investments.ts';
import { buildCommitments, COMMITMENT_COLUMNS, COMMITMENT_SOURCE_ID } from './investments-commitments.ts';
import { SOURCES } from './sources.ts';
import { buildManifest, mergeSources, type RenderedOutput } from './manifest.ts';
import { stableJson, stableJsonPretty } from './stable-json.ts';
import type { BuildContext, IndicatorRow, IndicatorYearRow } from './types.ts';

export const UNIT_COLUMNS = ['unit_id', 'country', 'code', 'name', 'dept_code', 'dept_name', 'ine_code'] as const satisfies readonly (keyof UnitProps)[];
export const INDICATOR_COLUMNS = ['unit_id', 'indicator_id', 'value'] as const satisfies readonly (keyof IndicatorRow)[];
export const INDICATOR_YEAR_COLUMNS = ['unit_id', 'indicator_id', 'year', 'value'] as const satisfies readonly (keyof IndicatorYearRow)[];
export const INVESTMENT_COLUMNS = [
  'activity_id',
  'title',
  'donor',
  'sector',
  'office',
  'start_year',
  'end_year',
  'amount_usd',
  'country',
  'unit_id',
  'lon',
  'lat',
  'precision',
  'level',
  'source_id',
] as const satisfies readonly (keyof InvestmentRow)[];

export interface RenderOptions {
  rawDir: string;
  /** `package.json` version, the first part of the build version. */
  version: string;
  log?: (line: string) => void;
}

/** Code-point comparison (never locale-dependent, so every machine sorts alike). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unique, sorted values. */
function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v !== '').sort(compareText);
}

/**
 * Checks and orders the indicator rows: finite values only (a missing value is an absent row),
 * known units and indicators, one value per (unit, indicator); sorted by unit then indicator.
 */
export function prepareIndicatorRows(
  rows: readonly IndicatorRow[],
  unitIds: ReadonlySet<string>,
  catalog: readonly CatalogEntry[],
  log: (line: string) => void,
): IndicatorRow[] {
  const indicatorIds = new Set(catalog.map((c) => c.id));
  const finite = rows.filter((r) => Number.isFinite(r.value));
  if (finite.length < rows.length) log(`indicators: dropped ${rows.length - finite.length} non-finite values`);
  const unknownUnits = uniqueSorted(finite.filter((r) => !unitIds.has(r.unit_id)).map((r) => r.unit_id));
  if (unknownUnits.length) throw new Error(`indicators: unknown unit ids ${unknownUnits.slice(0, 10).join(', ')}`);
  const unknownIndicators = uniqueSorted(finite.filter((r) => !indicatorIds.has(r.indicator_id)).map((r) => r.indicator_id));
  if (unknownIndicators.length) throw new Error(`indicators: not in the catalog: ${unknownIndicators.join(', ')}`);
  const sorted = [...finite].sort((a, b) => compareText(a.unit_id, b.unit_id) || compareText(a.indicator_id, b.indicator_id));
  for (let i = 1; i < sorted.length; i++) {
    const [p, r] = [sorted[i - 1], sorted[i]];
    if (p.unit_id === r.unit_id && p.indicator_id === r.indicator_id) {
      throw new Error(`indicators: two values for ${r.unit_id} / ${r.indicator_id}`);
    }
  }
  return sorted.map((r) => ({ unit_id: r.unit_id, indicator_id: r.indicator_id, value: r.value }));
}

/**
 * Checks and orders the yearly series: finite values, known units, indicators whose catalog entry
 * lists the year, one value per (unit, indicator, year), and the reference year's value equal to
 * the long table's; sorted by unit, indicator, year.
 */
export function prepareIndicatorYearRows(
  rows: readonly IndicatorYearRow[],
  unitIds: ReadonlySet<string>,
  catalog: readonly CatalogEntry[],
  reference: readonly IndicatorRow[],
): IndicatorYearRow[] {
  const entries = new Map(catalog.map((c) => [c.id, c]));
  const referenceValue = new Map(reference.map((r) => [`${r.unit_id}|${r.indicator_id}`, r.value]));
  for (const r of rows) {
    const entry = entries.get(r.indicator_id);
    if (!Number.isFinite(r.value)) throw new Error(`indicator years: ${r.unit_id} / ${r.indicator_id} / ${r.year} is ${r.value}`);
    if (!unitIds.has(r.unit_id)) throw new Error(`indicator years: unknown unit id ${r.unit_id}`);
    if (!entry?.years?.includes(r.year)) throw new Error(`indicator years: ${r.indicator_id} ${r.year} is not a year of its catalog entry`);
    if (String(r.year) === entry.year && referenceValue.get(`${r.unit_id}|${r.indicator_id}`) !== r.value) {
      throw new Error(`indicator years: ${r.unit_id} / ${r.indicator_id} ${r.year} differs from its value in indicators.csv`);
    }
  }
  const sorted = [...rows].sort((a, b) => compareText(a.unit_id, b.unit_id) || compareText(a.indicator_id, b.indicator_id) || a.year - b.year);
  for (let i = 1; i < sorted.length; i++) {
    const [p, r] = [sorted[i - 1], sorted[i]];
    if (p.unit_id === r.unit_id && p.indicator_id === r.indicator_id && p.year === r.year) {
      throw new Error(`indicator years: two values for ${r.unit_id} / ${r.indicator_id} / ${r.year}`);
    }
  }
  return sorted.map((r) => ({ unit_id: r.unit_id, indicator_id: r.indicator_id, year: r.year, value: r.value }));
}

/**
 * Orders investment rows by country, activity, unit, then by the whole rendered line, which makes
 * the order total (identical rows stay identical, so their order does not matter).
 */
export function sortInvestments(rows: readonly InvestmentRow[], unitIds: ReadonlySet<string>): InvestmentRow[] {
  const unknown = uniqueSorted(rows.filter((r) => r.unit_id !== '' && !unitIds.has(r.unit_id)).map((r) => r.unit_id));
  if (unknown.length) throw new Error(`investments: unknown unit ids ${unknown.slice(0, 10).join(', ')}`);
  const keyed = rows.map((r) => ({ r, line: toCsv(INVESTMENT_COLUMNS, [r]) }));
  keyed.sort(
    (a, b) =>
      compareText(a.r.country, b.r.country) ||
      compareText(a.r.activity_id, b.r.activity_id) ||
      compareText(a.r.unit_id, b.r.unit_id) ||
      compareText(a.line, b.line),
  );
  return keyed.map((k) => k.r);
}

/** Runs every builder and renders every output file, manifest last. Keys are paths under public/data. */
export function renderOutputs({ rawDir, version, log = () => {} }: RenderOptions): Map<string, string> {
  const boundaries = buildBoundaries(rawDir, log);
  const units = boundaries.units;
  const unitIds = new Set(units.map((u) => u.unit_id));
  const ctx: BuildContext = { rawDir, units, log };

  const indicators = buildIndicators(ctx);
  const catalog = [...indicators.catalog].sort((a, b) => compareText(a.id, b.id));
  const indicatorRows = prepareIndicatorRows(indicators.rows, unitIds, catalog, log);
  const usedIndicators = new Set(indicatorRows.map((r) => r.indicator_id));
  const yearRows = prepareIndicatorYearRows(indicators.yearRows, unitIds, catalog, indicatorRows);
  const investments = buildInvestments(ctx);
  const investmentRows = sortInvestments(investments.rows, unitIds);
  // Announced private-sector pledges: a file of their own, never in the coverage money.
  const commitments = buildCommitments(ctx);

  const outputs: RenderedOutput[] = [
    ...boundaries.layers.map((layer) => ({
      path: layer.file,
      text: stableJson(layer.topology),
      rows: layerSize(layer.topology),
      sourceIds: layer.sourceIds,
    })),
    {
      path: 'units.csv',
      text: toCsv(UNIT_COLUMNS, units),
      rows: units.length,
      sourceIds: [BOUNDARY_SOURCE_IDS.gt, BOUNDARY_SOURCE_IDS.hn, BOUNDARY_SOURCE_IDS.sv, BOUNDARY_SOURCE_IDS.svCrosswalk],
    },
    {
      path: 'indicators.csv',
      text: toCsv(INDICATOR_COLUMNS, indicatorRows),
      rows: indicatorRows.length,
      sourceIds: uniqueSorted(catalog.filter((c) => usedIndicators.has(c.id)).flatMap(catalogSourceIds)),
    },
    {
      path: 'indicator-years.csv',
      text: toCsv(INDICATOR_YEAR_COLUMNS, yearRows),
      rows: yearRows.length,
      sourceIds: uniqueSorted(catalog.filter((c) => c.years).flatMap(catalogSourceIds)),
    },
    {
      path: 'catalog.json',
      text: stableJsonPretty(catalog),
      rows: catalog.length,
      sourceIds: uniqueSorted(catalog.flatMap(catalogSourceIds)),
    },
    {
      path: 'investments.csv',
      text: toCsv(INVESTMENT_COLUMNS, investmentRows),
      rows: investmentRows.length,
      sourceIds: uniqueSorted(investmentRows.map((r) => r.source_id)),
    },
    {
      path: 'commitments.csv',
      text: toCsv(COMMITMENT_COLUMNS, commitments),
      rows: commitments.length,
      sourceIds: [COMMITMENT_SOURCE_ID],
    },
  ];

  const sources = mergeSources([boundaries.sources, indicators.sources, investments.sources, [{ ...SOURCES[COMMITMENT_SOURCE_ID] }]]);
  const manifest = buildManifest(version, outputs, sources);
  const files = new Map(outputs.map((o) => [o.path, o.text]));
  files.set('manifest.json', stableJsonPretty(manifest));
  return files;
}
