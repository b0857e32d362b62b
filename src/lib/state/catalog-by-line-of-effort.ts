import type { CatalogEntry, LineOfEffort } from '../data/schema.ts';
import { LINES_OF_EFFORT } from '../data/lines-of-effort.ts';

export interface LineOfEffortGroup {
  /** The line of effort, or null for the entries tagged with none. */
  loe: LineOfEffort | null;
  items: CatalogEntry[];
}

/**
 * Catalog entries grouped by the eight lines of effort of the Collaborative Migration Management
 * Strategy, in the Strategy's order, catalog order kept within a line. An entry informing several
 * lines is listed under each; one with none (or a catalog written before `loe` existed, read as
 * `[]`) goes to a last group, `loe: null`. Empty groups are dropped.
 */
export function catalogByLineOfEffort(catalog: readonly CatalogEntry[]): LineOfEffortGroup[] {
  const loes = (e: CatalogEntry): readonly LineOfEffort[] => e.loe ?? [];
  const groups: LineOfEffortGroup[] = LINES_OF_EFFORT.map((loe) => ({ loe, items: catalog.filter((e) => loes(e).includes(loe)) }));
  groups.push({ loe: null, items: catalog.filter((e) => !loes(e).some((l) => LINES_OF_EFFORT.includes(l))) });
  return groups.filter((g) => g.items.length > 0);
}
