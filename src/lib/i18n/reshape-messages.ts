/**
 * Texts of the reshape step (ReshapeDialog): a file with several rows per municipio made one row
 * per municipio before the mapping. Names and values from the file are passed in as plain text.
 */
export interface ReshapeMessages {
  title: (file: string) => string;
  help: (rows: number, units: number) => string;
  keySection: string;
  keyColumn: string;
  deptColumn: string;
  yearSection: string;
  yearColumn: string;
  noYearColumn: string;
  yearChoice: string;
  /** A year as written (years are not formatted as numbers: 2023, never 2,023). */
  keepYear: (year: string) => string;
  allYears: string;
  eachYear: string;
  filterSection: string;
  filterHelp: string;
  /** `cause: 2 of 9 values kept` */
  filterSummary: (column: string, kept: number, of: number) => string;
  rows: (n: number) => string;
  aggregateSection: string;
  aggregates: { sum: string; mean: string; max: string; latest: string };
  latestNeedsYear: string;
  pivotSection: string;
  pivotNone: string;
  pivotHelp: string;
  valuesSection: string;
  noValues: string;
  previewSection: string;
  /** `50,714 rows read, 1,020 kept → 44 rows, one per municipio` */
  previewSummary: (rowsIn: number, kept: number, out: number) => string;
  combined: (cells: number) => string;
  ties: (cells: number) => string;
  emptyKeys: (rows: number) => string;
  noYearRows: (rows: number) => string;
  previewMore: (rows: number, columns: number) => string;
  skip: string;
  next: string;
}
