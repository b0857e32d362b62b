/**
 * The import worker: parses XLSX, GeoJSON, TopoJSON and zipped shapefiles off the main thread
 * (CSV goes to DuckDB, which has its own worker; see parse-file.ts). Messages: in
 * {@link ImportRequest} (the bytes transferred); out `{ type: 'progress', progress }`, then
 * `{ type: 'result', parsed }` or `{ type: 'error', message, code?, params? }` — an
 * {@link ImportError}'s code and params cross the boundary so the main thread rebuilds it.
 */
import { ImportError, type ImportErrorCode, type ImportErrorParams } from '../data/import/import-error.ts';
import { importFile } from '../data/import/import-file.ts';
import type { ImportProgress, ParsedImport } from '../data/import/import-types.ts';

export interface ImportRequest {
  type: 'run';
  name: string;
  bytes: Uint8Array;
  sheet?: string;
}

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; parsed: ParsedImport }
  | { type: 'error'; message: string; code?: ImportErrorCode; params?: ImportErrorParams };

/** Handles one request, replying through `post` (exported so that tests run it without a worker). */
export async function handleImportRequest(req: ImportRequest, post: (reply: ImportReply) => void): Promise<void> {
  try {
    const parsed = await importFile({ name: req.name, bytes: req.bytes }, { sheet: req.sheet, onProgress: (progress) => post({ type: 'progress', progress }) });
    post({ type: 'result', parsed });
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
    postMessage(message: unknown): void;
  };
  scope.onmessage = (e) => {
    if (e.data?.type === 'run') void handleImportRequest(e.data, (reply) => scope.postMessage(reply));
  };
}
