/**
 * XLSX through read-excel-file (its `universal` build: no DOM, runs in the import worker and in
 * Node). The first non-empty row is the header; numbers stay numbers, dates become ISO text
 * (`2023-06-30`, or the full timestamp when it has a time), booleans text. Every sheet name is
 * listed in `read.sheets` for the picker.
 */
import readXlsxFile from 'read-excel-file/universal';
import { ImportError } from './import-error.ts';
import type { RawTable } from './import-types.ts';
import { cleanHeaders, parseNumber, typeColumn } from './table-columns.ts';

type Cell = unknown;

export async function readXlsx(bytes: Uint8Array, fileName: string, sheet?: string): Promise<RawTable> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as unknown as { sheet: string; data: Cell[][] }[];
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ImportError('corrupt-xlsx', `${fileName} is not a readable Excel workbook (${detail}).`, { file: fileName, detail });
  }
  const names = sheets.map((s) => s.sheet);
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    if (sheet !== undefined) throw new Error(`${fileName} has no sheet named "${sheet}" (sheets: ${names.join(', ')})`);
    throw new ImportError('empty-file', `${fileName} has no sheets.`, { file: fileName });
  }
  const rows = chosen.data.map((r) => r.map(cellValue));
  const isEmpty = (r: Cell[]): boolean => r.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
  let first = 0;
  while (first < rows.length && isEmpty(rows[first])) first++;
  let last = rows.length;
  while (last > first && isEmpty(rows[last - 1])) last--;
  const params = { file: fileName, sheet: chosen.sheet };
  if (first === last) throw new ImportError('empty-file', `Sheet "${chosen.sheet}" of ${fileName} is empty.`, params);
  const header = rows[first];
  if (header.every((h) => h === null || typeof h === 'number' || (typeof h === 'string' && (h.trim() === '' || parseNumber(h, '.') !== null)))) {
    throw new ImportError('no-header', `Sheet "${chosen.sheet}" of ${fileName} has no header row: its first row must name the columns.`, params);
  }
  if (last - first === 1) throw new ImportError('no-rows', `Sheet "${chosen.sheet}" of ${fileName} has a header but no rows of data.`, params);

  const { columns, renamed } = cleanHeaders(header);
  const body = rows.slice(first + 1, last);
  const typed = columns.map((_, c) => typeColumn(body.map((r) => r[c] ?? null), '.'));
  return {
    fileName,
    columns,
    types: typed.map((t) => t.type),
    values: typed.map((t) => t.values),
    rowCount: body.length,
    read: { format: 'xlsx', sheets: names, sheet: chosen.sheet },
    renamed,
  };
}

function cellValue(c: Cell): Cell {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return null;
    const iso = c.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return c;
}
