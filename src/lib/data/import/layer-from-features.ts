/**
 * GeoJSON features (already in lon/lat, or reprojected) into a {@link RawLayer}: properties become
 * typed columns, geometries are checked (kind, finite coordinates inside ±180/±90, lat/lon not
 * swapped) and their bounding box taken.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { ImportError } from './import-error.ts';
import type { ImportFormat, RawLayer, ReadInfo } from './import-types.ts';
import { cleanHeaders, typeColumn } from './table-columns.ts';

export interface LayerOptions {
  format: ImportFormat;
  /** The layer came with a coordinate system (a .prj) and was reprojected: out-of-range is then not "missing .prj". */
  hadCrs: boolean;
  read?: Partial<ReadInfo>;
}

export function layerFromFeatures(features: readonly Feature[], fileName: string, opts: LayerOptions): RawLayer {
  if (features.length === 0) throw new ImportError('no-features', `${fileName} holds no features.`, { file: fileName });
  const geometries: (Geometry | null)[] = features.map((f) => (f && f.geometry ? f.geometry : null));
  if (geometries.every((g) => g === null)) throw new ImportError('no-features', `${fileName} holds no features with a geometry.`, { file: fileName });

  let polygons = 0;
  let points = 0;
  for (let i = 0; i < geometries.length; i++) {
    const g = geometries[i];
    if (g === null) continue;
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') polygons++;
    else if (g.type === 'Point' || g.type === 'MultiPoint') points++;
    else {
      throw new ImportError('wrong-geometry', `${fileName}: feature ${i + 1} is a ${g.type}; only polygons (boundaries) and points (locations) can be used.`, {
        file: fileName,
        feature: i + 1,
        kind: String(g.type),
      });
    }
  }
  const bbox = boundingBox(geometries, fileName);
  checkLayerBox(bbox, fileName, opts.hadCrs);
  const { columns, types, values, renamed } = propertyColumns(features);
  return {
    fileName,
    columns,
    types,
    values,
    rowCount: features.length,
    read: { format: opts.format, ...opts.read },
    renamed,
    geometries,
    geometryKind: polygons > 0 && points > 0 ? 'mixed' : polygons > 0 ? 'polygon' : 'point',
    bbox,
  };
}

/** The refusals a layer's box tells: latitude and longitude swapped, projected coordinates without a coordinate system, out of range. */
export function checkLayerBox(bbox: [number, number, number, number], fileName: string, hadCrs: boolean): void {
  const [west, south, east, north] = bbox;
  // Lat/lon swapped: every x reads as a latitude of the region, every y as its (western) longitude.
  if (west >= 12 && east <= 19 && south >= -93 && north <= -83) {
    throw new ImportError('swapped-coordinates', `${fileName} has latitude and longitude swapped: x runs ${west}…${east}, y ${south}…${north}.`, {
      file: fileName,
      x: `${round(west)}…${round(east)}`,
      y: `${round(south)}…${round(north)}`,
    });
  }
  if (west < -180 || east > 180 || south < -90 || north > 90) {
    const projected = !hadCrs && Math.max(Math.abs(west), Math.abs(east), Math.abs(south), Math.abs(north)) > 1000;
    const params = { file: fileName, x: `${round(west)}…${round(east)}`, y: `${round(south)}…${round(north)}` };
    if (projected) {
      throw new ImportError('projected-no-prj', `${fileName} has projected coordinates (metres, x ${params.x}) but no coordinate system; import the shapefile as a .zip with its .prj, or save the layer in WGS 84.`, params);
    }
    throw new ImportError('coordinates-out-of-range', `${fileName} has coordinates outside longitude ±180 / latitude ±90 (x ${params.x}, y ${params.y}).`, params);
  }
}

/** The features' properties as typed columns (every key any feature has, in order of first appearance). */
export function propertyColumns(features: readonly ({ properties?: unknown } | null | undefined)[]): Pick<RawLayer, 'columns' | 'types' | 'values' | 'renamed'> {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    for (const k of Object.keys(f?.properties ?? {})) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const { columns, renamed } = cleanHeaders(keys);
  const typed = keys.map((k) => typeColumn(features.map((f) => ((f?.properties ?? {}) as Record<string, unknown>)[k] ?? null), '.'));
  return { columns, types: typed.map((t) => t.type), values: typed.map((t) => t.values), renamed };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

function boundingBox(geometries: readonly (Geometry | null)[], fileName: string): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (p: Position, feature: number): void => {
    const x = p?.[0];
    const y = p?.[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new ImportError('coordinates-out-of-range', `${fileName}: feature ${feature} has a coordinate that is not a pair of numbers.`, { file: fileName, feature });
    }
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  };
  geometries.forEach((g, i) => {
    if (g) forEachPosition(g, (p) => visit(p, i + 1));
  });
  return [west, south, east, north];
}

/** Calls `fn` on every position of a geometry (a malformed nesting throws `wrong-geometry` upstream). */
export function forEachPosition(g: Geometry, fn: (p: Position) => void): void {
  const c = (g as { coordinates?: unknown }).coordinates;
  if (!Array.isArray(c)) throw new ImportError('wrong-geometry', `a ${g.type} has no coordinates`, { kind: String(g.type) });
  switch (g.type) {
    case 'Point':
      fn(c as Position);
      break;
    case 'MultiPoint':
    case 'LineString':
      for (const p of c as Position[]) fn(p);
      break;
    case 'Polygon':
    case 'MultiLineString':
      for (const ring of c as Position[][]) for (const p of ring) fn(p);
      break;
    case 'MultiPolygon':
      for (const poly of c as Position[][][]) for (const ring of poly) for (const p of ring) fn(p);
      break;
    default:
      break;
  }
}
