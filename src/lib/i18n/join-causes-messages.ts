/**
 * Texts of the matching report's groups by cause (data/join/report-causes.ts), each with its one
 * action. Column and municipio names come from the planner's file: shown as text, never as HTML.
 */
export interface JoinCausesMessages {
  /** The summary's second line: how many rows still need a decision (never "every row" while any does). */
  open: (rows: number) => string;
  allFound: string;
  title: string;
  /** Codes found in several countries. */
  country: (rows: number) => string;
  /** One action per country: the rows it resolves. */
  countryAction: (country: string, rows: number) => string;
  /** Rows that fit several municipios of one country. */
  several: (rows: number) => string;
  suggested: (rows: number) => string;
  acceptAll: (rows: number) => string;
  unmatched: (rows: number) => string;
  /** Another key column joins more rows. */
  better: (column: string, matched: number, rows: number) => string;
  useBetter: (column: string) => string;
  /** The heading of the ambiguous rows of a code join. */
  severalCodesTitle: string;
  /** A long list shows its first rows; this button shows them all. */
  showAll: (rows: number) => string;
  /** A layer's features lying in another country than the file's: left out of the join (features-elsewhere.ts). */
  featuresElsewhere: (features: number, lyingIn: string, fileCountry: string) => string;
  /** One of them: its row (as text), its code or name, its name. */
  featureElsewhereLine: (row: string, key: string, name: string) => string;
}
