/**
 * Import timings on generated files (printed; the bounds are loose so that a busy machine does not
 * fail them — the goals are 1 s for a 100,000-row investment CSV and 3 s for a 20 MB
 * GeoJSON, measured in the browser by the benchmark). Both files are built here, never committed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../src/lib/data/import/import-types.ts';
import { openNodeDb } from './node-db.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
}, 60_000);
afterAll(async () => {
  await db.close();
});

/** A 100,000-row investment list like a planner's export: `;`, decimal comma, Latin-1 accents. */
function investmentCsv(rows: number): Uint8Array {
  const donors = ['USAID', 'BID', 'Banco Mundial', 'AECID', 'JICA', 'Unión Europea'];
  const sectors = ['Educación', 'Salud', 'Agua y saneamiento', 'Gobernabilidad', 'Seguridad alimentaria'];
  const lines = ['id;donante;sector;titulo;codigo_muni;municipio;monto_usd;anio_inicio;anio_fin;lat;lon'];
  for (let i = 0; i < rows; i++) {
    const muni = String(101 + (i % 2200)).padStart(4, '0');
    const amount = ((i * 7919) % 5_000_000) + 0.25;
    lines.push(
      [
        `P-${i}`,
        donors[i % donors.length],
        sectors[i % sectors.length],
        `Proyecto ${i} de desarrollo rural, fase ${i % 3}`,
        muni,
        `Municipio Ñandú ${i % 340}`,
        amount.toFixed(2).replace('.', ','),
        2010 + (i % 12),
        2013 + (i % 12),
        (13 + (i % 600) / 100).toFixed(5).replace('.', ','),
        (-92 + (i % 700) / 100).toFixed(5).replace('.', ','),
      ].join(';'),
    );
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/** About 20 MB of GeoJSON: polygons of 60 vertices with a few properties. */
function bigGeoJson(targetBytes: number): Uint8Array {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const cx = -91 + (i % 100) * 0.05;
    const cy = 13.5 + Math.floor(i / 100) * 0.01;
    const ring: number[][] = [];
    for (let k = 0; k < 60; k++) ring.push([+(cx + 0.02 * Math.cos((k / 60) * 2 * Math.PI)).toFixed(6), +(cy + 0.02 * Math.sin((k / 60) * 2 * Math.PI)).toFixed(6)]);
    ring.push(ring[0]);
    const f = JSON.stringify({ type: 'Feature', properties: { codigo: `GT${String(i).padStart(4, '0')}`, nombre: `Municipio ${i}`, valor: i * 0.5 }, geometry: { type: 'Polygon', coordinates: [ring] } });
    parts.push(f);
    size += f.length + 1;
  }
  return new TextEncoder().encode(`{"type":"FeatureCollection","features":[${parts.join(',')}]}`);
}

describe('import timings', () => {
  it('100,000-row investment CSV to a RawTable', async () => {
    const bytes = investmentCsv(100_000);
    await importFile({ name: 'warm.csv', bytes: investmentCsv(100) }, { db });
    const t0 = performance.now();
    const parsed = await importFile({ name: 'inversiones.csv', bytes }, { db });
    const ms = performance.now() - t0;
    console.log(`[import] 100,000-row CSV (${(bytes.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms`);
    expect(parsed.table.rowCount).toBe(100_000);
    expect(parsed.table.types).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'number', 'number', 'number', 'number', 'number']);
    expect(parsed.table.values[6][1]).toBe(7919.25);
    // Columns come back through one aggregate per column: the rows must keep the file's order.
    expect(parsed.table.values[0].every((v, i) => v === `P-${i}`)).toBe(true);
    expect(parsed.table.values[5][99_999]).toBe(`Municipio Ñandú ${99_999 % 340}`);
    expect(ms).toBeLessThan(15_000);
  });

  it('20 MB GeoJSON to a RawLayer', async () => {
    const bytes = bigGeoJson(20e6);
    const t0 = performance.now();
    const parsed = await importFile({ name: 'grande.geojson', bytes });
    const ms = performance.now() - t0;
    const layer = parsed.table as RawLayer;
    console.log(`[import] ${(bytes.length / 1e6).toFixed(1)} MB GeoJSON, ${layer.rowCount} polygons: ${ms.toFixed(0)} ms`);
    expect(layer.geometryKind).toBe('polygon');
    expect(ms).toBeLessThan(20_000);
  });
});
