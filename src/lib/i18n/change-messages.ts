/**
 * Texts of the change map (a yearly indicator's change between two years: its control, legend
 * and tooltip) and of hotspots over time (a year, or the change between two years, as the
 * hotspot variable: GeoDa's differential local Moran).
 */
export interface ChangeMessages {
  /** The indicator view's choice: one year, or the change between two years. */
  showTitle: string;
  showYear: string;
  showChange: string;
  /** Shown instead of the choice for an indicator without several years. */
  onlyYearly: string;
  /** While the yearly values are read. */
  readingYears: string;
  first: string;
  second: string;
  modeTitle: string;
  modes: { absolute: string; percent: string };
  classesTitle: string;
  /** Legend title's line: "Change 2014 → 2023". */
  title: (first: string, second: string) => string;
  /** The unit of a percent change. */
  percentUnit: string;
  /** Which end is worse, by the indicator's direction (+1 higher = more need, −1 less need, 0 neither). */
  direction: (direction: 1 | -1 | 0) => string;
  /** How the classes are drawn. */
  classesNote: string;
  /** When the end classes were opened out to a few extreme changes. */
  /** Under the legend when the change is classed within each country. */
  perCountryNote: string;
  openEndsNote: string;
  /** Legend rows of the units without a change (years are given as text: a year is a label, not a quantity). */
  noFirst: (year: string) => string;
  noSecond: (year: string) => string;
  noData: string;
  zeroBase: (year: string) => string;
  /** The label of the change table's export menu. */
  exportLabel: string;
  /** Tooltip: the change, and a year's value. */
  change: string;
  valueIn: (year: string) => string;
  /** Hotspots: the variable's period. */
  hotspotPeriod: string;
  hotspotYear: string;
  hotspotChange: string;
  hotspotReference: string;
  /** Help on the differential local Moran. */
  differentialHelp: string;
  /** Hotspot variable dressed for the map, tooltip and exports: "… — change 2014 → 2023" / "… — 2018". */
  changeLabel: (label: string, first: string, second: string, mode: 'absolute' | 'percent') => string;
  yearLabel: (label: string, year: string) => string;
}
