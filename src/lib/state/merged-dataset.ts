/**
 * The default dataset's texts with a workspace's rows appended, in the same CSV forms, so every
 * reader of the default data (DuckDB's loader, the index tables, the investments worker) reads the
 * planner's data the same way. Text fields are quoted; numbers are written in full precision.
 */
import type { DatasetFiles } from '../data/tables.ts';
import type { InvestmentRow } from '../data/schema.ts';
import type { WorkspaceData } from './workspace-data.ts';
import { INDICATOR_YEARS_HEADER } from '../data/year-columns.ts';

const INVESTMENT_FIELDS = [
  'activity_id', 'title', 'donor', 'sector', 'office', 'start_year', 'end_year', 'amount_usd',
  'country', 'unit_id', 'lon', 'lat', 'precision', 'level', 'source_id',
] as const satisfies readonly (keyof InvestmentRow)[];

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
const cell = (v: string | number | null): string => (v === null ? '' : typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : quote(v));
const withNewline = (text: string): string => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

export function mergedDataset(base: DatasetFiles, data: WorkspaceData): DatasetFiles {
  if (!data.catalog.length && !data.indicators.length && !data.investments.length && !data.indicatorYears.length) return base;
  // Unit ids are the app's own; indicator ids are checked (workspace-data.ts): neither holds a comma or quote.
  const indicatorLines = data.indicators.map((r) => `${r.unit_id},${r.indicator_id},${cell(r.value)}\n`);
  const investmentLines = data.investments.map((r) => INVESTMENT_FIELDS.map((f) => cell(r[f])).join(',') + '\n');
  const yearLines = data.indicatorYears.map((r) => `${r.unit_id},${r.indicator_id},${r.year},${cell(r.value)}\n`);
  // The yearly values: the default file's (or its header alone, when it could not be read) and the imports'.
  const indicatorYears = yearLines.length ? withNewline(base.indicatorYears ?? INDICATOR_YEARS_HEADER) + yearLines.join('') : base.indicatorYears;
  return {
    units: base.units,
    indicators: withNewline(base.indicators) + indicatorLines.join(''),
    catalog: [...base.catalog, ...data.catalog],
    investments: withNewline(base.investments) + investmentLines.join(''),
    ...(indicatorYears !== undefined ? { indicatorYears } : {}),
  };
}
