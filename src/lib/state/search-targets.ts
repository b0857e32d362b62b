/**
 * The searchable unit picker of the matching report: the units (and El Salvador's distritos)
 * whose name, department or code contains every word typed, accents and case ignored. Pure.
 */
import type { JoinTarget } from '../data/join/join-types.ts';
import { foldAccents } from '../i18n/fold-accents.ts';

export interface TargetChoice {
  key: string;
  unitId: string;
  name: string;
  deptName: string;
  country: JoinTarget['country'];
  kind: JoinTarget['kind'];
}

const words = (q: string): string[] => foldAccents(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Up to `limit` targets matching `query`, names starting with the first word first, then by
 * name; `country` narrows the list when the row's country is known.
 */
export function searchTargets(targets: readonly JoinTarget[], query: string, limit = 20, country?: JoinTarget['country']): TargetChoice[] {
  const q = words(query);
  if (!q.length) return [];
  const hits: { t: JoinTarget; starts: boolean; name: string }[] = [];
  for (const t of targets) {
    if (country && t.country !== country) continue;
    const name = t.names[0] ?? t.key;
    const hay = foldAccents([name, ...t.names.slice(1), t.deptName, t.key, ...t.codes].join(' '));
    if (!q.every((w) => hay.includes(w))) continue;
    hits.push({ t, starts: foldAccents(name).startsWith(q[0]), name });
  }
  hits.sort((a, b) => Number(b.starts) - Number(a.starts) || a.name.localeCompare(b.name, 'es') || a.t.key.localeCompare(b.t.key));
  return hits.slice(0, limit).map(({ t, name }) => ({ key: t.key, unitId: t.unitId, name, deptName: t.deptName, country: t.country, kind: t.kind }));
}
