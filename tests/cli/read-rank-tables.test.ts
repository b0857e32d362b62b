import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStrictNumber, readRankTables } from '../../src/cli/read-rank-tables.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import type { IndexSpec } from '../../src/lib/data/index-spec.ts';
import { PUBLIC_DATA, readCatalog, readRows } from '../data/public-data.ts';
import { RANK_FIXTURES as RANK, rankFixtureJson } from '../data/index-spec-fixtures.ts';

const rankSpec = (name: string): IndexSpec => parseIndexSpec(rankFixtureJson(name));

/** A temporary folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'focal-read-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('parseStrictNumber', () => {
  const where = () => 'here';
  it('reads plain decimals, signs and exponents', () => {
    expect(parseStrictNumber('12', where)).toBe(12);
    expect(parseStrictNumber(' -0.5 ', where)).toBe(-0.5);
    expect(parseStrictNumber('+.5', where)).toBe(0.5);
    expect(parseStrictNumber('1e3', where)).toBe(1000);
    expect(parseStrictNumber('2.5E-2', where)).toBe(0.025);
  });

  it('reads empty, NA, N/A, NaN and null as missing (NaN), never 0', () => {
    for (const s of ['', '  ', 'NA', 'na', 'N/A', 'NaN', 'null']) expect(parseStrictNumber(s, where)).toBeNaN();
  });

  it('rejects what Number() would accept or misread, naming the place', () => {
    for (const s of ['0x10', '1,5', '12abc', 'Infinity', '1 000', '--1']) {
      expect(() => parseStrictNumber(s, where)).toThrow(`here: "${s}" is not a number`);
    }
  });
});

describe('readRankTables', () => {
  it('reads a long file: one column per indicator, NaN where a unit has no value', () => {
    const t = readRankTables(rankSpec('spec-long.json'), RANK);
    expect(t.units.map((u) => u.unit_id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(t.units[2]).toEqual({ unit_id: 'C', name: 'Gamma', department: 'South', country: 'X' });
    expect([...t.columns.get('m1')!]).toEqual([10, 20, 30, NaN, NaN]);
    expect([...t.columns.get('p1')!]).toEqual([5, 0, 10, 5, NaN]);
  });

  it('reads units and values from one wide file with BOM, CRLF, quotes and accents', () => {
    const t = readRankTables(rankSpec('spec-wide.json'), RANK);
    expect(t.units.map((u) => u.name)).toEqual([
      'San José',
      'Santa Rosa, "La Vieja"',
      '=Chiquimula',
      'San Miguel',
      '-Ahuachapán',
      'La Unión',
      'Sonsonate',
    ]);
    expect(t.units[0].unit_id).toBe('GT01');
    expect(t.units[6].department).toBe('@Sonsonate');
    expect([...t.columns.get('poverty %')!]).toEqual([40.5, 60, 20, 35, 55, NaN, 50]);
    expect([...t.columns.get('gdp')!]).toEqual([3000, 2500, NaN, 4000, 3500, NaN, 1000]);
    expect([...t.columns.get('hom')!]).toEqual([12, NaN, 30, 50, 25, NaN, 8]);
  });

  it('reads the 682 units of public/data and every default indicator', () => {
    const spec = defaultIndexSpec(readCatalog());
    const t = readRankTables(spec, PUBLIC_DATA);
    expect(t.units).toHaveLength(682);
    expect(t.units.map((u) => u.unit_id)).toEqual(readRows('units.csv').map((r) => r.unit_id));
    for (const ind of spec.indicators) expect(t.columns.has(ind.id), ind.id).toBe(true);
    const violence = t.columns.get('violence_score')!;
    const row = readRows('indicators.csv').find((r) => r.indicator_id === 'violence_score' && r.unit_id === t.units[5].unit_id)!;
    expect(violence[5]).toBe(Number(row.value));
  });

  it('reads only enabled indicators, so a disabled text column does no harm', () => {
    const spec = rankSpec('spec-wide.json');
    spec.indicators.push({ id: 'depto', direction: 1, weight: 1, parent: 'econ', enabled: false });
    expect(readRankTables(spec, RANK).columns.has('depto')).toBe(false);
  });

  it('leaves a missing indicator column out (rankUnits names it)', () => {
    const spec = rankSpec('spec-wide.json');
    spec.indicators[1].column = 'gdp_2020';
    expect(readRankTables(spec, RANK).columns.has('gdp_2020')).toBe(false);
  });

  it('names the file, row and column of a value that is not a number', () => {
    const dir = folder({ 'u.csv': 'id,name\nA,a\n', 'v.csv': 'id,x\nA,1.5kg\n' });
    const spec = parseIndexSpec({
      focal_spec: 1,
      data: { units: { file: 'u.csv', key: 'id', name: 'name' }, values: { file: 'v.csv', format: 'wide', key: 'id' } },
      indicators: [{ id: 'x', direction: 1, weight: 1, parent: 'r' }],
      groups: [{ id: 'r', parent: null, weight: 1 }],
    });
    expect(() => readRankTables(spec, dir)).toThrow('v.csv row 2, column x: "1.5kg" is not a number');
  });

  it('rejects a missing file, a missing key column, unknown units and repeated values, naming them', () => {
    const base = {
      focal_spec: 1,
      data: { units: { file: 'u.csv', key: 'id' }, values: { file: 'v.csv', format: 'long', key: 'id' } },
      indicators: [{ id: 'x', direction: 1, weight: 1, parent: 'r' }],
      groups: [{ id: 'r', parent: null, weight: 1 }],
    };
    const spec = parseIndexSpec(base);
    expect(() => readRankTables(spec, folder({}))).toThrow(/cannot read u\.csv .*ENOENT/);
    expect(() => readRankTables(spec, folder({ 'u.csv': 'code\nA\n', 'v.csv': '' }))).toThrow(
      'u.csv has no column id (data.units.key); its columns: code',
    );
    const unknown = folder({ 'u.csv': 'id\nA\n', 'v.csv': 'id,indicator_id,value\nA,x,1\nZ,x,2\n' });
    expect(() => readRankTables(spec, unknown)).toThrow('v.csv: 1 unit id(s) not in u.csv, e.g. "Z"');
    const twice = folder({ 'u.csv': 'id\nA\n', 'v.csv': 'id,indicator_id,value\nA,x,\nA,x,2\n' });
    expect(() => readRankTables(spec, twice)).toThrow('v.csv row 3: a second value of x for unit A');
    const dupUnits = folder({ 'u.csv': 'id\nA\nA\n', 'v.csv': 'id,indicator_id,value\n' });
    expect(() => readRankTables(spec, dupUnits)).toThrow('u.csv row 3: unit A appears twice');
  });
});
