/**
 * A layer's geometries packed to cross from the import worker to the main thread cheaply: every
 * coordinate in one Float64Array and the nesting in one Uint32Array, whose buffers are
 * transferred, not cloned. Structured-cloning the GeoJSON object tree of a 20 MB layer (about a
 * million small position arrays) cost more than parsing it: serialising in the worker and
 * deserialising in one main-thread task of several hundred milliseconds. Rebuilding the same
 * objects from the arrays on the main thread is a plain loop, done in slices between which the
 * page stays responsive.
 *
 * Only plain geometries are packed: a Point, MultiPoint, Polygon or MultiPolygon with no member
 * but `type` and `coordinates` (in that order), whose positions all hold the same count of numbers
 * (2 for x,y; 3 with z). Anything else (a foreign member, ragged positions, a GeometryCollection)
 * travels as it is, cloned, so that what arrives is exactly what was sent.
 */
import type { Geometry, Position } from 'geojson';

/** Geometry kinds: 0 no geometry, 1 Point, 2 MultiPoint, 3 Polygon, 4 MultiPolygon, 255 sent as it is. */
const NONE = 0;
const POINT = 1;
const MULTI_POINT = 2;
const POLYGON = 3;
const MULTI_POLYGON = 4;
const AS_IS = 255;

export interface PackedGeometries {
  count: number;
  /** One kind per geometry (see above). */
  kinds: Uint8Array;
  /** Numbers per position, per geometry. */
  dims: Uint8Array;
  /** The nesting, geometry after geometry: MultiPoint [points]; Polygon [rings, ring lengths…]; MultiPolygon [polygons, then each polygon as a Polygon]. */
  shape: Uint32Array;
  coords: Float64Array;
  /** Geometries sent as they are, by index. */
  asIs: [number, Geometry][];
}

const KIND: Record<string, number> = { Point: POINT, MultiPoint: MULTI_POINT, Polygon: POLYGON, MultiPolygon: MULTI_POLYGON };

/** The numbers and nesting entries of a plain geometry (positions of `dim` numbers each), or null when it is not plain. */
function plainSize(g: Geometry, dim: number): { numbers: number; shape: number } | null {
  // Exactly `type` then `coordinates`, as rebuilt (the order shows when the layer is written out again).
  let keys = 0;
  for (const k in g) {
    if (k !== (keys === 0 ? 'type' : 'coordinates')) return null;
    keys++;
  }
  if (keys !== 2) return null;
  const c = (g as { coordinates: unknown }).coordinates;
  let numbers = 0;
  let shape = 0;
  const pos = (p: unknown): boolean => {
    if (!Array.isArray(p) || p.length !== dim) return false;
    for (let i = 0; i < dim; i++) if (typeof p[i] !== 'number') return false;
    numbers += dim;
    return true;
  };
  const line = (l: unknown): boolean => {
    if (!Array.isArray(l)) return false;
    for (const p of l) if (!pos(p)) return false;
    return true;
  };
  const poly = (rings: unknown): boolean => {
    if (!Array.isArray(rings)) return false;
    shape += 1 + rings.length;
    for (const r of rings) if (!line(r)) return false;
    return true;
  };
  switch (g.type) {
    case 'Point':
      return pos(c) ? { numbers, shape } : null;
    case 'MultiPoint':
      shape = 1;
      return line(c) ? { numbers, shape } : null;
    case 'Polygon':
      return poly(c) ? { numbers, shape } : null;
    case 'MultiPolygon':
      if (!Array.isArray(c)) return null;
      shape = 1;
      for (const p of c) if (!poly(p)) return null;
      return { numbers, shape };
    default:
      return null;
  }
}

/** The number of numbers in a geometry's first position (0 when there is none to tell). */
function firstDim(g: Geometry): number {
  let c: unknown = (g as { coordinates?: unknown }).coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) ? c.length : 0;
}

/** Packs `geometries`; `transfer` lists the buffers to move. */
export function packGeometries(geometries: readonly (Geometry | null)[]): { packed: PackedGeometries; transfer: ArrayBuffer[] } {
  const n = geometries.length;
  const kinds = new Uint8Array(n);
  const dims = new Uint8Array(n);
  const asIs: [number, Geometry][] = [];
  let numbers = 0;
  let shapeLength = 0;
  for (let i = 0; i < n; i++) {
    const g = geometries[i];
    if (g === null) continue;
    const kind = g && typeof g === 'object' ? (KIND[g.type] ?? AS_IS) : AS_IS;
    const dim = kind === AS_IS ? 0 : firstDim(g);
    const size = kind === AS_IS || dim < 1 || dim > 255 ? null : plainSize(g, dim);
    if (!size) {
      kinds[i] = AS_IS;
      asIs.push([i, g]);
      continue;
    }
    kinds[i] = kind;
    dims[i] = dim;
    numbers += size.numbers;
    shapeLength += size.shape;
  }
  const coords = new Float64Array(numbers);
  const shape = new Uint32Array(shapeLength);
  let at = 0;
  let s = 0;
  const line = (l: Position[], dim: number): void => {
    for (let p = 0; p < l.length; p++) {
      const q = l[p];
      for (let d = 0; d < dim; d++) coords[at++] = q[d];
    }
  };
  const poly = (rings: Position[][], dim: number): void => {
    shape[s++] = rings.length;
    for (const r of rings) shape[s++] = r.length;
    for (const r of rings) line(r, dim);
  };
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind === NONE || kind === AS_IS) continue;
    const g = geometries[i] as Geometry & { coordinates: unknown };
    const dim = dims[i];
    if (kind === POINT) line([g.coordinates as Position], dim);
    else if (kind === MULTI_POINT) {
      shape[s++] = (g.coordinates as Position[]).length;
      line(g.coordinates as Position[], dim);
    } else if (kind === POLYGON) poly(g.coordinates as Position[][], dim);
    else {
      const polys = g.coordinates as Position[][][];
      shape[s++] = polys.length;
      for (const p of polys) poly(p, dim);
    }
  }
  return { packed: { count: n, kinds, dims, shape, coords, asIs }, transfer: [kinds.buffer, dims.buffer, shape.buffer, coords.buffer] };
}

/**
 * The geometries again, rebuilt `slice` at a time with `pause()` between slices (the caller's way
 * of letting the event loop run).
 */
export async function unpackGeometries(packed: PackedGeometries, pause?: () => Promise<void>, slice = 2000): Promise<(Geometry | null)[]> {
  const reader = geometryReader(packed);
  for (let i = 0; i < packed.count; i += slice) {
    if (pause && i > 0) await pause();
    reader.read(i + slice);
  }
  return reader.out;
}

/**
 * Rebuilds the geometries in order, as far as asked: `read(n)` rebuilds those up to index n
 * (exclusive) not rebuilt yet; `out` holds them (null beyond `done`, as for a feature without one).
 */
export function geometryReader(packed: PackedGeometries): { out: (Geometry | null)[]; readonly done: number; read(upTo: number): void } {
  const { count, kinds, dims, shape, coords } = packed;
  const out: (Geometry | null)[] = new Array(count).fill(null);
  const asIs = new Map(packed.asIs);
  let at = 0;
  let s = 0;
  let done = 0;
  const position = (dim: number): Position => {
    if (dim === 2) {
      const p = [coords[at], coords[at + 1]];
      at += 2;
      return p;
    }
    const p: number[] = new Array(dim);
    for (let d = 0; d < dim; d++) p[d] = coords[at++];
    return p;
  };
  const line = (length: number, dim: number): Position[] => {
    const l: Position[] = new Array(length);
    for (let k = 0; k < length; k++) l[k] = position(dim);
    return l;
  };
  const poly = (dim: number): Position[][] => {
    const rings = shape[s++];
    const lengths = shape.subarray(s, s + rings);
    s += rings;
    const out: Position[][] = new Array(rings);
    for (let r = 0; r < rings; r++) out[r] = line(lengths[r], dim);
    return out;
  };
  return {
    out,
    get done() {
      return done;
    },
    read(upTo: number) {
      const end = Math.min(count, upTo);
      for (let i = done; i < end; i++) {
        const kind = kinds[i];
        const dim = dims[i];
        if (kind === POINT) out[i] = { type: 'Point', coordinates: position(dim) };
        else if (kind === MULTI_POINT) out[i] = { type: 'MultiPoint', coordinates: line(shape[s++], dim) };
        else if (kind === POLYGON) out[i] = { type: 'Polygon', coordinates: poly(dim) };
        else if (kind === MULTI_POLYGON) {
          const polys = shape[s++];
          const ps: Position[][][] = new Array(polys);
          for (let p = 0; p < polys; p++) ps[p] = poly(dim);
          out[i] = { type: 'MultiPolygon', coordinates: ps };
        } else if (kind === AS_IS) out[i] = asIs.get(i) ?? null;
      }
      done = Math.max(done, end);
    },
  };
}
