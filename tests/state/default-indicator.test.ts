import { describe, expect, it } from 'vitest';
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
  ...over,
});

describe('defaultIndicator', () => {
  it('picks violence_score when it covers the three countries at municipio level', () => {
    expect(defaultIndicator([entry('gt_x', { countries: ['GT'] }), entry('violence_score')])?.id).toBe('violence_score');
  });

  it('falls back to a three-country municipio indicator, migration first', () => {
    const catalog = [
      entry('violence_score', { countries: ['GT', 'HN'] }),
      entry('ctx', { pillar: 'context' }),
      entry('mig', { pillar: 'migration' }),
    ];
    expect(defaultIndicator(catalog)?.id).toBe('mig');
  });

  it('never picks a department-level indicator while a municipio one covers all countries', () => {
    const catalog = [entry('dept', { level: 'department', pillar: 'migration' }), entry('muni', { pillar: 'I' })];
    expect(defaultIndicator(catalog)?.id).toBe('muni');
  });

  it('returns the first entry when none covers all countries, and undefined for an empty catalog', () => {
    expect(defaultIndicator([entry('a', { countries: ['SV'] }), entry('b', { countries: ['GT'] })])?.id).toBe('a');
    expect(defaultIndicator([])).toBeUndefined();
  });
});
