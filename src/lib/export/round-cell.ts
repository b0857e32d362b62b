/**
 * A number as the data support it: every export writes a cell rounded to what
 * its column type shows, so the CSV and the spreadsheet agree and neither carries float noise
 * (1.0000000000000004, 58.049999999999955).
 */
import type { ColumnType, ResultCell } from './result-table.ts';

/** Decimals kept for a share 0–1 shown as a percentage with one decimal (12.3%). */
export const PERCENT_DECIMALS = 3;
/** Money keeps its cents (sums of split amounts stay within a cent of the balance). */
export const USD_DECIMALS = 2;
/** Significant digits kept for plain numbers (ranks, averaged ties): far above any source's precision, below float noise. */
const PLAIN_DIGITS = 12;

/**
 * `x` rounded to `decimals` as `toFixed` rounds (half away from zero on the double's exact decimal
 * value; -0 becomes 0). Not view-state's `roundTo` (`Math.round(x·10^d)/10^d`, for link positions).
 */
export function roundToFixed(x: number, decimals: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x;
  return Number(x.toFixed(Math.max(0, Math.min(decimals, 20)))) + 0;
}

/** Decimals a column type keeps (undefined: plain number, 12 significant digits). */
export function typeDecimals(type: ColumnType): number | undefined {
  if (typeof type === 'object') return type.decimals;
  switch (type) {
    case 'integer':
    case 'flag':
      return 0;
    case 'percent':
      return PERCENT_DECIMALS;
    case 'usd':
      return USD_DECIMALS;
    default:
      return undefined;
  }
}

/** The cell as written: text unchanged, missing numbers (NaN, ±Infinity) unchanged, numbers rounded by type (an `exact` column's kept whole). */
export function roundCell(x: ResultCell, type: ColumnType): ResultCell {
  if (typeof x !== 'number' || !Number.isFinite(x) || type === 'exact') return x;
  const d = typeDecimals(type);
  return d === undefined ? Number(x.toPrecision(PLAIN_DIGITS)) + 0 : roundToFixed(x, d);
}

/**
 * Decimals that show an indicator's values to about three significant figures, from the median
 * magnitude of its finite values (0 to 4): persons and rates per 100,000 whole, shares with one or
 * two decimals, 0–1 scores with three. Used for value columns, whose precision is the indicator's.
 */
export function valueDecimals(values: ArrayLike<number>): number {
  const mags: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (Number.isFinite(a) && a > 0) mags.push(a);
  }
  if (mags.length === 0) return 0;
  mags.sort((a, b) => a - b);
  const m = mags[mags.length >> 1];
  return Math.min(4, Math.max(0, 2 - Math.floor(Math.log10(m))));
}
