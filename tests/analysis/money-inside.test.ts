import { describe, expect, it } from 'vitest';
import { moneyInsideOutside } from '../../src/lib/analysis/money-inside.ts';

describe('moneyInsideOutside', () => {
  // Country 0 has investment data; country 1 has none (its amounts are NaN, never 0).
  const country = [0, 0, 0, 0, 1, 1];
  const sourced = [1, 1, 1, 1, 0, 0];
  const amount = [100, 0, NaN, 50, NaN, NaN];
  const mask = [1, 1, 1, 0, 1, 0];

  it('sums money inside and outside the set per country, unknown amounts apart', () => {
    const [c0, c1] = moneyInsideOutside(amount, sourced, country, mask);
    expect(c0.inside).toEqual({ units: 3, withMoney: 1, unknown: 1, money: 100 });
    expect(c0.outside).toEqual({ units: 1, withMoney: 1, unknown: 0, money: 50 });
    expect(c0.insideShare).toBeCloseTo(100 / 150, 12);
    expect(c0.notSourced).toBe(0);
    // A country without data: its units of the set are counted apart, its share unknown.
    expect(c1.inside.units).toBe(0);
    expect(c1.outside.units).toBe(0);
    expect(c1.notSourced).toBe(1);
    expect(c1.insideShare).toBeNaN();
  });

  it('an empty set puts all the money outside', () => {
    const [c0] = moneyInsideOutside(amount, sourced, country, [0, 0, 0, 0, 0, 0]);
    expect(c0.inside.money).toBe(0);
    expect(c0.outside.money).toBe(150);
    expect(c0.insideShare).toBe(0);
  });

  it('refuses arrays of different lengths', () => {
    expect(() => moneyInsideOutside(amount, sourced, country, [1])).toThrow(/differ in length/);
  });
});
