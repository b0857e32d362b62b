/** Interface languages. Catalog labels come bilingual from `catalog.json`. */
export type Lang = 'en' | 'es';

/** Every piece of interface text, in one language. */
export interface Messages {
  /** BCP 47 tag for number formatting and `<html lang>`. */
  locale: string;
  appTagline: string;
  languageToggle: string;
  languageToggleLabel: string;
  /** The sensitivity panel and its rank-interval chart (SensitivityPanel.svelte, RankIntervalChart.svelte). */
  sensitivity: {
    title: string;
    intro: string;
    /** What each draw varies: weights ±`jitterPct`%, and the methods when drawn. */
    varied: (jitterPct: string, normalisation: boolean, treatment: boolean) => string;
    settings: (draws: string, seed: string) => string;
    scopeRegion: string;
    scopeCountry: string;
    run: string;
    runAgain: string;
    cancel: string;
    running: string;
    progressLabel: string;
    cancelled: string;
    failed: (reason: string) => string;
    waiting: string;
    summary: (robust: number, listed: number, topN: number, thresholdPct: string) => string;
    chartTitle: (topN: number) => string;
    chartLabel: (topN: number) => string;
    axis: string;
    legendInterval: string;
    legendMedian: string;
    legendRobust: string;
    legendCurrent: string;
    /** Tooltip of a row: name, median rank, 5th and 95th percentile rank, probability in the top N (%). */
    row: (name: string, median: string, p05: string, p95: string, prob: string, topN: number) => string;
  };
  about: string;
  close: string;
  loadingMap: string;
  loadingEngine: string;
  engineReady: string;
  engineFailed: (reason: string) => string;
  loadFailed: (reason: string) => string;
  indicator: string;
  indicatorHelp: string;
  /** Keyed like `Pillar` in the data schema (i18n imports nothing). */
  pillars: Record<'migration' | 'I' | 'II' | 'III' | 'IV' | 'V' | 'context', string>;
  countries: Record<'GT' | 'HN' | 'SV', string>;
  definition: string;
  covers: string;
  levelMunicipio: string;
  levelDepartment: string;
  departmentShort: string;
  departmentFigure: string;
  classification: string;
  method: string;
  methods: { quantile: string; jenks: string; equal: string };
  classes: string;
  legend: string;
  noData: string;
  unitsCount: (n: number) => string;
  departmentNote: string;
  singleCountryNote: (country: string) => string;
  crossBorderNote: string;
  source: string;
  year: string;
  zoomTo: string;
  zoomAll: string;
  zoomLabel: (place: string) => string;
  mapLabel: string;
  profile: string;
  profileHint: string;
  profileLoading: string;
  profileFailed: (reason: string) => string;
  rankOf: (rank: number, n: number) => string;
  rankHelp: string;
  value: string;
  rank: string;
  department: string;
  closeProfile: string;
  showOnMap: string;
  aboutTitle: string;
  aboutIntro: string;
  aboutComparability: string;
  citation: string;
  repository: string;
  commit: string;
  licence: string;
  path: string;
  buildVersion: string;
  /** The ranking table and the top-N outline on the map (RankingTable.svelte, MapView.svelte). */
  rankingTable: {
    caption: string;
    rank: string;
    rankRegion: string;
    rankCountry: string;
    rankRegionHelp: string;
    rankCountryHelp: string;
    name: string;
    department: string;
    country: string;
    score: string;
    scoreHelp: string;
    contributions: string;
    contributionsHelp: string;
    coverage: string;
    coverageSub: string;
    coverageHelp: string;
    medianRank: string;
    medianRankHelp: string;
    interval: string;
    intervalHelp: string;
    probTopN: (n: number) => string;
    probTopNHelp: (n: number) => string;
    robust: string;
    robustHelp: (n: number) => string;
    insufficient: string;
    insufficientHelp: (coverage: string) => string;
    topNRow: (n: number) => string;
    topNLegend: (n: number) => string;
    /** The top N counted in each country. */
    topNCountryLegend: (n: number) => string;
    filterCountry: string;
    allCountries: string;
    filterDepartment: string;
    allDepartments: string;
    search: string;
    searchPlaceholder: string;
    clearFilters: string;
    shown: (k: number, n: number) => string;
    noMatch: string;
    noResult: string;
    showMore: (k: number) => string;
    showAll: (n: number) => string;
    ascending: string;
    descending: string;
  };
  noManifest: string;
  rankingPlaceholder: string;
  /** The index builder (weights, indicators, method, spec files). */
  builder: BuilderMessages;
}

/** Texts of the index builder. */
export interface BuilderMessages {
  tabIndicator: string;
  tabIndex: string;
  viewsLabel: string;
  title: string;
  intro: string;
  waiting: string;
  scored: (scored: number, total: number) => string;
  /** `list`: countries with their counts of municipios without score, e.g. `Honduras 262, El Salvador 44`. */
  insufficientBy: (list: string) => string;
  weights: string;
  weightsHelp: string;
  lock: (group: string) => string;
  weightOf: (group: string) => string;
  groupOff: string;
  preset: string;
  presets: { default: string; 'migration-focused': string; 'equal-pillars': string; 'root-causes-only': string };
  reset: string;
  indicators: string;
  indicatorsHelp: string;
  moreNeed: string;
  lessNeed: string;
  moreNeedTitle: string;
  lessNeedTitle: string;
  method: string;
  treatment: string;
  treatments: { none: string; log: string; coinr: string };
  treatmentHelp: string;
  normalisation: string;
  normalisations: { minmax: string; zscore: string; rank: string };
  normalisationHelp: string;
  scope: string;
  scopes: { country: string; region: string };
  scopeHelp: string;
  aggregation: string;
  aggregations: { arithmetic: string; geometric: string };
  aggregationHelp: string;
  minCoverage: string;
  minCoverageHelp: string;
  topN: string;
  topNHelp: string;
  topNScopeLabel: string;
  topNScopes: { country: string; region: string };
  explain: string;
  files: string;
  filesHelp: string;
  exportCsv: string;
  exportSpec: string;
  importSpec: string;
  importHelp: string;
  imported: (name: string) => string;
  importFailed: (reason: string) => string;
  editFailed: (reason: string) => string;
  dismiss: string;
}
