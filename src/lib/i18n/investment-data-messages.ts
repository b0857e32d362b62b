/**
 * Texts of the investments view: the countries without investment data ("no
 * investment data", never "no coverage"), how old and how complete each country's rows are, the
 * filter by line of effort, and the Call to Action commitments table. Countries and numbers come
 * in already formatted for the language.
 */
export interface InvestmentDataMessages {
  /** Legend and map class of a country without any municipio-level investment source. */
  legendNoSource: string;
  /**
   * One sentence: `countries` (e.g. "El Salvador") have no source; `units` their municipios, formatted.
   */
  noSource: (countries: string, units: string, several: boolean) => string;
  /** Heading of the sentences on the age and completeness of the data. */
  ageTitle: string;
  /** A country's rows state neither amounts nor years. */
  ageNoAmountNoYear: (country: string, rows: string) => string;
  /** A country's rows start between `first` and `last` (years); `lastEnd` the latest end year stated. */
  ageYears: (country: string, first: string, last: string, lastEnd: string) => string;
  /** `withAmount` of `rows` rows state an amount. */
  ageAmounts: (country: string, withAmount: string, rows: string) => string;
  /** The concentration and the underserved list cover only the countries with investment data. */
  coveredOnly: (countries: string) => string;
  /** The filter by line of effort. */
  loe: string;
  allLoe: string;
  loeHelp: string;
  /** Commitments table. */
  commitmentsTitle: string;
  /** The key of the abbreviated columns, e.g. "Sev. = several countries named; Reg. = the region only". */
  commitmentsKey: (severalAbbr: string, several: string, regionalAbbr: string, regional: string) => string;
  commitmentsIntro: string;
  commitmentsCaveat: string;
  colDate: string;
  colSeveral: string;
  colRegional: string;
  /** Abbreviations of the two for the narrow table (the full words in its title). */
  colSeveralAbbr: string;
  colRegionalAbbr: string;
  colTotal: string;
  /** Running sum against the White House's cumulative headline, e.g. "5,292 vs “more than 5,200”". */
  headlineCheck: (running: string, headline: string) => string;
  /** Rows counted without an amount. */
  withoutAmount: (n: string) => string;
  withPrior: string;
  priorNote: (amount: string) => string;
  commitmentsUnit: string;
  /** An amount in USD million, the number already formatted. */
  millionUsd: (v: string) => string;
  commitmentsLoading: string;
}
