/**
 * The join of a parsed file with its key mapping, as the app (state/workspace-data.ts) and
 * `npx focal join` both run it: the rows as the mapping reads them ({@link joinRowsFor}), joined
 * by {@link joinUnits}, and the layer's features lying in another country (`key.elsewhere`)
 * listed in the report's `elsewhere`.
 */
import { joinUnits } from '../join/join-units.ts';
import type { AcceptedMatches, JoinReport, JoinTarget, RowElsewhere } from '../join/join-types.ts';
import { cellText } from './cell-text.ts';
import type { KeyMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import { joinRowsFor } from './join-rows-for.ts';

export function joinTable(table: RawTable, key: KeyMapping, targets: readonly JoinTarget[], accepted: AcceptedMatches = {}): JoinReport {
  const report = joinUnits(joinRowsFor(table, key), [...targets], { by: key.by, accepted });
  const elsewhere = elsewhereRows(table, key);
  return elsewhere.length ? { ...report, elsewhere } : report;
}

/** The report's lines of the features left out as lying in another country. */
function elsewhereRows(table: RawTable, key: KeyMapping): RowElsewhere[] {
  if (!key.elsewhere?.length) return [];
  const k = table.columns.indexOf(key.column);
  const n = key.nameColumn ? table.columns.indexOf(key.nameColumn) : -1;
  return key.elsewhere
    .filter((e) => e.row >= 0 && e.row < table.rowCount)
    .map((e) => {
      const name = n >= 0 ? cellText(table.values[n][e.row]).trim() : '';
      return { row: e.row, key: k >= 0 ? cellText(table.values[k][e.row]) : '', ...(name ? { name } : {}), country: e.country };
    });
}
