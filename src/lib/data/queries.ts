/**
 * Headless queries over the tables of {@link loadDataset}, used by the UI, the CLI and the tests.
 * Every user-supplied value is a bound parameter.
 */
import type { Db } from './db.ts';

export interface IndicatorValue {
  unit_id: string;
  value: number;
}

/** Values of one indicator, one row per unit that has a (non-NULL, non-NaN) value, by unit_id. */
export function indicatorValues(db: Db, indicatorId: string): Promise<IndicatorValue[]> {
  return db.query<IndicatorValue>(
    `SELECT unit_id, value FROM indicators
     WHERE indicator_id = ? AND value IS NOT NULL AND NOT isnan(value)
     ORDER BY unit_id`,
    [indicatorId],
  );
}

export interface ProfileRow {
  indicator_id: string;
  /** The unit's value, or null when it has none. */
  value: number | null;
  /**
   * Rank of the value among the units of the unit's country (1 = highest value). Ties share the
   * average of the positions they occupy, like R's `rank(ties.method = "average")`: a group of t
   * equal values whose first position is r (DuckDB `rank()`, descending) gets r + (t − 1)/2, so
   * values 9, 7, 7, 5 rank 1, 2.5, 2.5, 4. Values compare exactly (no tolerance).
   * Null when the unit has no value.
   */
  rank: number | null;
  /** Number of units of the country with a value for this indicator. */
  n: number;
  /** Catalog level: department-level values repeat across a department's municipios. */
  level: 'municipio' | 'department';
}

/**
 * Profile of one unit: every catalog indicator with at least one value in the unit's country, in
 * catalog order, with the unit's value and rank within the country. Unknown unit → [].
 * Department-level indicators are ranked among the country's units too (the department's
 * municipios tie); `level` says so.
 */
export function unitProfile(db: Db, unitId: string): Promise<ProfileRow[]> {
  // Average rank without a window: with g values greater than the unit's and t equal to it
  // (itself included), the tie group occupies positions g + 1 … g + t, whose mean is
  // 1 + g + (t − 1)/2 — the same as DuckDB's rank() (= g + 1, descending) plus (t − 1)/2.
  // Measured on the default dataset: 4× faster than rank() + count(*) OVER (…, value) windows.
  return db.query<ProfileRow>(
    `WITH target AS (
       SELECT unit_id, country FROM units WHERE unit_id = ?
     ),
     country_values AS (
       SELECT i.indicator_id, i.unit_id, i.value
       FROM indicators i
       JOIN units u ON u.unit_id = i.unit_id
       JOIN target t ON t.country = u.country
       WHERE i.value IS NOT NULL AND NOT isnan(i.value)
     ),
     own AS (
       SELECT cv.indicator_id, cv.value FROM country_values cv JOIN target t ON t.unit_id = cv.unit_id
     )
     SELECT c.id AS indicator_id,
       o.value,
       CASE WHEN o.value IS NULL THEN NULL
         ELSE 1 + count(*) FILTER (WHERE cv.value > o.value)
              + (count(*) FILTER (WHERE cv.value = o.value) - 1) / 2.0 END::DOUBLE AS rank,
       count(*)::INTEGER AS n,
       c.level
     FROM catalog c
     JOIN country_values cv ON cv.indicator_id = c.id
     LEFT JOIN own o ON o.indicator_id = c.id
     GROUP BY c.ord, c.id, o.value, c.level
     ORDER BY c.ord`,
    [unitId],
  );
}
