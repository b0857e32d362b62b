/**
 * Any result table as an Excel workbook (write-excel-file): three sheets, named in the interface
 * language (Data / Method / Sources, Datos / Método / Fuentes) —
 * - the table: headers in the interface language (each column's `label`, else its code), header
 *   row bold and frozen, each column's number format (a flag shows yes/no, the cell keeps 1/0) and
 *   a width that fits its text, the `marked` rows (the top N) filled and bold; numbers rounded to
 *   what the column shows (round-cell.ts), text stored as text (no formula is ever written, so a
 *   name starting with `=` stays a name), missing numbers empty cells, never 0;
 * - the method (method-sheet.ts, the one builder every export goes through): what made the file,
 *   the export's own blocks, then the evidence table of the catalog;
 * - the sources: one row per source with id, title, citation, repository, commit, path and licence.
 */
import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import type { CatalogEntry, Manifest } from '../data/schema.ts';
import { evidenceBlocks, madeByBlock, type MethodBlock, type MethodCell, type SheetText } from './method-sheet.ts';
import type { Provenance } from './provenance.ts';
import type { ColumnType, ResultCell, ResultColumn, ResultTable } from './result-table.ts';
import { roundCell } from './round-cell.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxInput {
  table: ResultTable;
  /** What produced the table, in readable blocks (index-method-blocks.ts, or `settingsBlock`). */
  method: MethodBlock[];
  provenance: Provenance;
  /** For the sources' titles and paths (the provenance block has none); null: left empty. */
  manifest: Manifest | null;
  /** The catalog whose evidence table ends the Method sheet (null: user data without one). */
  catalog: readonly CatalogEntry[] | null;
  /** The words of the sheets, in the interface language. */
  text: SheetText;
  /** When the file was made (written as an ISO 8601 UTC text). */
  date: Date;
  /** The name of the table's sheet (default: the interface language's "Data"). */
  tableSheet?: string;
  /** More result sheets after the table's, before Method and Sources (a scenario comparison: one per scenario). */
  moreSheets?: readonly { name: string; table: ResultTable }[];
}

/** Characters Excel refuses in a sheet name. */
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;
/** Longest sheet name Excel takes. */
const SHEET_NAME_MAX = 31;

/**
 * `name` as a sheet name Excel takes: its forbidden characters (\ / ? * [ ] :) replaced by `-`,
 * at most 31 characters, and unlike every name of `used` (compared without case, as Excel does:
 * a number is added). The name is added to `used`.
 */
export function sheetName(name: string, used: Set<string>): string {
  const clean = name.replace(SHEET_NAME_BAD, '-').replace(/^'+|'+$/g, '').trim() || '-';
  let out = clean.slice(0, SHEET_NAME_MAX);
  for (let k = 2; used.has(out.toLowerCase()); k++) out = `${clean.slice(0, SHEET_NAME_MAX - String(k).length - 1)} ${k}`;
  used.add(out.toLowerCase());
  return out;
}

/** Fill of the marked rows (the top N): a light amber that prints and keeps black text readable. */
export const MARKED_FILL = '#FFE8A3';

/** The Excel number format of a column type (undefined: General). */
export function numberFormat(type: ColumnType, flagText: { yes: string; no: string } = { yes: 'yes', no: 'no' }): string | undefined {
  if (typeof type === 'object') return type.decimals > 0 ? `0.${'0'.repeat(Math.min(type.decimals, 15))}` : '0';
  switch (type) {
    case 'text':
      return '@';
    case 'integer':
      return '#,##0';
    case 'percent':
      return '0.0%';
    case 'usd':
      return '"USD "#,##0';
    case 'flag':
      return `"${flagText.yes.replaceAll('"', '')}";"${flagText.yes.replaceAll('"', '')}";"${flagText.no.replaceAll('"', '')}"`;
    case 'number':
    case 'exact':
      return undefined;
  }
}

const BOLD = { fontWeight: 'bold' } as const;
const MAX_WIDTH = 60;
/** Rows looked at to size a column (enough to see its longest names, quick on 682 rows). */
const WIDTH_ROWS = 2000;

function isMissing(x: ResultCell): boolean {
  return x === null || x === undefined || (typeof x === 'number' && !Number.isFinite(x));
}

function dataCell(raw: ResultCell, column: ResultColumn, marked: boolean): Cell {
  const x = roundCell(raw, column.type);
  const style = marked ? { backgroundColor: MARKED_FILL, ...BOLD } : {};
  if (isMissing(x)) return marked ? { value: '', type: String, ...style } : null;
  if (typeof x === 'number') {
    const format = numberFormat(column.type === 'text' ? 'number' : column.type, column.flagText);
    return format ? { value: x, type: Number, format, ...style } : { value: x, type: Number, ...style };
  }
  return { value: String(x), type: String, format: '@', ...style };
}

/** Characters a cell takes on screen, roughly (numbers as their format shows them). */
function shownLength(x: ResultCell, type: ColumnType): number {
  if (isMissing(x)) return 0;
  if (typeof x !== 'number') return String(x).length;
  if (type === 'percent') return (100 * x).toFixed(1).length + 1;
  if (type === 'usd') return Math.round(x).toLocaleString('en-US').length + 4;
  if (type === 'flag') return 3;
  if (type === 'integer') return Math.round(x).toLocaleString('en-US').length;
  if (typeof type === 'object') return x.toFixed(Math.min(type.decimals, 15)).length;
  return String(x).length;
}

function widths(header: readonly string[], rows: readonly (readonly ResultCell[])[], types: readonly ColumnType[]): { width: number }[] {
  return header.map((h, j) => {
    let w = h.length;
    for (let i = 0; i < rows.length && i < WIDTH_ROWS; i++) w = Math.max(w, shownLength(rows[i][j], types[j]));
    return { width: Math.min(MAX_WIDTH, Math.max(8, w + 2)) };
  });
}

function methodCell(v: MethodCell): Cell {
  if (v === null || v === '') return null;
  if (typeof v === 'object') return Number.isFinite(v.value) ? { value: roundCell(v.value, v.type) as number, type: Number, format: numberFormat(v.type) } : null;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number } : null;
  if (typeof v === 'boolean') return { value: v, type: Boolean };
  return { value: v, type: String, format: '@', wrap: v.length > MAX_WIDTH };
}

/** The Method sheet: the made-by block, the export's blocks, the evidence table; a blank row between blocks. */
export function methodSheetBlocks(x: Pick<XlsxInput, 'method' | 'catalog' | 'text' | 'provenance' | 'date'>): MethodBlock[] {
  return [madeByBlock(x.text, x.provenance, x.date), ...x.method, ...(x.catalog && x.catalog.length ? evidenceBlocks(x.text, x.catalog) : [])];
}

function methodSheet(blocks: readonly MethodBlock[]): SheetData {
  const out: SheetData = [];
  for (const b of blocks) {
    if (out.length) out.push([null]);
    if (b.title) out.push([{ value: b.title, type: String, ...BOLD, fontSize: 12 }]);
    if (b.note) out.push([{ value: b.note, type: String, format: '@' }]);
    if (b.header) out.push(b.header.map((h): Cell => ({ value: h, type: String, ...BOLD })));
    for (const r of b.rows) out.push(r.length ? r.map(methodCell) : [null]);
  }
  return out;
}

/** One row per source: id, title, citation, repository, commit, path, licence. */
function sourceRows(x: XlsxInput): string[][] {
  return x.provenance.sources.map((s) => {
    const m = x.manifest?.sources[s.id];
    return [s.id, m?.title ?? '', s.citation, s.repository, s.commit, m?.path ?? '', s.licence];
  });
}

/** The Sources sheet's headers in the interface language. */
export function sourceHeaders(text: SheetText): string[] {
  const s = text.sheets;
  return [s.sourceId, s.sourceTitle, s.citation, s.repository, s.commit, s.path, s.licence];
}

/** A result table as a sheet: bold frozen header, the marked rows filled, widths that fit. */
function resultSheet(table: ResultTable, name: string): { sheet: string; data: SheetData; columns: { width: number }[]; stickyRowsCount: number } {
  const { columns, rows, marked } = table;
  const header = columns.map((c) => c.label ?? c.header);
  const types = columns.map((c) => c.type);
  for (const [i, r] of rows.entries()) {
    if (r.length !== columns.length) throw new Error(`row ${i + 1} has ${r.length} cells for ${columns.length} columns`);
  }
  const data: SheetData = [header.map((h): Cell => ({ value: h, type: String, ...BOLD })), ...rows.map((r, i) => r.map((c, j) => dataCell(c, columns[j], marked?.[i] === true)))];
  return { sheet: name, data, columns: widths(header, rows, types), stickyRowsCount: 1 };
}

/** The workbook's bytes (a Blob of type {@link XLSX_MIME}). */
export async function xlsxWorkbook(x: XlsxInput): Promise<Blob> {
  const method = methodSheet(methodSheetBlocks(x));
  const firstWidth = Math.min(32, Math.max(12, ...method.map((r) => (r.length > 1 ? String((r[0] as { value?: unknown } | null)?.value ?? '').length + 2 : 0))));
  const methodWidths = [{ width: firstWidth }, { width: 48 }, ...Array.from({ length: 10 }, () => ({ width: 16 }))];
  const sources = sourceRows(x);
  const sourceHead = sourceHeaders(x.text);
  const s = x.text.sheets;
  const used = new Set([s.sheetMethod, s.sheetSources].map((n) => n.toLowerCase()));
  const tables = [{ name: x.tableSheet ?? s.sheetData, table: x.table }, ...(x.moreSheets ?? [])];
  const blob = await writeExcelFile([
    ...tables.map((t) => resultSheet(t.table, sheetName(t.name, used))),
    { sheet: s.sheetMethod, data: method, columns: methodWidths },
    {
      sheet: s.sheetSources,
      data: [sourceHead.map((h): Cell => ({ value: h, type: String, ...BOLD })), ...sources.map((r) => r.map((v): Cell => (v ? { value: v, type: String, format: '@' } : null)))],
      columns: widths(sourceHead, sources, sourceHead.map(() => 'text' as const)),
      stickyRowsCount: 1,
    },
  ]).toBlob();
  return blob.type === XLSX_MIME ? blob : new Blob([blob], { type: XLSX_MIME });
}
