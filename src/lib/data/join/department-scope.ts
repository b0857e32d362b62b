/**
 * Resolves the department a planner's row gives (a name as they spell it, or a national code) to
 * the departments of the targets it may mean: national code (`1`, `01`), then the name ignoring
 * accents, case, punctuation and words like `Depto. de` ({@link normPlaceName}), then word
 * containment (`PARAISO` ⊂ `EL PARAISO`) when one department qualifies, then the most similar
 * name when it reaches 0.85 and leads the next by 0.04.
 *
 * A name may resolve to departments of several countries (`La Paz` is in Honduras and in
 * El Salvador) when the row's country is not known. Returns department keys (`HN|12`), sorted, or
 * `null` when nothing fits.
 */
import type { CountryCode } from '../schema.ts';
import { nameSimilarity } from './name-similarity.ts';
import { normPlaceName } from './norm-name.ts';
import { wordsContained } from './words-contained.ts';

export interface DepartmentRef {
  country: CountryCode;
  code: string;
  name: string;
}

export const deptKey = (country: CountryCode, code: string) => `${country}|${code}`;

const MIN_SIMILARITY = 0.85;
const MARGIN = 0.04;

export function departmentScope(dept: string, depts: readonly DepartmentRef[]): string[] | null {
  const keys = (ds: readonly DepartmentRef[]) => (ds.length ? [...new Set(ds.map((d) => deptKey(d.country, d.code)))].sort() : null);
  const text = dept.trim();
  if (/^\d{1,2}(?:[.,]0+)?$/.test(text)) {
    const code = String(parseInt(text, 10)).padStart(2, '0');
    return keys(depts.filter((d) => d.code === code));
  }
  const n = normPlaceName(text);
  if (!n) return null;
  const named = depts.map((d) => ({ d, n: normPlaceName(d.name) }));
  const exact = named.filter((x) => x.n === n).map((x) => x.d);
  if (exact.length) return keys(exact);
  const contained = named.filter((x) => wordsContained(n, x.n)).map((x) => x.d);
  if (contained.length === 1) return keys(contained);
  const ranked = named.map((x) => ({ d: x.d, s: nameSimilarity(n, x.n) })).sort((a, b) => b.s - a.s);
  const [best, second] = ranked;
  if (!best || best.s < MIN_SIMILARITY) return null;
  if (second && best.s - second.s < MARGIN && deptKey(second.d.country, second.d.code) !== deptKey(best.d.country, best.d.code)) return null;
  return keys([best.d]);
}
