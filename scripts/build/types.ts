/**
 * Contracts between the data-build orchestrator (`scripts/build-data.ts`) and the per-topic
 * builders (`scripts/build/*.ts`). Each builder is a pure-ish function of the raw directory and the
 * unit list; the orchestrator owns file writing, sorting and the manifest.
 */
import type { UnitProps, CatalogEntry, InvestmentRow, SourceInfo } from '../../src/lib/data/schema.ts';

/** What every builder receives: where the raw data lives, the 682 units, and a log sink. */
export interface BuildContext {
  rawDir: string;
  units: UnitProps[];
  log: (line: string) => void;
}

/** One cell of the long indicator table. */
export interface IndicatorRow {
  unit_id: string;
  indicator_id: string;
  value: number;
}

/**
 * One value of a yearly series: the indicator's value in one year. The indicator's reference value
 * (its catalog `year`) is also in the long table; the series adds the other years.
 */
export interface IndicatorYearRow {
  unit_id: string;
  indicator_id: string;
  year: number;
  value: number;
}

/** Output of `buildIndicators` in `scripts/build/indicators.ts`. */
export interface IndicatorsResult {
  rows: IndicatorRow[];
  /** The yearly series (see IndicatorYearRow); each of their indicators has `years` in the catalog. */
  yearRows: IndicatorYearRow[];
  catalog: CatalogEntry[];
  sources: SourceInfo[];
}

/** Output of `buildInvestments` in `scripts/build/investments.ts`. */
export interface InvestmentsResult {
  rows: InvestmentRow[];
  sources: SourceInfo[];
}

// scripts/build/indicators.ts exports: buildIndicators(ctx: BuildContext): IndicatorsResult
// scripts/build/investments.ts exports: buildInvestments(ctx: BuildContext): InvestmentsResult
