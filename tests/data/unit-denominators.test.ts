import { describe, expect, it } from 'vitest';
import { unitDenominators } from '../../src/lib/data/unit-denominators.ts';
import { readCatalog, readRows, readUnits } from './public-data.ts';

describe('unitDenominators', () => {
  it('takes population and emigrants from municipio-level indicators only, emigrants from a rate × population', () => {
    const d = unitDenominators(['A', 'B', 'C'], [
      { unit_id: 'A', indicator_id: 'x_population', value: 2000 },
      { unit_id: 'A', indicator_id: 'x_emigrants_per_1000', value: 50 },
      { unit_id: 'B', indicator_id: 'population', value: 10 },
      { unit_id: 'B', indicator_id: 'emigrants', value: 3 },
      { unit_id: 'C', indicator_id: 'x_dept_emigrants_per_1000', value: 99 },
      { unit_id: 'Z', indicator_id: 'population', value: 5 },
    ]);
    expect(Array.from(d.population)).toEqual([2000, 10, NaN]);
    expect(Array.from(d.emigrants)).toEqual([100, 3, NaN]);
    expect(d.populationFrom).toEqual(['population', 'x_population']);
  });

  it('judges an indicator assembled from national sources by the unit’s country (by_country)', () => {
    const entry = (id: string, level: 'municipio' | 'department', by?: Record<string, 'municipio' | 'department'>) =>
      ({ id, level, countries: ['GT', 'SV'], by_country: by && Object.fromEntries(Object.entries(by).map(([c, l]) => [c, { level: l, year: '', source: '', source_id: '' }])) }) as never;
    const catalog = [entry('pop', 'municipio'), entry('population', 'municipio'), entry('emigrants_per_1000', 'department', { GT: 'department', SV: 'municipio' })];
    const d = unitDenominators(['GT0101', 'SV01001'], [
      { unit_id: 'GT0101', indicator_id: 'population', value: 1000 },
      { unit_id: 'SV01001', indicator_id: 'population', value: 1000 },
      { unit_id: 'GT0101', indicator_id: 'emigrants_per_1000', value: 40 },
      { unit_id: 'SV01001', indicator_id: 'emigrants_per_1000', value: 30 },
    ], catalog);
    expect(Array.from(d.emigrants)).toEqual([NaN, 30]);
  });

  it('finds GT, HN and SV population and SV emigrants in the default data', () => {
    const units = readUnits();
    const values = readRows('indicators.csv').map((r) => ({ unit_id: r.unit_id, indicator_id: r.indicator_id, value: Number(r.value) }));
    const d = unitDenominators(units.map((u) => u.unit_id), values, readCatalog());
    const sum = (c: string, a: Float64Array) => units.reduce((s, u, i) => s + (u.country === c && !Number.isNaN(a[i]) ? a[i] : 0), 0);
    expect(sum('GT', d.population)).toBe(14_901_286); // Censo 2018 (PROVENANCE.md)
    expect(sum('SV', d.population)).toBeGreaterThan(5_900_000);
    // INE Honduras projections for 2024, all 298 municipios (the denominator of money per capita there)
    expect(units.filter((u, i) => u.country === 'HN' && !Number.isNaN(d.population[i]))).toHaveLength(298);
    expect(sum('HN', d.population)).toBe(9_892_623);
    expect(d.populationFrom).toEqual(['gt_population', 'hn_population', 'sv_population']);
    expect(units.filter((u, i) => u.country !== 'SV' && !Number.isNaN(d.emigrants[i]))).toEqual([]);
    // the assembled emigrants_per_1000: municipal for SV only (GT and HN are department figures)
    expect(d.emigrantsFrom).toEqual(['emigrants_per_1000 × population / 1000']);
  });
});
