/**
 * `boundariesFromImport`: new geometries for existing units from a parsed layer and its join
 * report. Polygons only (`wrong-geometry` for points, lines or a mix); coordinates must be
 * longitude/latitude degrees (`coordinates-out-of-range`), and a layer lying where Central America
 * would be with the two exchanged is refused (`swapped-coordinates`). Two features for one unit
 * are refused (`duplicate-keys`), and so is a layer whose features matched no unit (`no-match`).
 * Features without geometry are skipped.
 *
 * Pure: the layer is not changed; the returned geometries are the layer's own objects (shared,
 * not copied: treat them as read-only).
 */
import type { Geometry } from 'geojson';
import type { JoinReport } from '../join/join-types.ts';
import { ImportError } from './import-error.ts';
import type { RawLayer } from './import-types.ts';

export function boundariesFromImport(layer: RawLayer, report: JoinReport): Map<string, Geometry> {
  const file = layer.fileName;
  if (layer.geometryKind !== 'polygon') {
    throw new ImportError('wrong-geometry', `${file}: boundaries need polygons, the file has ${layer.geometryKind === 'point' ? 'points' : 'other geometries'}`, {
      file,
      kind: layer.geometryKind,
    });
  }
  const [west, south, east, north] = layer.bbox;
  // Exchanged first: Guatemala's longitudes read as latitudes are below -90.
  if (west >= 5 && east <= 25 && south >= -95 && north <= -80) {
    throw new ImportError('swapped-coordinates', `${file}: the shapes fall in Central America only with longitude and latitude exchanged`, { file });
  }
  if (west < -180 || east > 180 || south < -90 || north > 90) {
    throw new ImportError('coordinates-out-of-range', `${file}: coordinates are not longitude and latitude in degrees`, {
      file,
      value: layer.bbox.join(', '),
    });
  }
  const dup = report.duplicates[0];
  if (dup) {
    throw new ImportError('duplicate-keys', `${file}: rows ${dup.rows.map((r) => r + 2).join(', ')} are all ${dup.unitId}`, {
      file,
      key: dup.target,
      unit: dup.unitId,
      row: dup.rows[0] + 2,
      row2: dup.rows[1] + 2,
    });
  }
  const out = new Map<string, Geometry>();
  const rowOf = new Map<string, number>();
  for (const m of report.matched) {
    const g = layer.geometries[m.row];
    if (!g) continue;
    const first = rowOf.get(m.unitId);
    if (first !== undefined) {
      // Two pre-2024 distritos of one 2024 municipio: a unit needs one shape of its own.
      throw new ImportError('duplicate-keys', `${file}: rows ${first + 2} and ${m.row + 2} are both ${m.unitId}`, {
        file,
        key: m.target,
        unit: m.unitId,
        row: first + 2,
        row2: m.row + 2,
      });
    }
    rowOf.set(m.unitId, m.row);
    out.set(m.unitId, g);
  }
  if (out.size === 0) throw new ImportError('no-match', `${file}: no feature matched a municipio`, { file });
  return out;
}
