/**
 * The drawing of a sparkline of one unit's values by year: x by the year itself (years need not
 * be evenly spaced: 2013, 2016, 2018), y from the unit's own lowest to highest value. A missing
 * year is a gap in the line, never a zero: the line joins only neighbouring years of the series
 * that both have a value, and each value is a dot (a lone value between two gaps still shows).
 */

export interface SparklinePoint {
  year: number;
  value: number;
  x: number;
  y: number;
}

export interface SparklineGeometry {
  /** SVG path data, one `M…L…` run per stretch of neighbouring years with values ('' when none). */
  path: string;
  /** One dot per year with a value. */
  points: SparklinePoint[];
  /** The years without a value, with their x (marked on the baseline). */
  missing: { year: number; x: number }[];
}

/**
 * @param years - the series' years, ascending.
 * @param values - the unit's value in each year (NaN = missing).
 * @param width - drawing width in px; `height` likewise; `pad` keeps dots inside the box.
 * @param domain - the values at the bottom and the top (one scale for several lines, as the
 *   ranking's rows share); by default the unit's own lowest and highest value.
 */
export function sparklineGeometry(years: readonly number[], values: ArrayLike<number>, width: number, height: number, pad = 3, domain: readonly [number, number] | null = null): SparklineGeometry {
  const n = years.length;
  let lo = domain ? domain[0] : Infinity;
  let hi = domain ? domain[1] : -Infinity;
  for (let k = 0; k < n && !domain; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const first = years[0] ?? 0;
  const span = n > 1 ? years[n - 1] - first : 0;
  const x = (year: number) => (span > 0 ? pad + ((year - first) / span) * (width - 2 * pad) : width / 2);
  // A flat series sits in the middle.
  const y = (v: number) => (hi > lo ? height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad) : height / 2);
  const points: SparklinePoint[] = [];
  const missing: { year: number; x: number }[] = [];
  let path = '';
  let joined = false;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) {
      missing.push({ year: years[k], x: round(x(years[k])) });
      joined = false;
      continue;
    }
    const p = { year: years[k], value: v, x: round(x(years[k])), y: round(y(v)) };
    points.push(p);
    path += `${joined ? 'L' : 'M'}${p.x},${p.y}`;
    joined = true;
  }
  return { path, points, missing };
}

const round = (v: number) => Math.round(v * 100) / 100;
