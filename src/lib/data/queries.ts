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
   * average of the positions they occupy: a group of t equal values whose first position is r
   * (DuckDB `rank()`, descending) gets r + (t − 1)/2, so values 9, 7, 7, 5 rank 1, 2.5, 2.5, 4.
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
     ranked AS (
       SELECT indicator_id, unit_id, value,
         rank() OVER (PARTITION BY indicator_id ORDER BY value DESC) AS first_pos,
         count(*) OVER (PARTITION BY indicator_id, value) AS ties,
         count(*) OVER (PARTITION BY indicator_id) AS n
       FROM country_values
     ),
     counts AS (
       SELECT indicator_id, any_value(n) AS n FROM ranked GROUP BY indicator_id
     )
     SELECT c.id AS indicator_id,
       r.value,
       (r.first_pos + (r.ties - 1) / 2.0)::DOUBLE AS rank,
       k.n::INTEGER AS n,
       c.level
     FROM catalog c
     JOIN counts k ON k.indicator_id = c.id
     LEFT JOIN ranked r ON r.indicator_id = c.id AND r.unit_id = (SELECT unit_id FROM target)
     ORDER BY c.ord`,
    [unitId],
  );
}
