/**
 * Importing large generated files gives the right tables: a 100,000-row investment CSV and a 20 MB
 * GeoJSON. Correctness only — how long they take is the benchmark's business (`npm run bench`
 * prints the Node figures for these very files, scripts/bench/node-import-bench.ts, beside the
 * browser's), so a busy machine slows this test down but never fails it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../src/lib/data/import/import-types.ts';
import { bigGeoJson, plannerInvestmentCsv } from './large-files.ts';
import { openNodeDb } from './node-db.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(async () => {
  await db.close();
});

describe('large imports', () => {
  it('100,000-row investment CSV to a RawTable', async () => {
    const parsed = await importFile({ name: 'inversiones.csv', bytes: plannerInvestmentCsv(100_000) }, { db });
    expect(parsed.table.rowCount).toBe(100_000);
    expect(parsed.table.types).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'number', 'number', 'number', 'number', 'number']);
    expect(parsed.table.values[6][1]).toBe(7919.25);
    // Columns come back through one aggregate per column: the rows must keep the file's order.
    expect(parsed.table.values[0].every((v, i) => v === `P-${i}`)).toBe(true);
    expect(parsed.table.values[5][99_999]).toBe(`Municipio Ñandú ${99_999 % 340}`);
  });

  it('20 MB GeoJSON to a RawLayer', async () => {
    const bytes = bigGeoJson(20e6);
    const parsed = await importFile({ name: 'grande.geojson', bytes });
    const layer = parsed.table as RawLayer;
    expect(layer.geometryKind).toBe('polygon');
    // Polygons of about 2.6 kB each: every generated feature arrives.
    expect(layer.rowCount).toBe(JSON.parse(new TextDecoder().decode(bytes)).features.length);
  });
});
