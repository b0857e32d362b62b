/**
 * The browser's way in for a planner's file: read it with progress (refusing a file that is too
 * large before reading a byte), then parse it — CSV on DuckDB (already in its own worker), every
 * other format in the import worker (import.worker.ts). Errors are {@link ImportError}s whose code
 * and params survived the worker boundary; cancelling through `signal` stops the read or
 * terminates the worker and rejects with an `AbortError`.
 */
import type { Db } from '../data/db.ts';
import { ImportError } from '../data/import/import-error.ts';
import { importFile } from '../data/import/import-file.ts';
import { MAX_IMPORT_BYTES } from '../data/import/import-limits.ts';
import type { ImportProgress, ParsedImport } from '../data/import/import-types.ts';
import { sniffFormat } from '../data/import/sniff-format.ts';
import type { WorkerLike } from './worker-runner.ts';
import { replyError, type ImportReply, type ImportRequest } from './import.worker.ts';

const defaultWorker = (): WorkerLike => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

type Progress = (p: ImportProgress) => void;

export async function parseFile(file: File, db: Db, onProgress?: Progress, signal?: AbortSignal, sheet?: string): Promise<ParsedImport> {
  const MB = 1024 * 1024;
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError('too-large', `${file.name} is ${Math.round(file.size / MB)} MB; the largest file accepted is ${MAX_IMPORT_BYTES / MB} MB.`, {
      file: file.name,
      sizeMb: Math.round(file.size / MB),
      maxMb: MAX_IMPORT_BYTES / MB,
    });
  }
  const bytes = await readFileBytes(file, onProgress, signal);
  return parseBytes(file.name, bytes, db, { onProgress, signal, sheet });
}

/** Reads a File into one byte array, reporting `read` progress. */
export async function readFileBytes(file: Blob, onProgress?: Progress, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted();
  const total = file.size;
  const out = new Uint8Array(total);
  const reader = file.stream().getReader();
  let done = 0;
  onProgress?.({ stage: 'read', fraction: 0 });
  try {
    for (;;) {
      signal?.throwIfAborted();
      const chunk = await reader.read();
      if (chunk.done) break;
      out.set(chunk.value.subarray(0, Math.max(0, total - done)), done);
      done += chunk.value.length;
      onProgress?.({ stage: 'read', fraction: total > 0 ? Math.min(1, done / total) : 1 });
    }
  } finally {
    reader.releaseLock();
  }
  return done === total ? out : out.subarray(0, Math.min(done, total));
}

export interface ParseOptions {
  onProgress?: Progress;
  signal?: AbortSignal;
  sheet?: string;
  /** Tests pass a fake worker. */
  createWorker?: () => WorkerLike;
}

/** Parses a file's bytes: CSV here with DuckDB, everything else in the import worker. */
export async function parseBytes(name: string, bytes: Uint8Array, db: Db, opts: ParseOptions = {}): Promise<ParsedImport> {
  opts.signal?.throwIfAborted();
  if (sniffFormat(bytes, name).format === 'csv') {
    const parsed = await importFile({ name, bytes }, { db, onProgress: opts.onProgress });
    opts.signal?.throwIfAborted();
    return parsed;
  }
  return inWorker({ type: 'run', name, bytes, sheet: opts.sheet }, opts);
}

function inWorker(req: ImportRequest, opts: ParseOptions): Promise<ParsedImport> {
  return new Promise<ParsedImport>((resolve, reject) => {
    let worker: WorkerLike;
    try {
      worker = (opts.createWorker ?? defaultWorker)();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const finish = (): void => {
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(opts.signal?.reason ?? new DOMException('The import was cancelled', 'AbortError'));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      const m = e.data;
      if (m.type === 'progress') opts.onProgress?.(m.progress);
      else if (m.type === 'result') {
        finish();
        resolve(m.parsed);
      } else {
        finish();
        reject(replyError(m));
      }
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      finish();
      reject(new Error(`the import worker failed${e.message ? `: ${e.message}` : ' to load'}`));
    };
    try {
      // The bytes move to the worker (the main thread keeps no copy).
      (worker as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(req, [req.bytes.buffer as ArrayBuffer]);
    } catch (err) {
      finish();
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
