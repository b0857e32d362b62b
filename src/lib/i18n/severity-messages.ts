/**
 * Texts of the severity classes 1–5 beside the index score (analysis/severity-classes.ts): the
 * builder's rule picker, the rule stated in words (builder, map legend, profile, brief, Method
 * sheet), the ranking's Severity column and the map's severity view. Names start with `sev` so
 * that they never meet another table's (tests/i18n/locale-numbers.test.ts reads them by name).
 */
export interface SeverityMessages {
  /** The builder's fieldset legend. */
  sevTitle: string;
  /** The two rules as the picker names them. */
  sevRules: { fixed: string; breaks: string };
  /** The label over the four cut-off inputs. */
  sevCutsLabel: string;
  /** The accessible name of the input of the cut-off where class `c` starts. */
  sevCutFrom: (c: number) => string;
  /** The cut-offs typed are not four ascending numbers between 0 and 100. */
  sevCutsInvalid: string;
  /** Button: back to 20, 40, 60, 80. */
  sevCutsReset: string;
  /**
   * The fixed rule in words: cut-offs `c1`…`c4` (percent of the range) on the `lo`–`hi` score;
   * `withinCountry`: the scores were normalised within each country.
   */
  sevStateFixed: (lo: number, hi: number, c1: number, c2: number, c3: number, c4: number, withinCountry: boolean) => string;
  /** The natural-breaks rule in words. */
  sevStateBreaks: string;
  /** Fixed cut-offs asked for on z-scores: natural breaks are used instead. */
  sevZscore: string;
  /** The ranking column's header, its sub-header and its help. */
  sevColumn: string;
  sevColumnSub: string;
  sevColumnHelp: string;
  /** The column's header where it is narrow (a one-digit badge): a short name and sub-header; the full name is its accessible name. */
  sevColumnShort: string;
  sevColumnShortSub: string;
  /** A class in words, for a badge's accessible name: "Severity 3 of 5". */
  sevClassOf: (c: number) => string;
  /** A unit without score has no class. */
  sevNone: string;
  /** The map's scale choice (legend radio). */
  sevScale: string;
  /** A legend row: class `c`, with "most" / "least severe" at the ends. */
  sevLegendRow: (c: number) => string;
  /** The map legend's note on the within-country basis. */
  sevMapNote: string;
  /** The profile's and brief's line label. */
  sevLabel: string;
}
