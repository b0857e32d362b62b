/**
 * The join report as a CSV a planner opens beside their file: one line per row of the file, in
 * file order, saying what became of it. UTF-8 with BOM, CRLF, formula-like cells neutralised
 * ({@link toCsv}); names from the file are written as the file has them.
 *
 * Columns: `row` (the line of the file, the header being line 1), `key`, `department` (as the
 * file gives them), `status` (`matched`, `accepted`, `unmatched`, `duplicate` — one of several rows
 * reaching the same target —, `ambiguous`, `not-a-unit`, `empty`, `elsewhere` — a map layer's feature
 * lying in another country than the file's, left out of the join: its `suggestions` cell says where,
 * `lies in El Salvador: left out of the join`, as the app's report names it), `unit_id`, `unit_name`,
 * `distrito` (the El Salvador pre-2024 municipio matched, when the match is one), `department_name`,
 * `method` (`code`, `exact`, `contained`, `fuzzy`, `accepted`), `score` (name similarity to two
 * decimals, 1 for code and exact), `suggestions` (for unmatched and ambiguous rows: `name (department) 0.93; …`),
 * and for a code join whose file names its municipios: `name_in_file` (as the file writes it) and
 * `name_check` (`agrees`, or `disagrees` when the name is not the unit's — see
 * JoinReport.nameMismatches; followed by `: name of GT0207 Sansare` when another unit bears it).
 */
import type { JoinReport, JoinRow, JoinSuggestion, JoinTarget } from '../data/join/join-types.ts';
import { en } from '../i18n/en.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { roundToFixed } from './round-cell.ts';

export const JOIN_REPORT_COLUMNS = ['row', 'key', 'department', 'status', 'unit_id', 'unit_name', 'distrito', 'department_name', 'method', 'score', 'suggestions', 'name_in_file', 'name_check'] as const;

export function joinReportCsv(report: JoinReport, rows: readonly JoinRow[], targets: readonly JoinTarget[]): string {
  return toCsv(
    JOIN_REPORT_COLUMNS,
    joinReportRows(report, rows, targets).map((x) => x.cells),
  );
}

/** The lines of {@link joinReportCsv} (cells in {@link JOIN_REPORT_COLUMNS} order), with their row. */
export function joinReportRows(report: JoinReport, rows: readonly JoinRow[], targets: readonly JoinTarget[]): { row: number; cells: CsvCell[] }[] {
  const byKey = new Map(targets.map((t) => [t.key, t]));
  const matched = new Map(report.matched.map((m) => [m.row, m]));
  const duplicated = new Set(report.duplicates.flatMap((d) => d.rows));
  const unmatched = new Map(report.unmatchedRows.map((u) => [u.row, u]));
  const ambiguous = new Map(report.ambiguous.map((a) => [a.row, a]));
  const notUnits = new Set(report.notUnits.map((n) => n.row));
  const empty = new Set(report.emptyKeys);
  const disagree = new Map(report.nameMismatches.map((x) => [x.row, x]));
  // What the name check said of a matched row (empty where there was no name to check).
  const nameCells = (r: JoinRow, method: string): CsvCell[] => {
    if (!r.name || method !== 'code') return [r.name ?? '', ''];
    const d = disagree.get(r.row);
    return [r.name, !d ? 'agrees' : d.nameOf ? `disagrees: name of ${d.nameOf.unitId} ${d.nameOf.name}` : 'disagrees'];
  };

  const lines: { row: number; cells: CsvCell[] }[] = [];
  const push = (r: JoinRow, rest: CsvCell[], names: CsvCell[] = [r.name ?? '', '']) =>
    lines.push({ row: r.row, cells: [r.row + 2, r.key, r.dept ?? '', ...rest, ...names] });
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    const m = matched.get(r.row);
    if (m) {
      const t = byKey.get(m.target);
      const unit = byKey.get(m.unitId) ?? t;
      const status = duplicated.has(r.row) ? 'duplicate' : m.method === 'accepted' ? 'accepted' : 'matched';
      const distrito = t && t.kind === 'distrito' ? t.names[0] : '';
      push(r, [status, m.unitId, unit?.names[0] ?? '', distrito, unit?.deptName ?? '', m.method, roundToFixed(m.score, 2), ''], nameCells(r, m.method));
    } else if (ambiguous.has(r.row)) {
      push(r, ['ambiguous', '', '', '', '', '', null, suggestionsText(ambiguous.get(r.row)!.candidates)]);
    } else if (unmatched.has(r.row)) {
      push(r, ['unmatched', '', '', '', '', '', null, suggestionsText(unmatched.get(r.row)!.suggestions)]);
    } else if (notUnits.has(r.row)) {
      push(r, ['not-a-unit', '', '', '', '', '', null, '']);
    } else if (empty.has(r.row)) {
      push(r, ['empty', '', '', '', '', '', null, '']);
    }
  }
  // A layer's features lying in another country: not among `rows` (left out of the join), each named where it lies.
  for (const e of report.elsewhere ?? []) {
    lines.push({ row: e.row, cells: [e.row + 2, e.key, '', 'elsewhere', '', '', '', '', '', null, `lies in ${en.countries[e.country]}: left out of the join`, e.name ?? '', ''] });
  }
  return lines.sort((a, b) => a.row - b.row);
}

/** `San Raimundo (Guatemala) 0.96; San Juan Sacatepéquez (Guatemala) 0.71` */
export function suggestionsText(suggestions: readonly JoinSuggestion[]): string {
  return suggestions.map((s) => `${s.name} (${s.deptName}) ${s.score.toFixed(2)}`).join('; ');
}
