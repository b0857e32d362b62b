/** The small pure helpers of the data build. */
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Polygon } from 'geojson';
import { formatNumber, toCsv } from '../../scripts/build/csv-write.ts';
import { csvParse } from 'd3';
import { stableJson } from '../../scripts/build/stable-json.ts';
import { unitTopology } from '../../scripts/build/unit-topology.ts';
import { rewindRfc7946, signedArea2 } from '../../scripts/build/winding.ts';
import type { UnitFeature } from '../../scripts/build/unit-features.ts';

describe('CSV writer', () => {
  it('quotes per RFC 4180 and round-trips through the reader', () => {
    const rows = [{ a: 'x,y', b: 'say "hi"', c: 'two\nlines' }, { a: 'Ahuachapán', b: '', c: null as unknown as string }];
    const text = toCsv(['a', 'b', 'c'], rows);
    expect(text).toBe('a,b,c\n"x,y","say ""hi""","two\nlines"\nAhuachapán,,\n');
    expect(Array.from(csvParse(text), (r) => ({ ...r }))).toEqual([
      { a: 'x,y', b: 'say "hi"', c: 'two\nlines' },
      { a: 'Ahuachapán', b: '', c: '' },
    ]);
  });

  it('formats numbers the same way every time', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(12345.678)).toBe('12345.678');
    expect(formatNumber(NaN)).toBe('');
    expect(formatNumber(Infinity)).toBe('');
  });
});

describe('stableJson', () => {
  it('does not depend on key order', () => {
    expect(stableJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe(stableJson({ a: { c: 3, d: [2, { y: 2, z: 1 }] }, b: 1 }));
  });
});

describe('rewindRfc7946', () => {
  it('makes exteriors counter-clockwise and holes clockwise', () => {
    const cw = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
    const ccwHole = [[0.2, 0.2], [0.8, 0.2], [0.8, 0.8], [0.2, 0.2]];
    const g = rewindRfc7946<Polygon>({ type: 'Polygon', coordinates: [cw, ccwHole] });
    expect(signedArea2(g.coordinates[0])).toBeGreaterThan(0);
    expect(signedArea2(g.coordinates[1])).toBeLessThan(0);
  });
});

describe('unitTopology', () => {
  it('never lets a small island collapse, however strong the simplification', () => {
    // A lone, finely drawn island (one ring = one arc) far below the weight threshold.
    const n = 50;
    const ring = Array.from({ length: n + 1 }, (_, i) => {
      const t = (2 * Math.PI * (i % n)) / n;
      return [-89 + 0.001 * Math.cos(t), 13 + 0.001 * Math.sin(t)];
    });
    const island: UnitFeature = {
      type: 'Feature',
      id: 'SV99001',
      properties: { unit_id: 'SV99001', country: 'SV', code: 'SV99001', name: 'Isla', dept_code: '14', dept_name: 'La Unión', ine_code: '' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
    const topo = unitTopology([island], { minWeight: 1, quantization: 1e5 });
    const f = feature(topo, topo.objects.units) as unknown as { features: { geometry: Polygon }[] };
    const out = f.features[0].geometry.coordinates[0];
    expect(out.length).toBeGreaterThanOrEqual(4);
    expect(signedArea2(out)).toBeGreaterThan(0);
  });
});
