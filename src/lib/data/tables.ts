/**
 * Load the dataset files (texts as fetched, catalog already parsed) into DuckDB tables:
 *
 * - `units(unit_id, country, code, name, dept_code, dept_name)`, all VARCHAR
 * - `indicators(unit_id VARCHAR, indicator_id VARCHAR, value DOUBLE)` (empty value → NULL)
 * - `indicator_years(unit_id VARCHAR, indicator_id VARCHAR, year INTEGER, value DOUBLE)`: the values
 *   of yearly indicators by year (empty when the dataset has none)
 * - `catalog(ord, id, label_en, label_es, description_en, description_es, pillar, direction,
 *   unit_en, unit_es, level, year, countries, source, licence, source_id)`: {@link CatalogEntry}
 *   flattened, `ord` = position in catalog.json, `countries` = e.g. `GT,HN,SV`
 * - `investments`: the {@link InvestmentRow} columns with explicit types
 *
 * Every column type is given to `read_csv` (no sniffing), so codes such as `0101` stay text with
 * their leading zeros. Empty text fields read as `''` (as the schema types them), empty numeric
 * fields as NULL. Tables are replaced, so loading again swaps the dataset.
 */
import type { Db } from './db.ts';
import { sqlString } from './db.ts';
import type { CatalogEntry } from './schema.ts';

export interface DatasetFiles {
  units: string;
  indicators: string;
  catalog: CatalogEntry[];
  investments: string;
  /** `indicator-years.csv` (`unit_id,indicator_id,year,value`); absent: no yearly values. */
  indicatorYears?: string;
}

export interface DatasetInfo {
  /** Row counts of the four tables. */
  units: number;
  indicators: number;
  catalog: number;
  investments: number;
  /** Indicator rows whose unit_id is not in `units` (0 for a consistent dataset). */
  orphanIndicatorRows: number;
  /** Indicator ids present in `indicators` but missing from the catalog, sorted. */
  uncataloguedIndicators: string[];
}

type ColumnTypes = readonly (readonly [name: string, type: string])[];

const UNIT_COLUMNS: ColumnTypes = [
  ['unit_id', 'VARCHAR'],
  ['country', 'VARCHAR'],
  ['code', 'VARCHAR'],
  ['name', 'VARCHAR'],
  ['dept_code', 'VARCHAR'],
  ['dept_name', 'VARCHAR'],
  ['ine_code', 'VARCHAR'],
];

const INDICATOR_COLUMNS: ColumnTypes = [
  ['unit_id', 'VARCHAR'],
  ['indicator_id', 'VARCHAR'],
  ['value', 'DOUBLE'],
];

const INDICATOR_YEAR_COLUMNS: ColumnTypes = [
  ['unit_id', 'VARCHAR'],
  ['indicator_id', 'VARCHAR'],
  ['year', 'INTEGER'],
  ['value', 'DOUBLE'],
];

const CATALOG_COLUMNS: ColumnTypes = [
  ['ord', 'INTEGER'],
  ['id', 'VARCHAR'],
  ['label_en', 'VARCHAR'],
  ['label_es', 'VARCHAR'],
  ['description_en', 'VARCHAR'],
  ['description_es', 'VARCHAR'],
  ['pillar', 'VARCHAR'],
  ['direction', 'INTEGER'],
  ['unit_en', 'VARCHAR'],
  ['unit_es', 'VARCHAR'],
  ['level', 'VARCHAR'],
  ['year', 'VARCHAR'],
  ['countries', 'VARCHAR'],
  ['source', 'VARCHAR'],
  ['licence', 'VARCHAR'],
  ['source_id', 'VARCHAR'],
];

const INVESTMENT_COLUMNS: ColumnTypes = [
  ['activity_id', 'VARCHAR'],
  ['title', 'VARCHAR'],
  ['donor', 'VARCHAR'],
  ['sector', 'VARCHAR'],
  ['office', 'VARCHAR'],
  ['start_year', 'INTEGER'],
  ['end_year', 'INTEGER'],
  ['amount_usd', 'DOUBLE'],
  ['country', 'VARCHAR'],
  ['unit_id', 'VARCHAR'],
  ['lon', 'DOUBLE'],
  ['lat', 'DOUBLE'],
  ['precision', 'INTEGER'],
  ['level', 'VARCHAR'],
  ['source_id', 'VARCHAR'],
];

/** Virtual file names the texts are registered under. */
export const DATASET_FILE_NAMES = {
  units: 'focal/units.csv',
  indicators: 'focal/indicators.csv',
  catalog: 'focal/catalog.csv',
  investments: 'focal/investments.csv',
  indicatorYears: 'focal/indicator-years.csv',
} as const;

export async function loadDataset(db: Db, files: DatasetFiles): Promise<DatasetInfo> {
  checkHeader('units.csv', files.units, UNIT_COLUMNS);
  checkHeader('indicators.csv', files.indicators, INDICATOR_COLUMNS);
  checkHeader('investments.csv', files.investments, INVESTMENT_COLUMNS);
  const yearsCsv = files.indicatorYears ?? `${INDICATOR_YEAR_COLUMNS.map(([name]) => name).join(',')}\n`;
  checkHeader('indicator-years.csv', yearsCsv, INDICATOR_YEAR_COLUMNS);
  const catalogCsv = catalogToCsv(files.catalog);
  await db.registerText(DATASET_FILE_NAMES.units, files.units);
  await db.registerText(DATASET_FILE_NAMES.indicators, files.indicators);
  await db.registerText(DATASET_FILE_NAMES.catalog, catalogCsv);
  await db.registerText(DATASET_FILE_NAMES.investments, files.investments);
  await db.registerText(DATASET_FILE_NAMES.indicatorYears, yearsCsv);

  await createFromCsv(db, 'units', DATASET_FILE_NAMES.units, UNIT_COLUMNS);
  await createFromCsv(db, 'indicators', DATASET_FILE_NAMES.indicators, INDICATOR_COLUMNS);
  await createFromCsv(db, 'catalog', DATASET_FILE_NAMES.catalog, CATALOG_COLUMNS);
  await createFromCsv(db, 'investments', DATASET_FILE_NAMES.investments, INVESTMENT_COLUMNS);
  await createFromCsv(db, 'indicator_years', DATASET_FILE_NAMES.indicatorYears, INDICATOR_YEAR_COLUMNS);

  const [counts] = await db.query<Omit<DatasetInfo, 'uncataloguedIndicators'>>(`
    SELECT
      (SELECT count(*) FROM units)::INTEGER AS units,
      (SELECT count(*) FROM indicators)::INTEGER AS indicators,
      (SELECT count(*) FROM catalog)::INTEGER AS catalog,
      (SELECT count(*) FROM investments)::INTEGER AS investments,
      (SELECT count(*) FROM indicators i ANTI JOIN units u ON u.unit_id = i.unit_id)::INTEGER
        AS orphanIndicatorRows`);
  const unknown = await db.query<{ indicator_id: string }>(`
    SELECT DISTINCT i.indicator_id FROM indicators i
    ANTI JOIN catalog c ON c.id = i.indicator_id
    ORDER BY i.indicator_id`);
  return { ...counts, uncataloguedIndicators: unknown.map((r) => r.indicator_id) };
}

async function createFromCsv(db: Db, table: string, file: string, columns: ColumnTypes): Promise<void> {
  const columnSpec = columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(', ');
  const textColumns = columns.filter(([, type]) => type === 'VARCHAR').map(([name]) => sqlString(name));
  await db.query(`
    CREATE OR REPLACE TABLE ${table} AS
    SELECT * FROM read_csv(${sqlString(file)},
      header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
      columns = {${columnSpec}},
      force_not_null = [${textColumns.join(', ')}])`);
}

/** The header row must name the declared columns in order (read_csv takes them by position). */
function checkHeader(label: string, text: string, columns: ColumnTypes): void {
  const end = text.indexOf('\n');
  const header = (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  const expected = columns.map(([name]) => name).join(',');
  if (header !== expected) {
    throw new Error(`${label}: header is "${header.slice(0, 200)}", expected "${expected}"`);
  }
}

/** Flatten the catalog into CSV text with every field quoted. */
export function catalogToCsv(catalog: readonly CatalogEntry[]): string {
  const q = (v: string | number): string => `"${String(v).replaceAll('"', '""')}"`;
  const lines = [CATALOG_COLUMNS.map(([name]) => name).join(',')];
  catalog.forEach((c, ord) => {
    lines.push(
      [
        ord,
        c.id,
        c.label.en,
        c.label.es,
        c.description.en,
        c.description.es,
        c.pillar,
        c.direction,
        c.unit.en,
        c.unit.es,
        c.level,
        c.year,
        c.countries.join(','),
        c.source,
        c.licence,
        c.source_id,
      ]
        .map(q)
        .join(','),
    );
  });
  return lines.join('\n') + '\n';
}
