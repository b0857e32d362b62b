/**
 * The XLSX exports read back with read-excel-file (an independent reader) and unzipped: every cell
 * equals the source table rounded to what its column shows (accents intact, missing values empty,
 * formula-like text kept as text), the sheets are named in the interface language (Data / Method /
 * Sources, Datos / Método / Fuentes), the headers are the columns' labels, the header row is bold
 * and frozen, each column has its number format, a flag shows yes/no over 1/0, marked rows are
 * filled; the Method sheet is readable blocks ending with the evidence table; the Sources sheet
 * has every source with its repository, commit, path and licence.
 */
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { MARKED_FILL, numberFormat, xlsxWorkbook, XLSX_MIME, type XlsxInput } from '../../src/lib/export/xlsx-workbook.ts';
import { methodRows } from '../../src/lib/export/xlsx-method-rows.ts';
import { settingsBlock } from '../../src/lib/export/method-sheet.ts';
import { roundCell } from '../../src/lib/export/round-cell.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import type { ResultTable } from '../../src/lib/export/result-table.ts';
import { readCatalog, readManifest } from '../data/public-data.ts';
import { sheetText } from './sheet-text.ts';

const TABLE: ResultTable = {
  columns: [
    { header: 'unit_id', type: 'text', label: 'Código' },
    { header: 'name', type: 'text' },
    { header: 'rank', type: 'number' },
    { header: 'score', type: { decimals: 2 } },
    { header: 'share', type: 'percent' },
    { header: 'activities', type: 'integer' },
    { header: 'amount_usd', type: 'usd' },
    { header: 'in_top_n', type: 'flag', label: 'Entre los primeros', flagText: { yes: 'Sí', no: 'No' } },
  ],
  rows: [
    ['HN1601', 'Santa Bárbara', 1, 87.123456789, 0.5, 12, 1234567.891, 1],
    ['SV02001', 'Cabañas Este', 2.5, 12.5, 1, 0, 0, 0],
    ['GT0101', 'Ñ =1+2', 2.5, NaN, null, 3, NaN, 0],
    ['=HYPERLINK("x")', '-5 °C; "quoted", comma', NaN, -0.25, 0.123, 1e6, Infinity, 1],
  ],
  marked: [true, false, false, true],
};

const manifest = readManifest();
const catalog = readCatalog();
const prov = provenance('9.9.9', manifest);
const DATE = new Date(Date.UTC(2025, 0, 31, 12, 30, 0));

function input(table: ResultTable, lang: 'en' | 'es' = 'en', method: Record<string, unknown> = { spec: { name: 'Índice', seed: 20240501 } }): XlsxInput {
  const text = sheetText(lang);
  return { table, method: [settingsBlock(text, method)], provenance: prov, manifest, catalog, text, date: DATE };
}

async function bytes(blob: Blob): Promise<Buffer> {
  return Buffer.from(await blob.arrayBuffer());
}

/** Cells as written: numbers rounded by their column's type, text stays, missing ones read back as null. */
const expected = (table: ResultTable) => (c: unknown, j: number) => {
  const x = roundCell(c as number, table.columns[j].type);
  return x === null || x === undefined || (typeof x === 'number' && !Number.isFinite(x)) ? null : x;
};

describe('xlsxWorkbook', () => {
  it('writes three sheets named in the interface language, as an .xlsx blob', async () => {
    const blob = await xlsxWorkbook(input(TABLE));
    expect(blob.type).toBe(XLSX_MIME);
    expect((await readXlsxFile(await bytes(blob))).map((s) => s.sheet)).toEqual(['Data', 'Method', 'Sources']);
    const es = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE, 'es'))));
    expect(es.map((s) => s.sheet)).toEqual(['Datos', 'Método', 'Fuentes']);
  });

  it('heads each column with its label (else its code) and round-trips every Data cell rounded to its type', async () => {
    const [data] = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE))));
    expect(data.data[0]).toEqual(['Código', 'name', 'rank', 'score', 'share', 'activities', 'amount_usd', 'Entre los primeros']);
    expect(data.data.length).toBe(TABLE.rows.length + 1);
    TABLE.rows.forEach((row, i) => expect(data.data[i + 1]).toEqual(row.map(expected(TABLE))));
    expect(data.data[1][3]).toBe(87.12);
    expect(data.data[1][6]).toBe(1234567.89);
    expect(data.data[1][1]).toBe('Santa Bárbara');
    expect(data.data[2][1]).toBe('Cabañas Este');
    expect(data.data[3][1]).toBe('Ñ =1+2');
    expect(data.data[4][0]).toBe('=HYPERLINK("x")');
  });

  it('stores text as shared strings or inline text, never as a formula, and ids keep their zeros', async () => {
    const files = unzipSync(new Uint8Array(await bytes(await xlsxWorkbook(input(TABLE)))));
    expect(strFromU8(files['xl/worksheets/sheet1.xml'])).not.toMatch(/<f>/);
    const [data] = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE))));
    expect(data.data[3][0]).toBe('GT0101');
  });

  it('gives each column its number format, a bold header row, a frozen first row, widths, and fills the marked rows', async () => {
    const files = unzipSync(new Uint8Array(await bytes(await xlsxWorkbook(input(TABLE)))));
    const styles = strFromU8(files['xl/styles.xml']);
    const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']);
    for (const code of ['0.00', '0.0%', '#,##0', '&quot;USD &quot;#,##0', '&quot;Sí&quot;;&quot;Sí&quot;;&quot;No&quot;']) expect(styles).toContain(`formatCode="${code}"`);
    expect(numberFormat({ decimals: 2 })).toBe('0.00');
    expect(numberFormat('percent')).toBe('0.0%');
    expect(numberFormat('text')).toBe('@');
    expect(numberFormat('flag')).toBe('"yes";"yes";"no"');
    expect(numberFormat('number')).toBeUndefined();
    expect(styles).toMatch(/<b\s*\/>/);
    expect(sheet1).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    const cols = [...sheet1.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(cols.length).toBe(8);
    expect(cols[1]).toBeGreaterThan(20);
    const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map((m) => m[1]);
    const fills = [...(styles.match(/<fills[^>]*>([\s\S]*?)<\/fills>/)?.[1] ?? '').matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => m[1]);
    const styleOf = (ref: string) => xfs[Number(sheet1.match(new RegExp(`<c r="${ref}"[^>]*s="(\\d+)"`))?.[1])];
    const fmt = (ref: string) => numFmts.get(styleOf(ref).match(/numFmtId="(\d+)"/)?.[1] ?? '0');
    const fill = (ref: string) => fills[Number(styleOf(ref).match(/fillId="(\d+)"/)?.[1] ?? '0')] ?? '';
    expect(fmt('D3')).toBe('0.00');
    expect(fmt('E3')).toBe('0.0%');
    expect(fmt('F3')).toBe('#,##0');
    expect(fmt('G3')).toBe('&quot;USD &quot;#,##0');
    expect(fmt('A3')).toBe('@');
    expect(fmt('H2')).toBe('&quot;Sí&quot;;&quot;Sí&quot;;&quot;No&quot;');
    // Rows 2 and 5 (the marked ones) are filled on every cell, rows 3 and 4 are not.
    const rgb = MARKED_FILL.slice(1).toUpperCase();
    for (const c of 'ABCDEFGH') {
      expect(fill(`${c}2`).toUpperCase()).toContain(rgb);
      expect(fill(`${c}5`).toUpperCase()).toContain(rgb);
    }
    for (const ref of ['A3', 'D3', 'H4']) expect(fill(ref).toUpperCase()).not.toContain(rgb);
  });

  it('writes the method as readable blocks: what made the file, the settings, then the evidence table', async () => {
    const method = { spec: { name: 'Índice de prueba', countries: ['GT', 'HN'] }, sensitivity: { seed: 42 } };
    const [, m] = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE, 'es', method))));
    const rows = m.data;
    expect(rows.slice(0, 4)).toEqual([
      ['Cómo se elaboró este archivo', null],
      ['Aplicación', 'focal 9.9.9'],
      ['Elaborado el (UTC)', '2025-01-31T12:30:00.000Z'],
      ['Versión de los datos', manifest.build_version],
    ].map((r) => [...r, ...Array(rows[0].length - 2).fill(null)]));
    const pairs = new Map(rows.map((r) => [r[0], r[1]]));
    expect(pairs.get('spec.name')).toBe('Índice de prueba');
    expect(pairs.get('spec.countries')).toBe('GT, HN');
    expect(pairs.get('sensitivity.seed')).toBe(42);
    // The evidence table closes the sheet: one row per catalog entry.
    const titles = rows.map((r) => r[0]);
    expect(titles).toContain('En qué se basan los datos');
    const start = titles.indexOf('Indicadores por país: nivel, año y fuente');
    expect(start).toBeGreaterThan(0);
    expect(rows.length - start - 2).toBe(catalog.length);
  });

  it('lists every source with its title, citation, repository, commit, path and licence', async () => {
    const [, , s] = await readXlsxFile(await bytes(await xlsxWorkbook(input(TABLE, 'es'))));
    expect(s.data[0]).toEqual(['Identificador', 'Datos', 'Citar como', 'Repositorio', 'Versión (commit)', 'Ruta', 'Licencia']);
    expect(s.data.length).toBe(Object.keys(manifest.sources).length + 1);
    for (const row of s.data.slice(1)) {
      const src = manifest.sources[row[0] as string];
      expect(row).toEqual([src.id, src.title, src.citation, src.repository, src.commit, src.path, src.licence].map((x) => x || null));
    }
  });

  it('refuses a row whose length does not match the columns', async () => {
    await expect(xlsxWorkbook(input({ columns: TABLE.columns, rows: [['x']] }))).rejects.toThrow(/row 1 has 1 cells for 8 columns/);
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
