/**
 * Zipped shapefiles reprojected to WGS 84. The fixtures were written by GDAL/PROJ (ogr2ogr, a
 * projection library independent of proj4js) from municipios-wgs84.geojson, so the original
 * lon/lat vertices are the known values every reprojected vertex must come back to, to 1e-6°
 * (about 0.1 m). See tests/fixtures/import/README.md.
 */
import { readFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../../src/lib/data/import/import-types.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));
const original = JSON.parse(new TextDecoder().decode(fixture('municipios-wgs84.geojson'))) as { features: { geometry: Polygon }[] };

async function layer(name: string): Promise<RawLayer> {
  const parsed = await importFile({ name, bytes: fixture(name) });
  expect(parsed.kind).toBe('layer');
  return parsed.table as RawLayer;
}

function expectOriginalVertices(t: RawLayer, tol = 1e-6): void {
  expect(t.geometries).toHaveLength(4);
  let worst = 0;
  t.geometries.forEach((g, i) => {
    expect(g?.type).toBe('Polygon');
    const got = (g as Polygon).coordinates[0];
    const want = original.features[i].geometry.coordinates[0];
    expect(got).toHaveLength(want.length);
    // shapefiles store outer rings clockwise: match each original vertex to the nearest one returned
    for (const [x, y] of want) {
      const d = Math.min(...got.map(([gx, gy]) => Math.max(Math.abs(gx - x), Math.abs(gy - y))));
      worst = Math.max(worst, d);
    }
  });
  expect(worst).toBeLessThan(tol);
}

describe('importFile: zipped shapefiles', () => {
  it('UTM 16N (WGS 84): reprojected vertices match the originals; UTF-8 .dbf per its .cpg', async () => {
    const t = await layer('municipios-utm16n.zip');
    expect(t.read).toMatchObject({ format: 'shapefile', crs: 'UTM 16N (WGS 84)', encoding: 'utf-8' });
    expect(t.columns).toEqual(['codigo', 'nombre', 'valor']);
    expect(t.types).toEqual(['text', 'text', 'number']);
    expect(t.values[0]).toEqual(['0101', '1601', '0801', '0612']);
    expect(t.values[1]).toEqual(['Guatemala', 'Cobán', 'Distrito Central', 'PUEBLO NUEVO VIÑAS']);
    expect(t.values[2]).toEqual([12.5, 3, null, 40.25]);
    expect(t.geometryKind).toBe('polygon');
    expectOriginalVertices(t);
    expect(t.bbox[0]).toBeCloseTo(-90.55, 6);
    expect(t.bbox[3]).toBeCloseTo(15.5, 6);
  });

  it('GTM (Guatemala Transversal Mercator): reprojected; a .dbf without .cpg in Windows-1252 keeps its accents', async () => {
    const t = await layer('municipios-gtm-cp1252.zip');
    expect(t.read).toMatchObject({ crs: 'GTM (Guatemala Transversal Mercator) (WGS 84)', encoding: 'windows-1252' });
    expect(t.values[1]).toEqual(['Guatemala', 'Cobán', 'Distrito Central', 'PUEBLO NUEVO VIÑAS']);
    expectOriginalVertices(t);
  });

  it('UTM 15N on NAD27: the Central America datum shift agrees with PROJ', async () => {
    const t = await layer('municipios-nad27-utm15n.zip');
    expect(t.read.crs).toBe('UTM 15N (NAD27)');
    expectOriginalVertices(t);
  });

  it('El Salvador Lambert on Ocotepeque 1935 (EPSG:5460)', async () => {
    const t = await layer('municipios-ocotepeque-el-salvador-lambert.zip');
    expect(t.read.crs).toBe('El Salvador Lambert (Ocotepeque 1935)');
    expectOriginalVertices(t);
  });

  it('refuses a projection it does not know, naming the .prj', async () => {
    const err = await importFile({ name: 'm.zip', bytes: fixture('municipios-web-mercator.zip') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('unknown-projection');
    expect((err as ImportError).params).toEqual({ file: 'm.zip', prj: 'WGS_1984_Web_Mercator_Auxiliary_Sphere' });
  });

  it('refuses projected coordinates without a .prj', async () => {
    const err = await importFile({ name: 'n.zip', bytes: fixture('municipios-utm16n-no-prj.zip') }).catch((e: unknown) => e);
    expect((err as ImportError).code).toBe('projected-no-prj');
  });

  it('refuses a truncated zip without hanging', async () => {
    const err = await importFile({ name: 't.zip', bytes: fixture('municipios-utm16n.zip').subarray(0, 600) }).catch((e: unknown) => e);
    expect((err as ImportError).code).toBe('corrupt-zip');
  });
});
