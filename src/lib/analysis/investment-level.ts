/**
 * The level at which an investment location can be counted (docs/METHODS.md §3): AidData precision
 * 1–3 (exact, near, municipio/ADM2) is municipal or finer; 4 (department/ADM1) is a department;
 * 6 and 8 (country) are the country. Precision 5 (a river, a park, a region: an area whose
 * department may or may not be known) and 7 (unclear) are never municipal: they take the level the
 * source row states when that is `department` or `country`, else `department` for 5 and `country`
 * for 7.
 *
 * The level stated in the row and the level of the precision code can disagree (a user's file may
 * say `municipio` beside precision 4); the COARSER of the two wins, so that a department- or
 * country-level location is never dropped into the municipio under its point.
 */

export type InvestmentLevel = 'municipio' | 'department' | 'country';

const RANK: Record<InvestmentLevel, number> = { municipio: 0, department: 1, country: 2 };

/** The level of an AidData precision code, or null for none (NaN) or a code outside 1–8. */
export function precisionLevel(precision: number): InvestmentLevel | null {
  if (precision === 1 || precision === 2 || precision === 3) return 'municipio';
  if (precision === 4 || precision === 5) return 'department';
  if (precision === 6 || precision === 7 || precision === 8) return 'country';
  return null;
}

/**
 * The level to count a location at: the coarser of the stated `level` (null when the row has none)
 * and that of `precision` (NaN when none). Precision 5 stated as `country` stays `country`.
 * Neither known → `municipio` only if `fallback` says so (a row placed by a unit code), else null.
 */
export function investmentLevel(level: InvestmentLevel | null, precision: number, fallback: InvestmentLevel | null = null): InvestmentLevel | null {
  const p = precisionLevel(precision);
  if (level === null) return p ?? fallback;
  if (p === null) return level;
  return RANK[p] >= RANK[level] ? p : level;
}
