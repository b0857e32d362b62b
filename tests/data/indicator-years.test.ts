/**
 * The yearly series of public/data/indicator-years.csv against the raw files, read here with d3's
 * parser independently of the build: El Salvador's emigrants by year of departure add up to the
 * census's national counts per year; SEGEPLAN's three years sit on the right municipios (names,
 * not codes); each reference-year value equals the long table's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { prepareIndicatorYearRows } from '../../scripts/build/render-outputs.ts';
import { RAW, readRows, readText, readUnits } from './public-data.ts';

const years = readRows('indicator-years.csv');
const indicators = readRows('indicators.csv');
const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const units = readUnits();
const valueOf = (unit: string, id: string, year: number) => years.find((r) => r.unit_id === unit && r.indicator_id === id && Number(r.year) === year)?.value;

describe('indicator-years.csv', () => {
  it('El Salvador: rate × 2024 population / 1,000 gives back the census emigrants of each year 2014–2023', () => {
    const raw = csvParse(readFileSync(join(RAW, 'indicators', 'slv_census2024_emigrants_detail.csv'), 'utf8'));
    const national = new Map<number, number>();
    for (const r of raw) national.set(Number(r.year_departure), (national.get(Number(r.year_departure)) ?? 0) + Number(r.emigrants || 0));
    const pop = new Map(indicators.filter((r) => r.indicator_id === 'sv_population').map((r) => [r.unit_id, Number(r.value)]));
    expect(pop.size).toBe(44);
    const entry = catalog.find((e) => e.id === 'sv_emigrants_departed_per_1000')!;
    expect(entry.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    for (const year of entry.years!) {
      const rows = years.filter((r) => r.indicator_id === entry.id && Number(r.year) === year);
      expect(rows, String(year)).toHaveLength(44);
      const total = rows.reduce((s, r) => s + (Number(r.value) * pop.get(r.unit_id)!) / 1000, 0);
      expect(total, String(year)).toBeCloseTo(national.get(year)!, 6);
    }
    expect(national.get(2023)).toBe(34_168);
    // 2024 is a part-year (the census was taken in it): not in the series.
    expect(years.some((r) => r.indicator_id === entry.id && r.year === '2024')).toBe(false);
  });

  it('SEGEPLAN 2013, 2016, 2018 on the municipios the source names', () => {
    const raw = csvParse(readFileSync(join(RAW, 'indicators', 'gtm_segeplan_municipal_ranking.csv'), 'utf8'));
    const byName = (name: string) => raw.find((r) => r.municipio === name)!;
    const unit = (name: string, dept: string) => units.find((u) => u.country === 'GT' && u.name === name && u.dept_name === dept)!.unit_id;
    for (const [name, dept] of [['Santa Catarina Pinula', 'Guatemala'], ['Cobán', 'Alta Verapaz']] as const) {
      const id = unit(name, dept);
      for (const year of [2013, 2016, 2018]) expect(valueOf(id, 'gt_segeplan_ranking_2018', year), `${name} ${year}`).toBe(byName(name)[`segeplan${year}`]);
    }
    // Municipios created after 2013 have no 2013 value (missing, not zero).
    expect(years.filter((r) => r.indicator_id === 'gt_segeplan_ranking_2018' && r.year === '2013').length).toBeLessThan(
      years.filter((r) => r.indicator_id === 'gt_segeplan_ranking_2018' && r.year === '2018').length,
    );
  });

  it('the reference year of each yearly indicator is the value of indicators.csv', () => {
    for (const e of catalog.filter((c) => c.years)) {
      const reference = years.filter((r) => r.indicator_id === e.id && r.year === e.year);
      const long = new Map(indicators.filter((r) => r.indicator_id === e.id).map((r) => [r.unit_id, r.value]));
      expect(reference.length, e.id).toBe(long.size);
      for (const r of reference) expect(r.value, `${e.id} ${r.unit_id}`).toBe(long.get(r.unit_id));
    }
  });

  it('the build refuses a series whose reference year disagrees with the long table, or a year its entry lacks', () => {
    const entry = { id: 'x', year: '2018', years: [2016, 2018] } as CatalogEntry;
    const unitIds = new Set(['A']);
    const reference = [{ unit_id: 'A', indicator_id: 'x', value: 1 }];
    expect(prepareIndicatorYearRows([{ unit_id: 'A', indicator_id: 'x', year: 2018, value: 1 }], unitIds, [entry], reference)).toHaveLength(1);
    expect(() => prepareIndicatorYearRows([{ unit_id: 'A', indicator_id: 'x', year: 2018, value: 2 }], unitIds, [entry], reference)).toThrow(/differs/);
    expect(() => prepareIndicatorYearRows([{ unit_id: 'A', indicator_id: 'x', year: 2017, value: 2 }], unitIds, [entry], reference)).toThrow(/not a year/);
  });
});
