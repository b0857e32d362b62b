const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${locale}|${digits}|${fixed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: fixed ? digits : 0, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A number with the locale's separators (`1,234.5` in English, `1234,5` / `12.345,5` in Spanish)
 * and `digits` decimals, exactly (`fixed`, for columns that line up) or at most. NaN formats as an
 * empty string: callers say "no data".
 */
export function formatNumber(value: number, locale: string, digits: number, fixed = true): string {
  if (!Number.isFinite(value)) return '';
  return formatter(locale, digits, fixed).format(value);
}

/**
 * Decimals that show a value to about three significant figures, between 0 and 3: `1,234`,
 * `56.7`, `0.123`.
 */
export function displayDigits(value: number): number {
  const a = Math.abs(value);
  if (!Number.isFinite(a) || a === 0 || a >= 100) return 0;
  return Math.min(3, Math.max(0, 2 - Math.floor(Math.log10(a))));
}

/** A value for reading: about three significant figures, no trailing zeros (`5`, `0.08`, `4.67`). */
export function formatValue(value: number, locale: string): string {
  return formatNumber(value, locale, displayDigits(value), false);
}

/** A rank within a country; fractional when ties were averaged (`12.5`). */
export function formatRank(rank: number, locale: string): string {
  return formatNumber(rank, locale, Number.isInteger(rank) ? 0 : 1);
}
