/**
 * Texts of the one-page municipio brief and the booklet of briefs (printed from the browser).
 * Numbers and years arrive formatted, as text.
 */
export interface BriefMessages {
  /** The preview's title, for one brief or a booklet of `n`. */
  previewTitle: (n: number) => string;
  paper: string;
  print: string;
  close: string;
  /** While the investments are placed for the brief. */
  preparing: string;
  /** The page's kicker. */
  kicker: string;
  /** Department and country under the name. */
  place: (department: string, country: string) => string;
  insetLabel: (name: string, country: string) => string;
  scoreTitle: string;
  /** The index score on its scale, and the spec it comes from. */
  score: (score: string, spec: string, year: string) => string;
  rank: (rank: string, of: string, country: string) => string;
  noScore: string;
  /** The 5–95 % rank interval of the uncertainty analysis. */
  interval: (p05: string, p95: string, scope: 'region' | 'country', draws: string, seed: string) => string;
  noInterval: string;
  groupsTitle: string;
  /** `zeroToHundred`: min–max 0–100 within each country (else the scale depends on the normalisation). */
  groupsNote: (country: string, zeroToHundred: boolean) => string;
  weight: string;
  municipio: string;
  countryMedian: string;
  upTitle: string;
  downTitle: string;
  /** How the indicator places the municipio in its country. */
  needShare: (pct: string, country: string) => string;
  departmentFigure: string;
  noDrivers: string;
  restsTitle: string;
  rests: (municipio: string, department: string, missing: string) => string;
  investTitle: string;
  /** Activities and donors counted, the money ('' when no amount is given) and the years ('' when unknown). */
  invest: (activities: number, donors: number, amount: string, years: string) => string;
  investNone: string;
  investNoAmount: string;
  investNotSourced: (country: string) => string;
  investFiltered: string;
  investUnavailable: string;
  hotspotTitle: string;
  hotspot: (cls: string, variable: string, statistic: string, alpha: string, permutations: string, seed: string) => string;
  hotspotNotRun: string;
  sourcesTitle: string;
  /** The footer: when and how the page was made. */
  made: (date: string) => string;
  withinCountry: string;
}

/** The buttons that open the briefs (in the app's first texts: the brief's own load with it). */
export interface BriefButtonMessages {
  /** The profile's button that opens the brief of the selected municipio. */
  open: string;
  /** The ranking's button that opens the booklet of the priority list's `n` municipios. */
  openBooklet: (n: string) => string;
}
