/**
 * What the planner chooses in the hotspot panel, the choices offered and the defaults (docs/METHODS.md
 * §2): queen contiguity with a 500 m snapping tolerance across borders, Local Moran's I, 999
 * permutations, α = 0.05 with the Benjamini–Hochberg false discovery rate.
 */
import type { Correction } from '../analysis/hotspots.ts';
import type { HotspotStatistic } from '../analysis/statistic-registry.ts';

export type { HotspotStatistic };
/** The statistics offered, as the analysis registry lists them. */
export { STATISTICS } from '../analysis/statistic-registry.ts';
export type HotspotCorrection = Correction;
export type Contiguity = 'queen' | 'rook';

/** The targeting index's score, or one of its groups' scores (`group:<id>`), or a catalog indicator id. */
export const INDEX_VARIABLE = 'index';
export const GROUP_VARIABLE_PREFIX = 'group:';
/** Default variable: the index's migration-pressure score, the one out-migration measure covering all three countries. */
export const DEFAULT_VARIABLE = `${GROUP_VARIABLE_PREFIX}migration`;

/**
 * The period of a yearly indicator the hotspots are computed on: one year of its series, or the
 * change between two years (absolute, `second − first`: GeoDa's differential local Moran).
 */
export type HotspotTime = { year: number } | { first: number; second: number };

export interface HotspotSettings {
  /** {@link INDEX_VARIABLE}, `group:<id>` or a catalog indicator id. */
  variable: string;
  /** For a yearly indicator: a year or the change between two; null: the value the catalog holds (its reference year). */
  time: HotspotTime | null;
  statistic: HotspotStatistic;
  contiguity: Contiguity;
  /** Tolerance in metres within which vertices of different boundary files count as shared. */
  snapMeters: number;
  permutations: number;
  alpha: number;
  correction: HotspotCorrection;
  seed: number;
}

export const CONTIGUITIES: readonly Contiguity[] = ['queen', 'rook'];
export const PERMUTATIONS: readonly number[] = [99, 999, 9999];
export const ALPHAS: readonly number[] = [0.1, 0.05, 0.01];
export const CORRECTIONS: readonly HotspotCorrection[] = ['fdr', 'bonferroni', 'none'];
/** Snapping tolerance bounds in metres (0 = only vertices at the same coordinates). */
export const SNAP_MIN = 0;
export const SNAP_MAX = 5000;

export const DEFAULT_HOTSPOT_SETTINGS: Readonly<HotspotSettings> = {
  variable: DEFAULT_VARIABLE,
  time: null,
  statistic: 'moran',
  contiguity: 'queen',
  snapMeters: 500,
  permutations: 999,
  alpha: 0.05,
  correction: 'fdr',
  seed: 20240917,
};

/** A snapping tolerance the planner typed, clamped to [SNAP_MIN, SNAP_MAX] metres; NaN keeps `fallback`. */
export function clampSnap(metres: number, fallback: number): number {
  if (!Number.isFinite(metres)) return fallback;
  return Math.min(SNAP_MAX, Math.max(SNAP_MIN, Math.round(metres)));
}

/** Key of the weights a setting needs: results of two settings with the same key share weights. */
export const weightsKey = (s: Pick<HotspotSettings, 'contiguity' | 'snapMeters'>): string => `${s.contiguity}:${s.snapMeters}`;
