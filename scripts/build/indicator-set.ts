/**
 * The piece each indicator builder returns (rows + catalog entries), and the small helpers they
 * share: adding a value only when it is a finite number, and expanding a department value to
 * every municipio of the department.
 */
import type { UnitProps } from '../../src/lib/data/schema.ts';
import type { CatalogDraft } from './catalog-entry.ts';
import type { IndicatorRow, IndicatorYearRow } from './types.ts';

export interface IndicatorSet {
  rows: IndicatorRow[];
  /** Yearly series, if the builder has any. */
  yearRows?: IndicatorYearRow[];
  catalog: CatalogDraft[];
}

/** Collects rows; silently refuses `null` (missing) and throws on NaN/Infinity (a bug upstream). */
export class RowSink {
  readonly rows: IndicatorRow[] = [];
  readonly yearRows: IndicatorYearRow[] = [];

  add(unit_id: string, indicator_id: string, value: number | null): void {
    if (value === null) return;
    if (!Number.isFinite(value)) throw new Error(`${indicator_id} ${unit_id}: non-finite value ${value}`);
    this.rows.push({ unit_id, indicator_id, value });
  }

  /** One year of a yearly series (the same rules as `add`). */
  addYear(unit_id: string, indicator_id: string, year: number, value: number | null): void {
    if (value === null) return;
    if (!Number.isFinite(value)) throw new Error(`${indicator_id} ${unit_id} ${year}: non-finite value ${value}`);
    this.yearRows.push({ unit_id, indicator_id, year, value });
  }

  /**
   * A department-level figure: the same value on every municipio of the department (the
   * catalog marks the indicator `level: 'department'`). Returns the number of units filled.
   */
  addDepartment(units: readonly UnitProps[], country: string, deptCode: string, indicator_id: string, value: number | null): number {
    const members = units.filter((u) => u.country === country && u.dept_code === deptCode);
    for (const u of members) this.add(u.unit_id, indicator_id, value);
    return value === null ? 0 : members.length;
  }
}

/** `a / b * scale`, or null when either part is missing or the denominator is not positive. */
export function ratio(a: number | null, b: number | null, scale: number): number | null {
  if (a === null || b === null || !(b > 0)) return null;
  return (a / b) * scale;
}
