/**
 * Refusals that say the true reason (issue 14, item 6), in English and Spanish, on real files
 * (tests/fixtures/bad/, see its README): a zip bomb refused from its central directory before
 * anything is inflated; a damaged TopoJSON named as such (never "Cannot read properties of
 * undefined"); a KML and a KMZ named as KML; a PDF or PNG renamed .csv refused as not text before
 * any mapping; 1e309, Infinity and NaN never numbers; and the CLI refusing the same files with the
 * same words as the app.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/lib/data/import/import-error.ts';
import { importErrorMessage } from '../../src/lib/data/import/import-error-message.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import { numberCell } from '../../src/lib/data/import/number-cell.ts';
import { sniffFormat } from '../../src/lib/data/import/sniff-format.ts';
import { zipUnpackedSize } from '../../src/lib/data/import/zip-unpacked-size.ts';
import type { RawTable } from '../../src/lib/data/import/import-types.ts';
import { en } from '../../src/lib/i18n/index.ts';
import { es } from '../../src/lib/i18n/es.ts';
import { main } from '../../src/cli/main.ts';
import { readBad } from './bad-input-pipeline.ts';

async function refusal(name: string, bytes: Uint8Array): Promise<ImportError> {
  const err = await importFile({ name, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

const words = (err: ImportError) => ({ en: importErrorMessage(err, en), es: importErrorMessage(err, es) });

describe('refusals that say the true reason', () => {
  it('a zip bomb is refused from its central directory, at once, before inflating', async () => {
    const bytes = readBad('zip-bomb.zip');
    expect(zipUnpackedSize(bytes)).toBe(13 + 9 * Math.floor((110 * 1024 * 1024) / 9));
    const t0 = performance.now();
    const err = await refusal('zip-bomb.zip', bytes);
    const ms = performance.now() - t0;
    expect(err.code).toBe('too-large');
    expect(err.params).toMatchObject({ unpackedMb: 110, maxMb: 100 });
    // Inflating 110 MB takes far longer than reading a directory of one entry.
    expect(ms).toBeLessThan(500);
    const m = words(err);
    expect(m.en).toMatch(/unpacks to 110 MB .*nothing was unpacked.*100 MB/);
    expect(m.es).toMatch(/110 MB descomprimido.*no se descomprimió nada.*100 MB/);
    expect(m.en).not.toMatch(/damaged|download it again/i);
  });

  it('a workbook whose directory declares 1 GB is refused as too large, not as damaged', () => {
    const zip = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>'), 'xl/worksheets/sheet1.xml': new TextEncoder().encode('<x/>') });
    // Declare 1 GB for the sheet in the central directory (what a bomb's directory says).
    const view = new DataView(zip.buffer);
    let patched = 0;
    for (let i = 0; i + 4 <= zip.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(zip.subarray(i + 46, i + 46 + view.getUint16(i + 28, true))).endsWith('sheet1.xml')) {
        view.setUint32(i + 24, 1024 * 1024 * 1024, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    let err: unknown = null;
    try {
      sniffFormat(zip, 'libro.xlsx');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('too-large');
    expect((err as ImportError).params.unpackedMb).toBe(1024);
  });

  it('a TopoJSON with an arc past its arcs is named a damaged TopoJSON, in EN and ES', async () => {
    const err = await refusal('topojson-bad-arcs.topojson', readBad('topojson-bad-arcs.topojson'));
    expect(err.code).toBe('not-geojson');
    const m = words(err);
    expect(m.en).toBe('“topojson-bad-arcs.topojson” is a damaged TopoJSON file: its layer “municipios” uses arc 7, but the file has only 2 arcs. Export the layer again, as GeoJSON if you can, and import that.');
    expect(m.es).toMatch(/TopoJSON dañado: su capa «municipios» usa el arco 7, pero el archivo solo tiene 2 arcos/);
    for (const text of [m.en, m.es, err.message]) expect(text).not.toMatch(/Cannot read|undefined/);
  });

  it.each([
    ['unknown-extension.kml', 'kml'],
    ['places.csv', 'kml'],
  ])('a KML file (%s) is named as KML, with what to do', async (name, found) => {
    const err = await refusal(name, readBad('unknown-extension.kml'));
    expect(err.params.found).toBe(found);
    const m = words(err);
    expect(m.en).toMatch(/is a KML file \(Google Earth\).*Convert it to GeoJSON or a zipped shapefile/);
    expect(m.es).toMatch(/es un archivo KML \(Google Earth\).*Conviértalo a GeoJSON/);
    expect(m.en).not.toMatch(/web page/);
  });

  it('a KMZ (zipped KML) is named as KMZ', async () => {
    const kmz = zipSync({ 'doc.kml': readBad('unknown-extension.kml') });
    const err = await refusal('lugares.kmz', kmz);
    expect(words(err).en).toMatch(/is a KMZ file \(Google Earth\)/);
  });

  it.each([
    ['pdf-with-csv-name.csv', 'pdf', /is not text \(it is a PDF file\)/, /no es texto \(es un archivo PDF\)/],
    ['image-with-csv-name.csv', 'png', /is not text \(it is a PNG file\)/, /no es texto \(es un archivo PNG\)/],
  ])('%s is refused as not text before any mapping', async (file, kind, enWords, esWords) => {
    const err = await refusal(file, readBad(file));
    expect(err.params).toMatchObject({ found: 'binary', kind });
    const m = words(err);
    expect(m.en).toMatch(enWords);
    expect(m.es).toMatch(esWords);
  });

  it('a file of control characters without a NUL byte is not text either', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 20) : 0x41 + (i % 26)));
    expect((await refusal('datos.csv', bytes)).params.found).toBe('binary');
  });

  it.each(['1e309', '-1e309', 'Infinity', 'NaN', '1e400'])('the text cell %s is an invalid value, reported, never a number', (cell) => {
    const table = { fileName: 'v.csv', columns: ['valor'], types: ['text'], values: [['1', cell]], rowCount: 2, read: { format: 'csv', decimal: '.' } } as unknown as RawTable;
    expect(numberCell(table, 0, 0)).toBe(1);
    let err: unknown = null;
    try {
      numberCell(table, 0, 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('not-a-number');
    expect((err as ImportError).params).toMatchObject({ column: 'valor', row: 3, value: cell });
  });
});

describe('the CLI refuses the same files with the same words as the app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'focal-reasons-'));

  async function cliError(file: string, bytes: Uint8Array): Promise<string> {
    const path = join(dir, file);
    writeFileSync(path, bytes);
    const err: string[] = [];
    const code = await main(['join', '--left', path, '--key', 'codigo', '--report', join(dir, 'r.json')], { out: () => undefined, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    return err[0].replace(/^focal join: /, '');
  }

  it.each([
    ['zip-bomb.zip', 'zip-bomb.zip'],
    ['pdf-with-csv-name.csv', 'pdf-with-csv-name.csv'],
    ['places.csv', 'unknown-extension.kml'],
  ])('%s', async (name, fixture) => {
    const app = await refusal(name, readBad(fixture));
    expect(await cliError(name, readBad(fixture))).toBe(importErrorMessage(app, en));
  });

  it('a ragged CSV: refused by both, on the same line, in the same words', async () => {
    // Leading blank lines count in the line number, as in the app (tests/duckdb/parse-csv.test.ts: line 5).
    const text = '\n\ncodigo,valor\n0101,2\n0102,3,4\n';
    const words = await cliError('ragged.csv', new TextEncoder().encode(text));
    expect(words).toBe(importErrorMessage(new ImportError('csv-parse', '', { file: 'ragged.csv', line: 5, expected: 2, found: 3 }), en));
    expect(words).toBe('Line 5 of “ragged.csv” has 3 fields where the header has 2. Check that line for an extra or missing separator, or a quote that is not closed.');
  });
});
