/**
 * The import worker: parses XLSX, GeoJSON, TopoJSON and zipped shapefiles off the main thread, and
 * does the two DuckDB-free steps of a CSV (DuckDB has its own worker; parse-file.ts runs the steps
 * in order). Messages in: {@link ImportRequest} — `run` (a whole non-CSV file), `csv-prepare`
 * (check the encoding, sniff the delimiter; the UTF-8 bytes come back, transferred) and
 * `csv-table` (split and type DuckDB's text cells). Out: `{ type: 'progress', progress }`, then
 * `{ type: 'result', parsed }`, `{ type: 'csv-prepared', csv }`, `{ type: 'csv-typed', table }`
 * (packed-csv-table.ts) or
 * `{ type: 'error', message, code?, params? }` — an {@link ImportError}'s code and params cross the
 * boundary so the main thread rebuilds it.
 */
import { ImportError, type ImportErrorCode, type ImportErrorParams } from '../data/import/import-error.ts';
import type { ImportProgress, ParsedImport } from '../data/import/import-types.ts';
import type { CsvColumns } from '../data/import/split-csv-column.ts';
import { packCsvTable, type PackedCsvTable } from '../data/import/packed-csv-table.ts';
import { prepareCsv, type CsvShape, type PreparedCsv } from '../data/import/read-csv-prepare.ts';

export type ImportRequest =
  | { type: 'run'; name: string; bytes: Uint8Array; sheet?: string }
  | { type: 'csv-prepare'; name: string; bytes: Uint8Array }
  | { type: 'csv-table'; name: string; shape: CsvShape; cells: CsvColumns };

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; parsed: ParsedImport }
  | { type: 'csv-prepared'; csv: PreparedCsv }
  | { type: 'csv-typed'; table: PackedCsvTable }
  | { type: 'error'; message: string; code?: ImportErrorCode; params?: ImportErrorParams };

/** Posts a reply, moving the listed buffers (a test's `post` may ignore them). */
export type PostReply = (reply: ImportReply, transfer?: Transferable[]) => void;

/** Handles one request, replying through `post` (exported so that tests run it without a worker). */
export async function handleImportRequest(req: ImportRequest, post: PostReply): Promise<void> {
  try {
    switch (req.type) {
      case 'run': {
        // Loaded on demand: the XLSX, shapefile and projection code is most of this worker's
        // script, and a CSV (whose worker starts while the file is read) needs none of it.
        const { importFile } = await import('../data/import/import-file.ts');
        const parsed = await importFile({ name: req.name, bytes: req.bytes }, { sheet: req.sheet, onProgress: (progress) => post({ type: 'progress', progress }) });
        post({ type: 'result', parsed });
        return;
      }
      case 'csv-prepare': {
        const csv = prepareCsv(req.bytes, req.name);
        post({ type: 'csv-prepared', csv }, [csv.bytes.buffer as ArrayBuffer]);
        return;
      }
      case 'csv-table': {
        const { packed, transfer } = packCsvTable(req.cells, req.shape, req.name);
        post({ type: 'csv-typed', table: packed }, transfer);
        return;
      }
    }
  } catch (err) {
    post(errorReply(err));
  }
}

export function errorReply(err: unknown): Extract<ImportReply, { type: 'error' }> {
  if (err instanceof ImportError) return { type: 'error', message: err.message, code: err.code, params: { ...err.params } };
  return { type: 'error', message: err instanceof Error ? err.message : String(err) };
}

/** The error a reply stands for: an {@link ImportError} when it carries a code. */
export function replyError(reply: Extract<ImportReply, { type: 'error' }>): Error {
  return reply.code ? new ImportError(reply.code, reply.message, reply.params ?? {}) : new Error(reply.message);
}

// In a worker (not when a test imports this module in Node).
if (typeof self !== 'undefined' && typeof (self as { postMessage?: unknown }).postMessage === 'function' && typeof window === 'undefined') {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
    postMessage(message: unknown, transfer?: Transferable[]): void;
  };
  scope.onmessage = (e) => {
    const type = e.data?.type;
    if (type === 'run' || type === 'csv-prepare' || type === 'csv-table') void handleImportRequest(e.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
  };
}
