/**
 * The one database interface the app, the CLI and the tests share: the same SQL runs on
 * DuckDB-WASM in the browser (`openBrowserDb`, an AsyncDuckDB in a Web Worker) and under Node in
 * vitest (`tests/duckdb/node-db.ts`, the blocking build on the same WASM engine).
 *
 * Rows come back as plain JS objects. Numbers are `number`: both back ends open DuckDB with
 * `castBigIntToDouble` and `castDecimalToDouble`, and {@link tableToRows} converts any BigInt or
 * Decimal that still reaches it (HUGEINT arrives as Decimal(38,0)). Integers above 2^53 lose
 * precision — cast in SQL (`::VARCHAR`) if one ever matters. Still cast sums to DOUBLE in SQL, as
 * docs/STACK.md says, so the column type is explicit. DATE/TIMESTAMP come back as epoch milliseconds.
 */
import { Type, type Field, type Table } from 'apache-arrow';

export interface Db {
  /**
   * Run one SQL statement (or several separated by `;` when `params` is empty; the last one's
   * rows are returned). With `params`, the statement is prepared and `?` (or `$1`, `$2`, …)
   * placeholders are bound to the values: strings, finite numbers, booleans or null. Never build
   * SQL by concatenating user text; bind it, or quote it with {@link sqlString}.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Register `text` (encoded as UTF-8) as a virtual file `name`, readable with `read_csv(name)`. */
  registerText(name: string, text: string): Promise<void>;
  /**
   * Register UTF-8 `bytes` as a virtual file `name` (no text encoding pass). The browser transfers
   * the underlying buffer to DuckDB's worker: the caller must not use `bytes` afterwards.
   */
  registerBytes(name: string, bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** The parameter types DuckDB-WASM binds (it sends them to the engine as JSON). */
export type SqlParam = string | number | boolean | null;

/**
 * What each back end provides: raw Arrow results. {@link createDb} turns these into a {@link Db}
 * with one conversion and one parameter check, so the browser and Node behave the same.
 */
export interface DbBackend {
  run(sql: string): Promise<Table>;
  runPrepared(sql: string, params: SqlParam[]): Promise<Table>;
  registerText(name: string, text: string): Promise<void>;
  registerBytes(name: string, bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Quote a string as a SQL literal: `O'Brien` → `'O''Brien'`. Rejects NUL characters. */
export function sqlString(value: string): string {
  if (value.includes('\0')) throw new Error('SQL string literal must not contain a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}

/** Quote an identifier (table or column name): `my "col"` → `"my ""col"""`. */
export function sqlIdent(name: string): string {
  if (name.includes('\0')) throw new Error('SQL identifier must not contain a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

/** Check and normalise bound parameters (undefined → null; reject NaN, objects, functions). */
export function checkParams(params: readonly unknown[]): SqlParam[] {
  return params.map((p, i) => {
    if (p === null || p === undefined) return null;
    if (typeof p === 'string' || typeof p === 'boolean') return p;
    if (typeof p === 'number') {
      // JSON (the wire format of DuckDB-WASM parameters) would silently turn these into null.
      if (!Number.isFinite(p)) throw new TypeError(`SQL parameter ${i + 1} is not a finite number: ${p}`);
      return p;
    }
    if (typeof p === 'bigint') {
      if (p > BigInt(Number.MAX_SAFE_INTEGER) || p < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw new TypeError(`SQL parameter ${i + 1} is a BigInt outside the safe integer range`);
      }
      return Number(p);
    }
    throw new TypeError(`SQL parameter ${i + 1} has unsupported type ${typeof p}`);
  });
}

/** Wrap a back end; calls are serialised so a prepared statement never interleaves with another. */
export function createDb(backend: DbBackend): Db {
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const enqueue = <R>(task: () => Promise<R>): Promise<R> => {
    if (closed) return Promise.reject(new Error('The database is closed'));
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
      const bound = checkParams(params);
      return enqueue(async () => {
        const table = bound.length > 0 ? await backend.runPrepared(sql, bound) : await backend.run(sql);
        return tableToRows(table) as T[];
      });
    },
    registerText(name: string, text: string): Promise<void> {
      return enqueue(() => backend.registerText(name, text));
    },
    registerBytes(name: string, bytes: Uint8Array): Promise<void> {
      return enqueue(() => backend.registerBytes(name, bytes));
    },
    close(): Promise<void> {
      const done = enqueue(() => backend.close());
      closed = true;
      return done;
    },
  };
}

/** Convert an Arrow table to plain row objects with JS numbers (see the module comment). */
export function tableToRows(table: Table): Record<string, unknown>[] {
  const fields = table.schema.fields;
  const columns = fields.map((_, i) => table.getChildAt(i));
  const rows: Record<string, unknown>[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < fields.length; c++) {
      row[fields[c].name] = toPlain(columns[c]?.get(r), fields[c]);
    }
    rows[r] = row;
  }
  return rows;
}

function toPlain(value: unknown, field: Field): unknown {
  if (value === null || value === undefined) return null;
  const type = field.type;
  switch (type.typeId) {
    case Type.Decimal:
      return decimalToNumber(value, (type as { scale: number }).scale);
    case Type.Int:
    case Type.Int64:
    case Type.Uint64:
      return typeof value === 'bigint' ? Number(value) : value;
    case Type.List:
    case Type.FixedSizeList: {
      const child = (type as { children: Field[] }).children[0];
      return Array.from(value as Iterable<unknown>, (v) => toPlain(v, child));
    }
    case Type.Struct: {
      const out: Record<string, unknown> = {};
      for (const f of (type as { children: Field[] }).children) {
        out[f.name] = toPlain((value as Record<string, unknown>)[f.name], f);
      }
      return out;
    }
    default:
      return typeof value === 'bigint' ? Number(value) : value;
  }
}

/**
 * Arrow hands out Decimal values as little-endian 32-bit words of a two's-complement 128-bit
 * integer (a Uint32Array); older paths give a bigint. Divide by 10^scale.
 */
function decimalToNumber(value: unknown, scale: number): number {
  let big: bigint;
  if (typeof value === 'bigint') big = value;
  else if (typeof value === 'number') return value;
  else if (value instanceof Uint32Array) {
    big = 0n;
    for (let i = value.length - 1; i >= 0; i--) big = (big << 32n) | BigInt(value[i]);
    const bits = BigInt(value.length * 32);
    if (value.length > 0 && value[value.length - 1] & 0x80000000) big -= 1n << bits;
  } else {
    return Number(String(value));
  }
  if (scale === 0) return Number(big);
  // Split into integer and fractional parts to keep precision for large scaled values.
  const div = 10n ** BigInt(scale);
  const intPart = big / div;
  const frac = big % div;
  return Number(intPart) + Number(frac) / Number(div);
}
