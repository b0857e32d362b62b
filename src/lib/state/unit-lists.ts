/**
 * Named lists of units from the app's state: a list from a selection mask (a brush, a
 * multi-select), its mask in the map's unit order, and where a brushed selection came from.
 */
import type { UnitFeature } from '../geo/unit-features.ts';
import type { UnitList } from '../data/unit-list.ts';
import type { HotspotRun } from './hotspots.svelte.ts';

/** The list named `name` of the units marked 1 in `mask` (map order). */
export function listFromMask(name: string, mask: ArrayLike<number>, features: readonly UnitFeature[], origin: string, now = new Date()): UnitList {
  const units: string[] = [];
  for (let i = 0; i < features.length && i < mask.length; i++) if (mask[i] === 1) units.push(features[i].properties.unit_id);
  return { name, units, origin, created: now.toISOString() };
}

/** The list's units as a mask in the map's unit order (ids no longer among the units are left out). */
export function listMask(list: UnitList, features: readonly UnitFeature[]): Uint8Array {
  const ids = new Set(list.units);
  return Uint8Array.from(features, (f) => (ids.has(f.properties.unit_id) ? 1 : 0));
}

/** How many of the list's ids are among the units (a list made on other boundaries may have fewer). */
export function listFound(list: UnitList, features: readonly UnitFeature[]): number {
  return listMask(list, features).reduce((s, x) => s + x, 0);
}

/** Where a brush in the Moran scatterplot of `run` came from, in English (written in the list's exports). */
export function brushOrigin(run: HotspotRun): string {
  const d = run.data;
  const year = run.entry.year ? `, ${run.entry.year}` : '';
  return `Moran scatterplot brush: ${run.entry.label.en}${year} (${d.statistic}, ${d.permutations} permutations, seed ${d.seed}, alpha ${d.alpha}, ${d.correction})`;
}

