import { nameSimilarity } from './name-similarity.ts';
import { normName } from './norm-name.ts';
import { wordsContained } from './words-contained.ts';

/**
 * Resolves department names (as a source spells them) to department codes: exact after
 * normalisation, then the alias table, then word containment or similarity ≥ 0.9 when unique.
 * Returns `null` for a name that resolves to no department or to more than one.
 */
export function resolveDepartment(
  name: string,
  depts: readonly { code: string; name: string }[],
  aliases: ReadonlyMap<string, string> = new Map(),
): string | null {
  const n = normName(name);
  const exact = depts.filter((d) => normName(d.name) === n);
  if (exact.length === 1) return exact[0].code;
  const alias = aliases.get(n);
  if (alias !== undefined) {
    const hit = depts.filter((d) => normName(d.name) === normName(alias));
    if (hit.length === 1) return hit[0].code;
  }
  const near = depts.filter((d) => wordsContained(n, normName(d.name)) || nameSimilarity(n, normName(d.name)) >= 0.9);
  return near.length === 1 ? near[0].code : null;
}
