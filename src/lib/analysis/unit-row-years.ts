/**
 * The years of the rows placed in one unit: the earliest start and the latest end among the rows
 * whose unit is `unit` (investment rows, see coverage-types.ts). Rows without a year add none;
 * NaN when no row of the unit has one (unknown, never a made-up year).
 */
export function unitRowYears(
  rows: { unit: ArrayLike<number>; startYear: ArrayLike<number>; endYear: ArrayLike<number> },
  unit: number,
): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (let r = 0; r < rows.unit.length; r++) {
    if (rows.unit[r] !== unit) continue;
    for (const y of [rows.startYear[r], rows.endYear[r]]) {
      if (!Number.isFinite(y)) continue;
      if (y < first) first = y;
      if (y > last) last = y;
    }
  }
  return Number.isFinite(first) ? { first, last } : { first: NaN, last: NaN };
}
