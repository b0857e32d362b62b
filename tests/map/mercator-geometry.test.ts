import { describe, expect, it } from 'vitest';
import { LINE_FLOATS, lineQuads, linesOf, mercator, ringFans } from '../../src/lib/map/mercator-geometry.ts';

describe('mercator', () => {
  it('maps longitude/latitude to 0–1 with y down, as maplibre', () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(-180, 0)[0]).toBe(0);
    const [, north] = mercator(0, 14);
    expect(north).toBeLessThan(0.5);
    // The square world's edges: ±85.0511° (arctan(sinh π)).
    expect(mercator(0, 85.0511287798)[1]).toBeCloseTo(0, 6);
    expect(mercator(0, -85.0511287798)[1]).toBeCloseTo(1, 6);
  });
});

describe('lineQuads', () => {
  it('gives two triangles per segment, ends pushed across and past the segment by a half width', () => {
    const q = lineQuads([[[0, 0], [1, 0], [1, 1]]]);
    expect(q.length).toBe(2 * 6 * LINE_FLOATS);
    // First vertex: the start, pushed back along (−x) and to one side (y).
    const [x, y, ex, ey] = q.slice(0, 4);
    expect([x, y]).toEqual(Array.from(Float32Array.from(mercator(0, 0))));
    expect(ex).toBeCloseTo(-1);
    expect(Math.abs(ey)).toBeCloseTo(1);
  });

  it('draws nothing for a line of one point', () => {
    expect(lineQuads([[[3, 4]]]).length).toBe(0);
  });
});

describe('ringFans', () => {
  it('fans each ring from its first point: n − 2 triangles per ring of n points', () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(ringFans([square]).length).toBe(3 * 3 * 2);
    expect(ringFans([square, square.slice(0, 2)]).length).toBe(3 * 3 * 2);
  });
});

describe('linesOf', () => {
  it('gives the rings of polygons and the lines of line strings', () => {
    const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
    expect(linesOf({ type: 'Polygon', coordinates: [ring] })).toEqual([ring]);
    expect(linesOf({ type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] })).toEqual([ring, ring, ring]);
    expect(linesOf({ type: 'MultiLineString', coordinates: [ring] })).toEqual([ring]);
    expect(linesOf({ type: 'Point', coordinates: [0, 0] })).toEqual([]);
    expect(linesOf(null)).toEqual([]);
  });
});
