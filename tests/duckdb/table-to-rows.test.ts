/**
 * tableToRows is the safety net behind the cast options: here DuckDB is opened WITHOUT
 * castBigIntToDouble / castDecimalToDouble, so BIGINT arrives as BigInt and HUGEINT / DECIMAL as
 * Arrow Decimal words, and the conversion alone must turn them into numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { tableToRows } from '../../src/lib/data/db.ts';
import { NODE_BUNDLES } from './node-db.ts';

let conn: DuckDBConnection;
beforeAll(async () => {
  const bindings = await createDuckDB(NODE_BUNDLES, new VoidLogger(), NODE_RUNTIME);
  await bindings.instantiate(() => {});
  bindings.open({});
  conn = bindings.connect();
});
afterAll(() => {
  conn.close();
});

describe('tableToRows without the cast options', () => {
  it('sees raw BigInt and Decimal values from the engine (precondition)', () => {
    const table = conn.query(`SELECT count(*) AS n, sum(x) AS s FROM range(3) t(x)`);
    const raw = table.get(0)?.toJSON() as Record<string, unknown>;
    expect(typeof raw.n).toBe('bigint');
    expect(typeof raw.s).not.toBe('number');
  });

  it('converts BIGINT, HUGEINT and DECIMAL (negative, scaled) to numbers', () => {
    const rows = tableToRows(
      conn.query(`
        SELECT count(*) AS n, sum(x) AS s, sum(-x) AS neg_s, (-9007199254740991)::BIGINT AS minsafe,
          12.345::DECIMAL(10, 3) AS d3, (-0.5)::DECIMAL(4, 1) AS dneg,
          123456789012345678.25::DECIMAL(38, 2) AS dbig,
          (-170141183460469231731687303715884105727)::HUGEINT AS hmin,
          NULL::HUGEINT AS hnull
        FROM range(1, 11) t(x)`),
    );
    expect(rows).toEqual([
      {
        n: 10,
        s: 55,
        neg_s: -55,
        minsafe: -9007199254740991,
        d3: 12.345,
        dneg: -0.5,
        dbig: 123456789012345678.25,
        hmin: -1.7014118346046923e38,
        hnull: null,
      },
    ]);
  });

  it('converts lists and structs recursively', () => {
    const rows = tableToRows(conn.query(`SELECT [1::BIGINT, 2] AS l, {'a': 3::BIGINT, 'b': 'x'} AS st`));
    expect(rows).toEqual([{ l: [1, 2], st: { a: 3, b: 'x' } }]);
  });
});
