/**
 * The bad-input corpus (tests/fixtures/bad/, described in its README.md): what each file must do
 * when run through the whole pipeline — read, map with the sensible mapping of its kind, join,
 * apply. `error`: refused with one of these ImportError codes (a list where two readings of the
 * file are both right, e.g. a truncated .xlsx is a broken zip AND a broken workbook). `ok`: not an
 * error by design; the test checks that the column holds exactly these cells, in row order.
 * `db`: the file reaches DuckDB's CSV reader (run in tests/duckdb/bad-input-csv.test.ts).
 */
import type { ImportErrorCode } from '../../src/lib/data/import/import-error.ts';
import type { CellValue } from '../../src/lib/data/import/import-types.ts';

export type BadCase =
  | { file: string; db: boolean; error: ImportErrorCode[] }
  | { file: string; db: boolean; ok: { column: string; cells: CellValue[] } };

export const BAD_CASES: BadCase[] = [
  // Empty, truncated, nested, not what it says
  { file: 'empty.csv', db: false, error: ['empty-file'] },
  { file: 'whitespace-only.geojson', db: false, error: ['empty-file'] },
  { file: 'truncated.geojson', db: false, error: ['invalid-json'] },
  { file: 'deeply-nested.json', db: false, error: ['too-deep'] },
  { file: 'not-geojson.json', db: false, error: ['not-geojson'] },
  { file: 'json-array-of-numbers.json', db: false, error: ['not-geojson'] },
  { file: 'nan-literal.geojson', db: false, error: ['invalid-json'] },
  { file: 'topojson-without-objects.topojson', db: false, error: ['not-geojson', 'no-features'] },
  { file: 'no-features.geojson', db: false, error: ['no-features'] },
  { file: 'null-geometries.geojson', db: false, error: ['no-features', 'wrong-geometry'] },
  // Geometry and coordinates
  { file: 'lines.geojson', db: false, error: ['wrong-geometry'] },
  { file: 'points-for-boundaries.geojson', db: false, error: ['wrong-geometry'] },
  { file: 'mixed-geometries.geojson', db: false, error: ['wrong-geometry'] },
  { file: 'projected-no-prj.geojson', db: false, error: ['projected-no-prj'] },
  { file: 'swapped-latlon.geojson', db: false, error: ['swapped-coordinates'] },
  { file: 'out-of-range.geojson', db: false, error: ['coordinates-out-of-range'] },
  { file: 'duplicate-codes.geojson', db: false, error: ['duplicate-keys'] },
  { file: 'shapefile-no-prj.zip', db: false, error: ['projected-no-prj'] },
  { file: 'shapefile-unknown-projection.zip', db: false, error: ['unknown-projection'] },
  // Archives, workbooks, binaries, formats we do not read
  { file: 'zip-without-shp.zip', db: false, error: ['zip-without-shp'] },
  { file: 'not-a-zip.zip', db: false, error: ['corrupt-zip'] },
  { file: 'shapefile-part.shp', db: false, error: ['unsupported-format'] },
  { file: 'truncated.xlsx', db: false, error: ['corrupt-xlsx', 'corrupt-zip'] },
  { file: 'not-really.xlsx', db: false, error: ['corrupt-xlsx'] },
  { file: 'old-excel.xls', db: false, error: ['unsupported-format'] },
  { file: 'binary-garbage.csv', db: false, error: ['unsupported-format'] },
  { file: 'image-with-csv-name.csv', db: false, error: ['unsupported-format'] },
  { file: 'unknown-extension.kml', db: false, error: ['unsupported-format'] },
  { file: 'html-saved-as.csv', db: false, error: ['unsupported-format'] },
  { file: 'pdf-with-csv-name.csv', db: false, error: ['unsupported-format'] },
  { file: 'zip-bomb.zip', db: false, error: ['too-large'] },
  { file: 'topojson-bad-arcs.topojson', db: false, error: ['not-geojson'] },
  // CSV through DuckDB
  { file: 'header-only.csv', db: true, error: ['no-rows'] },
  { file: 'mixed-encoding.csv', db: true, error: ['mixed-encoding'] },
  { file: 'ragged-rows.csv', db: true, error: ['csv-parse'] },
  { file: 'unbalanced-quotes.csv', db: true, error: ['csv-parse'] },
  { file: 'nan-infinity.csv', db: true, error: ['not-a-number'] },
  { file: 'overflow-1e309.csv', db: true, error: ['not-a-number'] },
  { file: 'text-in-number-column.csv', db: true, error: ['not-a-number'] },
  { file: 'duplicate-keys.csv', db: true, error: ['duplicate-keys'] },
  { file: 'no-key-match.csv', db: true, error: ['no-match'] },
  // Not errors by design: names and cells are text, kept exactly (rendering and exports neutralise)
  { file: 'html-in-names.geojson', db: false, ok: { column: 'name', cells: ["<script>alert('x')</script>Guatemala", '<img src=x onerror=alert(1)>'] } },
  { file: 'html-in-names.csv', db: true, ok: { column: 'municipio', cells: ["<script>alert('x')</script>", '<img src=x onerror=alert(1)>', '<b>San José</b> & "Pinula"'] } },
  {
    file: 'formula-like-cells.csv',
    db: true,
    ok: { column: 'municipio', cells: ['=HYPERLINK("http://example.com/x","Guatemala")', '@SUM(1+1)', '=1+1'] },
  },
  {
    file: 'formula-like-cells.csv',
    db: true,
    ok: { column: 'fuente', cells: ["+cmd|' /C calc'!A0", '-2+3', "=cmd|' /C notepad'!A0"] },
  },
  // A stray byte-order mark is invisible junk: dropped like white space, the cell is the number.
  { file: 'bom-in-the-middle.csv', db: true, ok: { column: 'valor', cells: [12.5, 3.5] } },
  { file: 'two-boms.csv', db: true, ok: { column: 'codigo', cells: ['0101', '0102'] } },
];
