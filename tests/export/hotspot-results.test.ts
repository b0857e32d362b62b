import { describe, expect, it } from 'vitest';
import { hotspotResultsCsv } from '../../src/lib/export/hotspot-results-csv.ts';
import { hotspotResultsMeta } from '../../src/lib/export/hotspot-results-meta.ts';

const units = [
  { unit_id: 'GT0101', name: 'Guatemala', department: 'Guatemala', country: 'GT' },
  { unit_id: 'HN0101', name: '=Isla', department: 'Islas de la Bahía', country: 'HN' },
  { unit_id: 'SV01001', name: 'Ahuachapán Norte', department: 'Ahuachapán', country: 'SV' },
];
const result = {
  statistic: 'moran' as const,
  n: 3,
  seed: 7,
  permutations: 99,
  alpha: 0.05,
  correction: 'fdr' as const,
  threshold: 0.02,
  value: Float64Array.from([1.5, 2, NaN]),
  lag: Float64Array.from([0.25, NaN, NaN]),
  statisticValue: Float64Array.from([0.125, NaN, NaN]),
  pSim: Float64Array.from([0.01, NaN, NaN]),
  cluster: Uint8Array.from([1, 5, 6]),
  global: { I: 0.3, pSim: 0.001 },
  islands: [1],
  missing: [2],
};

describe('hotspot results export', () => {
  it('writes one row per unit, island and missing cells empty, names neutralised', () => {
    const text = hotspotResultsCsv(units, result);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')).toEqual([
      'unit_id,name,department,country,value,lag,statistic,p_sim,cluster',
      'GT0101,Guatemala,Guatemala,GT,1.5,0.25,0.125,0.01,HH',
      "HN0101,'=Isla,Islas de la Bahía,HN,2,,,,island",
      'SV01001,Ahuachapán Norte,Ahuachapán,SV,,,,,missing',
      '',
    ]);
    expect(() => hotspotResultsCsv(units.slice(1), result)).toThrow(/2 units for 3/);
  });

  it('records the method, seed, threshold, counts, untested units and provenance', () => {
    const doc = JSON.parse(
      hotspotResultsMeta(
        {
          variable: { id: 'x', label: { en: 'X', es: 'X' }, unit: { en: '', es: '' }, year: '', source: 's', level: 'municipio' },
          result,
          weights: { contiguity: 'queen', snapMeters: 500, n: 3, links: 2, min: 0, mean: 2 / 3, max: 1, islands: ['HN0101'] },
          unitIds: units.map((u) => u.unit_id),
        },
        { app: { name: 'focal', version: '0.1.0' }, data_build: 'b', sources: [] },
      ),
    );
    expect(doc.method).toMatchObject({ statistic_id: 'moran', permutations: 99, seed: 7, alpha: 0.05, correction: 'fdr', threshold: 0.02 });
    expect(doc.weights).toMatchObject({ contiguity: 'queen', snap_meters: 500, islands: ['HN0101'] });
    expect(doc.counts).toEqual({ ns: 0, HH: 1, LL: 0, LH: 0, HL: 0, island: 1, missing: 1 });
    expect(doc.untested).toEqual({ islands: ['HN0101'], missing: ['SV01001'] });
    expect(doc.global_moran).toEqual({ I: 0.3, p_sim: 0.001 });
    expect(doc.provenance.data_build).toBe('b');
  });

  it("Local Geary's c: its class names in the table and its method and counts in the file", () => {
    const geary = { ...result, statistic: 'geary' as const, cluster: Uint8Array.from([4, 5, 6]), global: null };
    expect(hotspotResultsCsv(units, geary).slice(1).split('\r\n')[1]).toBe('GT0101,Guatemala,Guatemala,GT,1.5,0.25,0.125,0.01,negative');
    const doc = JSON.parse(
      hotspotResultsMeta(
        {
          variable: { id: 'x', label: { en: 'X', es: 'X' }, unit: { en: '', es: '' }, year: '', source: 's', level: 'municipio' },
          result: geary,
          weights: { contiguity: 'queen', snapMeters: 500, n: 3, links: 2, min: 0, mean: 2 / 3, max: 1, islands: ['HN0101'] },
          unitIds: units.map((u) => u.unit_id),
        },
        { app: { name: 'focal', version: '0.1.0' }, data_build: 'b', sources: [] },
      ),
    );
    expect(doc.method.statistic_id).toBe('geary');
    expect(doc.method.statistic).toMatch(/^Local Geary's c \(Anselin/);
    expect(doc.counts).toEqual({ ns: 0, HH: 0, LL: 0, other_positive: 0, negative: 1, island: 1, missing: 1 });
    expect(doc.global_moran).toBeNull();
  });
});
