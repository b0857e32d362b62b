/**
 * Texts of what the index scores rest on: the missing-pillar rule in the
 * builder, the pillar × country table, the label of the score ("re-scaled within country: …"), the
 * note beside the map when a country is unscored, the "rests on" column of the ranking and the
 * profile's evidence line.
 */
export interface ScoreBasisMessages {
  ruleLegend: string;
  ruleHelp: string;
  ruleAvailable: string;
  ruleAvailableHelp: string;
  ruleStrict: string;
  ruleStrictHelp: string;
  tableTitle: string;
  tableCaption: string;
  pillar: string;
  levels: { municipio: string; department: string; mixed: string; none: string };
  /** The same, short, for the table's cells (the full word is the cell's title). */
  levelsShort: { municipio: string; department: string; mixed: string; none: string };
  /** A pillar that weighs 0 in the index (e.g. migration in "Root causes only"). */
  notWeighted: string;
  /** The word for the migration-pressure group in pillar lists. */
  migration: string;
  /** A country whose scores use no pillar. */
  countryNothing: (country: string) => string;
  /** The score label under `available`: the parts joined by "; ". */
  labelAvailable: (parts: string) => string;
  /** The score label under `strict`. */
  labelStrict: (parts: string) => string;
  /** The count line: scored of all units. */
  scored: (scored: number, units: number) => string;
  /** Continued when some are unscored: "342 unscored: HN, SV lack pillars I–III + V". */
  unscored: (unscored: number, reasons: string) => string;
  /** A country whose units are unscored because it lacks pillars: code and the pillars. */
  lacksPillars: (country: string, pillars: string) => string;
  /** A country whose units are unscored for missing values. */
  lacksData: (country: string, unscored: number) => string;
  /** The note beside the map when a country is wholly unscored under `strict`. */
  noteStrict: (countries: string, pillars: string, bestPct: number, thresholdPct: number) => string;
  /** What to do about it. */
  noteFix: string;
  noteTitle: string;
  /** Ranking column: header, sub-header and help. */
  restsOn: string;
  restsOnSub: string;
  restsOnHelp: string;
  /** A row's bar title: shares in % at municipio and department level, missing. */
  restsOnRow: (municipioPct: number, departmentPct: number, missingPct: number) => string;
  /** The profile's evidence block. */
  profileTitle: string;
  profileShares: (municipioPct: number, departmentPct: number, missingPct: number) => string;
  profileLeftOut: (country: string, pillars: string) => string;
  profileMissing: (country: string, pillars: string) => string;
  profileNoScore: string;
}
