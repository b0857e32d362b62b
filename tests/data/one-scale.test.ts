import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { oneScale } from '../../src/lib/data/one-scale.ts';

const entry = (over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id: 'x',
  label: { en: 'x', es: 'x' },
  description: { en: '', es: '' },
  pillar: 'migration',
  direction: 1,
  unit: { en: '', es: '' },
  level: 'municipio',
  year: '2020',
  countries: ['GT', 'HN', 'SV'],
  source: 'one study',
  licence: '',
  source_id: 'study',
  loe: [],
  ...over,
});

const ev = (level: 'municipio' | 'department', source_id: string) => ({ level, year: '2020', source_id, source: source_id });

describe('oneScale', () => {
  it('allows one regional scale for a single source across the three countries', () => {
    expect(oneScale(entry())).toBe(true);
  });

  it('refuses it for an indicator assembled from different national sources', () => {
    const e = entry({
      level: 'department',
      by_country: { GT: ev('department', 'ine_gt'), HN: ev('department', 'ine_hn'), SV: ev('municipio', 'digestyc') },
    });
    expect(oneScale(e)).toBe(false);
  });

  it('refuses it when one source is measured at different levels in different countries', () => {
    const e = entry({ by_country: { GT: ev('department', 's'), HN: ev('municipio', 's') }, countries: ['GT', 'HN'] });
    expect(oneScale(e)).toBe(false);
  });

  it('allows it when every country record names the same source and level', () => {
    const e = entry({ by_country: { GT: ev('municipio', 's'), HN: ev('municipio', 's'), SV: ev('municipio', 's') } });
    expect(oneScale(e)).toBe(true);
  });

  it('refuses it for values normalised within each country, and always allows a single country', () => {
    expect(oneScale(entry(), true)).toBe(false);
    expect(oneScale(entry({ countries: ['GT'] }), true)).toBe(true);
  });
});
