import { describe, expect, it } from 'vitest';
import { boundDigits, legendClasses } from '../../src/lib/map/legend-classes.ts';

const palette = [
  [255, 255, 178],
  [254, 204, 92],
  [240, 59, 32],
];

describe('legendClasses', () => {
  it('gives one row per class with its range, colour and count', () => {
    const rows = legendClasses([0, 10, 20, 30], palette, [4, 5, 6], 'en');
    expect(rows).toEqual([
      { colour: 'rgb(255 255 178)', label: '0 – 10', count: 4 },
      { colour: 'rgb(254 204 92)', label: '10 – 20', count: 5 },
      { colour: 'rgb(240 59 32)', label: '20 – 30', count: 6 },
    ]);
  });

  it('formats bounds with the locale separators', () => {
    expect(legendClasses([1000, 25000.5], palette, [1], 'en')[0].label).toBe('1,000 – 25,001');
    expect(legendClasses([0.25, 0.5], palette, [1], 'es')[0].label).toBe('0,25 – 0,50');
  });

  it('labels a class of one repeated value (the last bounds equal) with that value alone', () => {
    expect(legendClasses([0, 5, 5], palette, [3, 2], 'en')[1].label).toBe('5');
  });
});

describe('boundDigits', () => {
  it('keeps two significant figures of the narrowest class', () => {
    expect(boundDigits([0, 94, 191, 2121])).toBe(0);
    expect(boundDigits([0.03, 0.37, 0.55, 1])).toBe(2);
    expect(boundDigits([4.7, 12.4, 17.4])).toBe(1);
    expect(boundDigits([0.001, 0.0015])).toBe(4);
  });

  it('handles a single repeated value', () => {
    expect(boundDigits([0, 0])).toBe(0);
    expect(boundDigits([0.25, 0.25])).toBe(3);
    expect(legendClasses([0.25, 0.25], palette, [7], 'en')[0].label).toBe('0.25');
  });
});
