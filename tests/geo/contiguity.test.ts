import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import { islands, weightsSummary } from '../../src/lib/analysis/spatial-weights.ts';
import { contiguityFromFeatures, contiguityWeights } from '../../src/lib/data/contiguity-weights.ts';
import { METRES_PER_DEGREE } from '../../src/lib/geo/snapped-contiguity.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { expectCsr, isSymmetric } from '../analysis/expect-csr.ts';
import { latticeFeatures, latticeNeighbours } from './lattice.ts';

const rows = (w: SpatialWeights) =>
  Array.from({ length: w.n }, (_, i) => [...w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])]);
const counts = (w: SpatialWeights) => Array.from({ length: w.n }, (_, i) => w.offsets[i + 1] - w.offsets[i]);

type F = Feature<Polygon, { id: string; row: number; col: number }>;

/** A TopoJSON boundary file with object `units` (ids as the app's files have them). */
function topo(features: F[], quantization?: number): UnitTopology {
  const withIds = features.map((f) => ({ ...f, id: f.properties.id, properties: { ...f.properties, unit_id: f.properties.id } }));
  const collection: FeatureCollection = { type: 'FeatureCollection', features: withIds };
  return topology({ units: collection }, quantization) as unknown as UnitTopology;
}

/** Degrees of longitude for `m` metres at latitude 14.2° (the lattices' middle). */
const lonDeg = (m: number) => m / (METRES_PER_DEGREE * Math.cos((14.2 * Math.PI) / 180));

// Hand counts (row-major). 3×3 rook: corners 2, edges 3, centre 4; queen: 3 / 5 / 8.
const ROOK3 = [2, 3, 2, 3, 4, 3, 2, 3, 2];
const QUEEN3 = [3, 5, 3, 5, 8, 5, 3, 5, 3];
const ROOK4 = [2, 3, 3, 2, 3, 4, 4, 3, 3, 4, 4, 3, 2, 3, 3, 2];
const QUEEN4 = [3, 5, 5, 3, 5, 8, 8, 5, 5, 8, 8, 5, 3, 5, 5, 3];

describe('contiguity on hand-checked lattices', () => {
  const cases = [
    { size: 3, rook: ROOK3, queen: QUEEN3 },
    { size: 4, rook: ROOK4, queen: QUEEN4 },
  ];
  for (const { size, rook, queen } of cases) {
    for (const [contiguity, expected] of [['rook', rook], ['queen', queen]] as const) {
      const lists = latticeNeighbours(size, size, contiguity === 'queen');
      const check = (w: SpatialWeights) => {
        expectCsr(w);
        expect(isSymmetric(w)).toBe(true);
        expect(counts(w)).toEqual(expected);
        expect(rows(w)).toEqual(lists);
        expect([...w.weights].every((x) => x === 1)).toBe(true);
        expect(islands(w)).toEqual([]);
      };
      it(`${size}×${size} ${contiguity} from GeoJSON, exact and with 500 m snapping`, () => {
        check(contiguityFromFeatures(latticeFeatures(size, size), { contiguity, snapMeters: 0 }));
        check(contiguityFromFeatures(latticeFeatures(size, size), { contiguity, snapMeters: 500 }));
      });
      it(`${size}×${size} ${contiguity} from a TopoJSON's shared arcs (plain and quantized)`, () => {
        const f = latticeFeatures(size, size);
        check(contiguityWeights([{ country: 'GT', topology: topo(f) }], { contiguity, snapMeters: 0 }));
        check(contiguityWeights([{ country: 'GT', topology: topo(f, 1e5) }], { contiguity, snapMeters: 500 }));
      });
    }
  }

  it('3×3 by name: the centre touches all; a corner has its two edge squares, and the centre as queen', () => {
    const f = latticeFeatures(3, 3);
    const rook = rows(contiguityFromFeatures(f, { contiguity: 'rook', snapMeters: 0 }));
    const queen = rows(contiguityFromFeatures(f, { contiguity: 'queen', snapMeters: 0 }));
    expect(rook[0]).toEqual([1, 3]);
    expect(queen[0]).toEqual([1, 3, 4]);
    expect(rook[4]).toEqual([1, 3, 5, 7]);
    expect(queen[4]).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    expect(rook[5]).toEqual([2, 4, 8]);
    expect(queen[5]).toEqual([1, 2, 4, 7, 8]);
  });
});

/**
 * A 4×4 lattice cut into two boundary files between columns 1 and 2 (as if drawn by two agencies):
 * columns 0–1 in "GT", columns 2–3 in "HN", the HN part moved east by `gapM` metres (negative: the
 * parts overlap) and its western edges given extra vertices, so that no coordinate is shared.
 */
function splitLattice(gapM: number): { topologies: { country: CountryCode; topology: UnitTopology }[]; lattice: number[] } {
  const all = latticeFeatures(4, 4, 0.1, (_r, c) => (c >= 2 ? [lonDeg(gapM), 0] : [0, 0]));
  const left = all.filter((f) => f.properties.col < 2);
  const right = all.filter((f) => f.properties.col >= 2).map((f) => {
    if (f.properties.col !== 2) return f;
    const ring = f.geometry.coordinates[0];
    const [x, y] = ring[3]; // north-west corner; the western edge runs from it back to ring[0]
    const between = [0.25, 0.5, 0.75].map((t) => [x, y - 0.1 * t]);
    return { ...f, geometry: { type: 'Polygon' as const, coordinates: [[...ring.slice(0, 4), ...between, ring[4]]] } };
  });
  return {
    topologies: [
      { country: 'GT', topology: topo(left, 1e6) },
      { country: 'HN', topology: topo(right, 1e6) },
    ],
    // unit order: GT's units, then HN's → lattice index
    lattice: [...left, ...right].map((f) => f.properties.row * 4 + f.properties.col),
  };
}

/** The weights renumbered to lattice indices, as neighbour lists. */
function inLatticeOrder(w: SpatialWeights, lattice: number[]): number[][] {
  const out: number[][] = Array.from({ length: w.n }, () => []);
  rows(w).forEach((list, i) => (out[lattice[i]] = list.map((j) => lattice[j]).sort((a, b) => a - b)));
  return out;
}

describe('contiguity across sources by snapping', () => {
  for (const gap of [100, -100, 0]) {
    it(`a border drawn twice ${gap} m apart: with 500 m the split lattice is whole again (queen and rook)`, () => {
      const { topologies, lattice } = splitLattice(gap);
      for (const contiguity of ['queen', 'rook'] as const) {
        const w = contiguityWeights(topologies, { contiguity, snapMeters: 500 });
        expectCsr(w);
        expect(isSymmetric(w)).toBe(true);
        expect(inLatticeOrder(w, lattice)).toEqual(latticeNeighbours(4, 4, contiguity === 'queen'));
      }
    });
  }

  it('no links across the cut without snapping, or when the gap is wider than the tolerance', () => {
    const within = (lists: number[][]) => lists.every((l, i) => l.every((j) => (j % 4 < 2) === (i % 4 < 2)));
    const { topologies, lattice } = splitLattice(100);
    for (const contiguity of ['queen', 'rook'] as const) {
      for (const snapMeters of [0, 50]) {
        const lists = inLatticeOrder(contiguityWeights(topologies, { contiguity, snapMeters }), lattice);
        expect(within(lists)).toBe(true);
        expect(lists[1]).toEqual(contiguity === 'queen' ? [0, 4, 5] : [0, 5]);
      }
    }
  });

  it('the same rules on plain GeoJSON, snapping every pair or only across sources', () => {
    const all = latticeFeatures(4, 4, 0.1, (_r, c) => (c >= 2 ? [lonDeg(100), 0] : [0, 0]));
    const source = all.map((f) => (f.properties.col < 2 ? 'GT' : 'HN'));
    for (const contiguity of ['queen', 'rook'] as const) {
      const expected = latticeNeighbours(4, 4, contiguity === 'queen');
      expect(rows(contiguityFromFeatures(all, { contiguity, snapMeters: 500 }))).toEqual(expected);
      expect(rows(contiguityFromFeatures(all, { contiguity, snapMeters: 500, source }))).toEqual(expected);
      const exact = rows(contiguityFromFeatures(all, { contiguity, snapMeters: 0 }));
      expect(exact[1]).toEqual(contiguity === 'queen' ? [0, 4, 5] : [0, 5]);
    }
  });

  it('within a source only exact sharing counts, even when units are closer than the tolerance', () => {
    // two squares 200 m apart in the same file: not neighbours; in two files: neighbours
    const a = latticeFeatures(1, 1);
    const b = latticeFeatures(1, 1, 0.1, () => [0.1 + lonDeg(200), 0]).map((f) => ({ ...f, properties: { ...f.properties, id: 'u1' } }));
    const one = contiguityWeights([{ country: 'GT', topology: topo([...a, ...b]) }], { contiguity: 'queen', snapMeters: 500 });
    expect(islands(one)).toEqual([0, 1]);
    const two = contiguityWeights(
      [{ country: 'GT', topology: topo(a) }, { country: 'HN', topology: topo(b) }],
      { contiguity: 'queen', snapMeters: 500 },
    );
    expect(rows(two)).toEqual([[1], [0]]);
  });

  it('rook needs a stretch within the tolerance spanning more than twice it; a corner touch is queen only', () => {
    const a = latticeFeatures(1, 1);
    /** A second square of another source, `gapM` east of the first and overlapping its eastern edge by `overlapM`. */
    const pair = (gapM: number, overlapM: number) => {
      const b = latticeFeatures(1, 1, 0.1, () => [0.1 + lonDeg(gapM), 0.1 - overlapM / METRES_PER_DEGREE]);
      return [
        { country: 'GT' as const, topology: topo(a) },
        { country: 'HN' as const, topology: topo(b.map((f) => ({ ...f, properties: { ...f.properties, id: 'u1' } }))) },
      ];
    };
    const linked = (t: ReturnType<typeof pair>, contiguity: 'queen' | 'rook', snapMeters = 500) =>
      rows(contiguityWeights(t, { contiguity, snapMeters }))[0].length === 1;
    // corner to corner, 100 m apart: everything within 500 m of one point lies in a 1 km disc
    expect(linked(pair(100, 0), 'queen')).toBe(true);
    expect(linked(pair(100, 0), 'rook')).toBe(false);
    // 100 m of edge side by side, 400 m apart: the stretch within 500 m spans about 412 m
    expect(linked(pair(400, 100), 'queen')).toBe(true);
    expect(linked(pair(400, 100), 'rook')).toBe(false);
    // 1.5 km side by side, 400 m apart: rook; not at 300 m tolerance, nor exactly
    expect(linked(pair(400, 1500), 'rook')).toBe(true);
    expect(linked(pair(400, 1500), 'rook', 300)).toBe(false);
    expect(linked(pair(400, 1500), 'queen', 300)).toBe(false);
    expect(linked(pair(400, 1500), 'rook', 0)).toBe(false);
  });

  it('units across the sea are islands, and reported', () => {
    const a = latticeFeatures(2, 2);
    const far = latticeFeatures(1, 1, 0.1, () => [0.2 + lonDeg(5000), 0]).map((f) => ({ ...f, properties: { ...f.properties, id: 'x' } }));
    const w = contiguityWeights(
      [{ country: 'GT', topology: topo(a) }, { country: 'HN', topology: topo(far) }],
      { contiguity: 'queen', snapMeters: 500 },
    );
    expect(weightsSummary(w)).toEqual({ n: 5, links: 12, min: 0, mean: 12 / 5, max: 3, islands: [4] });
  });
});

describe('contiguity input checks', () => {
  it('refuses bad options and geometries with a clear message', () => {
    const f = latticeFeatures(2, 2);
    expect(() => contiguityFromFeatures(f, { contiguity: 'bishop' as 'rook', snapMeters: 0 })).toThrow(/queen" or "rook/);
    expect(() => contiguityFromFeatures(f, { contiguity: 'queen', snapMeters: -1 })).toThrow(/metres ≥ 0/);
    expect(() => contiguityFromFeatures(f, { contiguity: 'queen', snapMeters: NaN })).toThrow(/metres ≥ 0/);
    expect(() => contiguityFromFeatures(f, { contiguity: 'queen', snapMeters: 0, source: ['a'] })).toThrow(/1 sources given for 4 features/);
    const line = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(() => contiguityFromFeatures([line as unknown as F], { contiguity: 'queen', snapMeters: 0 })).toThrow(/feature 0 is a LineString/);
  });

  it('a feature without geometry is an island; an unclosed ring is closed', () => {
    const f: Feature<Polygon | null>[] = latticeFeatures(1, 2);
    (f[1] as Feature<Polygon>).geometry.coordinates[0].pop();
    f.push({ type: 'Feature', properties: {}, geometry: null });
    const w = contiguityFromFeatures(f, { contiguity: 'rook', snapMeters: 0 });
    expect(rows(w)).toEqual([[1], [0], []]);
  });
});
