import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { countryRankLegends, countryValueLegends, shownCountryLegends } from '../../src/lib/map/country-legends.ts';
import { classesWithinGroups } from '../../src/lib/analysis/classes-within-groups.ts';
import { rankClassesWithinGroups } from '../../src/lib/analysis/rank-classes-within-groups.ts';
import { equalIntervalBreaks } from '../../src/lib/analysis/equal-interval-breaks.ts';
import { sequentialPalette } from '../../src/lib/map/palettes.ts';

const COUNTRIES = ['GT', 'HN', 'SV'] as const;

const emigrants: CatalogEntry = {
  id: 'emigrants_per_1000',
  label: { en: 'Emigrants per 1,000', es: 'Emigrantes por 1.000' },
  description: { en: '', es: '' },
  pillar: 'migration',
  direction: 1,
  unit: { en: 'per 1,000', es: 'por 1.000' },
  level: 'department',
  year: '2002–2024',
  countries: ['GT', 'HN', 'SV'],
  source: 'several',
  licence: '',
  source_id: '',
  loe: [],
  by_country: {
    GT: { level: 'department', year: '2002–2018', source_id: 'gt', source: 'INE Guatemala, Censo 2018' },
    HN: { level: 'department', year: '2023', source_id: 'hn', source: 'INE Honduras, survey 2023' },
    SV: { level: 'municipio', year: '2014–2024', source_id: 'sv', source: 'DIGESTYC, Censo 2024' },
  },
};

// GT 0–40, HN 1000–4000 (another scale), SV two values and one missing.
const values = [0, 10, 20, 40, 1000, 2000, 3000, 4000, 5, 6, NaN];
const group = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2];

describe('countryValueLegends', () => {
  it('gives each country its own classes, counts, no-data count and evidence line', () => {
    const within = classesWithinGroups(values, group, 3, equalIntervalBreaks, 2);
    const palettes = within.bounds.map((b) => sequentialPalette(b.length - 1));
    const legends = countryValueLegends(emigrants, COUNTRIES, within, palettes, 'en');
    expect(legends.map((l) => l.country)).toEqual(['GT', 'HN', 'SV']);
    expect(legends[0].rows.map((r) => [r.label, r.count])).toEqual([
      ['0 – 20', 2],
      ['20 – 40', 2],
    ]);
    expect(legends[1].rows.map((r) => [r.label, r.count])).toEqual([
      ['1,000 – 2,500', 2],
      ['2,500 – 4,000', 2],
    ]);
    expect(legends[2].noData).toBe(1);
    expect(legends[0].evidence).toEqual({ level: 'department', year: '2002–2018', source: 'INE Guatemala, Censo 2018' });
    expect(legends[2].evidence.level).toBe('municipio');
    // The same palette in every country: the top class of each is the darkest of its scheme.
    expect(legends[0].rows[1].colour).toBe(legends[1].rows[1].colour);
  });

  it('formats the bounds for Spanish', () => {
    const within = classesWithinGroups(values, group, 3, equalIntervalBreaks, 2);
    const palettes = within.bounds.map((b) => sequentialPalette(b.length - 1));
    expect(countryValueLegends(emigrants, COUNTRIES, within, palettes, 'es')[1].rows[0].label).toBe('1000 – 2500');
  });

  it('leaves out a country the entry does not cover', () => {
    const gtOnly = { ...emigrants, countries: ['GT' as const], by_country: undefined, level: 'municipio' as const };
    const within = classesWithinGroups(values, group, 3, equalIntervalBreaks, 2);
    const legends = countryValueLegends(gtOnly, COUNTRIES, within, [sequentialPalette(2), [], []], 'en');
    expect(legends.map((l) => l.country)).toEqual(['GT']);
  });
});

describe('countryRankLegends', () => {
  it('labels each class with the ranks it holds in the country, lowest values first', () => {
    const ranks = rankClassesWithinGroups(values, group, 3, 2);
    const legends = countryRankLegends(emigrants, COUNTRIES, ranks, sequentialPalette(2), 'en');
    expect(legends[0].rows.map((r) => [r.label, r.count])).toEqual([
      ['4 – 3', 2],
      ['2 – 1', 2],
    ]);
    expect(legends[2].rows.map((r) => r.label)).toEqual(['2', '1']);
    expect(legends[2].noData).toBe(1);
  });
});

describe('shownCountryLegends', () => {
  it('follows the scale the choropleth draws: value classes, rank classes, or none on the region scale', () => {
    const within = classesWithinGroups(values, group, 3, equalIntervalBreaks, 2);
    const palettes = within.bounds.map((b) => sequentialPalette(b.length - 1));
    const ranks = rankClassesWithinGroups(values, group, 3, 2);
    const byValue = shownCountryLegends(emigrants, COUNTRIES, { withinCountry: within, rankWithinCountry: null, countryPalettes: palettes }, 'en');
    expect(byValue[0].rows[0].label).toBe('0 – 20');
    const byRank = shownCountryLegends(emigrants, COUNTRIES, { withinCountry: null, rankWithinCountry: ranks, countryPalettes: palettes }, 'en');
    expect(byRank[0].rows[0].label).toBe('4 – 3');
    expect(shownCountryLegends(emigrants, COUNTRIES, { withinCountry: null, rankWithinCountry: null, countryPalettes: [] }, 'en')).toEqual([]);
  });
});
