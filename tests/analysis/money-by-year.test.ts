import { describe, expect, it } from 'vitest';
import { moneyBeforeAfter, moneyByYear, yearShares } from '../../src/lib/analysis/money-by-year.ts';

// Six rows, hand-made: r0 2004–2007 400 USD; r1 2006 only (start = end) 90; r2 start 2005, no end,
// 50; r3 no start, end 2008, 30; r4 2009–2006 (end before start) 70; r5 2005–2006 without amount.
const x = {
  amount: [400, 90, 50, 30, 70, NaN],
  startYear: [2004, 2006, 2005, NaN, 2009, 2005],
  endYear: [2007, 2006, NaN, 2008, 2006, 2006],
};
const one = [0, 0, 0, 0, 0, 0];

describe('yearShares', () => {
  it('spread divides evenly over start…end inclusive', () => {
    expect(yearShares(2004, 2007, 'spread')).toEqual([[2004, 0.25], [2005, 0.25], [2006, 0.25], [2007, 0.25]]);
    expect(yearShares(2006, 2006, 'spread')).toEqual([[2006, 1]]);
  });
  it('needs the years its rule names; a malformed period is never placed', () => {
    expect(yearShares(NaN, 2008, 'start')).toBe('noYear');
    expect(yearShares(NaN, 2008, 'end')).toEqual([[2008, 1]]);
    expect(yearShares(2005, NaN, 'spread')).toBe('noYear');
    expect(yearShares(2009, 2006, 'start')).toBe('badPeriod');
    expect(yearShares(2009, 2006, 'spread')).toBe('badPeriod');
    expect(yearShares(2004.5, 2006, 'spread')).toBe('badPeriod');
  });
});

describe('moneyByYear', () => {
  it('by start year, hand-computed', () => {
    const m = moneyByYear(x, one, 1, 'start');
    // r0 → 2004 (400), r1 → 2006 (90), r2 → 2005 (50); r3 no start; r4 malformed; r5 no amount.
    expect(m.years).toEqual([2004, 2005, 2006]);
    expect(Array.from(m.money)).toEqual([400, 50, 90]);
    expect(m.allocated[0]).toBe(540);
    expect(m.noYear[0]).toEqual({ rows: 1, money: 30 });
    expect(m.badPeriod[0]).toEqual({ rows: 1, money: 70 });
    expect(m.noAmount[0]).toBe(1);
    expect(m.total[0]).toBe(6);
  });

  it('by end year, hand-computed', () => {
    const m = moneyByYear(x, one, 1, 'end');
    // r0 → 2007 (400), r1 → 2006 (90), r3 → 2008 (30); r2 no end; r4 malformed.
    expect(m.years).toEqual([2006, 2007, 2008]);
    expect(Array.from(m.money)).toEqual([90, 400, 30]);
    expect(m.noYear[0]).toEqual({ rows: 1, money: 50 });
    expect(m.badPeriod[0]).toEqual({ rows: 1, money: 70 });
  });

  it('spread over the active years, hand-computed; the money balances', () => {
    const m = moneyByYear(x, one, 1, 'spread');
    // r0: 100 in each of 2004–2007; r1: 90 in 2006; r2 and r3 lack a year (50 + 30).
    expect(m.years).toEqual([2004, 2005, 2006, 2007]);
    expect(Array.from(m.money)).toEqual([100, 100, 190, 100]);
    expect(Array.from(m.rows)).toEqual([1, 1, 2, 1]);
    expect(m.noYear[0]).toEqual({ rows: 2, money: 80 });
    expect(m.allocated[0] + m.noYear[0].money + m.badPeriod[0].money).toBe(400 + 90 + 50 + 30 + 70);
  });

  it('groups share one year axis; −1 leaves a row out', () => {
    const m = moneyByYear(x, [0, 1, -1, 1, 0, -1], 2, 'end');
    expect(m.years).toEqual([2006, 2007, 2008]);
    expect(Array.from(m.money)).toEqual([0, 400, 0, 90, 0, 30]);
    expect(Array.from(m.total)).toEqual([2, 2]);
    expect(m.badPeriod[0].money).toBe(70);
  });

  it('before and after a year', () => {
    const m = moneyByYear(x, one, 1, 'spread');
    expect(moneyBeforeAfter(m, 0, 2006)).toEqual({ before: 200, after: 290 });
    expect(moneyBeforeAfter(m, 0, 2000)).toEqual({ before: 0, after: 490 });
  });

  it('no usable row: no years, nothing invented', () => {
    const m = moneyByYear({ amount: [NaN], startYear: [NaN], endYear: [NaN] }, [0], 1, 'spread');
    expect(m.years).toEqual([]);
    expect(m.money.length).toBe(0);
    expect(m.noYear[0]).toEqual({ rows: 1, money: 0 });
  });

  it('refuses columns of different lengths', () => {
    expect(() => moneyByYear(x, [0], 1, 'start')).toThrow(/1 groups for 6/);
  });
});
