/**
 * The catalog's two cross-cutting steps of the data build: per-country entries of one concept
 * assembled into one entry with `by_country` (level = the coarsest), and the lines of effort every
 * entry must carry.
 */
import { describe, expect, it } from 'vitest';
import { assembleByCountry } from '../../scripts/build/assemble-by-country.ts';
import type { CatalogDraft } from '../../scripts/build/catalog-entry.ts';
import { indicatorLoe, INDICATOR_LOE } from '../../scripts/build/indicator-loe.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';

const part = (id: string, country: CountryCode, level: 'municipio' | 'department', unit = 'per 1,000 residents'): CatalogDraft => ({
  id,
  label: { en: id, es: id },
  description: { en: id, es: id },
  pillar: 'migration',
  direction: 1,
  unit: { en: unit, es: unit },
  level,
  year: `${country} year`,
  countries: [country],
  source: `${country} source`,
  licence: `${country} licence`,
  source_id: `${country.toLowerCase()}_src`,
});

const ASSEMBLY = {
  id: 'rate',
  label: { en: 'Rate', es: 'Tasa' },
  description: { en: 'd', es: 'd' },
  unit: { en: 'per 1,000 residents', es: 'por 1.000 habitantes' },
  parts: { GT: 'gt_rate', SV: 'sv_rate' },
};

describe('assembleByCountry', () => {
  const catalog = [part('gt_rate', 'GT', 'department'), part('other', 'GT', 'municipio'), part('sv_rate', 'SV', 'municipio')];
  const rows = [
    { unit_id: 'GT0101', indicator_id: 'gt_rate', value: 1 },
    { unit_id: 'GT0101', indicator_id: 'other', value: 2 },
    { unit_id: 'SV01001', indicator_id: 'sv_rate', value: 3 },
  ];

  it('replaces the parts by one entry in the first part’s place, with each country’s level, year and source', () => {
    const out = assembleByCountry(rows, catalog, [ASSEMBLY]);
    expect(out.catalog.map((e) => e.id)).toEqual(['rate', 'other']);
    const e = out.catalog[0];
    expect(e.level).toBe('department'); // the coarsest of department (GT) and municipio (SV)
    expect(e.countries).toEqual(['GT', 'SV']);
    expect(e.by_country).toEqual({
      GT: { level: 'department', year: 'GT year', source_id: 'gt_src', source: 'GT source' },
      SV: { level: 'municipio', year: 'SV year', source_id: 'sv_src', source: 'SV source' },
    });
    expect(e.year).toBe('GT GT year; SV SV year');
    expect(out.rows.map((r) => r.indicator_id)).toEqual(['rate', 'other', 'rate']);
    expect(out.rows.map((r) => r.value)).toEqual([1, 2, 3]); // values are never rescaled
  });

  it('is municipio only when every country is', () => {
    const muni = [part('gt_rate', 'GT', 'municipio'), part('sv_rate', 'SV', 'municipio')];
    expect(assembleByCountry([], muni, [ASSEMBLY]).catalog[0].level).toBe('municipio');
  });

  it('refuses parts in different units, of another country, or missing', () => {
    expect(() => assembleByCountry([], [part('gt_rate', 'GT', 'department'), part('sv_rate', 'SV', 'municipio', '% of households')], [ASSEMBLY])).toThrow(/is in "% of households"/);
    expect(() => assembleByCountry([], [part('gt_rate', 'HN', 'department'), part('sv_rate', 'SV', 'municipio')], [ASSEMBLY])).toThrow(/measures HN, not GT/);
    expect(() => assembleByCountry([], [part('sv_rate', 'SV', 'municipio')], [ASSEMBLY])).toThrow(/gt_rate is not in the catalog/);
  });
});

describe('indicatorLoe', () => {
  it('gives the stated lines of effort, and fails for an entry the table does not list', () => {
    expect(indicatorLoe('gt_deportees_rate')).toEqual([5]);
    expect(indicatorLoe('gt_population')).toEqual([]); // present and empty is an answer
    expect(() => indicatorLoe('new_indicator')).toThrow(/new_indicator has no lines of effort/);
  });

  it('lists only lines 1–8', () => {
    for (const [id, loe] of Object.entries(INDICATOR_LOE)) for (const l of loe) expect(l >= 1 && l <= 8, id).toBe(true);
  });
});
