import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkParams, sqlIdent, sqlString, type Db } from '../../src/lib/data/db.ts';
import { openNodeDb } from './node-db.ts';

let db: Db;
let closed = false;
beforeAll(async () => {
  db = await openNodeDb();
  await db.query(`CREATE TABLE people (id INTEGER, name VARCHAR)`);
  await db.query(`INSERT INTO people VALUES (1, 'Ana'), (2, 'O''Brien'), (3, 'José')`);
});
afterAll(async () => {
  if (!closed) await db.close();
});

describe('Db over DuckDB-WASM (Node blocking build)', () => {
  it('returns numbers, not BigInt or Decimal objects: sum() of integers is HUGEINT', async () => {
    const [row] = await db.query(`
      SELECT sum(x) AS s, count(*) AS n, sum(x)::DOUBLE AS d, 12345678901234::BIGINT AS big,
        1.25::DECIMAL(10, 2) AS dec, (-7.5)::DECIMAL(18, 3) AS neg,
        170141183460469231731687303715884105727::HUGEINT AS huge
      FROM range(5) t(x)`);
    expect(row).toEqual({ s: 10, n: 5, d: 10, big: 12345678901234, dec: 1.25, neg: -7.5, huge: 1.7014118346046923e38 });
    for (const v of Object.values(row)) expect(typeof v).toBe('number');
  });

  it('returns NULL as null and text with accents intact', async () => {
    const rows = await db.query(`SELECT NULL::INTEGER AS a, 'Ahuachapán' AS b, '0101' AS c`);
    expect(rows).toEqual([{ a: null, b: 'Ahuachapán', c: '0101' }]);
  });

  it('binds a name containing a quote as a parameter', async () => {
    const rows = await db.query<{ id: number }>(`SELECT id FROM people WHERE name = ?`, ["O'Brien"]);
    expect(rows).toEqual([{ id: 2 }]);
  });

  it('binds several parameters, including numbers, booleans and null', async () => {
    const rows = await db.query(`SELECT ?::VARCHAR AS s, ?::INTEGER AS i, ?::BOOLEAN AS b, ?::VARCHAR AS z`, [
      'José',
      3,
      true,
      null,
    ]);
    expect(rows).toEqual([{ s: 'José', i: 3, b: true, z: null }]);
  });

  it('treats an injection attempt in a parameter as plain text', async () => {
    const evil = "x' OR '1'='1'; DROP TABLE people; --";
    expect(await db.query(`SELECT id FROM people WHERE name = ?`, [evil])).toEqual([]);
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM people`);
    expect(n).toBe(3);
  });

  it('sqlString quotes a literal so it round-trips through SQL', async () => {
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
    const tricky = "it's a ''test''; --";
    const [row] = await db.query<{ v: string }>(`SELECT ${sqlString(tricky)} AS v`);
    expect(row.v).toBe(tricky);
    const rows = await db.query(`SELECT id FROM people WHERE name = ${sqlString("O'Brien")}`);
    expect(rows).toEqual([{ id: 2 }]);
    expect(() => sqlString('a\0b')).toThrow(/NUL/);
  });

  it('sqlIdent quotes an identifier', async () => {
    expect(sqlIdent('my "col"')).toBe('"my ""col"""');
    const [row] = await db.query(`SELECT 1 AS ${sqlIdent('odd "name"')}`);
    expect(row).toEqual({ 'odd "name"': 1 });
  });

  it('rejects parameters JSON would silently turn into null', () => {
    expect(() => checkParams([Number.NaN])).toThrow(/finite/);
    expect(() => checkParams([{}])).toThrow(/unsupported/);
    expect(checkParams([undefined, 2n, 'a'])).toEqual([null, 2, 'a']);
  });

  it('rejects a failing query with an Error and stays usable', async () => {
    await expect(db.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    await expect(db.query('SELECT ? +', [1])).rejects.toThrow();
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('has extension autoloading and autoinstall switched off', async () => {
    const [row] = await db.query<{ load: string; inst: string }>(`
      SELECT current_setting('autoload_known_extensions')::VARCHAR AS load,
             current_setting('autoinstall_known_extensions')::VARCHAR AS inst`);
    expect(row).toEqual({ load: 'false', inst: 'false' });
  });

  it('reads a registered text file with read_csv', async () => {
    await db.registerText('db-test/x.csv', 'code,name\n0101,Sacatepéquez\n');
    const rows = await db.query(
      `SELECT * FROM read_csv('db-test/x.csv', header = true, columns = {'code': 'VARCHAR', 'name': 'VARCHAR'})`,
    );
    expect(rows).toEqual([{ code: '0101', name: 'Sacatepéquez' }]);
  });

  // Last: closes the shared db.
  it('rejects queries once closed', async () => {
    await db.close();
    closed = true;
    await expect(db.query('SELECT 1')).rejects.toThrow(/closed/);
  });
});
