/**
 * The GeoJSON export read back from its text: 682 features with the app's geometries rounded to
 * 6 decimals, fixed properties with their accents, the score columns (missing values null, never
 * 0), the `focal` foreign member with method and sources; and the columns chosen for each unit.
 */
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import { unitsGeojson } from '../../src/lib/export/units-geojson.ts';
import { unitScoreColumns } from '../../src/lib/export/unit-score-columns.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { readCatalog, readManifest, readText, readTopology, TOPO_FILES } from '../data/public-data.ts';

const boundaries = boundariesFrom((['GT', 'HN', 'SV'] as const).map((country) => ({ country, topology: readTopology(TOPO_FILES[country]) })));
const features = boundaries.features;
const prov = provenance('1.2.3', readManifest());
const DATE = new Date(Date.UTC(2025, 5, 1));

function firstPosition(g: Polygon | MultiPolygon): number[] {
  return g.type === 'Polygon' ? g.coordinates[0][0] : g.coordinates[0][0][0];
}

describe('unitsGeojson', () => {
  it('round-trips through JSON text: features, rounded geometry, properties, foreign member', () => {
    const n = features.length;
    const score = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? NaN : i / 3));
    const label = Array.from({ length: n }, (_, i) => (i % 2 ? 'HH' : 'ns'));
    const fc = unitsGeojson(features, [{ name: 'score', values: score }, { name: 'cluster', values: label }], { method: { spec: { name: 'Índice' } }, provenance: prov, date: DATE });
    const back = JSON.parse(JSON.stringify(fc)) as typeof fc;
    expect(back.type).toBe('FeatureCollection');
    expect(back.features.length).toBe(682);
    expect(back.focal.method).toEqual({ spec: { name: 'Índice' } });
    expect(back.focal.date).toBe('2025-06-01T00:00:00.000Z');
    expect(back.focal.provenance.sources.length).toBe(prov.sources.length);
    for (const [i, f] of back.features.entries()) {
      const p = features[i].properties;
      expect(f.id).toBe(p.unit_id);
      expect(f.properties.unit_id).toBe(p.unit_id);
      expect(f.properties.name).toBe(p.name);
      expect(f.properties.department).toBe(p.dept_name);
      expect(f.properties.country).toBe(p.country);
      expect(f.properties.score).toBe(i % 7 === 0 ? null : i / 3);
      expect(f.properties.cluster).toBe(i % 2 ? 'HH' : 'ns');
    }
    // A geometry: same type and number of rings, every coordinate the original rounded to 6 decimals.
    const i = 100;
    const g0 = features[i].geometry;
    const g1 = back.features[i].geometry;
    expect(g1.type).toBe(g0.type);
    const flat = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
    const a = flat(g0), b = flat(g1);
    expect(b.length).toBe(a.length);
    a.forEach((pt, k) => {
      expect(Math.abs(b[k][0] - pt[0])).toBeLessThanOrEqual(5e-7);
      expect(Math.abs(b[k][1] - pt[1])).toBeLessThanOrEqual(5e-7);
      expect(String(b[k][0]).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
    });
    expect(firstPosition(g1)).toEqual(firstPosition(g0).map((x) => Math.round(x * 1e6) / 1e6));
    // Accents intact.
    const names = new Set(back.features.map((f) => f.properties.department));
    expect(names.has('Santa Bárbara')).toBe(true);
    expect(names.has('Cabañas')).toBe(true);
  });

  it('refuses a column of the wrong length or a name used twice', () => {
    const o = { method: {}, provenance: prov, date: DATE };
    expect(() => unitsGeojson(features, [{ name: 'x', values: [1] }], o)).toThrow(/column x has 1 values for 682 units/);
    expect(() => unitsGeojson(features, [{ name: 'name', values: new Float64Array(682) }], o)).toThrow(/column name given twice/);
  });
});

describe('unitScoreColumns on the default index', () => {
  it('gives indicator values, score, pillar scores, ranks and the top-N flag, aligned to the units', () => {
    const units = features.map((f) => ({ unit_id: f.properties.unit_id, name: f.properties.name, dept_name: f.properties.dept_name, country: f.properties.country }));
    const tables = rankTablesFromCsv(readText('indicators.csv'), units);
    const spec = defaultIndexSpec(readCatalog());
    const result = rankUnits(tables, spec);
    const leafIds = spec.indicators.filter((x) => x.enabled !== false).map((x) => x.id);
    const input = { leaves: leafIds.map((id) => ({ id, values: tables.columns.get(spec.indicators.find((x) => x.id === id)!.column ?? id)! })) };
    const cols = unitScoreColumns({ spec, input: input as never, result, coverage: { activities: new Int32Array(682).fill(2), donors: new Int32Array(682), amount: new Float64Array(682).fill(NaN) } });
    const names = cols.map((c) => c.name);
    expect(names.slice(0, leafIds.length)).toEqual(leafIds);
    expect(names).toContain('score');
    expect(names).toContain('score_migration');
    expect(names).toContain('rank_region');
    expect(names).toContain('in_top_n');
    expect(names.slice(-3)).toEqual(['investment_activities', 'investment_donors', 'investment_amount_usd']);
    const fc = JSON.parse(JSON.stringify(unitsGeojson(features, cols, { method: { spec }, provenance: prov, date: DATE }))) as ReturnType<typeof unitsGeojson>;
    const top = Array.from(result.index.rankRegion).indexOf(1);
    const f = fc.features[top].properties;
    expect(f.score).toBe(result.index.score[top]);
    expect(f.rank_region).toBe(1);
    expect(f.in_top_n).toBe(1);
    expect(f.investment_amount_usd).toBeNull();
    expect(f.investment_activities).toBe(2);
    // A unit without score has null score and rank, not 0.
    const unscored = Array.from(result.index.score).findIndex((s) => Number.isNaN(s));
    if (unscored >= 0) {
      expect(fc.features[unscored].properties.score).toBeNull();
      expect(fc.features[unscored].properties.rank_region).toBeNull();
    }
    expect(fc.features.filter((x) => x.properties.in_top_n === 1).length).toBe(result.inTopN.reduce((k, v) => k + v, 0));
  });
});

describe('unitScoreColumns for a yearly indicator on the map', () => {
  it('names the column by the year shown, and under "latest available" gives the year of every value', () => {
    const values = Float64Array.from([1, NaN, 3]);
    const oneYear = unitScoreColumns({ shown: { id: 'x', values, year: { year: 2016, unitYear: null } } });
    expect(oneYear.map((c) => c.name)).toEqual(['x_2016']);
    const latest = unitScoreColumns({ shown: { id: 'x', values, year: { year: 2018, unitYear: Int32Array.from([2016, 0, 2018]) } } });
    expect(latest.map((c) => c.name)).toEqual(['x_latest_2018', 'x_latest_2018_year']);
    // A unit without a value up to 2018 has no year (NaN → null in the file), never 0.
    expect(Array.from(latest[1].values as Float64Array)).toEqual([2016, NaN, 2018]);
    // The reference-year values of the same indicator in the index keep their own column.
    const withLeaf = unitScoreColumns({ shown: { id: 'x', values, year: { year: 2016, unitYear: null } }, input: { leaves: [{ id: 'x', values: Float64Array.from([9, 9, 9]) }] } as never });
    expect(withLeaf.map((c) => c.name)).toEqual(['x_2016', 'x']);
  });
});
