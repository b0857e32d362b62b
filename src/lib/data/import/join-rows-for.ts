/**
 * The rows of a parsed table as the join needs them (src/lib/data/join): key, department,
 * country and (code join with a name column) name of each row, following the planner's key mapping.
 *
 * The country is the mapping's `country` when set, else the row's country column read by
 * {@link parseCountry} (`Guatemala`, `GUATEMALA`, `GT`, `GTM` …); an empty country cell leaves it
 * open. A row whose country cell names another country (`Nicaragua`) is left out: it cannot be a
 * unit of the app; so is a layer's feature lying in another country (`key.elsewhere`). Rows with an empty key are kept with key `''` (the report lists them).
 * Throws `missing-column` when a column the mapping names is not in the file.
 */
import type { JoinRow } from '../join/join-types.ts';
import { cellText } from './cell-text.ts';
import { columnIndex } from './column-index.ts';
import type { KeyMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import { parseCountry } from './parse-country.ts';

export function joinRowsFor(table: RawTable, key: KeyMapping): JoinRow[] {
  const keyCol = table.values[columnIndex(table, key.column)];
  const deptCol = key.deptColumn ? table.values[columnIndex(table, key.deptColumn)] : null;
  const nameCol = key.by === 'code' && key.nameColumn ? table.values[columnIndex(table, key.nameColumn)] : null;
  const countryCol =
    !key.country && key.countryColumn ? table.values[columnIndex(table, key.countryColumn)] : null;
  const rows: JoinRow[] = [];
  const elsewhere = new Set((key.elsewhere ?? []).map((e) => e.row));
  for (let r = 0; r < table.rowCount; r++) {
    if (elsewhere.has(r)) continue;
    const row: JoinRow = { row: r, key: cellText(keyCol[r]) };
    if (deptCol) {
      const dept = cellText(deptCol[r]);
      if (dept) row.dept = dept;
    }
    if (nameCol) {
      const name = cellText(nameCol[r]);
      if (name) row.name = name;
    }
    if (key.country) {
      row.country = key.country;
    } else if (countryCol) {
      const text = cellText(countryCol[r]);
      if (text) {
        const country = parseCountry(text);
        if (!country) continue;
        row.country = country;
      }
    }
    rows.push(row);
  }
  return rows;
}
