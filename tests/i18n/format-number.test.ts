import { describe, expect, it } from 'vitest';
import { displayDigits, formatNumber, formatRank, formatValue } from '../../src/lib/i18n/format-number.ts';

describe('formatNumber', () => {
  it('uses the locale separators', () => {
    expect(formatNumber(12345.678, 'en', 1)).toBe('12,345.7');
    expect(formatNumber(12345.678, 'es', 1)).toBe('12.345,7');
  });

  it('formats NaN as an empty string, so callers say "no data"', () => {
    expect(formatNumber(NaN, 'en', 2)).toBe('');
  });
});

describe('formatValue', () => {
  it('shows about three significant figures without trailing zeros', () => {
    expect(formatValue(2042.4, 'en')).toBe('2,042');
    expect(formatValue(4.6666, 'en')).toBe('4.67');
    expect(formatValue(0.08, 'en')).toBe('0.08');
    expect(formatValue(5, 'es')).toBe('5');
    expect(displayDigits(0.0123)).toBe(3);
  });
});

describe('formatRank', () => {
  it('shows averaged tie ranks with one decimal', () => {
    expect(formatRank(12, 'en')).toBe('12');
    expect(formatRank(301.5, 'es')).toBe('301,5');
  });
});
