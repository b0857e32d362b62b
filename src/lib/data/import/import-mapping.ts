/**
 * What the planner chose in the mapping dialog: which column keys the rows to units, and what
 * each value column is. Plain JSON (kept in the workspace).
 */
import type { CountryCode, Pillar } from '../schema.ts';
import type { ReshapeSpec } from './reshape-spec.ts';
import type { ReshapeSeries } from './reshape-table.ts';

/** How rows find their unit. */
export interface KeyMapping {
  /** `code`: national code or P-code; `name`: municipio name (department-aware when `deptColumn`). */
  by: 'code' | 'name';
  column: string;
  /** Department name or code column, used by the name join (optional). */
  deptColumn?: string;
  /**
   * Municipio name column of a file joined by code (optional): each row's name is checked against
   * the unit its code reached, and disagreements are reported (JoinReport.nameMismatches).
   */
  nameColumn?: string;
  /** A column holding the country (name or ISO code), or one country for the whole file. */
  countryColumn?: string;
  country?: CountryCode;
}

/** One value column turned into an indicator of the catalog. */
export interface IndicatorColumnMapping {
  column: string;
  /** Catalog id, unique in the workspace (e.g. `user_remittances_2023`). */
  id: string;
  label: { en: string; es: string };
  pillar: Pillar;
  direction: 1 | -1 | 0;
  unit: string;
  year: string;
  level: 'municipio' | 'department';
  /** The citation the planner gives (shown in the app and in exports, like the default sources). */
  source: string;
  /**
   * A yearly indicator (a long file's years kept apart by the reshape): the column of each year.
   * Then `column` is the latest year's column and `year` that year (the reference year, as a
   * default yearly indicator's value in indicators.csv is the one of its `year`).
   */
  series?: ReshapeSeries;
}

export interface IndicatorMapping {
  kind: 'indicators';
  key: KeyMapping;
  columns: IndicatorColumnMapping[];
  /** How a long file was made one row per municipio before this mapping (the stored table is the result). */
  reshape?: ReshapeSpec;
}

/** Investment rows: placed by unit key, or by coordinates, or both (the key wins). */
export interface InvestmentMapping {
  kind: 'investments';
  key?: KeyMapping;
  lon?: string;
  lat?: string;
  amount?: string;
  /** What one unit of `amount` is worth in US dollars: 1 (default) or 1,000,000 (amounts in millions). */
  amountScale?: 1 | 1_000_000;
  donor?: string;
  sector?: string;
  title?: string;
  activityId?: string;
  startYear?: string;
  endYear?: string;
  /** Country when the file has no country column. */
  country?: CountryCode;
  source: string;
}

/** New boundaries for existing units: each feature joined to a unit replaces its geometry. */
export interface BoundaryMapping {
  kind: 'boundaries';
  key: KeyMapping;
  source: string;
}

export type ImportMapping = IndicatorMapping | InvestmentMapping | BoundaryMapping;
