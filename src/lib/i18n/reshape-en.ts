import type { ReshapeMessages } from './reshape-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);
const plural = (n: number, one: string, many: string) => `${int(n)} ${n === 1 ? one : many}`;

/** English texts of the reshape step. */
export const reshapeEn: ReshapeMessages = {
  title: (file) => `${file} has several rows per municipio`,
  help: (rows, units) =>
    `${plural(rows, 'row', 'rows')} for ${plural(units, 'municipio', 'municipios')} (by year, type or another breakdown). Choose how to make one row per municipio; the preview shows the result. Then map the columns as usual.`,
  keySection: 'Municipio',
  keyColumn: 'Column naming the municipio (code or name)',
  deptColumn: 'Department column (for names)',
  yearSection: 'Year',
  yearColumn: 'Year column',
  noYearColumn: 'No year column',
  yearChoice: 'Years to use',
  keepYear: (year) => `Only ${year}`,
  allYears: 'All years together',
  eachYear: 'Each year apart',
  filterSection: 'Rows to keep',
  filterHelp: 'Untick the values whose rows should be left out (for example keep only type = chronic).',
  filterSummary: (column, kept, of) => (kept === of ? `${column}: all ${int(of)} values` : `${column}: ${int(kept)} of ${int(of)} values kept`),
  rows: (n) => plural(n, 'row', 'rows'),
  aggregateSection: 'Rows left for one municipio',
  aggregates: {
    sum: 'Sum',
    mean: 'Mean (unweighted)',
    max: 'Maximum',
    latest: 'Latest year with a value (its year shown)',
  },
  latestNeedsYear: '"Latest" needs a year column.',
  pivotSection: 'One indicator per value of',
  pivotNone: 'None',
  pivotHelp: 'For example one indicator per type or per sex.',
  valuesSection: 'Values to combine',
  noValues: 'The file has no number column to combine.',
  previewSection: 'Preview',
  previewSummary: (rowsIn, kept, out) => `${plural(rowsIn, 'row', 'rows')} read, ${int(kept)} kept → ${plural(out, 'row', 'rows')}, one per municipio`,
  combined: (cells) => `${plural(cells, 'value', 'values')} combined from several rows.`,
  ties: (cells) => `${plural(cells, 'value has', 'values have')} several rows in its latest year: the last row was kept. Filter or pivot the other breakdowns first.`,
  emptyKeys: (rows) => `${plural(rows, 'row', 'rows')} without a municipio left out.`,
  noYearRows: (rows) => `${plural(rows, 'row', 'rows')} without a year left out.`,
  previewMore: (rows, columns) => `First rows shown of ${plural(rows, 'row', 'rows')} and ${plural(columns, 'column', 'columns')}.`,
  skip: 'Keep the rows as they are',
  next: 'Continue to the columns',
};
