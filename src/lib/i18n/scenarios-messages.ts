/**
 * Texts of the scenarios: saving named index specs, comparing two to four of them (who enters and
 * leaves each country's top N, ranks and scores against a base, a scatter, two maps side by side)
 * and the comparison workbook's sheets.
 */
export interface ScenariosMessages {
  title: string;
  help: string;
  nameLabel: string;
  /** The name offered for the first scenario saved while the index is the default one. */
  defaultName: string;
  save: string;
  saved: (name: string) => string;
  /** Eight scenarios are kept at most. */
  full: string;
  emptyName: string;
  /** The current index, always a scenario. */
  current: string;
  compareOne: (name: string) => string;
  remove: (name: string) => string;
  open: string;
  /** Fewer than two scenarios ticked. */
  pickTwo: string;
  dialogTitle: string;
  close: string;
  base: string;
  topN: string;
  /** Ranks within country; scores never compared across countries. */
  withinCountry: string;
  shiftsTitle: (n: number) => string;
  against: (name: string, base: string) => string;
  enters: string;
  leaves: string;
  none: string;
  /** "#12 → #6": rank in the base, then in the scenario. */
  rankMove: (from: string, to: string) => string;
  tableTitle: string;
  tableHelp: string;
  country: string;
  municipio: string;
  rankIn: (name: string) => string;
  scoreIn: (name: string) => string;
  change: string;
  scatterTitle: string;
  scatterHelp: string;
  across: string;
  up: string;
  measure: string;
  measureScore: string;
  measureRank: string;
  mapsTitle: string;
  mapsHelp: string;
  showMaps: string;
  left: string;
  right: string;
  exportWorkbook: string;
  error: (message: string) => string;
  /** The workbook's sheets and columns. */
  sheets: {
    comparison: string;
    shifts: (n: number) => string;
    scenario: string;
    isBase: string;
    enters: string;
    leaves: string;
    changeKind: string;
    rankBase: string;
    rankScenario: string;
    scoreBase: string;
    scoreScenario: string;
    topNOf: (name: string, n: number) => string;
    scoreChange: (name: string) => string;
    rankChange: (name: string) => string;
    methodTitle: string;
    methodNote: (n: number) => string;
    weights: string;
    specName: string;
  };
}
