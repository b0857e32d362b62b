/**
 * The Investments view's list filter in a link or a project file: the chosen list travels whole
 * (name, units, origin), so that a reader who does not have it gets it among their lists, and the
 * view opens limited to it as it was sent.
 */
import type { Session } from './session.svelte.ts';
import type { ListFilterView } from './view-state.ts';
import { listMask } from './unit-lists.ts';
import { withList, type UnitList } from '../data/unit-list.ts';

/** The list the Investments view is limited to, as a link keeps it; undefined when none is. */
export function listFilterView(session: Session): ListFilterView | undefined {
  const chosen = session.investments.list;
  const list = chosen ? session.lists.find((l) => l.name === chosen.name) : undefined;
  return list ? { name: list.name, units: [...list.units], origin: list.origin } : undefined;
}

const sameUnits = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && new Set([...a, ...b]).size === a.length;

/**
 * The name the link's list takes among `lists`: its own when no list has it, that list's when the
 * list of that name (case ignored) holds the same units; else its name with " (link)", " (link 2)"… (the planner's own
 * list is never replaced by a link's).
 */
export function linkListName(lists: readonly UnitList[], list: ListFilterView): string {
  const taken = (name: string) => lists.find((l) => l.name.toLowerCase() === name.toLowerCase());
  for (let k = 1; ; k++) {
    const name = k === 1 ? list.name : `${list.name.slice(0, 70)} (link${k === 2 ? '' : ` ${k - 1}`})`;
    const other = taken(name);
    if (!other) return name;
    if (sameUnits(other.units, list.units)) return other.name;
  }
}

/** Limits the Investments view to the link's list (added to the workspace's lists when missing), or to none. */
export async function applyListFilter(session: Session, list: ListFilterView | undefined): Promise<void> {
  const inv = session.investments;
  if (!list) {
    inv.list = null;
    return;
  }
  const name = linkListName(session.lists, list);
  if (!session.lists.some((l) => l.name === name)) {
    const made: UnitList = { name, units: [...list.units], origin: list.origin, created: new Date().toISOString() };
    await session.changeLists((lists) => withList(lists, made) ?? lists);
  }
  const kept = session.lists.find((l) => l.name === name);
  inv.list = kept ? { name: kept.name, mask: listMask(kept, session.boundaries?.features ?? []) } : null;
}
