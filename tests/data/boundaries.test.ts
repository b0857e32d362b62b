/**
 * Geometry checks on the committed boundary TopoJSON, against a topology built straight from the
 * raw files (no simplification): shared edges must stay shared (no gaps or slivers between
 * neighbours), no unit may lose its geometry, and the outline must stay faithful.
 */
import { describe, expect, it } from 'vitest';
import { geoLength } from 'd3';
import { kinks } from '@turf/turf';
import { feature, mesh, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { UnitProps } from '../../src/lib/data/schema.ts';
import {
  elSalvadorPre2024Units,
  elSalvadorUnits,
  guatemalaUnits,
  hondurasUnits,
  type UnitFeature,
} from '../../scripts/build/unit-features.ts';
import { unitTopology } from '../../scripts/build/unit-topology.ts';
import { FULL_PRECISION_MIN_WEIGHT } from '../../scripts/build/boundaries.ts';
import { topology } from 'topojson-server';
import { RAW, readText, readTopology, TOPO_FILES, type BoundaryTopology } from './public-data.ts';

const LAYERS: [string, string, (raw: string) => UnitFeature[]][] = [
  ['GT', TOPO_FILES.GT, guatemalaUnits],
  ['HN', TOPO_FILES.HN, hondurasUnits],
  ['SV', TOPO_FILES.SV, elSalvadorUnits],
  ['SV pre-2024', TOPO_FILES.SV_PRE2024, elSalvadorPre2024Units],
];

/** Twice the signed planar area of a ring (positive = counter-clockwise). */
function area2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

function polygons(f: Feature<Polygon | MultiPolygon>): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Planar area of a unit (degrees²). */
function unitArea(f: Feature<Polygon | MultiPolygon>): number {
  return polygons(f).reduce((s, p) => s + p.reduce((t, r) => t + area2(r) / 2, 0), 0);
}

function features(topo: BoundaryTopology): Feature<Polygon | MultiPolygon, UnitProps>[] {
  return (feature(topo, topo.objects.units) as unknown as { features: Feature<Polygon | MultiPolygon, UnitProps>[] }).features;
}

/** Neighbour id sets by unit id, from shared arcs. */
function neighbourSets(collection: GeometryCollection): Map<string, string[]> {
  const geoms = collection.geometries;
  const idx = neighbors(geoms as Parameters<typeof neighbors>[0]);
  return new Map(geoms.map((g, i) => [String(g.id), idx[i].map((j) => String(geoms[j].id)).sort()]));
}

/** Length in km of the arcs used by one unit only (exterior) or by two (interior). */
function meshKm(topo: Topology, collection: GeometryCollection, exterior: boolean): number {
  const line = mesh(topo as Parameters<typeof mesh>[0], collection as Parameters<typeof mesh>[1], (a, b) =>
    exterior ? a === b : a !== b,
  );
  return geoLength(line) * 6371;
}

/** Simplification only shortens lines: an exterior longer than the raw one means new edges (gaps). */
function exteriorRatioOk(ratio: number): boolean {
  return ratio <= 1.0001;
}

describe.each(LAYERS)('%s boundaries', (label, file, read) => {
  const topo = readTopology(file);
  const units = topo.objects.units;
  const raw = unitTopology(read(RAW), { minWeight: null, quantization: 1e6 }) as unknown as BoundaryTopology;

  it('has one non-empty, correctly wound geometry per unit', () => {
    const fs = features(topo);
    expect(fs.map((f) => f.id)).toEqual(raw.objects.units.geometries.map((g) => g.id));
    for (const f of fs) {
      const ps = polygons(f);
      expect(ps.length, String(f.id)).toBeGreaterThan(0);
      for (const p of ps) {
        p.forEach((ring, i) => {
          expect(ring.length, String(f.id)).toBeGreaterThanOrEqual(4);
          expect(ring[0], String(f.id)).toEqual(ring[ring.length - 1]);
          // RFC 7946: exterior counter-clockwise, holes clockwise.
          if (i === 0) expect(area2(ring), String(f.id)).toBeGreaterThan(0);
          else expect(area2(ring), String(f.id)).toBeLessThan(0);
        });
      }
    }
  });

  it('keeps every pair of neighbours of the raw file, and no arc is shared by more than two units', () => {
    const before = neighbourSets(raw.objects.units);
    const after = neighbourSets(units);
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(before));
    const users = new Map<number, Set<string>>();
    const walk = (a: unknown, id: string): void => {
      if (typeof a === 'number') {
        const i = a < 0 ? ~a : a;
        users.set(i, (users.get(i) ?? new Set()).add(id));
      } else (a as unknown[]).forEach((x) => walk(x, id));
    };
    for (const g of units.geometries) walk((g as unknown as { arcs: unknown }).arcs, String(g.id));
    for (const set of users.values()) expect(set.size).toBeLessThanOrEqual(2);
  });

  it('has the raw outline: exterior and interior edge lengths close to the raw ones (no gaps)', () => {
    // Had features been simplified one by one, every interior edge would be drawn twice, apart
    // by a gap, and would count as exterior: the exterior length would more than double.
    const extRaw = meshKm(raw, raw.objects.units, true);
    const ext = meshKm(topo, units, true);
    const intRaw = meshKm(raw, raw.objects.units, false);
    const int = meshKm(topo, units, false);
    expect(exteriorRatioOk(ext / extRaw)).toBe(true);
    expect(ext / extRaw).toBeGreaterThan(0.95);
    expect(int / intRaw).toBeGreaterThan(0.95);
    expect(int / intRaw).toBeLessThanOrEqual(1.0001);
  });

  it('adds no self-intersection: only units already self-crossing in the raw file have any', { timeout: 30_000 }, () => {
    // kinks() is quadratic: check the simplified units first, then only those in the raw file.
    const crosses = (f: Feature<Polygon | MultiPolygon>) => kinks(f).features.length > 0;
    const rawById = new Map(features(raw).map((f) => [String(f.id), f]));
    for (const f of features(topo).filter(crosses)) {
      expect(crosses(rawById.get(String(f.id))!), `${label} ${f.id}`).toBe(true);
    }
  });

  it('keeps each unit area within 3% of the raw one', () => {
    const rawAreas = new Map(features(raw).map((f) => [String(f.id), unitArea(f)]));
    let total = 0;
    let totalRaw = 0;
    for (const f of features(topo)) {
      const a = unitArea(f);
      const r = rawAreas.get(String(f.id))!;
      total += a;
      totalRaw += r;
      expect(Math.abs(a / r - 1), `${label} ${f.id}`).toBeLessThan(0.03);
    }
    expect(Math.abs(total / totalRaw - 1)).toBeLessThan(0.002);
  });
});

describe('the gap check', () => {
  it('fails on units simplified one by one (negative control)', () => {
    const units = elSalvadorUnits(RAW);
    const raw = unitTopology(units, { minWeight: null, quantization: 1e6 });
    const separate = units.map((u) => {
      const t = unitTopology([u], { minWeight: FULL_PRECISION_MIN_WEIGHT, quantization: 1e6 });
      return features(t as unknown as BoundaryTopology)[0];
    });
    const collection: FeatureCollection = { type: 'FeatureCollection', features: separate };
    const rebuilt = topology({ units: collection }, 1e6) as unknown as BoundaryTopology;
    const ratio = meshKm(rebuilt, rebuilt.objects.units, true) / meshKm(raw, raw.objects.units as GeometryCollection, true);
    expect(exteriorRatioOk(ratio)).toBe(false);
  });
});

describe('boundary file sizes', () => {
  it('are together at most 1.5 MB', () => {
    const bytes = Object.values(TOPO_FILES).map((f) => Buffer.byteLength(readText(f), 'utf8'));
    expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });
});
