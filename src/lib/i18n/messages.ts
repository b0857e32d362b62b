import type { ImportsMessages } from './imports-messages.ts';
import type { InvestmentDataMessages } from './investment-data-messages.ts';
import type { MoneyYearsMessages } from './money-years-messages.ts';
import type { SkewTreatmentMessages } from './skew-treatment-messages.ts';
import type { JoinCausesMessages } from './join-causes-messages.ts';
import type { CodeNameMessages } from './code-name-messages.ts';
import type { InvestmentImportMessages } from './investment-import-messages.ts';
import type { ReshapeMessages } from './reshape-messages.ts';
import type { CombineMessages } from './combine-messages.ts';
import type { BoundaryNotesMessages } from './boundary-notes-messages.ts';
import type { ImportErrorsMessages } from './import-errors-messages.ts';
import type { ExportsMessages } from './exports-messages.ts';
import type { OfflineMessages } from './offline-messages.ts';
import type { LinksMessages } from './links-messages.ts';
import type { ScenariosMessages } from './scenarios-messages.ts';
import type { UnitListsMessages } from './unit-lists-messages.ts';
import type { KeepMessages } from './keep-messages.ts';
import type { BriefButtonMessages } from './brief-messages.ts';
import type { MapMessages } from './map-messages.ts';
import type { YearsMessages } from './years-messages.ts';
import type { ChangeMessages } from './change-messages.ts';
import type { SheetsMessages } from './sheets-messages.ts';
import type { EvidenceMessages } from './evidence-messages.ts';
import type { ScoreBasisMessages } from './score-basis-messages.ts';
import type { SeverityMessages } from './severity-messages.ts';
import type { DiagnosticsMessages } from './diagnostics-messages.ts';
import type { StatisticsMessages } from './statistics-messages.ts';

/** Interface languages. Catalog labels come bilingual from `catalog.json`. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

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
  /** Shown in the map's place when the browser cannot draw it (no WebGL). */
  mapUnavailable: string;
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
    /** The column chooser: its title, how many columns are hidden, and the button back to the fit to width. */
    columns: string;
    columnsHidden: (n: number) => string;
    columnsFit: string;
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
    /** Read out after a multi-selected row's name. */
    pickedRow: string;
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
    /** The index of a year: the rank change column and the caption above the table (years as text: identifiers, never grouped). */
    rankChange: string;
    rankChangeSub: (year: string) => string;
    rankChangeHelp: (year: string) => string;
    yearCaption: (year: string, years: string) => string;
    /** The trend column: each unit's score in each panel year (years as text). */
    trend: string;
    trendSub: (first: string, last: string) => string;
    trendHelp: (years: string) => string;
    /** Header tooltip when the index has no years (the column is empty). */
    trendNoYears: string;
    /** A row of a country without an indicator by year (its score is the same in every year). */
    trendNone: (country: string) => string;
    /** The sparkline's summary for screen readers: "2013: 41.2; 2016: …". */
    trendLabel: (parts: string) => string;
  };
  noManifest: string;
  rankingPlaceholder: string;
  /** The index builder (weights, indicators, method, spec files). */
  builder: BuilderMessages;
  /** The hotspot view (HotspotPanel, HotspotLegend, HotspotSummary, MoranScatter). */
  hotspots: HotspotMessages;
  /** The investments view (InvestmentPanel, CoverageBalance, legends, ConcentrationChart, underserved list). */
  investments: InvestmentMessages;
  /** The "Your data" view (imports, mapping, matching report, workspace). */
  imports: ImportsMessages;
  /** Why an imported file was refused, one sentence per ImportErrorCode (import-errors-*.ts). */
  importErrors: ImportErrorsMessages;
  /** Investments view: countries without investment data, data age, lines of effort, commitments (investment-data-*.ts). */
  investmentData: InvestmentDataMessages;
  /** Investments view: money by year, a municipio's timeline, the before/after (money-years-*.ts). */
  moneyYears: MoneyYearsMessages;
  /** Excel, GeoJSON and PNG exports. */
  exports: ExportsMessages;
  /** COINr log_CT_plus methods and the per-indicator treatment select (skew-treatment-*.ts). */
  skewTreatment: SkewTreatmentMessages;
  /** The import's check of codes against names in the matching report (code-name-*.ts). */
  codeName: CodeNameMessages;
  investmentImport: InvestmentImportMessages;
  joinCauses: JoinCausesMessages;
  reshape: ReshapeMessages;
  combine: CombineMessages;
  /** A boundary file's shapefile choice, repaired polygons and units keeping their shapes (boundary-notes-*.ts). */
  boundaryNotes: BoundaryNotesMessages;
  /** The offline status in the header (badge, offline-ready note, new-version notice). */
  offline: OfflineMessages;
  /** Links to a view, project files (save, open) and why a link or file was refused. */
  links: LinksMessages;
  /** Scenarios: saved index specs compared (scenarios-*.ts). */
  scenarios: ScenariosMessages;
  /** Named lists of municipios (unit-lists-*.ts). */
  unitLists: UnitListsMessages;
  /** Keeping the workspace: persistent storage, a stored workspace kept aside, replacing it by a project. */
  keep: KeepMessages;
  /** The buttons that open the municipio briefs (the briefs' own texts load with them: brief-*.ts). */
  briefButtons: BriefButtonMessages;
  /** The map: caption, colour scale, per-country legends, picker grouping (map-*.ts). */
  map: MapMessages;
  /** The year of a yearly indicator on the map: year control, legend notes, values by year (years-*.ts). */
  years: YearsMessages;
  /** The change map and hotspots over time (change-*.ts). */
  change: ChangeMessages;
  /** The Excel exports' headers, Method and Sources sheets (sheets-*.ts). */
  sheets: SheetsMessages;
  /** The evidence table: indicator × country, level, year, source (evidence-*.ts). */
  evidence: EvidenceMessages;
  /** What the index scores rest on: the missing-pillar rule, pillar × country table, score label (score-basis-*.ts). */
  scoreBasis: ScoreBasisMessages;
  /** The severity classes 1–5: rule picker, the rule in words, ranking column, map view (severity-*.ts). */
  severity: SeverityMessages;
  /** Indicator diagnostics in the builder and the variance-based sensitivity (diagnostics-*.ts). */
  diagnostics: DiagnosticsMessages;
  /** The hotspot statistics: names, help, cluster classes (statistics-*.ts, keyed like the analysis registry). */
  statistics: StatisticsMessages;
}

/** Texts of the index builder. */
export interface BuilderMessages {
  /** The year of the index (IndexYearChoice.svelte). */
  year: {
    title: string;
    label: string;
    reference: string;
    compare: string;
    compareNone: string;
    help: (years: string) => string;
    yearly: (indicators: string) => string;
    unchanged: (countries: string) => string;
    noSensitivity: string;
  };
  tabIndicator: string;
  tabIndex: string;
  viewsLabel: string;
  title: string;
  intro: string;
  waiting: string;
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
  exportSpec: string;
  importSpec: string;
  importHelp: string;
  imported: (name: string) => string;
  importFailed: (reason: string) => string;
  editFailed: (reason: string) => string;
  dismiss: string;
}

/** Texts of the hotspot view. */
export interface HotspotMessages {
  tab: string;
  title: string;
  intro: string;
  explain: string;
  variable: string;
  variableHelp: string;
  indexGroup: string;
  /** `countries`: e.g. `Honduras, Guatemala`. */
  departmentNote: (countries: string) => string;
  statistic: string;
  contiguity: string;
  contiguities: { queen: string; rook: string };
  contiguityHelp: string;
  snap: string;
  snapHelp: string;
  permutations: string;
  permutationsHelp: string;
  alpha: string;
  alphaHelp: string;
  correction: string;
  corrections: { fdr: string; bonferroni: string; none: string };
  correctionHelp: string;
  seed: string;
  seedHelp: string;
  run: string;
  runAgain: string;
  cancel: string;
  progressLabel: string;
  phaseWeights: string;
  phasePermutations: string;
  cancelled: string;
  failed: (reason: string) => string;
  waiting: string;
  stale: string;
  mapShows: string;
  mapModes: { cluster: string; significance: string };
  clusterTitle: (statistic: string) => string;
  significanceTitle: string;
  pClass: (cutoff: string) => string;
  significanceHelp: string;
  legendTotal: (n: number) => string;
  summaryTitle: string;
  globalMoran: (I: string, p: string) => string;
  globalMoranHelp: string;
  threshold: (threshold: string, alpha: string, correction: string) => string;
  tested: (tested: number, total: number) => string;
  weightsSummary: (min: string, mean: string, max: string) => string;
  islands: (names: string) => string;
  noIslands: string;
  computedIn: (ms: string) => string;
  neighboursKey: (name: string, k: number) => string;
  brushedKey: (k: number) => string;
  clearBrush: string;
  scatterTitle: string;
  scatterLabel: string;
  scatterHelp: string;
  axisX: string;
  axisY: string;
  slope: (I: string) => string;
  slopeFit: (b: string) => string;
  exportHelp: string;
}

/** Texts of the investments view. */
export interface InvestmentMessages {
  tab: string;
  title: string;
  intro: string;
  loading: string;
  filters: string;
  donor: string;
  allDonors: string;
  /** `spellings`: the data's names joined, e.g. `"USAID", "United States Agency …"`. */
  aliasNote: (name: string, spellings: string) => string;
  sector: string;
  allSectors: string;
  pillar: string;
  allPillars: string;
  pillarNames: Record<'I' | 'II' | 'III' | 'IV' | 'V' | 'other', string>;
  years: string;
  allYears: string;
  yearsFrom: string;
  yearsTo: string;
  noYearDropped: (rows: number) => string;
  spread: string;
  points: string;
  pointsKey: (n: number, largest: string) => string;
  spreadHelp: string;
  measure: string;
  measureAmount: string;
  measureActivities: string;
  mapMode: string;
  mapCoverage: string;
  mapBivariate: string;
  need: string;
  needIndex: string;
  needIndicator: (label: string) => string;
  needWaiting: string;
  recomputed: (ms: string, prepareMs: string, mainMs: string) => string;
  balanceTitle: string;
  balanceTotal: string;
  balancePlaced: string;
  balanceSpread: string;
  balanceDepartment: string;
  balanceNationwide: string;
  balanceOutside: string;
  balanceOther: string;
  balanceRows: (rows: number, withoutAmount: number) => string;
  /** Amounts already formatted with "USD". */
  balanceSentence: (unplaced: string, share: string, department: string, nationwide: string, outside: string, other: string) => string;
  balanceAllPlaced: string;
  balanceNoMoney: string;
  legendCoverageTitle: (measure: string) => string;
  legendNoCoverage: string;
  legendNotStated: string;
  legendNoNeed: string;
  legendBivariateTitle: string;
  legendNeedAxis: string;
  legendCoverageAxis: string;
  legendLow: string;
  legendMid: string;
  legendHigh: string;
  legendNone: string;
  legendHelp: string;
  chartTitle: string;
  chartLabel: string;
  chartX: string;
  chartY: (measure: string) => string;
  chartTop: string;
  /** One sentence; `pct` formatted, `n` units in the top N; `scopeCountry` when the top N is per country. */
  sentence: (pct: string, n: number, money: boolean, perCountry: number | null) => string;
  sentenceNothing: (money: boolean) => string;
  sentenceNoIndex: string;
  underservedTitle: string;
  underservedHelp: string;
  threshold: string;
  thresholdNone: string;
  thresholdAtMost: (k: number) => string;
  underservedCount: (n: number) => string;
  underservedNone: string;
  underservedKey: (n: number) => string;
  colName: string;
  colCountry: string;
  colNeed: string;
  colWhy: string;
  colActivities: string;
  whyTop: string;
  whyHotspot: string;
  exportHelp: string;
  tooMany: (shown: number, n: number) => string;
}
