import { describe, expect, it } from 'vitest';
import type { CatalogEntry, LineOfEffort } from '../../src/lib/data/schema.ts';
import { catalogByLineOfEffort } from '../../src/lib/state/catalog-by-line-of-effort.ts';

const entry = (id: string, loe?: LineOfEffort[]): CatalogEntry =>
  ({
    id,
    label: { en: id, es: id },
    description: { en: '', es: '' },
    pillar: 'migration',
    direction: 1,
    unit: { en: '', es: '' },
    level: 'municipio',
    year: '',
    countries: ['GT'],
    source: '',
    licence: '',
    source_id: '',
    ...(loe ? { loe } : {}),
  }) as CatalogEntry;

describe('catalogByLineOfEffort', () => {
  it('groups by line of effort in the Strategy’s order, an entry under every line it informs', () => {
    const groups = catalogByLineOfEffort([entry('a', [5, 1]), entry('b', [1]), entry('c', [8])]);
    expect(groups.map((g) => [g.loe, g.items.map((e) => e.id)])).toEqual([
      [1, ['a', 'b']],
      [5, ['a']],
      [8, ['c']],
    ]);
  });

  it('puts entries with no line of effort, or no loe field at all, in a last group', () => {
    const groups = catalogByLineOfEffort([entry('none', []), entry('old'), entry('x', [3])]);
    expect(groups.map((g) => [g.loe, g.items.map((e) => e.id)])).toEqual([
      [3, ['x']],
      [null, ['none', 'old']],
    ]);
  });

  it('lists every entry at least once', () => {
    const catalog = [entry('a', [2]), entry('b'), entry('c', [2, 7])];
    const listed = new Set(catalogByLineOfEffort(catalog).flatMap((g) => g.items.map((e) => e.id)));
    expect(listed).toEqual(new Set(['a', 'b', 'c']));
  });
});
