import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { profileRows } from '../../src/lib/state/profile-rows.ts';

const entry = (id: string, pillar: CatalogEntry['pillar'], countries: CatalogEntry['countries']): CatalogEntry => ({
  id,
  label: { en: id, es: id },
  description: { en: '', es: '' },
  pillar,
  direction: 1,
  unit: { en: '', es: '' },
  level: 'municipio',
  year: '2020',
  countries,
  source: '',
  licence: '',
  source_id: '',
  loe: [],
});

describe('profileRows', () => {
  const catalog = [
    entry('ctx', 'context', ['GT']),
    entry('mig', 'migration', ['GT', 'HN']),
    entry('hn_only', 'I', ['HN']),
    entry('gap', 'IV', ['GT']),
  ];

  it('lists every indicator of the country, grouped by pillar in display order', () => {
    const groups = profileRows(catalog, 'GT', [
      { indicator_id: 'mig', value: 4, rank: 2.5, n: 340 },
      { indicator_id: 'ctx', value: 1, rank: 1, n: 340 },
    ]);
    expect(groups.map((g) => g.pillar)).toEqual(['migration', 'IV', 'context']);
    expect(groups[0].items[0]).toMatchObject({ value: 4, rank: 2.5, n: 340 });
  });

  it('shows an indicator of the country without a value for the unit as no data (NaN), not 0', () => {
    const groups = profileRows(catalog, 'GT', [{ indicator_id: 'gap', value: null, rank: null, n: 300 }]);
    const gap = groups.find((g) => g.pillar === 'IV')?.items[0];
    expect(gap?.value).toBeNaN();
    expect(gap?.rank).toBeNaN();
    expect(gap?.n).toBe(300);
  });
});
