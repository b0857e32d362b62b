import type { Position } from 'geojson';
import type { Outlines } from './boundaries.ts';
import type { OutlineFeature } from './outline-meshes.ts';
import { polygonRings } from './polygon-rings.ts';
import { SegmentGrid } from './segment-grid.ts';
import { METRES_PER_DEGREE } from './snapped-contiguity.ts';
import type { UnitFeature } from './unit-features.ts';
import type { CountryCode } from './unit-props.ts';

/** Which line an edge of a unit's border is: what lies across it. */
type Kind = keyof Outlines;

/**
 * Country, department and municipio lines of the shapes in use (after a boundary import), where the
 * pre-built lines (topojson meshes of the default boundary files, outline-meshes.ts) no longer fit.
 * Shapes from a planner's file seldom share their coordinates with their neighbours (simplified
 * one by one, or drawn by another agency than the default shapes left beside them), so the lines
 * cannot come from shared arcs: each edge of each unit's border is classed by the nearest border
 * of another unit within `toleranceMetres` of its middle — none, or one of another country: a
 * country line; one of another department: a department line; else a municipio line. A border
 * between two units is thus drawn from both sides (on top of each other where they coincide).
 */
export function unitOutlines(features: readonly UnitFeature[], toleranceMetres = 500): Outlines {
  const rings = features.map((f) => polygonRings(f.geometry));
  let lat0 = 0;
  let count = 0;
  for (const unit of rings) for (const r of unit) for (let k = 1; k < r.length; k += 2, count++) lat0 += r[k];
  lat0 = count ? lat0 / count : 0;
  const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;
  // Every edge in metres, the unit it belongs to, and the unit across it when another unit's border
  // has the very same edge (either way round: no search needed then), else -1.
  const segments: number[] = [];
  const owner: number[] = [];
  const ends: number[] = [];
  rings.forEach((unit, u) => {
    for (const r of unit) {
      for (let k = 0; k + 3 < r.length; k += 2) {
        segments.push(r[k] * kx, r[k + 1] * ky, r[k + 2] * kx, r[k + 3] * ky);
        ends.push(r[k], r[k + 1], r[k + 2], r[k + 3]);
        owner.push(u);
      }
    }
  });
  const across = twinOwners(ends, owner);
  const grid = new SegmentGrid(Float64Array.from(segments), Math.max(4 * toleranceMetres, 1));
  const d2 = toleranceMetres * toleranceMetres;
  const lines = new Map<CountryCode, Record<Kind, Position[][]>>();
  let e = 0;
  rings.forEach((unit, u) => {
    const { country, dept_code } = features[u].properties;
    let byKind = lines.get(country);
    if (!byKind) lines.set(country, (byKind = { country: [], departments: [], municipios: [] }));
    const kindOf = (r: Float64Array, k: number): Kind => {
      let o = across[e];
      if (o < 0) {
        const s = grid.nearest(((r[k] + r[k + 2]) / 2) * kx, ((r[k + 1] + r[k + 3]) / 2) * ky, d2, (s) => owner[s / 4] !== u);
        if (s < 0) return 'country';
        o = owner[s / 4];
      }
      const other = features[o].properties;
      if (other.country !== country) return 'country';
      return other.dept_code === dept_code ? 'municipios' : 'departments';
    };
    for (const r of unit) {
      // Runs of edges of one kind, each a line; the last joins the first when they are of a kind.
      const runs: { kind: Kind; line: Position[] }[] = [];
      for (let k = 0; k + 3 < r.length; k += 2, e++) {
        if (r[k] === r[k + 2] && r[k + 1] === r[k + 3]) continue;
        const kind = kindOf(r, k);
        const last = runs[runs.length - 1];
        if (last?.kind === kind) last.line.push([r[k + 2], r[k + 3]]);
        else runs.push({ kind, line: [[r[k], r[k + 1]], [r[k + 2], r[k + 3]]] });
      }
      if (runs.length > 1 && runs[0].kind === runs[runs.length - 1].kind) {
        const last = runs.pop()!;
        runs[0].line = [...last.line, ...runs[0].line.slice(1)];
      }
      for (const run of runs) byKind[run.kind].push(run.line);
    }
  });
  const collection = (kind: Kind) => ({
    type: 'FeatureCollection' as const,
    features: [...lines].map(([country, byKind]): OutlineFeature => ({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: byKind[kind] },
      properties: { country },
    })),
  });
  return { country: collection('country'), departments: collection('departments'), municipios: collection('municipios') };
}

/** A 32-bit hash of an edge's ends (the same either way round), from its coordinates to 1e-7°. */
function edgeHash(ends: readonly number[], i: number): number {
  let a = 0;
  let b = 0;
  for (let k = 0; k < 2; k++) {
    const h = Math.imul(Math.round(ends[4 * i + 2 * k] * 1e7) | 0, 0x9e3779b1) ^ Math.imul(Math.round(ends[4 * i + 2 * k + 1] * 1e7) | 0, 0x85ebca6b);
    if (k === 0) a = h;
    else b = h;
  }
  return (a + b) | 0;
}

const sameEdge = (ends: readonly number[], i: number, j: number) =>
  (ends[4 * i] === ends[4 * j] && ends[4 * i + 1] === ends[4 * j + 1] && ends[4 * i + 2] === ends[4 * j + 2] && ends[4 * i + 3] === ends[4 * j + 3]) ||
  (ends[4 * i] === ends[4 * j + 2] && ends[4 * i + 1] === ends[4 * j + 3] && ends[4 * i + 2] === ends[4 * j] && ends[4 * i + 3] === ends[4 * j + 1]);

/** For each edge (`ends`: lon, lat of both ends), the unit of another edge with the same ends, else -1. */
function twinOwners(ends: readonly number[], owner: readonly number[]): Int32Array {
  const n = owner.length;
  const across = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const head = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const h = edgeHash(ends, i);
    for (let j = head.get(h) ?? -1; j >= 0; j = next[j]) {
      if (owner[j] !== owner[i] && sameEdge(ends, i, j)) {
        across[i] = owner[j];
        across[j] = owner[i];
      }
    }
    next[i] = head.get(h) ?? -1;
    head.set(h, i);
  }
  return across;
}
