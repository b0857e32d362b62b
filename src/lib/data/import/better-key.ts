/**
 * Another key that joins more of a file's rows than the one set, for the report's "use the name
 * column instead": a code join whose file also names its municipios is tried by name (five
 * mis-coded rows that block a file are joined by their names), and the first guess by trial
 * ({@link guessJoinKey}) is tried when it takes another column. Offered only when it leaves fewer rows open.
 */
import type { JoinReport, JoinTarget, AcceptedMatches } from '../join/join-types.ts';
import { joinUnits } from '../join/join-units.ts';
import { openRows } from '../join/report-causes.ts';
import { guessJoinKey } from './guess-join-key.ts';
import type { KeyMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import { joinRowsFor } from './join-rows-for.ts';

export interface BetterKey {
  key: KeyMapping;
  /** Rows the key matches, and rows it leaves open (unmatched or ambiguous). */
  matched: number;
  open: number;
}

const same = (a: KeyMapping, b: KeyMapping) => a.by === b.by && a.column === b.column && a.country === b.country && a.countryColumn === b.countryColumn && a.deptColumn === b.deptColumn;

export function betterKey(table: RawTable, key: KeyMapping, report: JoinReport, targets: readonly JoinTarget[], accepted: AcceptedMatches): BetterKey | null {
  if (!openRows(report)) return null;
  const tries: KeyMapping[] = [];
  if (key.by === 'code' && key.nameColumn) {
    const byName: KeyMapping = { by: 'name', column: key.nameColumn };
    if (key.deptColumn) byName.deptColumn = key.deptColumn;
    if (key.country) byName.country = key.country;
    if (key.countryColumn) byName.countryColumn = key.countryColumn;
    tries.push(byName);
  }
  // The trial without the country set, which it infers again.
  const prior: KeyMapping = { by: key.by, column: key.column };
  if (key.deptColumn) prior.deptColumn = key.deptColumn;
  if (key.countryColumn) prior.countryColumn = key.countryColumn;
  const guessed = guessJoinKey(table, prior, targets);
  // Another column (the same one in another country is the report's country group).
  if ((guessed.column !== key.column || guessed.by !== key.by) && !tries.some((t) => same(t, guessed))) tries.push(guessed);
  let best: BetterKey | null = null;
  for (const k of tries) {
    const r = joinUnits(joinRowsFor(table, k), [...targets], { by: k.by, accepted });
    const open = openRows(r);
    if (r.matched.length > report.matched.length && open < openRows(report) && (!best || r.matched.length > best.matched)) best = { key: k, matched: r.matched.length, open };
  }
  return best;
}
