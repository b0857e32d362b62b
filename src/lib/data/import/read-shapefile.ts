/**
 * A zipped shapefile into a {@link RawLayer}: shpjs parses the .shp and .dbf (from the archive's
 * bytes, never a URL); the .dbf text encoding comes from the .cpg, else UTF-8 when the bytes are
 * valid UTF-8, else Windows-1252; the .prj is recognised (shapefile-projection.ts) and every
 * coordinate reprojected to WGS 84 with proj4. Without a .prj the coordinates must already be
 * degrees (projected ones are refused as `projected-no-prj`).
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
import { firstInvalidUtf8 } from './sniff-encoding.ts';
import type { ZipEntry } from './zip-entries.ts';

export async function readShapefile(entries: ZipEntry[], fileName: string, progress: (p: ImportProgress) => void = () => {}): Promise<RawLayer> {
  const shpEntry = entries.find((e) => e.name.toLowerCase().endsWith('.shp'));
  if (!shpEntry) throw new ImportError('zip-without-shp', `${fileName} holds no .shp file.`, { file: fileName, files: entries.slice(0, 5).map((e) => e.name).join(', ') });
  const base = shpEntry.name.slice(0, -4).toLowerCase();
  const part = (ext: string): ZipEntry | undefined => entries.find((e) => e.name.toLowerCase() === `${base}.${ext}`);
  const [shp, dbf, prj, cpg] = await Promise.all([shpEntry.read(), part('dbf')?.read(), part('prj')?.read(), part('cpg')?.read()]);

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
  const read: Partial<ReadInfo> = { crs: crs?.name ?? 'none (.prj missing; read as WGS 84)' };
  if (label === 'utf-8' || label === 'utf8') read.encoding = 'utf-8';
  else if (['windows-1252', '1252', 'ansi-1252', 'iso-8859-1', 'latin1'].includes(label)) read.encoding = 'windows-1252';
  return layerFromFeatures(features, fileName, { format: 'shapefile', hadCrs: crs !== null, read });
}
