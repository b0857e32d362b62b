/**
 * The map's search box: the municipios and departments whose name holds every word typed, accents
 * and case ignored ("peten" finds Petén, "san pedro" the San Pedros), each with its department and
 * country so that names that repeat can be told apart. Pure.
 */
import { foldAccents } from '../i18n/fold-accents.ts';
import type { CountryCode } from '../geo/unit-props.ts';
import type { UnitFeature } from '../geo/unit-features.ts';

export interface PlaceHit {
  kind: 'municipio' | 'department';
  name: string;
  /** The municipio's department (a department's own name for a department). */
  deptName: string;
  country: CountryCode;
  /** The unit indices it covers (one for a municipio, all of the department's for a department). */
  units: number[];
}

interface Place extends PlaceHit {
  folded: string;
  /** The name with the department's, for a query that names both ("san pedro sacatepequez san marcos"). */
  foldedWithDept: string;
}

const words = (q: string): string[] => foldAccents(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The places (departments first, then municipios, in unit order) searched by {@link searchPlaces}. */
export function placesOf(features: readonly UnitFeature[]): Place[] {
  const departments = new Map<string, Place>();
  const municipios: Place[] = [];
  for (const f of features) {
    const p = f.properties;
    const key = `${p.country}|${p.dept_code}`;
    let d = departments.get(key);
    if (!d) {
      const folded = foldAccents(p.dept_name);
      d = { kind: 'department', name: p.dept_name, deptName: p.dept_name, country: p.country, units: [], folded, foldedWithDept: folded };
      departments.set(key, d);
    }
    d.units.push(p.index);
    const folded = foldAccents(p.name);
    municipios.push({ kind: 'municipio', name: p.name, deptName: p.dept_name, country: p.country, units: [p.index], folded, foldedWithDept: `${folded} ${foldAccents(p.dept_name)}` });
  }
  return [...departments.values(), ...municipios];
}

/**
 * Up to `limit` places matching `query`: names equal to the query first, then names starting
 * with it, then names holding every word, then names that hold them only with their department's;
 * alphabetical within each (Spanish order).
 */
export function searchPlaces(places: readonly Place[], query: string, limit = 12): PlaceHit[] {
  const q = words(query);
  if (!q.length) return [];
  const whole = q.join(' ');
  const hits: { p: Place; rank: number }[] = [];
  for (const p of places) {
    const name = words(p.folded).join(' ');
    let rank: number;
    if (name === whole) rank = 0;
    else if (name.startsWith(whole)) rank = 1;
    else if (q.every((w) => p.folded.includes(w))) rank = 2;
    else if (q.every((w) => p.foldedWithDept.includes(w))) rank = 3;
    else continue;
    hits.push({ p, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.p.name.localeCompare(b.p.name, 'es') || a.p.deptName.localeCompare(b.p.deptName, 'es') || a.p.country.localeCompare(b.p.country));
  return hits.slice(0, limit).map(({ p }) => ({ kind: p.kind, name: p.name, deptName: p.deptName, country: p.country, units: p.units }));
}
