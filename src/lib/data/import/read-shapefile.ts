/**
 * A zipped shapefile into a {@link RawLayer}: shpjs parses the .shp and .dbf (from the archive's
 * bytes, never a URL); the .dbf text encoding comes from the .cpg, else UTF-8 when the bytes are
 * valid UTF-8, else Windows-1252; the .prj is recognised (shapefile-projection.ts) and every
 * coordinate reprojected to WGS 84 with proj4. Without a .prj the coordinates must already be
 * degrees (projected ones are refused as `projected-no-prj`). A zip of several shapefiles
 * (shapefiles-in-zip.ts): the one `choice` names, else the usable one with most features, every
 * one listed in `read.shapefiles` (the planner is asked which when two or more can be read); none
 * usable is refused (`zip-no-usable-shp`). Polygons are repaired where they can be (repair-rings.ts).
 */
// shpjs ships no types; its declarations live beside this file (the Node tsconfig does not include src/lib).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./shpjs.d.ts" />
import type { Feature, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import { ImportError } from './import-error.ts';
import type { ImportProgress, RawLayer, ReadInfo } from './import-types.ts';
import { forEachPosition, layerFromFeatures } from './layer-from-features.ts';
import { projectionFromPrj, type SourceCrs } from './shapefile-projection.ts';
import { withRepairedRings } from './repair-rings.ts';
import { shapefilesInZip, usableShapefile } from './shapefiles-in-zip.ts';
import { firstInvalidUtf8 } from './sniff-encoding.ts';
import type { ZipEntry } from './zip-entries.ts';

export async function readShapefile(entries: ZipEntry[], fileName: string, progress: (p: ImportProgress) => void = () => {}, choice?: string): Promise<RawLayer> {
  const bytes = new Map<ZipEntry, Promise<Uint8Array>>();
  const read = (e: ZipEntry): Promise<Uint8Array> => {
    let b = bytes.get(e);
    if (!b) bytes.set(e, (b = e.read()));
    return b;
  };
  const all = await shapefilesInZip(entries, read);
  if (!all.length) throw new ImportError('zip-without-shp', `${fileName} holds no .shp file.`, { file: fileName, files: entries.slice(0, 5).map((e) => e.name).join(', ') });
  const usable = all.filter(usableShapefile);
  if (all.length > 1 && !usable.length) {
    const named = (kinds: string[]): string =>
      all
        .filter((s) => kinds.includes(s.kind) || (kinds.includes('none') && s.features === 0 && s.kind !== 'unreadable'))
        .map((s) => s.name)
        .join(', ');
    throw new ImportError('zip-no-usable-shp', `${fileName} holds ${all.length} shapefiles and none holds polygons or points: ${all.map((s) => `${s.name} (${s.kind}, ${s.features})`).join(', ')}.`, {
      file: fileName,
      count: all.length,
      lines: named(['line', 'multipatch']),
      empty: named(['none']),
      unreadable: named(['unreadable']),
    });
  }
  // Several usable: the one asked for, else the one with most features (a municipio layer before its departments).
  const chosen = usable.find((s) => s.name === choice) ?? [...usable].sort((a, b) => b.features - a.features)[0] ?? all[0];
  const shpEntry = entries.find((e) => e.name === chosen.name) as ZipEntry;
  const base = shpEntry.name.slice(0, -4).toLowerCase();
  const part = (ext: string): ZipEntry | undefined => entries.find((e) => e.name.toLowerCase() === `${base}.${ext}`);
  const [shp, dbf, prj, cpg] = await Promise.all([read(shpEntry), part('dbf')?.read(), part('prj')?.read(), part('cpg')?.read()]);

  const prjText = prj ? new TextDecoder().decode(prj).trim() : '';
  const crs: SourceCrs | null = prjText ? projectionFromPrj(prjText, fileName) : null;

  let geometries: (Geometry | null)[];
  try {
    geometries = parseShp(shp);
  } catch (err) {
    throw new ImportError('corrupt-zip', `${fileName}: ${shpEntry.name} cannot be read (${err instanceof Error ? err.message : String(err)}).`, { file: fileName });
  }
  let rows: Record<string, unknown>[] = [];
  let encoding: string | undefined;
  if (dbf) {
    encoding = cpg ? new TextDecoder().decode(cpg).trim() : firstInvalidUtf8(dbf) < 0 ? 'utf-8' : 'windows-1252';
    try {
      rows = parseDbf(dbf, encoding);
    } catch (err) {
      throw new ImportError('corrupt-zip', `${fileName}: the .dbf cannot be read (${err instanceof Error ? err.message : String(err)}).`, { file: fileName });
    }
  }

  if (crs?.def) {
    progress({ stage: 'reproject', fraction: 0 });
    const convert = proj4(crs.def, 'WGS84');
    geometries.forEach((g, i) => {
      if (!g) return;
      forEachPosition(g, (p: Position) => {
        const [x, y] = convert.forward([p[0], p[1]]);
        if (!Number.isFinite(x) || !Number.isFinite(y)) {
          throw new ImportError('coordinates-out-of-range', `${fileName}: feature ${i + 1} cannot be converted from ${crs.name}.`, { file: fileName, feature: i + 1 });
        }
        p[0] = x;
        p[1] = y;
      });
    });
    progress({ stage: 'reproject', fraction: 1 });
  }

  const features = geometries.map((geometry, i) => ({ type: 'Feature', geometry, properties: rows[i] ?? {} })) as Feature[];
  const label = (encoding ?? '').toLowerCase().replace(/[\s_]/g, '-');
  const info: Partial<ReadInfo> = { crs: crs?.name ?? 'none (.prj missing; read as WGS 84)' };
  if (label === 'utf-8' || label === 'utf8') info.encoding = 'utf-8';
  else if (['windows-1252', '1252', 'ansi-1252', 'iso-8859-1', 'latin1'].includes(label)) info.encoding = 'windows-1252';
  if (all.length > 1) {
    info.shapefiles = all;
    info.sheets = usable.map((s) => s.name);
    info.sheet = chosen.name;
  }
  return withRepairedRings(layerFromFeatures(features, fileName, { format: 'shapefile', hadCrs: crs !== null, read: info }));
}
