/**
 * The XLSX exports read back with read-excel-file (an independent reader) and unzipped: every cell
 * equals the source table (numbers exactly, accents intact, missing values empty, formula-like
 * text kept as text), the three sheets are named Data / Method / Sources, the header row is bold
 * and frozen, each column has its number format; the priority list of the default index on the
 * real data round-trips with all 682 rows.
 */
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { numberFormat, xlsxWorkbook, XLSX_MIME, type XlsxInput } from '../../src/lib/export/xlsx-workbook.ts';
import { methodRows } from '../../src/lib/export/xlsx-method-rows.ts';
import { priorityListTable } from '../../src/lib/export/priority-list-table.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import type { ResultTable } from '../../src/lib/export/result-table.ts';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { readCatalog, readManifest, readRows, readText } from '../data/public-data.ts';

const TABLE: ResultTable = {
  columns: [
    { header: 'unit_id', type: 'text' },
    { header: 'name', type: 'text' },
    { header: 'rank', type: 'number' },
    { header: 'score', type: { decimals: 2 } },
    { header: 'share', type: 'percent' },
    { header: 'activities', type: 'integer' },
    { header: 'amount_usd', type: 'usd' },
  ],
  rows: [
    ['HN1601', 'Santa Bárbara', 1, 87.123456789, 0.5, 12, 1234567.89],
    ['SV02001', 'Cabañas Este', 2.5, 12.5, 1, 0, 0],
    ['GT0101', 'Ñ =1+2', 2.5, NaN, null, 3, NaN],
    ['=HYPERLINK("x")', '-5 °C; "quoted", comma', NaN, -0.25, 0.123, 1e6, Infinity],
  ],
};

const manifest = readManifest();
const prov = provenance('9.9.9', manifest);
const DATE = new Date(Date.UTC(2025, 0, 31, 12, 30, 0));

function input(table: ResultTable, method: Record<string, unknown> = { spec: { name: 'Índice', seed: 20240501 } }): XlsxInput {
  return { table, method, provenance: prov, manifest, date: DATE };
}

async function bytes(blob: Blob): Promise<Buffer> {
  return Buffer.from(await blob.arrayBuffer());
}

/** Cells as written: finite numbers stay, text stays, missing ones read back as null. */
const expected = (c: unknown) => (c === null || c === undefined || (typeof c === 'number' && !Number.isFinite(c)) ? null : c);

describe('xlsxWorkbook', () => {
  it('writes three sheets, Data / Method / Sources, as an .xlsx blob', async () => {
    const blob = await xlsxWorkbook(input(TABLE));
    expect(blob.type).toBe(XLSX_MIME);
    const sheets = await readXlsxFile(await bytes(blob));
    expect(sheets.map((s) => s.sheet)).toEqual(['Data', 'Method', 'Sources']);
  });

  it('round-trips every Data cell: numbers exactly, accents intact, missing empty, formulas as text', async () => {
    const [data] = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE))));
    expect(data.data[0]).toEqual(TABLE.columns.map((c) => c.header));
    expect(data.data.length).toBe(TABLE.rows.length + 1);
    TABLE.rows.forEach((row, i) => expect(data.data[i + 1]).toEqual(row.map(expected)));
    expect(data.data[1][1]).toBe('Santa Bárbara');
    expect(data.data[2][1]).toBe('Cabañas Este');
    expect(data.data[3][1]).toBe('Ñ =1+2');
    expect(data.data[4][0]).toBe('=HYPERLINK("x")');
  });

  it('stores text as shared strings or inline text, never as a formula, and ids keep their zeros', async () => {
    const files = unzipSync(new Uint8Array(await bytes(await xlsxWorkbook(input(TABLE)))));
    const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet1).not.toMatch(/<f>/);
    const [data] = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE))));
    expect(data.data[3][0]).toBe('GT0101');
  });

  it('gives each column its number format, a bold header row, a frozen first row and widths', async () => {
    const files = unzipSync(new Uint8Array(await bytes(await xlsxWorkbook(input(TABLE)))));
    const styles = strFromU8(files['xl/styles.xml']);
    const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']);
    // The formats, by their Excel codes (XML-escaped quotes for USD).
    for (const code of ['0.00', '0.0%', '#,##0', '&quot;USD &quot;#,##0']) expect(styles).toContain(`formatCode="${code}"`);
    expect(numberFormat({ decimals: 2 })).toBe('0.00');
    expect(numberFormat('percent')).toBe('0.0%');
    expect(numberFormat('text')).toBe('@');
    expect(numberFormat('number')).toBeUndefined();
    // Bold font for the header.
    expect(styles).toMatch(/<b\s*\/>/);
    // Row 1 frozen.
    expect(sheet1).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    // Seven column widths, the name column wider than the default 8.
    const cols = [...sheet1.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(cols.length).toBe(7);
    expect(cols[1]).toBeGreaterThan(20);
    // Each data cell of the score column (D) points to a style whose numFmt is 0.00.
    const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map((m) => m[1].match(/numFmtId="(\d+)"/)?.[1] ?? '0');
    const styleOf = (ref: string) => Number(sheet1.match(new RegExp(`<c r="${ref}"[^>]*s="(\\d+)"`))?.[1]);
    expect(numFmts.get(xfs[styleOf('D2')])).toBe('0.00');
    expect(numFmts.get(xfs[styleOf('E2')])).toBe('0.0%');
    expect(numFmts.get(xfs[styleOf('F2')])).toBe('#,##0');
    expect(numFmts.get(xfs[styleOf('G2')])).toBe('&quot;USD &quot;#,##0');
    // Text cells use the text format "@".
    expect(numFmts.get(xfs[styleOf('A2')])).toBe('@');
  });

  it('writes the method as key/value rows: app, version, date, data build, then the fields', async () => {
    const method = { spec: { name: 'Índice de prueba', indicators: [{ id: 'gt_poverty', weight: 2 }], countries: ['GT', 'HN'] }, sensitivity: { seed: 42 } };
    const [, m] = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE, method))));
    expect(m.data).toEqual([
      ['key', 'value'],
      ['app', 'focal'],
      ['app_version', '9.9.9'],
      ['date', '2025-01-31T12:30:00.000Z'],
      ['data_build', manifest.build_version],
      ['spec.name', 'Índice de prueba'],
      ['spec.indicators.gt_poverty.weight', 2],
      ['spec.countries', 'GT, HN'],
      ['sensitivity.seed', 42],
    ]);
  });

  it('lists one row per source with title, citation, licence, repository and commit', async () => {
    const [, , s] = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE))));
    expect(s.data[0]).toEqual(['id', 'title', 'citation', 'licence', 'repository', 'commit']);
    expect(s.data.length).toBe(Object.keys(manifest.sources).length + 1);
    for (const row of s.data.slice(1)) {
      const src = manifest.sources[row[0] as string];
      expect(row).toEqual([src.id, src.title, src.citation, src.licence, src.repository, src.commit].map((x) => x || null));
    }
  });

  it('refuses a row whose length does not match the columns', async () => {
    await expect(xlsxWorkbook(input({ columns: TABLE.columns, rows: [['x']] }))).rejects.toThrow(/row 1 has 1 cells for 7 columns/);
  });
});

describe('methodRows', () => {
  it('keys arrays of objects by their id, others by position; nested objects by dotted keys', () => {
    expect(methodRows({ a: { b: 1, c: [1, 2] }, g: [{ id: 'x', w: 1 }, { id: 'y', w: 2 }], h: [{ w: 3 }, { id: 'z' }], n: null, u: undefined })).toEqual([
      ['a.b', 1],
      ['a.c', '1, 2'],
      ['g.x.w', 1],
      ['g.y.w', 2],
      ['h[0].w', 3],
      ['h[1].id', 'z'],
      ['n', null],
    ]);
  });
});

describe('the priority list as XLSX on the default data', () => {
  it('has the 682 rows of the ranking, in priority order, with the same numbers', async () => {
    const units = readRows('units.csv').map((r) => ({ unit_id: r.unit_id, name: r.name, dept_name: r.dept_name, country: r.country }));
    const tables = rankTablesFromCsv(readText('indicators.csv'), units);
    const spec = defaultIndexSpec(readCatalog());
    const result = rankUnits(tables, spec);
    const table = priorityListTable(result, spec);
    const [data, m] = await readXlsxFile(await bytes(await xlsxWorkbook(input(table, { spec }))));
    expect(data.data.length).toBe(683);
    expect(data.data[0]).toEqual(table.columns.map((c) => c.header));
    table.rows.forEach((row, i) => expect(data.data[i + 1]).toEqual(row.map(expected)));
    // The first row is the region's top unit; its score equals the engine's to the last bit.
    const top = result.order[0];
    expect(data.data[1][2]).toBe(result.units[top].unit_id);
    expect(data.data[1][6]).toBe(result.index.score[top]);
    // Accented names survive (Honduras' department Santa Bárbara, El Salvador's Cabañas).
    const depts = new Set(data.data.slice(1).map((r) => r[4]));
    expect(depts.has('Santa Bárbara')).toBe(true);
    expect(depts.has('Cabañas')).toBe(true);
    // The method sheet carries the spec's weights.
    const keys = new Map(m.data.map((r) => [r[0], r[1]]));
    expect(keys.get('spec.groups.migration.weight')).toBe(spec.groups.find((g) => g.id === 'migration')!.weight);
  });
});
