/**
 * The import worker: parses XLSX, GeoJSON, TopoJSON and zipped shapefiles off the main thread, and
 * does the two DuckDB-free steps of a CSV (DuckDB has its own worker; parse-file.ts runs the steps
 * in order). Messages in: {@link ImportRequest} — `file` (a File to read here, then handled as
 * `run` or `csv-prepare`), `run` (a whole non-CSV file's bytes), `csv-prepare`
 * (check the encoding, sniff the delimiter; the UTF-8 bytes come back, transferred) and
 * `csv-table` (split and type DuckDB's text cells). Out: `{ type: 'progress', progress }`, then
 * `{ type: 'result', parsed, geometries? }` (a layer's geometries packed, packed-geometries.ts),
 * `{ type: 'csv-prepared', csv }`, `{ type: 'csv-fast', table }` (a well-formed CSV read at once, fast-csv-table.ts), `{ type: 'csv-typed', table }`
 * (packed-csv-table.ts) or
 * `{ type: 'error', message, code?, params? }` — an {@link ImportError}'s code and params cross the
 * boundary so the main thread rebuilds it.
 */
import { ImportError, type ImportErrorCode, type ImportErrorParams } from '../data/import/import-error.ts';
import type { ImportProgress, ParsedImport, RawLayer } from '../data/import/import-types.ts';
import { readGeoJsonFast } from '../data/import/fast-geojson-layer.ts';
import { decodeText } from '../data/import/sniff-encoding.ts';
import type { CsvColumns } from '../data/import/split-csv-column.ts';
import { packCsvTable, type PackedCsvTable } from '../data/import/packed-csv-table.ts';
import { prepareCsv, prepareCsvDecoded, type CsvShape, type PreparedCsv } from '../data/import/read-csv-prepare.ts';
import { packGeometries, type PackedGeometries } from '../data/import/packed-geometries.ts';
import { readFileBytes } from '../data/import/read-file-bytes.ts';
import { readCsvFast, type FastCsvTable } from '../data/import/fast-csv-table.ts';
import { sniffFormat } from '../data/import/sniff-format.ts';

export type ImportRequest =
  | { type: 'file'; name: string; file: Blob; sheet?: string }
  | { type: 'run'; name: string; bytes: Uint8Array; sheet?: string }
  | { type: 'csv-prepare'; name: string; bytes: Uint8Array }
  | { type: 'csv-table'; name: string; shape: CsvShape; cells: CsvColumns };

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; parsed: ParsedImport; geometries?: PackedGeometries }
  | { type: 'csv-prepared'; csv: PreparedCsv }
  | { type: 'csv-fast'; table: FastCsvTable }
  | { type: 'csv-typed'; table: PackedCsvTable }
  | { type: 'error'; message: string; code?: ImportErrorCode; params?: ImportErrorParams };

/** Posts a reply, moving the listed buffers (a test's `post` may ignore them). */
export type PostReply = (reply: ImportReply, transfer?: Transferable[]) => void;

/** Handles one request, replying through `post` (exported so that tests run it without a worker). */
export async function handleImportRequest(req: ImportRequest, post: PostReply): Promise<void> {
  try {
    switch (req.type) {
      case 'file': {
        // The file read here, off the main thread; a CSV goes on as `csv-prepare`, anything else as `run`.
        const progress = (p: ImportProgress) => post({ type: 'progress', progress: p });
        const bytes = await readFileBytes(req.file, progress);
        if (sniffFormat(bytes, req.name).format === 'csv') {
          progress({ stage: 'decode', fraction: 0 });
          const { csv, text } = prepareCsvDecoded(bytes, req.name);
          progress({ stage: 'parse', fraction: 0 });
          // A well-formed file is read here at once; anything else goes through DuckDB as before.
          const fast = readCsvFast(csv, req.name, text);
          if (fast) post({ type: 'csv-fast', table: fast.table }, fast.transfer);
          else post({ type: 'csv-prepared', csv }, [csv.bytes.buffer as ArrayBuffer]);
          return;
        }
        return handleImportRequest({ type: 'run', name: req.name, bytes, sheet: req.sheet }, post);
      }
      case 'run': {
        if (sniffFormat(req.bytes, req.name).format === 'json') {
          // A plain GeoJSON FeatureCollection is read feature by feature (fast-geojson-layer.ts).
          post({ type: 'progress', progress: { stage: 'decode', fraction: 0 } });
          const decoded = decodeText(req.bytes, req.name);
          post({ type: 'progress', progress: { stage: 'parse', fraction: 0 } });
          const fast = readGeoJsonFast(decoded, req.name);
          if (fast) {
            post({ type: 'result', parsed: { kind: 'layer', table: fast.table }, geometries: fast.packed }, fast.transfer);
            return;
          }
          const { readJsonLayer } = await import('../data/import/read-json-layer.ts');
          return postLayer(readJsonLayer(decoded, req.name), post);
        }
        // Loaded on demand: the XLSX, shapefile and projection code is most of this worker's
        // script, and a CSV needs none of it.
        const { importFile } = await import('../data/import/import-file.ts');
        const parsed = await importFile({ name: req.name, bytes: req.bytes }, { sheet: req.sheet, onProgress: (progress) => post({ type: 'progress', progress }) });
        if (parsed.kind === 'layer') postLayer(parsed.table, post);
        else post({ type: 'result', parsed });
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

/** A layer's reply: its geometries travel packed (packed-geometries.ts); the main thread puts them back. */
function postLayer(table: RawLayer, post: PostReply): void {
  const { packed, transfer } = packGeometries(table.geometries);
  post({ type: 'result', parsed: { kind: 'layer', table: { ...table, geometries: [] } }, geometries: packed }, transfer);
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
    if (type === 'file' || type === 'run' || type === 'csv-prepare' || type === 'csv-table') void handleImportRequest(e.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
  };
}
