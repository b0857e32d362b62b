/**
 * A planner's named list as a result table: one row per unit of the list, in unit order, with its
 * id, name, department and country (written as CSV and XLSX by the export registry; the XLSX adds
 * the Method sheet with where the list came from and the Sources sheet).
 */
import type { RankUnit } from '../data/rank-types.ts';
import type { UnitList } from '../data/unit-list.ts';
import type { SheetsMessages } from '../i18n/sheets-messages.ts';
import type { ResultTable } from './result-table.ts';

/** The list's units among `units` (the map's units, in order); ids not among them are left out. */
export function unitListTable(list: UnitList, units: readonly RankUnit[], labels?: SheetsMessages): ResultTable {
  const ids = new Set(list.units);
  const col = (header: string, label?: string) => (labels && label !== undefined ? { header, type: 'text' as const, label } : { header, type: 'text' as const });
  return {
    columns: [col('unit_id', labels?.unitId), col('name', labels?.name), col('department', labels?.department), col('country', labels?.country)],
    rows: units.filter((u) => ids.has(u.unit_id)).map((u) => [u.unit_id, u.name, u.department, u.country]),
  };
}
