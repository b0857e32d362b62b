/**
 * What a boundary file leaves as it was: the units of each country it reaches that get no new
 * shape from it (no feature matched them, or the feature's shape was empty), by department. A
 * file of 328 of Guatemala's 340 municipios replaces 328 shapes and leaves 12 of the old ones among
 * them; the join report says which (BoundaryNotes.svelte), and so does `focal join`. Pure.
 */
import type { JoinReport, JoinTarget } from '../join/join-types.ts';
import type { CountryCode } from '../schema.ts';
import type { RawLayer } from './import-types.ts';

export interface KeptShapes {
  country: CountryCode;
  /** Units of the country that get a new shape. */
  replaced: number;
  /** Units of the country. */
  units: number;
  /** The others, by department (departments and names in the targets' order). */
  depts: { dept: string; names: string[] }[];
}

/** Per country reached (in the targets' order), the units keeping their shapes; countries whose every unit is replaced are left out. */
export function keptShapes(layer: Pick<RawLayer, 'geometries'>, report: Pick<JoinReport, 'matched'>, targets: readonly JoinTarget[]): KeptShapes[] {
  const replaced = new Set<string>();
  for (const m of report.matched) if (layer.geometries[m.row]) replaced.add(m.unitId);
  const byCountry = new Map<CountryCode, { units: number; replaced: number; depts: Map<string, string[]> }>();
  const country = new Map(targets.filter((t) => t.kind === 'unit').map((t) => [t.unitId, t.country]));
  for (const id of replaced) {
    const c = country.get(id);
    if (c && !byCountry.has(c)) byCountry.set(c, { units: 0, replaced: 0, depts: new Map() });
  }
  for (const t of targets) {
    const c = t.kind === 'unit' ? byCountry.get(t.country) : undefined;
    if (!c) continue;
    c.units++;
    if (replaced.has(t.unitId)) {
      c.replaced++;
      continue;
    }
    const names = c.depts.get(t.deptName) ?? [];
    names.push(t.names[0] ?? t.unitId);
    c.depts.set(t.deptName, names);
  }
  const out: KeptShapes[] = [];
  for (const [code, c] of byCountry) {
    if (c.replaced === c.units) continue;
    out.push({ country: code, replaced: c.replaced, units: c.units, depts: [...c.depts].map(([dept, names]) => ({ dept, names })) });
  }
  return out;
}
