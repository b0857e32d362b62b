/**
 * How every DuckDB-WASM instance of the app is opened, shared by the browser worker and the Node
 * test helper so both run the same engine settings.
 */
import type { DuckDBConfig } from '@duckdb/duckdb-wasm';

/** BIGINT, HUGEINT (`sum()` of integers) and DECIMAL arrive as JS numbers. */
export const DB_OPEN_CONFIG: DuckDBConfig = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true },
};

/**
 * Run right after open. No extension is available offline, and autoloading one corrupts the
 * instance ("function signature mismatch", see docs/STACK.md).
 */
export const DB_SESSION_SETUP: readonly string[] = [
  'SET autoload_known_extensions=false',
  'SET autoinstall_known_extensions=false',
];
