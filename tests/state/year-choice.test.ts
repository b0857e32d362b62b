import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { entryInPeriod, referenceYear, yearShown, yearSpan } from '../../src/lib/state/year-choice.ts';
import { readText } from '../data/public-data.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const segeplan = catalog.find((e) => e.id === 'gt_segeplan_ranking_2018')!;
const emigrants = catalog.find((e) => e.id === 'sv_emigrants_departed_per_1000')!;
const plain = catalog.find((e) => !e.years)!;

describe('the year a yearly indicator is shown in', () => {
  it('defaults to the catalog\'s reference year (the one indicators.csv holds)', () => {
    expect(referenceYear(segeplan)).toBe(2018);
    expect(referenceYear(emigrants)).toBe(2023);
    expect(referenceYear(plain)).toBeNull();
    // A reference period that is not one of the years: the last year.
    expect(referenceYear({ ...segeplan, year: '2013–2018' })).toBe(2018);
  });

  it('takes a chosen year of the series, else the reference year', () => {
    expect(yearShown(segeplan, { year: 2013, latest: false })).toBe(2013);
    expect(yearShown(segeplan, { year: 2014, latest: false })).toBe(2018);
    expect(yearShown(segeplan, { year: null, latest: true })).toBe(2018);
    expect(yearShown(plain, { year: 2013, latest: false })).toBeNull();
  });

  it('names the entry for the period shown, each country\'s record too', () => {
    expect(entryInPeriod(segeplan, '2013').year).toBe('2013');
    expect(segeplan.year).toBe('2018');
    const assembled = { ...segeplan, by_country: { GT: { level: 'municipio' as const, year: '2018', source_id: 's', source: 'S' } } };
    expect(entryInPeriod(assembled, '2016').by_country?.GT?.year).toBe('2016');
  });

  it('spans the years the latest values come from (0: no value)', () => {
    expect(yearSpan(Int32Array.from([2016, 0, 2018, 2018]))).toBe('2016–2018');
    expect(yearSpan(Int32Array.from([2018, 0]))).toBe('2018');
    expect(yearSpan(Int32Array.from([0, 0]))).toBe('');
  });
});
