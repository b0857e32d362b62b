// Test helper for `focal hotspots`: a rows × cols grid of square polygons (GeoJSON, lon/lat near
// the equator, cells of `size` degrees) and files for the command written to a fresh folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';

/** Cell (r, c) is feature r·cols + c with property `uid` = `u<r><c>` (two digits each) and `n` its number. */
export function gridGeoJson(rows: number, cols: number, size = 0.02): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = c * size;
      const y = -r * size;
      features.push({
        type: 'Feature',
        properties: { uid: gridId(r, c), n: r * cols + c },
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y - size], [x, y - size], [x, y]]] },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

export const gridId = (r: number, c: number): string => `u${String(r).padStart(2, '0')}${String(c).padStart(2, '0')}`;

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'focal-hotspots-'));

/** Writes `boundaries.geojson` and `values.csv` (columns uid, x) into a fresh folder; returns the paths. */
export function writeInputs(geojson: unknown, csv: string): { dir: string; boundaries: string; data: string; out: string } {
  const dir = tmp();
  const boundaries = join(dir, 'boundaries.geojson');
  const data = join(dir, 'values.csv');
  writeFileSync(boundaries, typeof geojson === 'string' ? geojson : JSON.stringify(geojson));
  writeFileSync(data, csv);
  return { dir, boundaries, data, out: join(dir, 'out.csv') };
}
