/** Interface languages. Catalog labels come bilingual from `catalog.json`. */
export type Lang = 'en' | 'es';

/** Every piece of interface text, in one language. */
export interface Messages {
  /** BCP 47 tag for number formatting and `<html lang>`. */
  locale: string;
  appTagline: string;
  languageToggle: string;
  languageToggleLabel: string;
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
  noManifest: string;
  rankingPlaceholder: string;
}
