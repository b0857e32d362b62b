/**
 * How many units show a value of each year under "latest available" (data age): the legend says
 * which years the map's values come from, rather than mixing years silently.
 */

/** Units per year of `unitYear` (0 = no value, left out), years ascending. */
export function yearCounts(unitYear: ArrayLike<number>): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < unitYear.length; i++) {
    const y = unitYear[i];
    if (y !== 0) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}
