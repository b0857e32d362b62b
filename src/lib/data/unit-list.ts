/**
 * A named list of units the planner made from a selection (a brush in the Moran scatterplot, a
 * multi-select on the map): kept in the workspace (stored, carried by the project file), exported,
 * compared with the priority list and used as a filter of the investments view. Plain data.
 */
import { Fields, isObj, type Issue } from './validate.ts';

/** Most lists a workspace keeps, and the longest name. */
export const MAX_LISTS = 20;
export const MAX_LIST_NAME = 80;

export interface UnitList {
  /** The planner's name for it (unique within the workspace). */
  name: string;
  /** Unit ids, in unit order. */
  units: string[];
  /** Where the selection came from, in English (written in every export of the list). */
  origin: string;
  /** When it was made (ISO 8601). */
  created: string;
}

/** The name as kept: spaces trimmed and runs of spaces made one. */
export const listName = (name: string): string => name.trim().replace(/\s+/g, ' ');

/**
 * `lists` with `list` added, replacing one of the same name (case ignored); null when refused (an
 * empty name, no unit, or {@link MAX_LISTS} kept already).
 */
export function withList(lists: readonly UnitList[], list: UnitList): UnitList[] | null {
  const name = listName(list.name).slice(0, MAX_LIST_NAME);
  if (name === '' || list.units.length === 0) return null;
  const others = lists.filter((l) => l.name.toLowerCase() !== name.toLowerCase());
  if (others.length >= MAX_LISTS) return null;
  return [...others, { ...list, name, units: [...list.units] }];
}

/** `lists` without the one named `name`. */
export function withoutList(lists: readonly UnitList[], name: string): UnitList[] {
  return lists.filter((l) => l.name !== name);
}

/** Checks the `lists` of a stored workspace or a project file, recording issues under `path`. */
export function readUnitLists(issues: Issue[], raw: unknown, path: string): UnitList[] {
  if (!Array.isArray(raw)) {
    issues.push({ kind: 'type', path, expected: 'array' });
    return [];
  }
  if (raw.length > MAX_LISTS) issues.push({ kind: 'rule', path, text: `holds more than ${MAX_LISTS} lists` });
  const names = new Set<string>();
  const out: UnitList[] = [];
  raw.forEach((x, i) => {
    const at = `${path}[${i}]`;
    if (!isObj(x)) {
      issues.push({ kind: 'type', path: at, expected: 'object' });
      return;
    }
    const r = new Fields(issues, x, at);
    r.only(['name', 'units', 'origin', 'created']);
    const name = r.string('name', { required: true, maxLength: MAX_LIST_NAME });
    const units = r.array('units');
    const origin = r.string('origin', { required: true, nonEmpty: false, maxLength: 400 });
    const created = r.string('created', { required: true });
    if (name !== undefined) {
      if (names.has(name.toLowerCase())) r.rule('name', `"${name}" is used twice`);
      names.add(name.toLowerCase());
    }
    if (units && !units.every((u) => typeof u === 'string' && u.length > 0)) r.rule('units', 'must be unit ids');
    if (name !== undefined && units && origin !== undefined && created !== undefined) out.push({ name, units: units as string[], origin, created });
  });
  return out;
}
