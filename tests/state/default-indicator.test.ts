import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { defaultIndicator } from '../../src/lib/state/default-indicator.ts';

const entry = (id: string, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id,
  label: { en: id, es: id },
  description: { en: '', es: '' },
  pillar: 'IV',
  direction: 1,
  unit: { en: '', es: '' },
  level: 'municipio',
  year: '2020',
  countries: ['GT', 'HN', 'SV'],
  source: '',
  licence: '',
  source_id: '',
  loe: [],
  ...over,
});

describe('defaultIndicator', () => {
  it('opens on emigrants_per_1000 when the catalog has it, even at department level and after others', () => {
    const catalog = [
      entry('violence_score'),
      entry('sv_emigrants_per_1000', { pillar: 'migration', countries: ['SV'] }),
      entry('emigrants_per_1000', { pillar: 'migration', level: 'department' }),
    ];
    expect(defaultIndicator(catalog)?.id).toBe('emigrants_per_1000');
  });

  it('otherwise takes the migration entry covering the most countries, never a three-country non-migration one', () => {
    const catalog = [
      entry('violence_score'),
      entry('gt_mig', { pillar: 'migration', countries: ['GT'] }),
      entry('gt_hn_mig', { pillar: 'migration', countries: ['GT', 'HN'], level: 'department' }),
      entry('sv_mig', { pillar: 'migration', countries: ['SV'] }),
    ];
    expect(defaultIndicator(catalog)?.id).toBe('gt_hn_mig');
  });

  it('prefers a municipio figure to a department one at equal coverage, then catalog order', () => {
    const catalog = [
      entry('dept', { pillar: 'migration', countries: ['GT'], level: 'department' }),
      entry('muni_a', { pillar: 'migration', countries: ['SV'] }),
      entry('muni_b', { pillar: 'migration', countries: ['GT'] }),
    ];
    expect(defaultIndicator(catalog)?.id).toBe('muni_a');
  });

  it('without migration entries takes the widest entry, and undefined for an empty catalog', () => {
    expect(defaultIndicator([entry('a', { countries: ['SV'] }), entry('b', { countries: ['GT', 'HN'] })])?.id).toBe('b');
    expect(defaultIndicator([])).toBeUndefined();
  });

  it('on the shipped catalog opens on an out-migration indicator', () => {
    const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as CatalogEntry[];
    const e = defaultIndicator(catalog);
    expect(e?.pillar).toBe('migration');
    if (catalog.some((c) => c.id === 'emigrants_per_1000')) expect(e?.id).toBe('emigrants_per_1000');
  });
});
