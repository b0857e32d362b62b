/**
 * How a long file (several rows per municipio: by year, by type, by sex …) becomes one row per
 * municipio before the mapping: which columns name the municipio, which rows are kept, how the
 * rows left for one municipio are combined, and which category becomes one indicator per value.
 * Plain JSON: kept with the mapping in the workspace, so every imported value says how it was made.
 */

/** How the rows left for one municipio (and pivot value) are combined, per value column. */
export type ReshapeAggregate = 'sum' | 'mean' | 'max' | 'latest';

export const RESHAPE_AGGREGATES: readonly ReshapeAggregate[] = ['sum', 'mean', 'max', 'latest'];

/** Rows kept: those whose cell in `column` is one of `values` (cells compared as text, trimmed). */
export interface ReshapeFilter {
  column: string;
  values: string[];
}

export interface ReshapeSpec {
  /** The columns that name a municipio (its code or name, and its department or country): one row out per distinct combination. */
  keys: string[];
  /** The column holding each row's year (whole numbers such as 2019). */
  yearColumn?: string;
  /** Keep only the rows of this year (needs `yearColumn`). */
  year?: number;
  /**
   * Keep the years apart (needs `yearColumn`; not with `year` or `latest`): each value column (× pivot
   * category) becomes a series of one column per year, `<value> <year>`, imported as one yearly indicator.
   */
  byYear?: boolean;
  filters: ReshapeFilter[];
  /** Sum, mean or max of the non-empty values; `latest`: the value of the latest year (needs `yearColumn`). */
  aggregate: ReshapeAggregate;
  /** A category column: one value column out per category (`emigrants work`, `emigrants study` …). */
  pivot?: string;
  /** The number columns combined (default: every number column not named above). */
  values?: string[];
}
