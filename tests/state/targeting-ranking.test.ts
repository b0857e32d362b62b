/**
 * The builder's state logic outside Svelte: recomputation with kept preparations, root weights with
 * locks, indicators listed by pillar, the index on the map, and the export → import round trip.
 */
import { describe, expect, it } from 'vitest';
import { CachedRanking } from '../../src/lib/state/cached-ranking.ts';
import { rootWeights, withRootWeight } from '../../src/lib/state/root-weights.ts';
import { indicatorsByGroup } from '../../src/lib/state/indicators-by-group.ts';
import { indexCatalogEntry } from '../../src/lib/state/index-catalog-entry.ts';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { withGroupWeights } from '../../src/lib/data/index-presets.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import type { IndexSpec } from '../../src/lib/data/index-spec.ts';
import type { RankTables } from '../../src/lib/data/rank-types.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { indexSpecFile } from '../../src/lib/export/index-spec-file.ts';
import { priorityListCsv } from '../../src/lib/export/priority-list-csv.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import { readRows, readText } from '../data/public-data.ts';

/** Three units of one country; a: 0, 5, 10 and b: 10, 0, 5, one indicator per group. */
function tinyTables(): RankTables {
  return {
    units: ['U1', 'U2', 'U3'].map((id) => ({ unit_id: id, name: id, department: 'D', country: 'GT' })),
    columns: new Map([
      ['a', Float64Array.from([0, 5, 10])],
      ['b', Float64Array.from([10, 0, 5])],
    ]),
  };
}

function tinySpec(): IndexSpec {
  const spec = defaultIndexSpec([]);
  return {
    ...spec,
    groups: [
      { id: 'index', parent: null, weight: 1 },
      { id: 'A', parent: 'index', weight: 0.5, label: { en: 'Group A', es: 'Grupo A' } },
      { id: 'B', parent: 'index', weight: 0.5 },
    ],
    indicators: [
      { id: 'a', direction: 1, weight: 1, parent: 'A', enabled: true },
      { id: 'b', direction: 1, weight: 1, parent: 'B', enabled: true },
    ],
    treatment: { ...spec.treatment, method: 'none' },
    topN: 1,
  };
}

describe('CachedRanking', () => {
  it('computes the hand-worked scores and keeps the prepared indicators while only weights change', () => {
    const tables = tinyTables();
    const ranking = new CachedRanking();
    // Min–max 0–100: a → 0, 50, 100; b → 100, 0, 50. Equal weights: 50, 25, 75.
    const first = ranking.run(tables, tinySpec());
    expect(first.reused).toBe(false);
    expect([...first.result.index.score]).toEqual([50, 25, 75]);
    expect([...first.result.index.rankRegion]).toEqual([2, 3, 1]);
    expect([...first.result.order]).toEqual([2, 0, 1]);
    expect([...first.result.inTopN]).toEqual([0, 0, 1]);
    // A at 80%: 0.8·a + 0.2·b = 20, 40, 90 — same preparation, new scores.
    const second = ranking.run(tables, withRootWeight(tinySpec(), [], 'A', 0.8));
    expect(second.reused).toBe(true);
    const s = second.result.index.score;
    [20, 40, 90].forEach((x, i) => expect(s[i]).toBeCloseTo(x, 10));
    expect([...second.result.index.rankRegion]).toEqual([3, 2, 1]);
  });

  it('prepares again when a direction, the normalisation or the enabled indicators change', () => {
    const tables = tinyTables();
    const ranking = new CachedRanking();
    ranking.run(tables, tinySpec());
    const flipped = { ...tinySpec(), indicators: tinySpec().indicators.map((i) => (i.id === 'b' ? { ...i, direction: -1 as const } : i)) };
    const r = ranking.run(tables, flipped);
    expect(r.reused).toBe(false);
    // b inverted: 0, 100, 50; with a 0, 50, 100 → 0, 75, 75 (a tie sharing rank 1.5).
    expect([...r.result.index.score]).toEqual([0, 75, 75]);
    expect([...r.result.index.rankRegion]).toEqual([3, 1.5, 1.5]);
    expect(ranking.run(tables, { ...flipped, normalisation: { ...flipped.normalisation, method: 'rank' } }).reused).toBe(false);
    const off = { ...flipped, indicators: flipped.indicators.map((i) => (i.id === 'b' ? { ...i, enabled: false } : i)) };
    expect(ranking.run(tables, off).reused).toBe(false);
  });

  it('gives exactly what a fresh rankUnits gives, on the default data, after weight moves', () => {
    const { tables, catalog } = defaultTables();
    const ranking = new CachedRanking();
    let spec = defaultIndexSpec(catalog);
    ranking.run(tables, spec);
    spec = withRootWeight(spec, ['IV'], 'migration', 0.2);
    const cached = ranking.run(tables, spec);
    expect(cached.reused).toBe(true);
    const fresh = rankUnits(tables, spec);
    expect(cached.result.index.score).toEqual(fresh.index.score);
    expect(cached.result.order).toEqual(fresh.order);
  });

  it('throws on a spec naming a column the tables lack, and keeps working afterwards', () => {
    const ranking = new CachedRanking();
    const bad = { ...tinySpec(), indicators: [...tinySpec().indicators, { id: 'zz', direction: 1 as const, weight: 1, parent: 'A', enabled: true }] };
    expect(() => ranking.run(tinyTables(), bad)).toThrow(/zz/);
    expect([...ranking.run(tinyTables(), tinySpec()).result.index.score]).toEqual([50, 25, 75]);
  });
});

describe('root weights', () => {
  it('lists the root children with their labels and shares', () => {
    const spec = withGroupWeights(tinySpec(), { A: 3, B: 1 });
    expect(rootWeights(spec)).toEqual([
      { id: 'A', label: { en: 'Group A', es: 'Grupo A' }, share: 0.75 },
      { id: 'B', label: { en: 'B', es: 'B' }, share: 0.25 },
    ]);
  });

  it('moves one weight, keeps the locked ones, writes shares that sum to 1', () => {
    const spec = defaultIndexSpec(defaultTables().catalog);
    const next = withRootWeight(spec, ['I'], 'migration', 0.3);
    const w = Object.fromEntries(rootWeights(next).map((x) => [x.id, x.share]));
    expect(w.migration).toBeCloseTo(0.3, 12);
    expect(w.I).toBe(0.1);
    // The 0.2 migration gave up goes to II–V equally: 0.15 each.
    for (const id of ['II', 'III', 'IV', 'V']) expect(w[id]).toBeCloseTo(0.15, 12);
    const total = rootWeights(next).reduce((s, x) => s + x.share, 0);
    expect(Math.abs(total - 1)).toBeLessThan(1e-9);
    expect(withRootWeight(spec, [], 'nope', 0.3)).toBe(spec);
  });
});

describe('indicatorsByGroup', () => {
  it('puts each indicator under the child of the root above it, in a tree of three levels too', () => {
    const spec: IndexSpec = {
      ...tinySpec(),
      groups: [...tinySpec().groups, { id: 'A1', parent: 'A', weight: 1 }],
      indicators: [...tinySpec().indicators, { id: 'c', direction: -1, weight: 1, parent: 'A1', enabled: false }],
    };
    const groups = indicatorsByGroup(spec);
    expect(groups.map((g) => [g.group.id, g.indicators.map((i) => i.id)])).toEqual([
      ['A', ['a', 'c']],
      ['B', ['b']],
    ]);
  });
});

describe('indexCatalogEntry', () => {
  it('describes the score by the spec’s method in both languages', () => {
    const spec = tinySpec();
    expect(indexCatalogEntry(spec).unit.en).toBe('score 0–100, weighted mean, within each country');
    const z = indexCatalogEntry({ ...spec, aggregation: 'geometric', normalisation: { ...spec.normalisation, method: 'zscore', scope: 'region' } });
    expect(z.unit.es).toBe('puntaje en desviaciones estándar, media geométrica, en toda la región');
    expect(z.label).toEqual({ en: 'Targeting index', es: 'Índice de focalización' });
    expect(indexCatalogEntry(spec, 'es').source).toMatch(/Acerca de los datos/);
    expect(indexCatalogEntry(spec).source).toMatch(/About the data/);
  });
});

describe('export and import', () => {
  it('re-importing the exported spec file reproduces the same priority list', () => {
    const { tables, catalog } = defaultTables();
    let spec = defaultIndexSpec(catalog);
    spec = withRootWeight(spec, [], 'IV', 0.37);
    spec = { ...spec, normalisation: { ...spec.normalisation, method: 'zscore' }, aggregation: 'geometric', topN: 20 };
    spec = { ...spec, indicators: spec.indicators.map((i) => (i.id === 'gt_gini' ? { ...i, enabled: false } : i)) };
    const before = new CachedRanking().run(tables, spec).result;
    const file = indexSpecFile(spec, provenance('0.1.0', null));
    const reread = parseIndexSpec(JSON.parse(file));
    const after = new CachedRanking().run(tables, reread).result;
    expect(after.index.rankRegion).toEqual(before.index.rankRegion);
    expect(after.index.rankCountry).toEqual(before.index.rankCountry);
    expect(priorityListCsv(after, reread)).toBe(priorityListCsv(before, spec));
  });
});

let cache: { tables: RankTables; catalog: CatalogEntry[] } | null = null;
/** The default dataset as the app reads it (units in units.csv order here). */
function defaultTables(): { tables: RankTables; catalog: CatalogEntry[] } {
  if (!cache) {
    const units = readRows('units.csv').map((r) => ({ unit_id: r.unit_id, name: r.name, dept_name: r.dept_name, country: r.country }));
    cache = {
      tables: rankTablesFromCsv(readText('indicators.csv'), units),
      catalog: JSON.parse(readText('catalog.json')) as CatalogEntry[],
    };
  }
  return cache;
}
