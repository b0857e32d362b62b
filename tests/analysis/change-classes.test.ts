import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { changeClasses } from '../../src/lib/analysis/change-classes.ts';
import { CHANGE_NO_DATA, CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_OK, CHANGE_ZERO_BASE } from '../../src/lib/analysis/change-between.ts';
import { yearColumnsFromCsv } from '../../src/lib/data/year-columns.ts';

describe('changeClasses: the change map of two years', () => {
  it('absolute change in 3 classes about zero, units missing a year counted apart (by hand)', () => {
    //            change:  +2   0   −1   –    –    –
    const first = [1, 2, 5, NaN, 4, NaN];
    const second = [3, 2, 4, 1, NaN, NaN];
    const c = changeClasses(first, second, 'absolute', 3);
    // m = 2, width 4/3: [−2, −2/3, 2/3, 2]
    expect(c.bounds.map((b) => +b.toFixed(12))).toEqual([-2, -0.666666666667, 0.666666666667, 2]);
    expect([...c.classes]).toEqual([2, 1, 0, -1, -1, -1]);
    expect([...c.status]).toEqual([CHANGE_OK, CHANGE_OK, CHANGE_OK, CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_NO_DATA]);
    expect(c.perClass).toEqual([1, 1, 1]);
    expect(c.perStatus).toEqual([3, 1, 1, 1, 0]);
  });

  it('percent change: a first value of zero is undefined (its own status), not a class', () => {
    const c = changeClasses([2, 0, 4], [3, 5, 2], 'percent', 5);
    expect(c.values[0]).toBeCloseTo(50, 12);
    expect(c.values[1]).toBeNaN();
    expect(c.values[2]).toBeCloseTo(-50, 12);
    expect([...c.status]).toEqual([CHANGE_OK, CHANGE_ZERO_BASE, CHANGE_OK]);
    // m = 50, width 20: +50 in the top class, −50 in the bottom one
    expect([...c.classes]).toEqual([4, -1, 0]);
    expect(c.perStatus[CHANGE_ZERO_BASE]).toBe(1);
  });

  it('no change anywhere: one class [0, 0], every unit in it', () => {
    const c = changeClasses([1, 2], [1, 2], 'absolute', 5);
    expect(c.bounds).toEqual([0, 0]);
    expect([...c.classes]).toEqual([0, 0]);
  });

  describe('on the real series (public/data/indicator-years.csv), checked against the file read independently', () => {
    const csv = readFileSync('public/data/indicator-years.csv', 'utf8');
    const units = readFileSync('public/data/units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0].replace(/"/g, ''));
    const cols = yearColumnsFromCsv(csv, new Map(units.map((u, i) => [u, i])), units.length);
    /** The value of `unit` in `year`, straight from the text. */
    const raw = (id: string, unit: string, year: number): number => {
      const line = csv.split('\n').find((l) => l.startsWith(`${unit},${id},${year},`));
      return line ? Number(line.split(',')[3]) : NaN;
    };
    const column = (id: string, year: number) => {
      const s = cols.get(id)!;
      return s.columns[s.years.indexOf(year)];
    };

    it('SEGEPLAN 2013 → 2018 (absolute): GT0101 +0.0755, six municipios new since 2013, the other countries no data', () => {
      const id = 'gt_segeplan_ranking_2018';
      const c = changeClasses(column(id, 2013), column(id, 2018), 'absolute', 5);
      const i = units.indexOf('GT0101');
      expect(c.values[i]).toBeCloseTo(0.5936 - 0.5181, 12);
      expect(c.values[i]).toBeCloseTo(raw(id, 'GT0101', 2018) - raw(id, 'GT0101', 2013), 12);
      expect(c.perStatus[CHANGE_OK]).toBe(334);
      expect(c.perStatus[CHANGE_NO_FIRST]).toBe(6);
      expect(c.perStatus[CHANGE_NO_SECOND]).toBe(0);
      expect(c.perStatus[CHANGE_NO_DATA]).toBe(682 - 340);
      // m by hand: the largest |2018 − 2013| over the Guatemalan lines of the file
      let m = 0;
      for (const u of units.filter((x) => x.startsWith('GT'))) {
        const d = raw(id, u, 2018) - raw(id, u, 2013);
        if (Number.isFinite(d)) m = Math.max(m, Math.abs(d));
      }
      expect(c.bounds[0]).toBeCloseTo(-m, 12);
      expect(c.bounds[5]).toBeCloseTo(m, 12);
      // GT0101's class by the legend's rule: floor((x + m) / (2m / 5))
      expect(c.classes[i]).toBe(Math.floor((c.values[i] + m) / ((2 * m) / 5)));
      expect(c.perClass.reduce((s, x) => s + x, 0)).toBe(334);
    });

    it('SEGEPLAN 2013 → 2018 (percent): a few changes from a small 2013 score open the end classes', () => {
      const id = 'gt_segeplan_ranking_2018';
      const c = changeClasses(column(id, 2013), column(id, 2018), 'percent', 5);
      expect(c.openEnds).toBe(true);
      const finite = Array.from(c.values).filter(Number.isFinite).map(Math.abs).sort((a, b) => a - b);
      expect(finite.length).toBe(334);
      // P95 by Hyndman–Fan 7 by hand: h = 333 · 0.95 = 316.35
      const r = finite[316] + 0.35 * (finite[317] - finite[316]);
      expect(c.bounds[1]).toBeCloseTo(-r + (2 * r) / 5, 9);
      expect(c.bounds[5]).toBe(finite[333]);
      // The middle class is no longer nearly everyone.
      expect(c.perClass[2]).toBeLessThan(300);
    });

    it('El Salvador departures 2014 → 2023 (percent): SV01001 +129.8 %, all 44 municipios with a change', () => {
      const id = 'sv_emigrants_departed_per_1000';
      const c = changeClasses(column(id, 2014), column(id, 2023), 'percent', 5);
      const i = units.indexOf('SV01001');
      expect(c.values[i]).toBeCloseTo((100 * (3.11199305744 - 1.35424209427)) / 1.35424209427, 9);
      expect(c.values[i]).toBeCloseTo(129.8, 2);
      expect(c.perStatus[CHANGE_OK]).toBe(44);
      expect(c.perStatus[CHANGE_NO_DATA]).toBe(682 - 44);
      expect(c.perClass.reduce((s, x) => s + x, 0)).toBe(44);
    });
  });
});
