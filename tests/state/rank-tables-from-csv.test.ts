import { describe, expect, it } from 'vitest';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';

const units = [
  { unit_id: 'SV01001', name: 'Ahuachapán Norte', dept_name: 'Ahuachapán', country: 'SV' },
  { unit_id: 'GT0101', name: 'Guatemala', dept_name: 'Guatemala', country: 'GT' },
];

describe('rankTablesFromCsv', () => {
  it('keeps the given unit order and aligns every indicator column to it', () => {
    const csv = 'unit_id,indicator_id,value\nGT0101,a,1.5\nSV01001,a,-2\nGT0101,b,7\n';
    const t = rankTablesFromCsv(csv, units);
    expect(t.units).toEqual([
      { unit_id: 'SV01001', name: 'Ahuachapán Norte', department: 'Ahuachapán', country: 'SV' },
      { unit_id: 'GT0101', name: 'Guatemala', department: 'Guatemala', country: 'GT' },
    ]);
    expect([...t.columns.keys()]).toEqual(['a', 'b']);
    expect([...t.columns.get('a')!]).toEqual([-2, 1.5]);
    expect(t.columns.get('b')![0]).toBeNaN();
    expect(t.columns.get('b')![1]).toBe(7);
  });

  it('reads empty and unparsable values as NaN, never 0, and ignores unknown units, quotes and CRLF', () => {
    const csv = 'unit_id,indicator_id,value\r\n"GT0101","a",""\r\nSV01001,a,NA\r\nXX1,a,4\r\nGT0101,b,0\r\n';
    const t = rankTablesFromCsv(csv, units);
    expect(t.columns.get('a')![0]).toBeNaN();
    expect(t.columns.get('a')![1]).toBeNaN();
    expect(t.columns.get('b')![1]).toBe(0);
  });
});
