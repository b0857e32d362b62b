/**
 * Texts of money over time in the investments view: the rule that puts a project's money in
 * years, a municipio's money by year beside its migration series, and the priority list's
 * before/after, which shows co-occurrence, not effect. Numbers and amounts come in formatted.
 */
/** The rules' codes (analysis/money-by-year.ts YEAR_RULES; i18n imports nothing). */
type YearRule = 'start' | 'end' | 'spread';

export interface MoneyYearsMessages {
  title: string;
  rule: string;
  /** Each rule in a few words, as the select offers it and the files name it. */
  rules: Record<YearRule, string>;
  ruleHelp: string;
  /** What counts: money placed in a municipio, the filter without its years. */
  scope: string;
  /** `first`–`last`: the years that received money under the rule; `money` allocated. */
  span: (first: string, last: string, money: string) => string;
  /** Rows (and their money) lacking the year(s) the rule needs. */
  lacking: (rows: string, money: string, rule: YearRule) => string;
  /** Rows (and their money) whose end year is before their start year. */
  malformed: (rows: string, money: string) => string;
  /** Rows with a usable period but no amount. */
  noAmount: (rows: string) => string;
  timelineTitle: (name: string) => string;
  timelinePick: string;
  /** The municipio's country has no investment source: unknown, not zero. */
  timelineNoSource: (country: string) => string;
  /** The country's rows state no amounts or no years (activities only): unknown, not zero. */
  timelineNoAmounts: (country: string) => string;
  timelineNoMoney: string;
  /** Guatemala, Honduras: no yearly municipal migration series. */
  timelineNoMigration: (country: string) => string;
  /** Key of the chart: bars are money (rule named), the line is the series. */
  keyMoney: (rule: string) => string;
  keySeries: (label: string, unit: string, source: string) => string;
  /** The chart's top: the largest value of its axis, formatted. */
  chartMax: (v: string) => string;
  timelineNote: string;
  /** The chart's text alternative. */
  timelineChartLabel: (name: string) => string;
  colYear: string;
  colMoney: string;
  colSeries: string;
  exportTimeline: string;
  baTitle: string;
  baYear: string;
  baNoIndex: string;
  baGroup: string;
  baUnits: string;
  /** Column heads: the years each period spans, e.g. "1999–2009". */
  baPeriod: (first: string, last: string) => string;
  baShare: string;
  /** The top N of the list; `perCountry`: N in each country. */
  baTop: (n: string, perCountry: boolean) => string;
  baRest: string;
  baAll: string;
  /** Top municipios in countries without investment data, left out. */
  baWithoutData: (n: string) => string;
  baStatement: string;
  exportBeforeAfter: string;
}
