/**
 * The quick way through a plain GeoJSON FeatureCollection, in the import worker: the text is
 * scanned once for the bounds of each feature in the top-level `features` list (the nesting depth
 * checked on the way), each feature is parsed on its own and its geometry packed at once into the
 * arrays that cross to the main thread (packed-geometries.ts), and only its properties are kept.
 * Parsing the whole text into one object tree kept about a million small position arrays alive
 * until they were packed: the garbage collector copied and marked them several times, which cost
 * more than the parsing itself. Parsed feature by feature, they die young.
 *
 * It only takes files whose reading is beyond doubt: a top-level object with one `features` key
 * holding a list of objects (separated by single commas), every other part valid JSON, each
 * geometry null or a plain Point, MultiPoint, Polygon or MultiPolygon (members `type` then
 * `coordinates`, positions of 2 or more finite numbers, the same count in every position of a
 * geometry), at least one geometry, every polygon valid (rings closed, of 4 positions or more,
 * edges not crossing: analysis/ring-crossing.ts). Anything else — a syntax error, a Topology, a lone Feature, a
 * foreign member in a geometry, a LineString, nesting deeper than the limit — is declined (null)
 * and read as before (read-json-layer.ts, then packGeometries), which gives the same layer or
 * the refusal with its line and column. The layer is the one layerFromFeatures builds (same
 * columns, box and checks; tests/data/fast-geojson-layer.test.ts compares both).
 */
import { ringsCross } from '../../analysis/ring-crossing.ts';
import type { RawLayer } from './import-types.ts';
import { MAX_JSON_DEPTH } from './import-limits.ts';
import { checkLayerBox, propertyColumns } from './layer-from-features.ts';
import type { PackedGeometries } from './packed-geometries.ts';
import type { DecodedText } from './sniff-encoding.ts';

/** Kinds as packed-geometries.ts numbers them. */
const KIND: Record<string, number> = { Point: 1, MultiPoint: 2, Polygon: 3, MultiPolygon: 4 };

/** The layer of a plain GeoJSON FeatureCollection with its geometries packed, or null to read it the usual way. */
export function readGeoJsonFast(decoded: DecodedText, fileName: string): { table: RawLayer; packed: PackedGeometries; transfer: ArrayBuffer[] } | null {
  const { text } = decoded;
  const spans = featureSpans(text);
  if (!spans || spans.starts.length === 0) return null;
  // Everything but the features, parsed to check it and read its type.
  let top: unknown;
  try {
    top = JSON.parse(text.slice(0, spans.open + 1) + text.slice(spans.close));
  } catch {
    return null;
  }
  if (!top || typeof top !== 'object' || (top as { type?: unknown }).type !== 'FeatureCollection') return null;

  const n = spans.starts.length;
  const kinds = new Uint8Array(n);
  const dims = new Uint8Array(n);
  const out = new Packer();
  const properties: { properties?: unknown }[] = new Array(n);
  let polygons = 0;
  let points = 0;
  for (let i = 0; i < n; i++) {
    let f: { properties?: unknown; geometry?: unknown };
    try {
      f = JSON.parse(text.slice(spans.starts[i], spans.ends[i])) as typeof f;
    } catch {
      return null;
    }
    properties[i] = { properties: f.properties };
    const g = f.geometry;
    if (!g) continue;
    const kind = plainKind(g);
    if (!kind) return null;
    const dim = out.geometry(kind, (g as { coordinates: unknown }).coordinates);
    if (!dim) return null;
    kinds[i] = kind;
    dims[i] = dim;
    if (kind >= 3) polygons++;
    else points++;
  }
  if (polygons + points === 0) return null;
  const bbox: [number, number, number, number] = [out.west, out.south, out.east, out.north];
  checkLayerBox(bbox, fileName, false);
  const coords = out.coords.slice(0, out.at);
  const shape = out.shape.slice(0, out.s);
  const { columns, types, values, renamed } = propertyColumns(properties);
  const table: RawLayer = {
    fileName,
    columns,
    types,
    values,
    rowCount: n,
    read: { format: 'geojson', encoding: decoded.encoding, bom: decoded.bom },
    renamed,
    geometries: [],
    geometryKind: polygons > 0 && points > 0 ? 'mixed' : polygons > 0 ? 'polygon' : 'point',
    bbox,
  };
  return { table, packed: { count: n, kinds, dims, shape, coords, asIs: [] }, transfer: [kinds.buffer, dims.buffer, shape.buffer, coords.buffer] };
}

/** The kind of a plain geometry object (exactly `type` then `coordinates`), or 0. */
function plainKind(g: unknown): number {
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return 0;
  let keys = 0;
  for (const k in g) {
    if (k !== (keys === 0 ? 'type' : 'coordinates')) return 0;
    keys++;
  }
  return keys === 2 ? (KIND[(g as { type: unknown }).type as string] ?? 0) : 0;
}

/**
 * Coordinates appended as packGeometries lays them out (growing arrays), with the box of all
 * positions so far; `geometry` gives the numbers per position, or 0 for coordinates that are not
 * plain (the caller then declines the file).
 */
class Packer {
  coords = new Float64Array(1 << 16);
  shape = new Uint32Array(1 << 12);
  at = 0;
  s = 0;
  west = Infinity;
  south = Infinity;
  east = -Infinity;
  north = -Infinity;
  #dim = 0;

  geometry(kind: number, c: unknown): number {
    this.#dim = firstDim(c);
    if (this.#dim < 2 || this.#dim > 255) return 0;
    let ok: boolean;
    if (kind === 1) ok = this.#position(c);
    else if (kind === 2) ok = Array.isArray(c) && this.#push(c.length) && this.#line(c);
    else if (kind === 3) ok = this.#polygon(c);
    else {
      ok = Array.isArray(c) && this.#push(c.length);
      if (ok) for (const p of c as unknown[]) if (!this.#polygon(p)) return 0;
    }
    return ok ? this.#dim : 0;
  }

  #push(v: number): boolean {
    if (this.s === this.shape.length) {
      const next = new Uint32Array(this.shape.length * 2);
      next.set(this.shape);
      this.shape = next;
    }
    this.shape[this.s++] = v;
    return true;
  }

  #polygon(rings: unknown): boolean {
    if (!Array.isArray(rings)) return false;
    this.#push(rings.length);
    for (const r of rings) {
      if (!Array.isArray(r)) return false;
      this.#push(r.length);
    }
    const spans: [number, number][] = [];
    const dim = this.#dim;
    for (const r of rings) {
      const first = this.at / dim;
      if (!this.#line(r as unknown[])) return false;
      spans.push([first, r.length]);
    }
    return this.#valid(spans);
  }

  /**
   * The rings just packed are valid as they are: closed, of 4 positions or more, their edges not
   * crossing. A polygon that is not is left to the usual reading, which repairs it and says so
   * (repair-rings.ts).
   */
  #valid(spans: [number, number][]): boolean {
    const dim = this.#dim;
    const c = this.coords;
    for (const [first, count] of spans) {
      if (count < 4) return false;
      const a = first * dim;
      const b = (first + count - 1) * dim;
      if (c[a] !== c[b] || c[a + 1] !== c[b + 1]) return false;
    }
    return !ringsCross(c, spans, dim);
  }

  /**
   * A list of positions, in one loop with the arrays, the position and the box in locals (per
   * position, a method call writing five fields cost more than the feature's JSON.parse in a
   * Chromium trace of a 20 MB layer). On a position that is not plain it stops (the file is declined).
   */
  #line(l: unknown[]): boolean {
    const dim = this.#dim;
    const n = l.length;
    if (this.at + n * dim > this.coords.length) {
      const next = new Float64Array(Math.max(this.coords.length * 2, this.at + n * dim));
      next.set(this.coords);
      this.coords = next;
    }
    const coords = this.coords;
    let at = this.at;
    let west = this.west;
    let south = this.south;
    let east = this.east;
    let north = this.north;
    for (let k = 0; k < n; k++) {
      const p = l[k];
      if (!Array.isArray(p) || p.length !== dim) return false;
      for (let d = 0; d < dim; d++) {
        const v = p[d] as unknown;
        // JSON gives only numbers here or other values; 1e999 parses as Infinity.
        if (typeof v !== 'number' || !Number.isFinite(v)) return false;
        coords[at + d] = v;
      }
      const x = p[0] as number;
      const y = p[1] as number;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
      at += dim;
    }
    this.at = at;
    this.west = west;
    this.south = south;
    this.east = east;
    this.north = north;
    return true;
  }

  #position(p: unknown): boolean {
    const dim = this.#dim;
    if (!Array.isArray(p) || p.length !== dim) return false;
    if (this.at + dim > this.coords.length) {
      const next = new Float64Array(this.coords.length * 2);
      next.set(this.coords);
      this.coords = next;
    }
    for (let d = 0; d < dim; d++) {
      const v = p[d] as unknown;
      // JSON gives only numbers here or other values; 1e999 parses as Infinity.
      if (typeof v !== 'number' || !Number.isFinite(v)) return false;
      this.coords[this.at + d] = v;
    }
    const x = p[0] as number;
    const y = p[1] as number;
    if (x < this.west) this.west = x;
    if (x > this.east) this.east = x;
    if (y < this.south) this.south = y;
    if (y > this.north) this.north = y;
    this.at += dim;
    return true;
  }
}

/** The number of numbers in the first position (0 when there is none to tell), as packGeometries reads it. */
function firstDim(c: unknown): number {
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) ? c.length : 0;
}

/**
 * Where the features of the top-level `features` list lie ([start, end) of each, braces
 * included) and where the list's brackets are, or null when the text is not a top-level object
 * with exactly one such list of objects, or nests deeper than the limit.
 */
export function featureSpans(text: string): { open: number; close: number; starts: number[]; ends: number[] } | null {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x7b) return null;
  let depth = 0;
  let open = -1;
  let close = -1;
  const starts: number[] = [];
  const ends: number[] = [];
  /** Inside the list: 0 after `[` (an object or `]` next), 1 after an object (`,` or `]`), 2 after `,` (an object). */
  let state = -1;
  let lastString = -1;
  let lastStringEnd = -1;
  let key = false;
  for (; i < n; i++) {
    if (depth >= 3) {
      // Inside a feature (or a member as deep): only strings and brackets matter until the
      // bracket back to level 2. Most of a layer's text is here (coordinates): a loop this
      // tight took half the time of the general one below in a profile of a 20 MB layer.
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x22) {
          for (i++; i < n; i++) {
            const e = text.charCodeAt(i);
            if (e === 0x5c) i++;
            else if (e === 0x22) break;
          }
          if (i >= n) return null;
          continue;
        }
        // `[` and `{` (0x5b, 0x7b), `]` and `}` (0x5d, 0x7d): the same with bit 0x20 set.
        const b = d | 0x20;
        if (b === 0x7b) {
          if (++depth > MAX_JSON_DEPTH) return null;
        } else if (b === 0x7d && --depth === 2) {
          if (state >= 0) {
            ends.push(i + 1);
            state = 1;
          }
          break;
        }
      }
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
      if (i >= n) return null;
      if (depth === 1) {
        lastString = start;
        lastStringEnd = i + 1;
      } else if (depth === 2 && state >= 0) return null;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) return null;
      if (depth === 2 && c === 0x5b && key) {
        if (open >= 0) return null;
        open = i;
        state = 0;
      } else if (depth === 3 && state >= 0) {
        if (state === 1 || c !== 0x7b) return null;
        starts.push(i);
      } else if (depth === 2 && state >= 0) return null;
      key = false;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 2 && state >= 0) {
        ends.push(i + 1);
        state = 1;
      } else if (depth === 1 && state >= 0) {
        if (state === 2) return null;
        close = i;
        state = -1;
      }
      continue;
    }
    if (depth === 1 && c === 0x3a) {
      // A key of the top-level object: "features" exactly (no escapes to read).
      key = lastStringEnd >= 0 && text.slice(lastString, lastStringEnd) === '"features"';
      if (!key && text.slice(lastString, lastStringEnd).includes('\\')) return null;
      continue;
    }
    if (depth === 2 && state >= 0) {
      if (c === 0x2c) {
        if (state !== 1) return null;
        state = 2;
      } else if (!isSpace(c)) return null;
      continue;
    }
    if (depth === 1 && !isSpace(c)) key = false;
  }
  if (depth !== 0 || open < 0 || close < 0) return null;
  return { open, close, starts, ends };
}

/** JSON's white space. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
