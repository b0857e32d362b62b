/**
 * The engine input of a spec over the years of its yearly indicators (docs/METHODS.md §5): the
 * leaves of {@link indexInputFromSpec}, each yearly one given a column per year of the panel, the
 * others their single value repeated in every year (they have no years: say so wherever the index
 * of a year is shown).
 */
import type { IndexInput } from '../analysis/composite-types.ts';
import type { PanelIndexInput } from '../analysis/panel-index.ts';
import type { IndexSpec } from './index-spec.ts';
import { indexInputFromSpec } from './index-input-from-spec.ts';
import type { RankTables } from './rank-types.ts';

export interface PanelSpecInput {
  /** The index input on the reference values (as without years). */
  reference: IndexInput;
  panel: PanelIndexInput;
  /** Enabled yearly indicator id → per panel year, the year its values come from (null: none yet). */
  valueYears: Map<string, (number | null)[]>;
  /** The index input of panel year `k`: each yearly leaf holds that year's column. */
  yearInput(k: number): IndexInput;
}

/**
 * The panel of `spec` on `tables`. Panel years: the union of the years of the enabled indicators
 * that have a series in `tables.years` (by their column, `column ?? id`). In each panel year a
 * yearly indicator takes its values of that year, or of its latest year before it (a series
 * published every few years, like SEGEPLAN's, carries its last release forward, and the year is
 * reported); before its first year it is missing (NaN), never filled from later years.
 *
 * @throws Error when the yearly values are absent, no enabled indicator has years, or `spec.year`
 *   (or `spec.compareYear`) is not a panel year; and as {@link indexInputFromSpec}.
 */
export function panelInputFromSpec(tables: RankTables, spec: IndexSpec): PanelSpecInput {
  const reference = indexInputFromSpec(tables, spec);
  if (!tables.years) throw new Error('the yearly values are not loaded (needed for the index of a year)');
  const series = new Map<string, { years: number[]; columns: Float64Array[] }>();
  for (const ind of spec.indicators) {
    if (ind.enabled === false) continue;
    const s = tables.years.get(ind.column ?? ind.id);
    if (s && s.years.length > 0) series.set(ind.id, s);
  }
  if (series.size === 0) throw new Error('no enabled indicator of the index has values by year');
  const years = [...new Set([...series.values()].flatMap((s) => s.years))].sort((a, b) => a - b);
  for (const [field, y] of [['year', spec.year], ['compareYear', spec.compareYear]] as const) {
    if (y !== undefined && !years.includes(y)) throw new Error(`${field} ${y} is not a year of the index's yearly indicators (${years.join(', ')})`);
  }
  const n = reference.n;
  const missing = new Float64Array(n).fill(NaN);
  const valueYears = new Map<string, (number | null)[]>();
  const leaves = reference.leaves.map(({ values, ...leaf }) => {
    const s = series.get(leaf.id);
    if (!s) return { ...leaf, byYear: years.map(() => values) };
    const from = years.map((y) => {
      let k = -1;
      for (let j = 0; j < s.years.length && s.years[j] <= y; j++) k = j;
      return k;
    });
    for (const c of s.columns) if (c.length !== n) throw new Error(`yearly values of ${leaf.id}: ${c.length} values for ${n} units`);
    valueYears.set(leaf.id, from.map((k) => (k < 0 ? null : s.years[k])));
    return { ...leaf, byYear: from.map((k) => (k < 0 ? missing : s.columns[k])) };
  });
  const panel: PanelIndexInput = { n, years, scopeGroup: reference.scopeGroup, groups: reference.groups, options: reference.options, leaves };
  const yearInput = (k: number): IndexInput => ({
    ...reference,
    leaves: reference.leaves.map((leaf, l) => ({ ...leaf, values: leaves[l].byYear[k] })),
  });
  return { reference, panel, valueYears, yearInput };
}
