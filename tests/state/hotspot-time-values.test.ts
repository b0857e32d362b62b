import { describe, expect, it } from 'vitest';
import { hotspotChangeShown, hotspotTimeValues } from '../../src/lib/state/hotspot-time-values.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';

const entry = {
  id: 'x',
  label: { en: 'Departures', es: 'Salidas' },
  year: '2023',
  years: [2014, 2018, 2023],
  direction: 1,
  unit: { en: 'per 1,000', es: 'por 1.000' },
} as unknown as CatalogEntry;
const series = { years: [2014, 2018, 2023], columns: [Float64Array.from([1, 2, NaN]), Float64Array.from([2, 2, 5]), Float64Array.from([4, 1, 6])] };

describe('hotspotTimeValues', () => {
  it("one year: that year's column (a copy), the entry named for the year", () => {
    const v = hotspotTimeValues(entry, series, { year: 2018 }, 3)!;
    expect([...v.values]).toEqual([2, 2, 5]);
    expect(v.values).not.toBe(series.columns[1]);
    expect(v.entry.year).toBe('2018');
    expect(v.entry.label).toEqual({ en: 'Departures (year 2018)', es: 'Salidas (año 2018)' });
  });

  it('two years: the absolute change second − first (NaN where either is missing), named for both years', () => {
    const v = hotspotTimeValues(entry, series, { first: 2014, second: 2023 }, 3)!;
    expect([...v.values]).toEqual([3, -1, NaN]);
    expect(v.entry.year).toBe('2014–2023');
    expect(v.entry.label.en).toBe('Departures — change 2014 → 2023');
    expect(v.entry.label.es).toBe('Salidas — cambio 2014 → 2023');
  });

  it('null without the series, for a year it lacks, or for columns of other units', () => {
    expect(hotspotTimeValues(entry, null, { year: 2018 }, 3)).toBeNull();
    expect(hotspotTimeValues(entry, series, { year: 2016 }, 3)).toBeNull();
    expect(hotspotTimeValues(entry, series, { first: 2014, second: 2016 }, 3)).toBeNull();
    expect(hotspotTimeValues(entry, series, { year: 2018 }, 682)).toBeNull();
  });
});

describe('hotspotChangeShown: the change variable as the change map draws it before a run', () => {
  it('a change: both years\' columns, absolute; a single year or a missing year: none', () => {
    const c = hotspotChangeShown(entry, series, { first: 2014, second: 2023 }, 3)!;
    expect(c.entry).toBe(entry);
    expect([c.first, c.second, c.mode]).toEqual([2014, 2023, 'absolute']);
    expect(c.firstValues).toBe(series.columns[0]);
    expect(c.secondValues).toBe(series.columns[2]);
    expect(hotspotChangeShown(entry, series, { year: 2018 }, 3)).toBeNull();
    expect(hotspotChangeShown(entry, series, null, 3)).toBeNull();
    expect(hotspotChangeShown(entry, series, { first: 2014, second: 2020 }, 3)).toBeNull();
    expect(hotspotChangeShown(entry, series, { first: 2014, second: 2023 }, 4)).toBeNull();
  });
});
