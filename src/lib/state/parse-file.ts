/**
 * The browser's way in for a planner's file: read it with progress (refusing a file that is too
 * large before reading a byte), then parse it off the main thread — in the import worker
 * (import.worker.ts), a CSV's reading itself on DuckDB (in its own worker). Errors are {@link ImportError}s whose code
 * and params survived the worker boundary; cancelling through `signal` stops the read or
 * terminates the worker and rejects with an `AbortError`.
 */
import type { Db } from '../data/db.ts';
import { ImportError } from '../data/import/import-error.ts';
import { MAX_IMPORT_BYTES } from '../data/import/import-limits.ts';
import type { ImportProgress, ParsedImport } from '../data/import/import-types.ts';
import { unpackCsvTable } from '../data/import/packed-csv-table.ts';
import { geometryReader, unpackGeometries } from '../data/import/packed-geometries.ts';
import { unpackFastCsv, unpackFastCsvEarly } from '../data/import/fast-csv-table.ts';
import { readFileBytes } from '../data/import/read-file-bytes.ts';
import { readCsvColumns } from '../data/import/read-csv-columns.ts';
import type { PreparedCsv } from '../data/import/read-csv-prepare.ts';
import { sniffFormat } from '../data/import/sniff-format.ts';
import type { WorkerLike } from './worker-runner.ts';
import { afterNextFrame } from './after-next-frame.ts';
import { replyError, type ImportReply, type ImportRequest } from '../workers/import.worker.ts';

const newWorker = (): WorkerLike => new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });

/** The import worker started ahead of the next file (see {@link prestartImportWorker}), or null. */
let spare: WorkerLike | null = null;

/**
 * Starts the import worker ahead of the next file, so that its script is fetched, compiled and
 * run while the planner picks a file rather than after (about 200 ms of a 100,000-row CSV's
 * import in a Chromium trace). The next file's read takes it; later calls while one waits do
 * nothing. A spare that fails to load is dropped (the next file starts its own, and reports
 * the failure there).
 */
export function prestartImportWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  const w = newWorker();
  w.onerror = (e: ErrorEvent) => {
    e.preventDefault?.();
    if (spare === w) spare = null;
    w.terminate();
  };
  spare = w;
}

/** The spare worker when there is one, else a new one. */
const defaultWorker = (): WorkerLike => {
  const w = spare ?? newWorker();
  spare = null;
  return w;
};

type Progress = (p: ImportProgress) => void;

/** The database, or a way to get it when first needed (only a CSV needs it: nothing else waits for DuckDB's start-up). */
export type DbSource = Db | (() => Promise<Db>);

/** Reads and parses a planner's file (`createWorker`: tests pass a fake import worker). */
export async function parseFile(file: File, db: DbSource, onProgress?: Progress, signal?: AbortSignal, sheet?: string, createWorker?: () => WorkerLike): Promise<ParsedImport> {
  return (await parseFileEarly(file, db, { onProgress, signal, sheet, createWorker })).whole;
}

/** How many of a layer's geometries {@link parseFileEarly} rebuilds before handing the layer over (what layer-country.ts looks at). */
export const EARLY_GEOMETRIES = 200;

/**
 * A file read far enough for the mapping dialog. `first` is the file as parseFile gives it,
 * except that a layer carries only its first {@link EARLY_GEOMETRIES} geometries: rebuilding
 * every geometry's object tree on this thread (hundreds of milliseconds for a 20 MB layer) is
 * not needed to show the dialog, and goes on between tasks once the dialog's frame has begun. `whole` is the file with
 * all of them (for a table, `first` itself). A CSV read by the fast path builds its columns
 * the same way, after the dialog or when first read (unpackFastCsvEarly): `first` already gives
 * every value.
 */
export interface EarlyParse {
  first: ParsedImport;
  whole: Promise<ParsedImport>;
}

/** Reads and parses a planner's file, handing it over as soon as the mapping dialog can be shown (see {@link EarlyParse}). */
export async function parseFileEarly(file: File, db: DbSource, opts: ParseOptions = {}): Promise<EarlyParse> {
  const { sheet } = opts;
  const MB = 1024 * 1024;
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError('too-large', `${file.name} is ${Math.round(file.size / MB)} MB; the largest file accepted is ${MAX_IMPORT_BYTES / MB} MB.`, {
      file: file.name,
      sizeMb: Math.round(file.size / MB),
      maxMb: MAX_IMPORT_BYTES / MB,
    });
  }
  // The worker reads the file itself: no main-thread work, no copy of its bytes across threads.
  const worker = openWorker(opts);
  try {
    const reply = await worker.ask({ type: 'file', name: file.name, file, sheet }, []);
    if (reply.type === 'result' && reply.parsed.kind === 'layer' && reply.geometries) {
      opts.signal?.throwIfAborted();
      const { table } = reply.parsed;
      const reader = geometryReader(reply.geometries);
      reader.read(EARLY_GEOMETRIES);
      const first: ParsedImport = { kind: 'layer', table: { ...table, geometries: reader.out.slice(0, EARLY_GEOMETRIES) } };
      const whole = (async (): Promise<ParsedImport> => {
        for (let i = reader.done; i < reader.out.length; i += GEOMETRY_SLICE) {
          await (i === reader.done ? afterFrame() : pause());
          reader.read(i + GEOMETRY_SLICE);
        }
        opts.signal?.throwIfAborted();
        return { kind: 'layer', table: { ...table, geometries: reader.out } };
      })();
      return { first, whole };
    }
    if (reply.type === 'csv-fast') {
      // The dialog opens on the table as it came; its columns are built after the dialog's frame (see unpackFastCsvEarly).
      opts.signal?.throwIfAborted();
      const { table, done } = unpackFastCsvEarly(reply.table, pause, afterFrame);
      const first: ParsedImport = { kind: 'table', table };
      const whole = done.then((): ParsedImport => {
        opts.signal?.throwIfAborted();
        return first;
      });
      return { first, whole };
    }
    const parsed = await continueWith(file.name, reply, db, worker, opts);
    return { first: parsed, whole: Promise.resolve(parsed) };
  } finally {
    worker.close();
  }
}

/** Geometries rebuilt per task after the early hand-over. */
const GEOMETRY_SLICE = 2000;

export { readFileBytes };

export interface ParseOptions {
  onProgress?: Progress;
  signal?: AbortSignal;
  sheet?: string;
  /** Tests pass a fake worker. */
  createWorker?: () => WorkerLike;
}

/** Parses a file's bytes in the import worker; a CSV's middle step runs on DuckDB (see {@link parseCsv}). */
export async function parseBytes(name: string, bytes: Uint8Array, db: Db, opts: ParseOptions = {}): Promise<ParsedImport> {
  opts.signal?.throwIfAborted();
  const worker = openWorker(opts);
  try {
    return await parseWith(name, bytes, db, worker, opts);
  } finally {
    worker.close();
  }
}

async function parseWith(name: string, bytes: Uint8Array, db: DbSource, worker: ImportWorker, opts: ParseOptions): Promise<ParsedImport> {
  opts.signal?.throwIfAborted();
  if (sniffFormat(bytes, name).format === 'csv') {
    opts.onProgress?.({ stage: 'decode', fraction: 0 });
    return continueWith(name, await worker.ask({ type: 'csv-prepare', name, bytes }, [bytes.buffer as ArrayBuffer]), db, worker, opts);
  }
  return continueWith(name, await worker.ask({ type: 'run', name, bytes, sheet: opts.sheet }, [bytes.buffer as ArrayBuffer]), db, worker, opts);
}

/** After the worker's first answer: a parsed file (a layer's geometries unpacked) or a prepared CSV, read on. */
async function continueWith(name: string, reply: FinalReply, db: DbSource, worker: ImportWorker, opts: ParseOptions): Promise<ParsedImport> {
  opts.signal?.throwIfAborted();
  if (reply.type === 'csv-prepared') return parseCsv(name, reply.csv, db, worker, opts);
  if (reply.type === 'csv-fast') {
    const table = await unpackFastCsv(reply.table, pause);
    opts.signal?.throwIfAborted();
    return { kind: 'table', table };
  }
  if (reply.type !== 'result') throw new Error(`the import worker answered ${reply.type}`);
  const { parsed, geometries } = reply;
  if (parsed.kind !== 'layer' || !geometries) return parsed;
  const rebuilt = await unpackGeometries(geometries, pause);
  opts.signal?.throwIfAborted();
  return { kind: 'layer', table: { ...parsed.table, geometries: rebuilt } };
}

/**
 * A CSV in steps that keep every long piece of work off the main thread: the worker checks the
 * encoding and sniffs the delimiter (prepareCsv; the bytes go there and back, transferred), DuckDB
 * reads the UTF-8 bytes in its own worker (readCsvColumns; the bytes are transferred again, never
 * decoded nor encoded here), the worker types the columns (packCsvTable; number columns come back
 * as transferred Float64Arrays) and this thread rebuilds the table one column per task
 * (unpackCsvTable). Measured on 100,000 rows (11 MB): no main-thread task above ~100 ms.
 */
async function parseCsv(name: string, prepared: PreparedCsv, db: DbSource, worker: ImportWorker, opts: ParseOptions): Promise<ParsedImport> {
  const { bytes: utf8, ...shape } = prepared;
  opts.onProgress?.({ stage: 'parse', fraction: 0 });
  const cells = await readCsvColumns(typeof db === 'function' ? await db() : db, { ...shape, bytes: utf8 }, name);
  opts.signal?.throwIfAborted();
  const typed = await worker.ask({ type: 'csv-table', name, shape, cells }, []);
  if (typed.type !== 'csv-typed') throw new Error(`the import worker answered ${typed.type}`);
  const table = await unpackCsvTable(typed.table, cells, pause);
  opts.signal?.throwIfAborted();
  return { kind: 'table', table };
}

/** Lets the event loop run (input, rendering) between two pieces of work. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until the next frame has begun: the mapping dialog, shown in this task, is drawn before the work that follows. */
const afterFrame = (): Promise<void> => new Promise((resolve) => afterNextFrame(resolve));

type FinalReply = Exclude<ImportReply, { type: 'progress' }>;

interface ImportWorker {
  /** Sends one request (moving `transfer`) and waits for its answer; an error answer rejects. */
  ask(req: ImportRequest, transfer: Transferable[]): Promise<FinalReply>;
  /** Starts the worker now (it loads its script) rather than on the first request. */
  start(): void;
  /** Terminates the worker. */
  close(): void;
}

/**
 * The import worker for one file: started on the first request (or by `start`), requests one at a time,
 * progress passed on, cancellation through `opts.signal` (the worker is terminated and the
 * pending request rejects with the signal's reason, an `AbortError`).
 */
function openWorker(opts: ParseOptions): ImportWorker {
  let worker: WorkerLike | null = null;
  let pending: { resolve(r: FinalReply): void; reject(e: unknown): void } | null = null;
  let failure: unknown = null;
  const fail = (err: unknown): void => {
    failure ??= err;
    pending?.reject(err);
    pending = null;
    close();
  };
  const onAbort = (): void => fail(opts.signal?.reason ?? new DOMException('The import was cancelled', 'AbortError'));
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  function close(): void {
    worker?.terminate();
    worker = null;
    opts.signal?.removeEventListener('abort', onAbort);
  }
  function create(): WorkerLike {
    const w = (opts.createWorker ?? defaultWorker)();
    w.onmessage = (e: MessageEvent<ImportReply>) => {
      const m = e.data;
      if (m.type === 'progress') {
        opts.onProgress?.(m.progress);
        return;
      }
      const p = pending;
      pending = null;
      if (m.type === 'error') p?.reject(replyError(m));
      else p?.resolve(m);
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      fail(new Error(`the import worker failed${e.message ? `: ${e.message}` : ' to load'}`));
    };
    return w;
  }
  return {
    ask(req, transfer) {
      if (failure !== null) return Promise.reject(failure);
      return new Promise<FinalReply>((resolve, reject) => {
        try {
          worker ??= create();
          pending = { resolve, reject };
          (worker as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(req, transfer);
        } catch (err) {
          pending = null;
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    },
    start() {
      if (failure === null) worker ??= create();
    },
    close,
  };
}
