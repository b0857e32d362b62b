/** El Salvador's pre-2024 municipios (distritos) among the join targets and in a join report. */
import type { JoinReport, JoinTarget } from './join-types.ts';

/** Each 2024 municipio's number of distritos among the targets (unit id → count). */
export function distritoCounts(targets: readonly JoinTarget[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of targets) if (t.kind === 'distrito') out.set(t.unitId, (out.get(t.unitId) ?? 0) + 1);
  return out;
}

/** Rows of the file that reached a distrito, and the 2024 municipios they land on. */
export function distritoRows(report: JoinReport, targets: readonly JoinTarget[]): { rows: number; units: number } {
  const kind = new Map(targets.map((t) => [t.key, t.kind]));
  const hits = report.matched.filter((m) => kind.get(m.target) === 'distrito');
  return { rows: hits.length, units: new Set(hits.map((m) => m.unitId)).size };
}
