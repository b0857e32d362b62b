/**
 * Every shapefile a zip holds, told from its .shp alone (the header's shape type, the records
 * counted by their headers): what it holds and how many features, without parsing a shape. A
 * zip with a municipio layer and a department layer, or a layer of roads beside one of
 * boundaries, is common; focal reads one and says which (read-shapefile.ts, BoundaryNotes.svelte).
 */
import type { ShapefileInZip } from './import-types.ts';
import type { ZipEntry } from './zip-entries.ts';

/** Shape types of the ESRI specification (plain, Z and M variants). */
const KIND: Record<number, ShapefileInZip['kind']> = {
  0: 'none',
  1: 'point',
  11: 'point',
  21: 'point',
  8: 'point',
  18: 'point',
  28: 'point',
  3: 'line',
  13: 'line',
  23: 'line',
  5: 'polygon',
  15: 'polygon',
  25: 'polygon',
  31: 'multipatch',
};

/** The shapefiles of `entries` in archive order (`read` gives each .shp's bytes, read once). */
export async function shapefilesInZip(entries: readonly ZipEntry[], read: (e: ZipEntry) => Promise<Uint8Array>): Promise<ShapefileInZip[]> {
  const out: ShapefileInZip[] = [];
  for (const e of entries) {
    if (!e.name.toLowerCase().endsWith('.shp')) continue;
    out.push({ name: e.name, ...describeShp(await read(e)) });
  }
  return out;
}

/** A .shp's shape type and record count from its headers (`unreadable` when they do not hold together). */
export function describeShp(b: Uint8Array): Pick<ShapefileInZip, 'kind' | 'features'> {
  if (b.length < 100) return { kind: 'unreadable', features: 0 };
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (v.getInt32(0, false) !== 9994) return { kind: 'unreadable', features: 0 };
  const kind = KIND[v.getInt32(32, true)] ?? 'unreadable';
  const end = Math.min(b.length, v.getInt32(24, false) * 2);
  let features = 0;
  for (let at = 100; at + 8 <= end; features++) {
    const words = v.getInt32(at + 4, false);
    if (words < 2) break;
    at += 8 + words * 2;
  }
  return { kind, features };
}

/** Whether focal can read a shapefile as boundaries or locations: polygons or points, at least one. */
export function usableShapefile(s: ShapefileInZip): boolean {
  return (s.kind === 'polygon' || s.kind === 'point') && s.features > 0;
}
