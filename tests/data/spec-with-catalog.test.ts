import { describe, expect, it } from 'vitest';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { specWithCatalog } from '../../src/lib/data/spec-with-catalog.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';

const entry = (id: string, pillar: CatalogEntry['pillar'], direction: CatalogEntry['direction']): CatalogEntry => ({
  id,
  label: { en: id, es: id },
  description: { en: '', es: '' },
  pillar,
  direction,
  unit: { en: '', es: '' },
  level: 'municipio',
  year: '2024',
  countries: ['GT'],
  source: 'user',
  licence: '',
  source_id: 'user:import-1',
  loe: [],
});

const base = [entry('a', 'I', 1), entry('b', 'I', 1), entry('m', 'migration', 1)];
const columns = (...ids: string[]) => new Map(ids.map((id) => [id, new Float64Array(1)]));

describe('specWithCatalog', () => {
  it('adds an imported indicator switched off under its pillar, with the mean weight of its siblings', () => {
    const spec = defaultIndexSpec(base); // a and b weigh 1/2 each under I
    const out = specWithCatalog(spec, [entry('remit', 'I', -1)], columns('a', 'b', 'm', 'remit'));
    expect(out.indicators.map((i) => i.id)).toEqual(['m', 'a', 'b', 'remit']);
    expect(out.indicators[3]).toEqual({ id: 'remit', direction: -1, weight: 0.5, parent: 'I', enabled: false });
    expect(spec.indicators).toHaveLength(3); // input untouched
  });

  it('leaves out context indicators, neutral directions and indicators without values', () => {
    const spec = defaultIndexSpec(base);
    const extra = [entry('ctx', 'context', 1), entry('flat', 'II', 0), entry('novalues', 'II', 1)];
    expect(specWithCatalog(spec, extra, columns('a', 'b', 'm', 'ctx', 'flat'))).toBe(spec);
  });

  it('an indicator alone in its pillar gets weight 1; one already in the spec is not added twice', () => {
    const spec = defaultIndexSpec(base);
    const once = specWithCatalog(spec, [entry('gbv', 'V', 1)], columns('a', 'b', 'm', 'gbv'));
    expect(once.indicators.at(-1)).toMatchObject({ id: 'gbv', weight: 1, parent: 'V', enabled: false });
    expect(specWithCatalog(once, [entry('gbv', 'V', 1)], columns('a', 'b', 'm', 'gbv'))).toBe(once);
  });

  it('drops spec indicators whose column the tables no longer hold (an import removed)', () => {
    const spec = specWithCatalog(defaultIndexSpec(base), [entry('remit', 'I', 1)], columns('a', 'b', 'm', 'remit'));
    const out = specWithCatalog(spec, [], columns('a', 'b', 'm'));
    expect(out.indicators.map((i) => i.id)).toEqual(['m', 'a', 'b']);
  });
});
