import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { buildPointIndex } from '../../src/lib/geo/point-index.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { unitFeatures } from '../../src/lib/geo/unit-features.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });

describe('buildPointIndex: the lowest-index closed-polygon rule', () => {
  const a = poly(rect(0, 0, 1, 1));
  const b = poly(rect(1, 0, 2, 1));

  it('places interior points in their unit and points outside every unit nowhere', () => {
    const idx = buildPointIndex([a, b]);
    expect(idx.locate(0.5, 0.5)).toBe(0);
    expect(idx.locate(1.5, 0.5)).toBe(1);
    expect(idx.locate(2.5, 0.5)).toBe(-1);
    expect(idx.locate(1, 1.5)).toBe(-1);
    expect(idx.locate(NaN, 0.5)).toBe(-1);
    expect(idx.bbox).toEqual([0, 0, 2, 1]);
  });

  it('gives a point on a shared border to the lower index, whichever side that is', () => {
    expect(buildPointIndex([a, b]).locate(1, 0.5)).toBe(0);
    expect(buildPointIndex([b, a]).locate(1, 0.5)).toBe(0); // now the right-hand square is 0
    // shared vertices at the ends of the shared edge
    expect(buildPointIndex([b, a]).locate(1, 0)).toBe(0);
    expect(buildPointIndex([a, b]).locate(1, 1)).toBe(0);
  });

  it('gives a point where four units meet to the lowest of them', () => {
    const grid = [rect(1, 1, 2, 2), rect(0, 1, 1, 2), rect(1, 0, 2, 1), rect(0, 0, 1, 1)].map((r) => poly(r));
    expect(buildPointIndex(grid).locate(1, 1)).toBe(0);
    expect(buildPointIndex([...grid].reverse()).locate(1, 1)).toBe(0);
    expect(buildPointIndex(grid.slice(1)).locate(1, 1)).toBe(0);
  });

  it('counts the outer border (no neighbour) as inside: closed polygons', () => {
    const idx = buildPointIndex([a, b]);
    expect(idx.locate(0, 0.5)).toBe(0); // left edge
    expect(idx.locate(0.5, 0)).toBe(0); // bottom edge
    expect(idx.locate(2, 0.5)).toBe(1); // right edge
    expect(idx.locate(1.5, 1)).toBe(1); // top edge
    expect(idx.locate(2, 1)).toBe(1); // corner
  });

  it('puts a point exactly on a diagonal shared edge in the lower index', () => {
    const lower = poly([[0, 0], [1, 0], [1, 1], [0, 0]]);
    const upper = poly([[0, 0], [1, 1], [0, 1], [0, 0]]);
    expect(buildPointIndex([lower, upper]).locate(0.5, 0.5)).toBe(0);
    expect(buildPointIndex([upper, lower]).locate(0.25, 0.25)).toBe(0);
  });

  it('leaves no gap along a slanted shared edge: points nearly on it land in exactly one unit', () => {
    // Shared edge (0,0)–(3,1.7): points on it are mostly not representable exactly.
    const left = poly([[0, 0], [3, 1.7], [0, 1.7], [0, 0]]);
    const right = poly([[0, 0], [3, 0], [3, 1.7], [0, 0]]);
    const onlyL = buildPointIndex([left]);
    const onlyR = buildPointIndex([right]);
    const both = buildPointIndex([left, right]);
    const rng = seededRng(7);
    let inBoth = 0;
    for (let i = 0; i < 20000; i++) {
      const x = rng.random() * 3;
      const y = (x * 1.7) / 3 + (i % 3 === 0 ? 0 : (rng.random() - 0.5) * 1e-15);
      const l = onlyL.locate(x, y) === 0;
      const r = onlyR.locate(x, y) === 0;
      expect(l || r).toBe(true); // never in neither: no gap
      if (l && r) inBoth++;
      expect(both.locate(x, y)).toBe(l ? 0 : 1);
    }
    // Exactly-on points exist (x = 0 at least) but are a minority.
    expect(inBoth).toBeLessThan(20000);
  });

  it('excludes holes (the hole’s own edge stays in the unit) and finds an enclave in the hole', () => {
    const donut = poly(rect(0, 0, 3, 3), rect(1, 1, 2, 2).reverse());
    const enclave = poly(rect(1, 1, 2, 2));
    expect(buildPointIndex([donut]).locate(1.5, 1.5)).toBe(-1);
    expect(buildPointIndex([donut]).locate(0.5, 1.5)).toBe(0);
    expect(buildPointIndex([donut]).locate(1, 1.5)).toBe(0); // on the hole's edge: closed
    expect(buildPointIndex([donut, enclave]).locate(1.5, 1.5)).toBe(1);
    expect(buildPointIndex([enclave, donut]).locate(1, 1.5)).toBe(0); // shared edge, lower index
  });

  it('handles multipolygons (every part, nothing between the parts) and either ring orientation', () => {
    const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)], [rect(5, 5, 6, 6).reverse()]] };
    const idx = buildPointIndex([poly(rect(2, 2, 3, 3)), islands]);
    expect(idx.locate(0.5, 0.5)).toBe(1);
    expect(idx.locate(5.5, 5.5)).toBe(1);
    expect(idx.locate(4, 4)).toBe(-1); // inside the multipolygon's box, in no part
    expect(idx.locate(2.5, 2.5)).toBe(0); // a unit inside the other's box
  });

  it('accepts open rings like closed ones', () => {
    const open = poly([[0, 0], [1, 0], [1, 1], [0, 1]]);
    const idx = buildPointIndex([open]);
    expect(idx.locate(0.5, 0.5)).toBe(0);
    expect(idx.locate(0, 0.5)).toBe(0); // the closing edge exists
    expect(idx.locate(1.5, 0.5)).toBe(-1);
  });

  it('rejects a geometry that is not a polygon', () => {
    expect(() => buildPointIndex([{ type: 'Point', coordinates: [0, 0] } as unknown as Polygon])).toThrow(/Polygon or MultiPolygon/);
  });
});

describe('buildPointIndex on the 682 municipios', () => {
  const units = unitFeatures([
    { country: 'GT', topology: readTopology(TOPO_FILES.GT) },
    { country: 'HN', topology: readTopology(TOPO_FILES.HN) },
    { country: 'SV', topology: readTopology(TOPO_FILES.SV) },
  ]);
  const idx = buildPointIndex(units.map((u) => u.geometry));

  it('agrees with @turf/boolean-point-in-polygon: the lowest unit turf says contains the point', () => {
    expect(idx.size).toBe(682);
    const boxes = units.map((u) => {
      const b = [Infinity, Infinity, -Infinity, -Infinity];
      const polys = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
      for (const p of polys) for (const r of p) for (const [x, y] of r) b.splice(0, 4, Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y));
      return b;
    });
    const rng = seededRng(2024);
    const [x0, y0, x1, y1] = idx.bbox;
    let placed = 0;
    for (let i = 0; i < 5000; i++) {
      const x = x0 + rng.random() * (x1 - x0);
      const y = y0 + rng.random() * (y1 - y0);
      let expected = -1;
      for (let u = 0; u < units.length && expected < 0; u++) {
        const b = boxes[u];
        if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && booleanPointInPolygon([x, y], units[u].geometry)) expected = u;
      }
      expect(idx.locate(x, y)).toBe(expected);
      if (expected >= 0) placed++;
    }
    expect(placed).toBeGreaterThan(1000);
  });

  it('places a vertex of a municipio in the lowest unit sharing it and known capitals in their municipio', () => {
    // Guatemala City (-90.5133, 14.6417) in GT0101; Tegucigalpa (-87.2068, 14.0723) in HN0801;
    // San Salvador (-89.1872, 13.6989) in a San Salvador municipio (SV06…).
    expect(units[idx.locate(-90.5133, 14.6417)].properties.unit_id).toBe('GT0101');
    expect(units[idx.locate(-87.2068, 14.0723)].properties.unit_id).toBe('HN0801');
    expect(units[idx.locate(-89.1872, 13.6989)].properties.dept_name).toBe('San Salvador');
    const first = units[5].geometry;
    const v = (first.type === 'Polygon' ? first.coordinates[0] : first.coordinates[0][0])[0];
    const owners = units.filter((u) => booleanPointInPolygon(v, u.geometry)).map((u) => u.properties.index);
    expect(owners.length).toBeGreaterThanOrEqual(1);
    expect(idx.locate(v[0], v[1])).toBe(Math.min(...owners));
  });
});
