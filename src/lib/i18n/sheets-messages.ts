/**
 * Texts of the Excel exports: the priority list's column headers in the
 * interface language (the CSV keeps its stable machine codes), the readable Method sheet (method,
 * indicators, weights, evidence table) and the Sources sheet.
 */
export interface SheetsMessages {
  /** Sheet names: the table, the method, the sources. */
  sheetData: string;
  sheetMethod: string;
  sheetSources: string;
  /** The "yes" and "no" a flag column shows (the cell keeps 1 or 0). */
  yes: string;
  no: string;
  // Priority list columns.
  rankCountry: string;
  rankRegion: string;
  inTopN: (n: number, scope: 'region' | 'country') => string;
  unitId: string;
  name: string;
  department: string;
  country: string;
  score: string;
  /** The severity class column (1–5 beside the score). */
  severity: string;
  /**
   * The severity rule of fixed cut-offs `c1`…`c4` (percent of the range) on the `lo`–`hi` score;
   * `withinCountry`: scores normalised within each country.
   */
  severityFixed: (lo: number, hi: number, c1: number, c2: number, c3: number, c4: number, withinCountry: boolean) => string;
  /** The severity rule of natural breaks within country. */
  severityBreaks: string;
  groupScore: (label: string) => string;
  weightShare: string;
  shareMunicipio: string;
  shareDepartment: string;
  shareMissing: string;
  pillarsUsed: string;
  medianRank: string;
  rankP05: string;
  rankP95: string;
  probTopN: (n: number) => string;
  robust: string;
  /** The index of a year: its column, the compared year, the rank change (+ = up, towards rank 1), each yearly indicator's year. */
  year: string;
  compareYear: string;
  /** Years as text: identifiers, never grouped like a quantity. */
  rankChangeRegion: (from: string) => string;
  rankChangeCountry: (from: string) => string;
  valueYears: string;
  /** The index's score in a panel year (the ranking's trend), the year as text. */
  scoreIn: (year: string) => string;
  // Method sheet.
  methodTitle: string;
  /** Title of the method's own block (the index: normalisation, treatment, rules). */
  methodSection: string;
  app: string;
  date: string;
  dataBuild: string;
  indexName: string;
  normalisation: string;
  normMethods: { minmax: (lo: number, hi: number) => string; zscore: string; rank: string };
  normScope: { country: string; region: string };
  treatment: string;
  treatments: Record<string, string>;
  treatmentRule: (winmax: number, skew: number, kurtosis: number) => string;
  aggregation: string;
  aggregations: { arithmetic: string; geometric: string };
  missingRule: string;
  missingRuleText: (minSharePct: number) => string;
  pillarRule: string;
  pillarRules: { available: string; strict: string };
  topN: string;
  topNText: (n: number, scope: 'region' | 'country') => string;
  ranks: string;
  ranksText: (scope: 'region' | 'country') => string;
  sensitivity: string;
  /** `seed` as text: an identifier, never grouped like a quantity. */
  sensitivityText: (draws: number, jitterPct: number, seed: string) => string;
  sensitivityNotRun: (seed: string) => string;
  settingsTitle: string;
  groupsTitle: string;
  group: string;
  weight: string;
  indicatorsTitle: string;
  indicator: string;
  indicatorId: string;
  weightInGroup: string;
  weightInIndex: string;
  direction: string;
  directionMore: string;
  directionLess: string;
  unit: string;
  indicatorTreatment: string;
  /** Method rows of the index of a year. */
  indexYear: string;
  indexYearText: (year: string, years: string) => string;
  sensitivityNotForYear: string;
  /** The indicators block's column: the year each indicator's values come from. */
  valueYear: string;
  /** A yearly indicator without a value yet in the year of the index. */
  noValueYet: string;
  /** An indicator without years: its single value in every year. */
  singleValue: (year: string) => string;
  // Sources sheet.
  sourceId: string;
  sourceTitle: string;
  citation: string;
  repository: string;
  commit: string;
  path: string;
  licence: string;
}
