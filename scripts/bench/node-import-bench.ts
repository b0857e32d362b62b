/**
 * The large imports of tests/duckdb/large-imports.test.ts timed in Node, through the same DuckDB-WASM
 * engine (the Node "blocking" build): a 100,000-row investment CSV and a 20 MB GeoJSON, generated
 * by tests/duckdb/large-files.ts. The test checks what the imports give; the wall-clock figures
 * live here, where a busy machine makes them slower instead of failing a test. Medians of `runs`
 * runs after one warm-up import.
 */
import { importFile } from '../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../src/lib/data/import/import-types.ts';
import { bigGeoJson, plannerInvestmentCsv } from '../../tests/duckdb/large-files.ts';
import { openNodeDb } from '../../tests/duckdb/node-db.ts';

export interface NodeImportBench {
  csvMB: number;
  csvRows: number;
  csvMs: number;
  geoJsonMB: number;
  polygons: number;
  geoJsonMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function benchNodeImports(runs = 3): Promise<NodeImportBench> {
  const db = await openNodeDb();
  try {
    const csv = plannerInvestmentCsv(100_000);
    const geo = bigGeoJson(20e6);
    await importFile({ name: 'warm.csv', bytes: plannerInvestmentCsv(100) }, { db });
    const csvTimes: number[] = [];
    const geoTimes: number[] = [];
    let rows = 0;
    let polygons = 0;
    for (let r = 0; r < runs; r++) {
      let t0 = performance.now();
      rows = (await importFile({ name: 'inversiones.csv', bytes: csv }, { db })).table.rowCount;
      csvTimes.push(performance.now() - t0);
      t0 = performance.now();
      polygons = ((await importFile({ name: 'grande.geojson', bytes: geo })).table as RawLayer).rowCount;
      geoTimes.push(performance.now() - t0);
    }
    return { csvMB: csv.length / 1e6, csvRows: rows, csvMs: median(csvTimes), geoJsonMB: geo.length / 1e6, polygons, geoJsonMs: median(geoTimes) };
  } finally {
    await db.close();
  }
}

/** The bench's lines, worded as the import test printed them before it stopped timing. */
export function nodeImportBenchLines(b: NodeImportBench): string[] {
  return [
    `[import] ${b.csvRows.toLocaleString('en')}-row CSV (${b.csvMB.toFixed(1)} MB): ${b.csvMs.toFixed(0)} ms  (Node, DuckDB-WASM blocking build, median)`,
    `[import] ${b.geoJsonMB.toFixed(1)} MB GeoJSON, ${b.polygons} polygons: ${b.geoJsonMs.toFixed(0)} ms  (Node, median)`,
  ];
}
