/**
 * `focal join --per-unit FILE [--combine sum|mean]`: the value each municipio gets from the
 * file, computed by the app's own apply step (`indicatorsFromImport`, with the app's first guess of
 * the value columns and of how El Salvador's pre-2024 municipios (distritos) are combined into
 * their 2024 municipio), so the CLI and the app give the same numbers. `--combine` overrides the
 * guess for every column.
 */
import { indicatorsFromImport } from '../lib/data/import/apply-indicators.ts';
import type { CombineRule } from '../lib/data/import/combine-rule.ts';
import { guessIndicatorColumns } from '../lib/data/import/guess-mapping.ts';
import type { IndicatorColumnMapping, KeyMapping } from '../lib/data/import/import-mapping.ts';
import type { RawTable } from '../lib/data/import/import-types.ts';
import { distritoCounts, distritoRows } from '../lib/data/join/distrito-counts.ts';
import type { JoinReport, JoinTarget } from '../lib/data/join/join-types.ts';
import type { CatalogEntry } from '../lib/data/schema.ts';
import type { ResultColumn, ResultTable } from '../lib/export/result-table.ts';

export interface CombineChoice {
  column: string;
  rule: CombineRule;
  /** True when the rule is the app's first guess (no --combine). */
  guessed: boolean;
}

/** The value columns as the app guesses them, each with its combining rule (`combine` overriding the guess). */
export function combineChoices(table: RawTable, key: KeyMapping, combine: CombineRule | undefined): { columns: IndicatorColumnMapping[]; choices: CombineChoice[] } {
  const columns = guessIndicatorColumns(table, key, []).map((c) => (combine ? { ...c, combine } : c));
  return { columns, choices: columns.map((c) => ({ column: c.column, rule: c.combine ?? 'mean', guessed: !combine })) };
}

/** `; 251 rows of pre-2024 municipios (distritos) on 44 municipios of 2024, combined by unweighted mean: moderate_poverty_fh_pct, cv_x100 (guessed; --combine sum|mean)` */
export function combineSummary(report: JoinReport, targets: readonly JoinTarget[], choices: readonly CombineChoice[]): string {
  const d = distritoRows(report, targets);
  if (!d.rows || !choices.length) return '';
  const how = (['sum', 'mean'] as const)
    .map((rule) => [rule, choices.filter((c) => c.rule === rule).map((c) => c.column)] as const)
    .filter(([, cols]) => cols.length)
    .map(([rule, cols]) => `by ${rule === 'mean' ? 'unweighted mean' : 'sum'}: ${cols.length > 3 ? `${cols.length} columns` : cols.join(', ')}`)
    .join('; ');
  return `; ${d.rows} ${d.rows === 1 ? 'row' : 'rows'} of pre-2024 municipios (distritos) on ${d.units} municipios of 2024, combined ${how} (${choices[0].guessed ? 'guessed; ' : ''}--combine sum|mean)`;
}

/** One row per municipio with a value: unit_id, unit_name, then each value column as the app lands it. */
export function perUnitTable(
  table: RawTable,
  key: KeyMapping,
  columns: IndicatorColumnMapping[],
  report: JoinReport,
  targets: readonly JoinTarget[],
): { table: ResultTable; catalog: CatalogEntry[] } {
  const { rows, catalog } = indicatorsFromImport(table, { kind: 'indicators', key, columns }, report, { distritos: distritoCounts(targets) });
  const byUnit = new Map<string, Map<string, number>>();
  for (const r of rows) {
    let u = byUnit.get(r.unit_id);
    if (!u) byUnit.set(r.unit_id, (u = new Map()));
    u.set(r.indicator_id, r.value);
  }
  const names = new Map(targets.filter((t) => t.kind === 'unit').map((t) => [t.unitId, t.names[0]]));
  const header: ResultColumn[] = [
    { header: 'unit_id', type: 'text' },
    { header: 'unit_name', type: 'text' },
    ...columns.map((c): ResultColumn => ({ header: c.column, type: 'exact' })),
  ];
  const out = [...byUnit.keys()].sort().map((u) => [u, names.get(u) ?? '', ...columns.map((c) => byUnit.get(u)!.get(c.id) ?? null)]);
  return { table: { columns: header, rows: out }, catalog };
}
