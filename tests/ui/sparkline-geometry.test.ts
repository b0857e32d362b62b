import { describe, expect, it } from 'vitest';
import { sparklineGeometry } from '../../src/lib/ui/sparkline-geometry.ts';

describe('sparklineGeometry', () => {
  it('places years by their value (uneven spacing kept) and values from the unit\'s low to high', () => {
    // 2013, 2016, 2018 on a 100 × 20 box without padding: x = 0, 60, 100.
    const g = sparklineGeometry([2013, 2016, 2018], [0.5, 0.7, 0.6], 100, 20, 0);
    expect(g.points.map((p) => [p.x, p.y])).toEqual([
      [0, 20],
      [60, 0],
      [100, 10],
    ]);
    expect(g.path).toBe('M0,20L60,0L100,10');
    expect(g.missing).toEqual([]);
  });

  it('on a shared scale (the ranking\'s rows): a small change stays small', () => {
    // Domain 0–100 on a 20 px high box: 42.7 → 43.6 moves less than a fifth of a pixel.
    const g = sparklineGeometry([2013, 2018], [42.7, 43.6], 100, 20, 0, [0, 100]);
    expect(g.points.map((p) => p.y)).toEqual([11.46, 11.28]);
  });

  it('leaves a missing year as a gap, never a zero: the line breaks and starts again', () => {
    const g = sparklineGeometry([2014, 2015, 2016, 2017], [1, NaN, 3, 2], 30, 10, 0);
    expect(g.path).toBe('M0,10M20,0L30,5');
    expect(g.points.map((p) => p.year)).toEqual([2014, 2016, 2017]);
    expect(g.missing).toEqual([{ year: 2015, x: 10 }]);
    // The lowest point is the lowest value (1), not 0.
    expect(Math.max(...g.points.map((p) => p.y))).toBe(10);
  });

  it('draws a flat or a one-year series in the middle, and nothing for no values', () => {
    expect(sparklineGeometry([2020, 2021], [4, 4], 10, 10, 0).points.map((p) => p.y)).toEqual([5, 5]);
    expect(sparklineGeometry([2020], [4], 10, 10, 0).points[0]).toEqual({ year: 2020, value: 4, x: 5, y: 5 });
    const none = sparklineGeometry([2020, 2021], [NaN, NaN], 10, 10, 0);
    expect(none.path).toBe('');
    expect(none.points).toEqual([]);
    expect(none.missing.length).toBe(2);
  });
});
