/**
 * What the planner chose in the mapping dialog: which column keys the rows to units, and what
 * each value column is. Plain JSON (kept in the workspace).
 */
import type { CountryCode, Pillar } from '../schema.ts';
import type { CombineRule } from './combine-rule.ts';
import type { ReshapeSpec } from './reshape-spec.ts';
import type { ReshapeSeries } from './reshape-table.ts';
import type { AmountScale } from './amount-unit.ts';
import type { FeatureElsewhere } from './features-elsewhere.ts';

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
  /**
   * Features of a layer that lie in another country than `country` (features-elsewhere.ts, found
   * when the file was matched): left out of the join and listed in its report, never joined by
   * a code that happens to exist in the file's country.
   */
  elsewhere?: FeatureElsewhere[];
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
  /**
   * How the values of El Salvador's pre-2024 municipios (distritos) landing on one 2024 municipio
   * are combined (combine-rule.ts). Absent (a workspace stored before the choice): `mean`.
   */
  combine?: CombineRule;
  /**
   * The rule before the planner changed it on a stored import (the join report opened again), and
   * when (ISO time): said in the indicator's description, its legend and its exports.
   */
  combineChanged?: CombineChange;
}

/** A combine rule changed after the import: the rule before, and when. */
export interface CombineChange {
  from: CombineRule;
  at: string;
}

export interface IndicatorMapping {
  kind: 'indicators';
  key: KeyMapping;
  columns: IndicatorColumnMapping[];
  /** How a long file was made one row per municipio before this mapping (the stored table is the result). */
  reshape?: ReshapeSpec;
}

/**
 * Investment rows: placed by unit key, or by coordinates (columns, or a point layer's own
 * geometries when `lon`/`lat` are not mapped), or both (the key wins); rows with neither are
 * counted in their country.
 */
export interface InvestmentMapping {
  kind: 'investments';
  key?: KeyMapping;
  lon?: string;
  lat?: string;
  amount?: string;
  /** What one unit of `amount` is worth in US dollars: 1 (default), 1,000 or 1,000,000. */
  amountScale?: AmountScale;
  donor?: string;
  sector?: string;
  title?: string;
  /** The project (activity) id: rows sharing it are locations of one project. */
  activityId?: string;
  startYear?: string;
  endYear?: string;
  /** AidData precision codes (1–3 municipio, 4–5 department, 6–8 country): a coarse location is never put in the municipio under its point. */
  precision?: string;
  /**
   * The amount is the PROJECT's, repeated on each of its location rows (`activityId` rows with one
   * amount): counted once, split evenly over the project's locations (analysis/repeated-amounts.ts).
   */
  splitRepeated?: boolean;
  /** A column holding each row's country (name or ISO code). */
  countryColumn?: string;
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
