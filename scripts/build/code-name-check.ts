/**
 * Joins rows keyed by a national code to their targets (municipios or SV distritos) and checks, for
 * every row, that the name the source writes beside the code is the name of the target the code
 * points to. "Agrees" means more than "looks alike": within the code's department, the target must
 * be the single best name match of the row (exact after normalisation, then word containment, then
 * similarity ≥ 0.85). So Sansare written beside Sanarate's code disagrees, although the two names
 * are 0.87 similar, because Sansare is itself a municipio of that department.
 *
 * A row whose code and name disagree is repaired only when {@link CODE_CORRECTIONS} lists it (by
 * source, code, department and name) with a reason; every other disagreement fails the build, with
 * one line per row naming the source, the code, the name in the source and the name of the unit.
 * A listed correction that no row needs any more fails the build too, so the table stays reviewed.
 */
import { CODE_CORRECTIONS, type CodeCorrection } from './code-corrections.ts';
import { nameSimilarity } from '../../src/lib/data/join/name-similarity.ts';
import { normName } from '../../src/lib/data/join/norm-name.ts';
import { wordsContained } from '../../src/lib/data/join/words-contained.ts';
import type { SourceId } from './sources.ts';

/** What a code can point to. */
export interface CodeTarget {
  /** The join key: the national code as the sources use it (GT/HN INE `DDMM`, SV DIGESTYC `DDMM`). */
  key: string;
  /** Department code (2 digits). */
  group: string;
  name: string;
  /** What the row lands on (a unit id; for SV distritos, the distrito code). */
  id: string;
}

/** One source row: code as written, department when the file gives one, name as written. */
export interface CodedRow {
  code: string;
  group?: string;
  name: string;
}

/** Minimum similarity for two names that neither equal nor contain each other. */
const MIN_SIMILARITY = 0.85;

/**
 * How well a source name fits a target name: 3 for equal after normalisation, 2–2.5 for word
 * containment (the closer pair scores higher), the similarity itself when ≥ 0.85, else 0.
 */
export function nameFit(a: string, b: string): number {
  const x = normName(a);
  const y = normName(b);
  if (x === y) return 3;
  const sim = nameSimilarity(x, y);
  if (wordsContained(x, y)) return 2 + sim / 2;
  return sim >= MIN_SIMILARITY ? sim : 0;
}

/** The single best-fitting target of `name` among `targets`, or null (none fits, or a tie). */
export function bestFit<T extends { name: string }>(name: string, targets: readonly T[]): T | null {
  let best: T | null = null;
  let top = 0;
  let tie = false;
  for (const t of targets) {
    const f = nameFit(name, t.name);
    if (f > top) [best, top, tie] = [t, f, false];
    else if (f === top && f > 0) tie = true;
  }
  return tie ? null : best;
}

/** Four-digit key of a code written with or without its leading zero. */
export function codeKey(code: string): string {
  return code.trim().padStart(4, '0');
}

/**
 * Returns, for each row, the id of the target it belongs to (null when a listed correction drops
 * it). Throws when any row's code and name disagree without a listed correction, when two rows
 * land on one target, or when a correction listed for `source` is not needed by any row.
 */
export function joinOnCode(
  source: SourceId,
  rows: readonly CodedRow[],
  targets: readonly CodeTarget[],
  log: (line: string) => void,
  corrections: readonly CodeCorrection[] = CODE_CORRECTIONS,
): (string | null)[] {
  const byKey = new Map(targets.map((t) => [t.key, t]));
  const byGroup = new Map<string, CodeTarget[]>();
  for (const t of targets) byGroup.set(t.group, [...(byGroup.get(t.group) ?? []), t]);
  const mine = corrections.filter((c) => c.source === source);
  const used = new Set<CodeCorrection>();
  const problems: string[] = [];
  const landed = new Map<string, number>();
  const out: (string | null)[] = rows.map((r, i) => {
    const key = codeKey(r.code);
    const group = r.group ? r.group.padStart(2, '0') : key.slice(0, 2);
    const target = byKey.get(key);
    const agrees = target !== undefined && target.group === group && bestFit(r.name, byGroup.get(group) ?? []) === target;
    let id: string | null = agrees ? target.id : null;
    if (!agrees) {
      const fix = mine.find((c) => c.code === key && c.dept === group && normName(c.name) === normName(r.name));
      if (!fix) {
        const unit = target ? `${target.id} "${target.name}"${target.group !== group ? ` (department ${target.group}, row says ${group})` : ''}` : 'no unit';
        problems.push(`${source}: code ${r.code} is "${r.name}" in the source, but the code is ${unit}`);
        return null;
      }
      used.add(fix);
      if (fix.to === null) {
        log(`${source}: row "${r.code} ${r.name}" dropped (listed correction: ${fix.reason})`);
        return null;
      }
      const to = byKey.get(fix.to);
      if (!to || normName(to.name) !== normName(fix.toName)) {
        problems.push(`${source}: the correction of "${r.code} ${r.name}" points at ${fix.to} "${fix.toName}", which is ${to ? `"${to.name}"` : 'no unit'}`);
        return null;
      }
      id = to.id;
      log(`${source}: row "${r.code} ${r.name}" placed on ${to.id} ${to.name} (listed correction: ${fix.reason})`);
    }
    if (id !== null) {
      const prev = landed.get(id);
      if (prev !== undefined) problems.push(`${source}: rows "${rows[prev].code} ${rows[prev].name}" and "${r.code} ${r.name}" both land on ${id}`);
      landed.set(id, i);
    }
    return id;
  });
  for (const c of mine) if (!used.has(c)) problems.push(`${source}: listed correction of "${c.code} ${c.name}" (department ${c.dept}) matches no disagreeing row; review it`);
  if (problems.length) {
    throw new Error(
      `code/name check failed for ${source} (${problems.length}); a row whose code names another municipio is never joined silently. ` +
        `If the source is known to be wrong, list the row in scripts/build/code-corrections.ts with the evidence:\n  ${problems.join('\n  ')}`,
    );
  }
  return out;
}
