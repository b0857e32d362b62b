/**
 * Texts of the "Your data" view: importing a planner's file, mapping its columns, the matching
 * report, the list of imported files and the reset (ImportPanel, ImportProgress, MappingDialog,
 * JoinReportView, WorkspaceImports). Names and cells from files are passed in as plain text.
 */
export interface ImportsMessages {
  tab: string;
  title: string;
  intro: string;
  dropTitle: string;
  dropHelp: string;
  dropBusy: string;
  /** Stages of reading a file (ImportProgress['stage']). */
  stages: Record<'read' | 'decode' | 'parse' | 'reproject' | 'join' | 'save', string>;
  progressLabel: (file: string) => string;
  cancel: string;
  cancelled: string;
  sheetTitle: string;
  sheetHelp: (file: string) => string;
  sheet: string;
  next: string;
  back: string;
  mappingTitle: (file: string) => string;
  readInfo: (rows: number, columns: number) => string;
  kind: string;
  kinds: { indicators: string; investments: string; boundaries: string };
  kindLayerOnly: string;
  keySection: string;
  keyColumn: string;
  keyBy: string;
  byCode: string;
  byName: string;
  deptColumn: string;
  none: string;
  country: string;
  countryAny: string;
  countryColumn: (column: string) => string;
  valuesSection: string;
  valuesHelp: string;
  /** A yearly value column (a long file's years kept apart): its years, as text. */
  seriesYears: (years: string, latest: string) => string;
  noNumberColumns: string;
  include: string;
  labelEn: string;
  labelEs: string;
  pillar: string;
  direction: string;
  directions: { up: string; down: string; neutral: string };
  unit: string;
  year: string;
  level: string;
  levels: { municipio: string; department: string };
  source: string;
  sourcePlaceholder: string;
  investmentSection: string;
  fields: {
    amount: string;
    donor: string;
    sector: string;
    title: string;
    activityId: string;
    startYear: string;
    endYear: string;
    lon: string;
    lat: string;
    precision: string;
  };
  /** The unit of the amount column: dollars, thousands or millions of dollars (`USD millions`, `monto (millones)`, `miles de USD`). */
  amountUnit: string;
  amountUnits: { usd: string; thousands: string; millions: string };
  match: string;
  matching: string;
  reportTitle: (file: string) => string;
  summary: (matched: number, rows: number) => string;
  /** Activity rows placed by their coordinates (no key to join). */
  byCoordinates: (rows: number) => string;
  counts: {
    matched: string;
    accepted: string;
    unmatched: string;
    duplicates: string;
    ambiguous: string;
    notUnits: string;
    emptyKeys: string;
    unitsWithout: string;
  };
  unmatchedTitle: string;
  unmatchedNone: string;
  row: (row: number) => string;
  /** A suggestion button: name, department, score (formatted). */
  accept: (name: string, dept: string, score: string) => string;
  noSuggestion: string;
  pickOther: string;
  searchUnits: string;
  searchNone: string;
  notUnit: string;
  undo: string;
  acceptedAs: (name: string, dept: string) => string;
  markedNotUnit: string;
  duplicatesTitle: string;
  duplicateRows: (unit: string, rows: string) => string;
  ambiguousTitle: string;
  notUnitsTitle: string;
  notUnitsHelp: string;
  apply: string;
  applying: string;
  applied: (file: string) => string;
  importsTitle: string;
  noImports: string;
  importedSummary: (kind: string, matched: number, rows: number) => string;
  openReport: string;
  remove: string;
  removeLabel: (file: string) => string;
  reset: string;
  resetConfirm: string;
  resetYes: string;
  resetNo: string;
  resetDone: string;
  /** Why the stored workspace was not restored at start. */
  storeProblems: { version: string; damaged: string; unavailable: string };
  /** Restoring the saved workspace failed (the reason follows). */
  restoreFailed: (reason: string) => string;
  /** Saving the workspace failed (the reason follows). */
  storeFailed: (reason: string) => string;
  close: string;
}
