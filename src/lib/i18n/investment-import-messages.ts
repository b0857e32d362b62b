/**
 * Texts of an investment import: the mapping dialog's precision, project-split and country
 * choices, and the report's money summary (money in, and where each dollar can go by precision).
 * Amounts are passed formatted; names from the file are shown as text, never as HTML.
 */
export interface InvestmentImportMessages {
  precisionHelp: string;
  /** The split checkbox. */
  split: string;
  /** The rule, with what the file shows: projects repeating one amount and their location rows. */
  splitRule: (projects: number, rows: number) => string;
  splitNone: string;
  splitNeedsId: string;
  /** While a large file's columns are still read (the mapping dialog already shown). */
  splitLooking: string;
  /** Projects whose rows give different amounts (kept as each row's own). */
  differing: (projects: number) => string;
  /** The country of rows placed by no key (rows without coordinates, or where the points are not enough). */
  country: string;
  countryFromPoints: string;
  countryColumn: (column: string) => string;
  countryHelp: string;
  /** The report. */
  title: string;
  /** `usd`: the amount formatted with its currency. */
  moneyIn: (usd: string, rows: number, unit: string) => string;
  rowsNoAmount: (rows: number) => string;
  groups: { unit: string; point: string; department: string; country: string; noPlace: string };
  splitDone: (projects: number, rows: number) => string;
  splitNotDone: (projects: number, rows: number) => string;
  conserved: string;
}
