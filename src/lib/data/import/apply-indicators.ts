/**
 * `indicatorsFromImport`: a parsed table, the planner's indicator mapping and the join report
 * turned into catalog entries and long indicator rows (`unit_id, indicator_id, value`), the shape
 * of the default data's catalog.json and indicators.csv.
 *
 * - Every mapped value cell of a row that reached a unit must be a number or empty ({@link numberCell}:
 *   `not-a-number` names the column, the row and the cell's text). Empty cells are missing values:
 *   no row, never 0. Rows that reached no unit (marked "not a municipio", recognised as not units
 *   such as a footnote or a total, unmatched, ambiguous, empty keys) are never parsed.
 * - Indicator ids must be unique within the mapping and not among `options.reservedIds`
 *   (`duplicate-id`).
 * - Rows reaching the same unit with different values are refused (`duplicate-keys`); the same
 *   value repeated is fine. Values land on units through the join's `joinedUnitValues` (which
 *   also carries El Salvador's pre-2024 distritos to their 2024 municipio, combined as the
 *   column's `combine` says: sum or unweighted mean). An indicator that combined distritos says
 *   how in its description ({@link combineNote}) and in `combined`.
 * - A department-level indicator, given `options.units`, is carried to every municipio of each
 *   department a row reached (one row per municipio, as the default data do); two different
 *   values in one department are refused (`duplicate-keys`).
 * - A report that matched no row at all is refused (`no-match`); so is a mapping with no value
 *   column, or whose value columns are empty in every row that matched (`no-values`): nothing
 *   would be added.
 * - A mapping of a reshaped long file says how it was reshaped in each entry's description.
 * - A yearly column ({@link IndicatorColumnMapping.series}) gives one year row per unit and year
 *   with a value (the shape of indicator-years.csv) and its entry the years that have any; its
 *   row in indicators is the value of its latest year (`column`). A year without a value for a
 *   unit has no row: missing, never 0.
 *
 * Pure: the inputs are not changed.
 */
import { joinedUnitValues } from '../join/joined-unit-values.ts';
import type { JoinReport } from '../join/join-types.ts';
import type { CatalogEntry, CountryCode } from '../schema.ts';
import type { ApplyOptions } from './apply-options.ts';
import { userSourceId } from './apply-options.ts';
import { columnIndex } from './column-index.ts';
import { ImportError } from './import-error.ts';
import type { IndicatorColumnMapping, IndicatorMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import { numberCell } from './number-cell.ts';
import { reshapeNote } from './reshape-note.ts';
import { combineNote, type CombinedCount } from './combine-note.ts';

export interface ImportedIndicatorRow {
  unit_id: string;
  indicator_id: string;
  value: number;
}

export interface ImportedIndicatorYearRow extends ImportedIndicatorRow {
  year: number;
}

export interface ImportedIndicators {
  catalog: CatalogEntry[];
  rows: ImportedIndicatorRow[];
  /** The values by year of the yearly columns (empty when none). */
  yearRows: ImportedIndicatorYearRow[];
}

const COUNTRY_ORDER: readonly CountryCode[] = ['GT', 'HN', 'SV'];

export function indicatorsFromImport(
  table: RawTable,
  mapping: IndicatorMapping,
  report: JoinReport,
  options: ApplyOptions = {},
): ImportedIndicators {
  const file = table.fileName;
  checkIds(file, mapping.columns, options.reservedIds);
  if (report.matched.length === 0) {
    throw new ImportError('no-match', `${file}: no row matched a municipio`, { file, column: mapping.key.column });
  }
  if (mapping.columns.length === 0) {
    throw new ImportError('no-values', `${file}: no column of numbers to map besides the key`, { file, column: mapping.key.column, reason: 'none' });
  }
  const sourceId = userSourceId(file, options);
  const catalog: CatalogEntry[] = [];
  const rows: ImportedIndicatorRow[] = [];
  const yearRows: ImportedIndicatorYearRow[] = [];
  const landingRows = [...new Set(report.matched.map((m) => m.row))].sort((a, b) => a - b);
  /** Distritos combined into their 2024 municipio by the latest column landed (null: none). */
  let combined: CombinedCount | null = null;
  /** Each unit's value of `column` (department figures carried to their municipios). */
  const landedValues = (column: string, col: IndicatorColumnMapping): Map<string, number> => {
    const c = columnIndex(table, column);
    const values: (number | null)[] = new Array<number | null>(table.rowCount).fill(null);
    for (const r of landingRows) values[r] = numberCell(table, c, r);
    checkDuplicates(file, column, report, values);
    const byUnit = new Map<string, number>();
    const rule = col.combine ?? 'mean';
    const count: CombinedCount = { rule, rows: 0, units: 0, incomplete: 0, ...(col.combineChanged ? { changed: col.combineChanged } : {}) };
    for (const [unitId, v] of joinedUnitValues(report, values, rule, options.distritos)) {
      byUnit.set(unitId, v.value);
      if (v.rule !== 'single') {
        count.rows += v.rows.length;
        count.units++;
      }
    }
    if (rule === 'sum') count.incomplete = [...joinedUnitValues(report, values, 'mean')].filter(([u, v]) => v.rule !== 'single' && !byUnit.has(u)).length;
    combined = count.units || count.incomplete ? count : null;
    return col.level === 'department' && options.units ? spreadOverDepartments(file, column, byUnit, options.units) : byUnit;
  };
  for (const col of mapping.columns) {
    const landed = landedValues(col.column, col);
    const combinedHere = combined as CombinedCount | null;
    const unitIds = [...landed.keys()].sort();
    for (const unit_id of unitIds) rows.push({ unit_id, indicator_id: col.id, value: landed.get(unit_id)! });
    const present = new Set(unitIds.map((u) => u.slice(0, 2)));
    const years: number[] = [];
    col.series?.columns.forEach((column, k) => {
      const year = col.series!.years[k];
      const byYear = column === col.column ? landed : landedValues(column, col);
      for (const unit_id of [...byYear.keys()].sort()) {
        yearRows.push({ unit_id, indicator_id: col.id, year, value: byYear.get(unit_id)! });
        present.add(unit_id.slice(0, 2));
      }
      if (byYear.size) years.push(year);
    });
    const entry = catalogEntry(file, col, sourceId, COUNTRY_ORDER.filter((c) => present.has(c)));
    if (col.series) entry.years = years;
    if (mapping.reshape) {
      const note = reshapeNote(mapping.reshape);
      entry.description = { en: `${entry.description.en} ${note.en}`, es: `${entry.description.es} ${note.es}` };
    }
    if (combinedHere) {
      const note = combineNote(combinedHere);
      entry.description = { en: `${entry.description.en} ${note.en}`, es: `${entry.description.es} ${note.es}` };
      entry.combined = combinedHere;
    }
    catalog.push(entry);
  }
  if (rows.length === 0 && yearRows.length === 0) {
    const columns = mapping.columns.map((c) => `"${c.series?.name ?? c.column}"`).join(', ');
    throw new ImportError('no-values', `${file}: the value columns ${columns} are empty in every row that matched a municipio`, { file, columns, count: mapping.columns.length, reason: 'empty' });
  }
  return { catalog, rows, yearRows };
}

function checkIds(file: string, columns: readonly IndicatorColumnMapping[], reserved: Iterable<string> | undefined): void {
  const seen = new Set<string>(reserved ?? []);
  for (const col of columns) {
    if (seen.has(col.id)) {
      throw new ImportError('duplicate-id', `${file}: indicator id "${col.id}" is already in use`, { file, id: col.id, column: col.column });
    }
    seen.add(col.id);
  }
}

/** Rows that reach one target must agree on the value (empty cells do not count). */
function checkDuplicates(file: string, column: string, report: JoinReport, values: readonly (number | null)[]): void {
  for (const d of report.duplicates) {
    const given = d.rows.filter((r) => values[r] !== null);
    const first = given.length ? values[given[0]] : null;
    const other = given.find((r) => values[r] !== first);
    if (other !== undefined) {
      throw new ImportError(
        'duplicate-keys',
        `${file}: column "${column}": rows ${given[0] + 2} and ${other + 2} give ${d.unitId} two different values (${first} and ${values[other]})`,
        { file, column, key: d.target, unit: d.unitId, row: given[0] + 2, row2: other + 2, value: String(first), value2: String(values[other]) },
      );
    }
  }
}

/** A department figure on every municipio of the department. */
function spreadOverDepartments(
  file: string,
  column: string,
  byUnit: ReadonlyMap<string, number>,
  units: NonNullable<ApplyOptions['units']>,
): Map<string, number> {
  const deptOf = new Map(units.map((u) => [u.unit_id, `${u.country}:${u.dept_code}`]));
  const deptValue = new Map<string, { value: number; unit: string }>();
  for (const [unitId, value] of byUnit) {
    const dept = deptOf.get(unitId);
    if (dept === undefined) continue;
    const seen = deptValue.get(dept);
    if (seen && seen.value !== value) {
      throw new ImportError(
        'duplicate-keys',
        `${file}: column "${column}" is a department figure but ${seen.unit} and ${unitId} of one department have different values (${seen.value} and ${value})`,
        { file, column, key: dept, unit: seen.unit, unit2: unitId, value: String(seen.value), value2: String(value) },
      );
    }
    if (!seen) deptValue.set(dept, { value, unit: unitId });
  }
  const out = new Map<string, number>();
  for (const u of units) {
    const d = deptValue.get(`${u.country}:${u.dept_code}`);
    if (d) out.set(u.unit_id, d.value);
  }
  return out;
}

function catalogEntry(file: string, col: IndicatorColumnMapping, sourceId: string, countries: CountryCode[]): CatalogEntry {
  return {
    id: col.id,
    label: { en: col.label.en, es: col.label.es },
    description: {
      en: col.series ? `Imported by the user from ${file}, columns "${col.series.name} <year>" (one per year).` : `Imported by the user from ${file}, column "${col.column}".`,
      es: col.series ? `Importado por el usuario de ${file}, columnas "${col.series.name} <año>" (una por año).` : `Importado por el usuario de ${file}, columna "${col.column}".`,
    },
    pillar: col.pillar,
    direction: col.direction,
    unit: { en: col.unit, es: col.unit },
    level: col.level,
    year: col.year,
    countries,
    source: col.source,
    licence: 'as given by the user',
    source_id: sourceId,
    // The mapping dialog asks for the pillar; a line of effort is not guessed for the planner's own column.
    loe: [],
  };
}
