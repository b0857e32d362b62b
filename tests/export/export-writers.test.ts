/**
 * The export registry: every format is in the registry, and each writes a file that parses back
 * to the same table — the CSV (UTF-8 with its BOM) to the same rows, the XLSX (read back with
 * read-excel-file, an independent reader) to the same cells with its Method and Sources sheets, the
 * GeoJSON to a valid FeatureCollection (RFC 7946) with the rows as features, the JSON to the run's
 * method file — and the formats offered follow what the source has.
 */
import { csvParse } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/lib/export/export-format.ts';
import type { ExportSource } from '../../src/lib/export/export-source.ts';
import { EXPORT_WRITERS, formatOfFileName, writeExport } from '../../src/lib/export/export-writers.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import type { ResultTable } from '../../src/lib/export/result-table.ts';
import { roundCell } from '../../src/lib/export/round-cell.ts';
import type { TableGeojson } from '../../src/lib/export/table-geojson.ts';
import { readCatalog, readManifest } from '../data/public-data.ts';
import { sheetText } from './sheet-text.ts';

const TABLE: ResultTable = {
  columns: [
    { header: 'unit_id', type: 'text' },
    { header: 'name', type: 'text' },
    { header: 'score', type: { decimals: 2 } },
    { header: 'share', type: 'percent' },
    { header: 'activities', type: 'integer' },
    { header: 'statistic', type: 'exact' },
  ],
  rows: [
    ['HN1601', 'Santa Bárbara', 87.123456789, 0.5, 12, 0.1 + 0.2],
    ['SV0201', 'Cabañas, "Este"', NaN, null, 3, -1.2345678901234567],
    ['GT0101', '=1+2 Ñandú', 12.5, 1, 0, NaN],
  ],
};

const square = (x0: number, y0: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x0 + 0.123456789, y0], [x0 + 0.123456789, y0 + 0.1], [x0, y0 + 0.1], [x0, y0]]],
});
const GEOMETRY = new Map<string, Polygon | MultiPolygon>([
  ['HN1601', square(-88.2, 14.9)],
  ['SV0201', { type: 'MultiPolygon', coordinates: [square(-88.9, 13.8).coordinates, square(-88.7, 13.8).coordinates] }],
]);
const prov = provenance('1.2.3', readManifest());
const DATE = new Date(Date.UTC(2025, 5, 1));
const META = `${JSON.stringify({ focal_test: 1, seed: 7, provenance: prov }, null, 2)}\n`;

function source(extra: Partial<ExportSource> = {}): ExportSource {
  return {
    table: TABLE,
    method: { statistic: 'moran', seed: 7, nested: { snap_meters: 500 } },
    provenance: prov,
    manifest: readManifest(),
    catalog: readCatalog(),
    text: sheetText('es'),
    date: DATE,
    ...extra,
  };
}
const FULL = source({ geometry: { byId: GEOMETRY, idColumn: 'unit_id' }, json: META });

/** A cell as the table's writers write it: rounded by type, missing as empty. */
const shown = (x: unknown, j: number) => {
  const r = roundCell(x as number, TABLE.columns[j].type);
  return r === null || r === undefined || (typeof r === 'number' && !Number.isFinite(r)) ? null : r;
};

describe('the export registry', () => {
  it('has a writer for every format, each with its own extension', () => {
    expect(Object.keys(EXPORT_WRITERS).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(new Set(EXPORT_FORMATS.map((f) => EXPORT_WRITERS[f].extension)).size).toBe(EXPORT_FORMATS.length);
  });

  it('offers GeoJSON only with geometry and JSON only with a method file', () => {
    const offered = (s: ExportSource) => EXPORT_FORMATS.filter((f) => EXPORT_WRITERS[f].accepts(s));
    expect(offered(source())).toEqual(['csv', 'xlsx']);
    expect(offered(FULL)).toEqual(['csv', 'xlsx', 'geojson', 'json']);
    return expect(writeExport('geojson', source())).rejects.toThrow(/no unit boundaries/);
  });

  it('picks the format by the extension of a file name, case ignored', () => {
    expect(formatOfFileName('out/Priority.XLSX', EXPORT_FORMATS)).toBe('xlsx');
    expect(formatOfFileName('a.b/units.geojson', EXPORT_FORMATS)).toBe('geojson');
    expect(formatOfFileName('report.json', ['csv', 'xlsx'])).toBeNull();
    expect(formatOfFileName('noext', EXPORT_FORMATS)).toBeNull();
  });

  it('CSV: UTF-8 with a BOM, the headers, the same rows rounded by column type', async () => {
    const f = await writeExport('csv', FULL);
    expect(f.extension).toBe('csv');
    expect(f.mime).toBe('text/csv;charset=utf-8');
    expect([...f.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Decoded keeping the BOM (a TextDecoder drops it by default).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(f.bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.includes('Santa Bárbara')).toBe(true);
    const back = csvParse(text.slice(1));
    expect(back.columns).toEqual(TABLE.columns.map((c) => c.header));
    expect(back.length).toBe(TABLE.rows.length);
    back.forEach((r, i) =>
      TABLE.columns.forEach((c, j) => {
        const want = shown(TABLE.rows[i][j], j);
        // A formula-like text is written with a leading apostrophe (csv.ts).
        expect(r[c.header]).toBe(want === null ? '' : typeof want === 'string' && want.startsWith('=') ? `'${want}` : String(want));
      }),
    );
    expect(back[1].statistic).toBe(String(-1.2345678901234567));
  });

  it('XLSX: read back with read-excel-file, the same cells, the Method and Sources sheets', async () => {
    const f = await writeExport('xlsx', FULL);
    expect(f.extension).toBe('xlsx');
    const sheets = await readXlsxFile(Buffer.from(f.bytes));
    expect(sheets.map((x) => x.sheet)).toEqual(['Datos', 'Método', 'Fuentes']);
    const [head, ...rows] = sheets[0].data;
    expect(head).toEqual(TABLE.columns.map((c) => c.header));
    expect(rows.length).toBe(TABLE.rows.length);
    rows.forEach((r, i) => r.forEach((cell, j) => expect(cell).toBe(shown(TABLE.rows[i][j], j))));
    const method = sheets[1].data.map((r) => r.filter((x) => x !== null));
    expect(method).toContainEqual(['seed', 7]);
    expect(method).toContainEqual(['nested.snap_meters', 500]);
    expect(sheets[2].data.length - 1).toBe(prov.sources.length);
  });

  it('XLSX: the readable method blocks, when given, instead of the settings', async () => {
    const f = await writeExport('xlsx', source({ methodBlocks: [{ title: 'Índice', rows: [['peso', 0.5]] }] }));
    const method = (await readXlsxFile(Buffer.from(f.bytes)))[1].data.map((r) => r.filter((x) => x !== null));
    expect(method).toContainEqual(['Índice']);
    expect(method).toContainEqual(['peso', 0.5]);
    expect(method).not.toContainEqual(['seed', 7]);
  });

  it('GeoJSON: a valid FeatureCollection, one feature per row, method and provenance in `focal`', async () => {
    const f = await writeExport('geojson', FULL);
    expect(f.extension).toBe('geojson');
    expect(f.mime).toBe('application/geo+json');
    const fc = JSON.parse(new TextDecoder().decode(f.bytes)) as TableGeojson;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((x) => x.id)).toEqual(['HN1601', 'SV0201', 'GT0101']);
    for (const [i, x] of fc.features.entries()) {
      expect(x.type).toBe('Feature');
      expect(Object.keys(x.properties)).toEqual(TABLE.columns.map((c) => c.header));
      TABLE.columns.forEach((c, j) => expect(x.properties[c.header]).toBe(shown(TABLE.rows[i][j], j)));
      const g = x.geometry;
      if (!g) continue;
      // RFC 7946 §3.1.6: linear rings of four or more positions, closed; positions are two numbers.
      const rings: Position[][] = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        for (const p of ring) {
          expect(p.length).toBe(2);
          expect(p.every((v) => Number.isFinite(v) && Math.round(v * 1e6) / 1e6 === v)).toBe(true);
        }
      }
    }
    expect(fc.features[0].geometry?.type).toBe('Polygon');
    expect(fc.features[1].geometry?.type).toBe('MultiPolygon');
    // A row whose unit has no boundary keeps its place with a null geometry (RFC 7946 §3.2).
    expect(fc.features[2].geometry).toBeNull();
    expect(fc.focal.method).toEqual(FULL.method);
    expect(fc.focal.date).toBe('2025-06-01T00:00:00.000Z');
    expect(fc.focal.provenance).toEqual(prov);
  });

  it('GeoJSON: refuses a table without the id column', async () => {
    await expect(writeExport('geojson', { ...FULL, geometry: { byId: GEOMETRY, idColumn: 'code' } })).rejects.toThrow('no column code to place the rows');
  });

  it('JSON: the method file as given', async () => {
    const f = await writeExport('json', FULL);
    expect(f.extension).toBe('json');
    expect(f.mime).toBe('application/json');
    expect(new TextDecoder().decode(f.bytes)).toBe(META);
    expect(JSON.parse(new TextDecoder().decode(f.bytes)).provenance).toEqual(prov);
  });
});
