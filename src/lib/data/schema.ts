/**
 * The shape of the processed default dataset in `public/data/`, written by
 * `scripts/build-data.ts` and read by the app and the CLI. Types only.
 *
 * Files:
 * - `boundaries/gt.topo.json`, `boundaries/hn.topo.json`, `boundaries/sv.topo.json`: one TopoJSON
 *   per country, object `units`, one geometry per unit with `id` = unit id and `properties` =
 *   {@link UnitProps}. `boundaries/sv-pre2024.topo.json`: the 262 pre-2024 SV municipios (optional
 *   layer, object `units`, ids `SV` + DIGESTYC DDMM prefixed with `D`, e.g. `SVD0614`; properties
 *   {@link SvPre2024UnitProps}). Rings follow RFC 7946 (exterior counter-clockwise); shared edges
 *   are shared arcs, so `topojson-client` `neighbors()`/`mesh()` work on them.
 * - `units.csv`: one row per unit, columns of {@link UnitProps}.
 * - `indicators.csv`: long table `unit_id,indicator_id,value`; department-level indicators have one
 *   row per municipio of the department (same value), marked by the catalog's `level`.
 * - `catalog.json`: {@link CatalogEntry}[]
 * - `investments.csv`: {@link InvestmentRow} columns.
 * - `manifest.json`: {@link Manifest}
 */

// The boundary units' attributes belong to geo, which draws and indexes them; re-exported here
// because they are also the columns of units.csv.
import { COUNTRY_CODES, type CountryCode, type UnitProps } from '../geo/unit-props.ts';
export { COUNTRY_CODES };
export type { CountryCode, UnitProps };

/** Pillars of the Root Causes Strategy, plus migration pressure and context. */
export type Pillar = 'migration' | 'I' | 'II' | 'III' | 'IV' | 'V' | 'context';

/**
 * Properties of the optional pre-2024 El Salvador layer (`boundaries/sv-pre2024.topo.json`): a
 * former municipio, now a "distrito" of a 2024 municipio. Not a unit of the analysis.
 */
export interface SvPre2024UnitProps extends UnitProps {
  /** Unit id (OCHA P-code) of the 2024 municipio this distrito belongs to, e.g. `SV10001`. */
  unit_2024: string;
}

export interface Bilingual {
  en: string;
  es: string;
}

/**
 * The eight lines of effort of the U.S. Collaborative Migration Management Strategy (National
 * Security Council, July 2021), numbered in the Strategy's order; labels in `lines-of-effort.ts`.
 */
export type LineOfEffort = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Where one country's values of an indicator come from (see {@link CatalogEntry.by_country}). */
export interface CountryEvidence {
  level: 'municipio' | 'department';
  /** Reference year or period of this country's values. */
  year: string;
  /** Key into `manifest.sources`. */
  source_id: string;
  /** Citation as PROVENANCE.md gives it. */
  source: string;
}

export interface CatalogEntry {
  /** Stable id, e.g. `gt_deportees_rate`, `violence_score`. */
  id: string;
  label: Bilingual;
  /** One sentence: what the value measures. */
  description: Bilingual;
  pillar: Pillar;
  /** +1: higher means more need; -1: higher means less need; 0: neutral context. */
  direction: 1 | -1 | 0;
  /** Unit of measure, e.g. `per 100,000 residents`, `share of households (%)`. */
  unit: Bilingual;
  level: 'municipio' | 'department';
  /** Reference year or period as published, e.g. `2018`, `2014–2024`. */
  year: string;
  /** Countries with values. */
  countries: CountryCode[];
  /** Citation as PROVENANCE.md gives it. */
  source: string;
  licence: string;
  /** Key into `manifest.sources`. */
  source_id: string;
  /** Lines of effort of the Collaborative Migration Management Strategy this indicator informs (may be empty). */
  loe: LineOfEffort[];
  /**
   * For an indicator assembled from several national sources (e.g. emigrants per 1,000 residents:
   * GT and HN department figures, SV municipio figures): each country's level, year and source.
   * Then `level` is the coarsest of them (never overstates), `year`/`source` summarise them.
   */
  by_country?: Partial<Record<CountryCode, CountryEvidence>>;
  /**
   * A yearly indicator's years, ascending: its values by year are in `indicator-years.csv`, and its
   * value in `indicators.csv` is the one of `year` (the reference year). Absent: one period only.
   */
  years?: number[];
  /**
   * The entry whose people this one breaks down (e.g. emigrants by year of departure, part of the
   * emigrants of the whole period): left out of the default index so that nobody counts twice.
   */
  part_of?: string;
  /**
   * An imported indicator whose El Salvador values combine pre-2024 municipios (distritos) into
   * their 2024 municipio: how (`sum` or unweighted `mean`), from how many rows into how many
   * municipios, how many municipios a sum left without a value (see combine-note.ts), and the
   * rule before, when the planner changed it after the import (`at`: ISO time).
   */
  combined?: { rule: 'sum' | 'mean'; rows: number; units: number; incomplete: number; changed?: { from: 'sum' | 'mean'; at: string } };
}

export interface InvestmentRow {
  activity_id: string;
  title: string;
  donor: string;
  sector: string;
  /** USAID office (DGO, EGO, HEO, PEPFAR) or empty. */
  office: string;
  start_year: number | null;
  end_year: number | null;
  /** Amount in USD, or null when the source gives none. */
  amount_usd: number | null;
  country: CountryCode;
  /** Unit id when the source places the activity in a municipio by code; else empty. */
  unit_id: string;
  lon: number | null;
  lat: number | null;
  /** AidData precision code (1 exact … 8 country) or null when placed by code. */
  precision: number | null;
  /** `municipio`, `department`, `country` (nationwide). */
  level: 'municipio' | 'department' | 'country';
  source_id: string;
}

export interface SourceInfo {
  id: string;
  title: string;
  /** Attribution line to show in the app and in exports. */
  citation: string;
  repository: string;
  commit: string;
  path: string;
  licence: string;
}

export interface Manifest {
  build_version: string;
  sources: Record<string, SourceInfo>;
  outputs: Record<string, { sources: string[]; rows: number; bytes: number }>;
}
