/**
 * Any result table as an Excel workbook (write-excel-file): three sheets —
 * - "Data": the table, header row bold and frozen, each column's number format (xlsx-formats) and a
 *   width that fits its text; text cells are stored as text (no formula is ever written, so a
 *   name starting with `=` stays a name), missing numbers are empty cells, never 0;
 * - "Method": what produced it, one key/value row per field (app, version, date, data build, then
 *   the method object: spec, hotspot settings with their seed, filter);
 * - "Sources": one row per source with title, citation, licence, repository and commit.
 */
import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import type { Manifest } from '../data/schema.ts';
import type { Provenance } from './provenance.ts';
import type { ColumnType, ResultCell, ResultTable } from './result-table.ts';
import { methodRows, type MethodRow } from './xlsx-method-rows.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XLSX_SHEETS = ['Data', 'Method', 'Sources'] as const;
export const SOURCE_HEADERS = ['id', 'title', 'citation', 'licence', 'repository', 'commit'] as const;

export interface XlsxInput {
  table: ResultTable;
  /** What produced the table (a plain object: spec, settings, seed, filter), laid out by `methodRows`. */
  method: Record<string, unknown>;
  provenance: Provenance;
  /** For the sources' titles (the provenance block has none); null: titles left empty. */
  manifest: Manifest | null;
  /** When the file was made (written as an ISO 8601 UTC text). */
  date: Date;
}

/** The Excel number format of a column type (undefined: General). */
export function numberFormat(type: ColumnType): string | undefined {
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
    case 'number':
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

function dataCell(x: ResultCell, type: ColumnType): Cell {
  if (isMissing(x)) return null;
  if (typeof x === 'number') {
    const format = numberFormat(type === 'text' ? 'number' : type);
    return format ? { value: x, type: Number, format } : { value: x, type: Number };
  }
  return { value: String(x), type: String, format: '@' };
}

/** Characters a cell takes on screen, roughly (numbers as their format shows them). */
function shownLength(x: ResultCell, type: ColumnType): number {
  if (isMissing(x)) return 0;
  if (typeof x !== 'number') return String(x).length;
  if (type === 'percent') return (100 * x).toFixed(1).length + 1;
  if (type === 'usd') return Math.round(x).toLocaleString('en-US').length + 4;
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

function methodSheet(x: XlsxInput): SheetData {
  const rows: MethodRow[] = [
    ['app', x.provenance.app.name],
    ['app_version', x.provenance.app.version],
    ['date', x.date.toISOString()],
    ['data_build', x.provenance.data_build],
    ...methodRows(x.method),
  ];
  return [
    [{ value: 'key', ...BOLD }, { value: 'value', ...BOLD }],
    ...rows.map(([k, v]): Cell[] => [
      { value: k, type: String, format: '@' },
      v === null ? null : typeof v === 'number' ? (Number.isFinite(v) ? { value: v, type: Number } : null) : typeof v === 'boolean' ? { value: v, type: Boolean } : { value: v, type: String, format: '@' },
    ]),
  ];
}

function sourceRows(x: XlsxInput): string[][] {
  return x.provenance.sources.map((s) => [s.id, x.manifest?.sources[s.id]?.title ?? '', s.citation, s.licence, s.repository, s.commit]);
}

/** The workbook's bytes (a Blob of type {@link XLSX_MIME}). */
export async function xlsxWorkbook(x: XlsxInput): Promise<Blob> {
  const { columns, rows } = x.table;
  const header = columns.map((c) => c.header);
  const types = columns.map((c) => c.type);
  for (const [i, r] of rows.entries()) {
    if (r.length !== columns.length) throw new Error(`row ${i + 1} has ${r.length} cells for ${columns.length} columns`);
  }
  const data: SheetData = [header.map((h): Cell => ({ value: h, type: String, ...BOLD })), ...rows.map((r) => r.map((c, j) => dataCell(c, types[j])))];
  const method = methodSheet(x);
  const methodWidths = [
    { width: Math.min(MAX_WIDTH, Math.max(10, ...method.map((r) => String((r[0] as { value?: unknown } | null)?.value ?? '').length + 2))) },
    { width: MAX_WIDTH },
  ];
  const sources = sourceRows(x);
  const blob = await writeExcelFile([
    { sheet: XLSX_SHEETS[0], data, columns: widths(header, rows, types), stickyRowsCount: 1 },
    { sheet: XLSX_SHEETS[1], data: method, columns: methodWidths, stickyRowsCount: 1 },
    {
      sheet: XLSX_SHEETS[2],
      data: [SOURCE_HEADERS.map((h): Cell => ({ value: h, type: String, ...BOLD })), ...sources.map((r) => r.map((v): Cell => (v ? { value: v, type: String, format: '@' } : null)))],
      columns: widths([...SOURCE_HEADERS], sources, SOURCE_HEADERS.map(() => 'text' as const)),
      stickyRowsCount: 1,
    },
  ]).toBlob();
  return blob.type === XLSX_MIME ? blob : new Blob([blob], { type: XLSX_MIME });
}
