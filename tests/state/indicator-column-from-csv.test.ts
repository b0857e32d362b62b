import { describe, expect, it } from 'vitest';
import { indicatorColumnFromCsv } from '../../src/lib/state/indicator-column-from-csv.ts';

const index = new Map([
  ['GT0101', 0],
  ['HN0801', 1],
  ['SV01001', 2],
]);

describe('indicatorColumnFromCsv', () => {
  it('aligns one indicator to the unit order and leaves units without a row as NaN', () => {
    const csv = 'unit_id,indicator_id,value\nGT0101,a,1.5\nHN0801,b,9\nSV01001,a,-2\n';
    const col = indicatorColumnFromCsv(csv, 'a', index, 3);
    expect(col[0]).toBe(1.5);
    expect(col[1]).toBeNaN();
    expect(col[2]).toBe(-2);
  });

  it('reads empty and unparsable values as no data, never 0', () => {
    const csv = 'unit_id,indicator_id,value\nGT0101,a,\nHN0801,a,NA\nSV01001,a,0';
    const col = indicatorColumnFromCsv(csv, 'a', index, 3);
    expect(col[0]).toBeNaN();
    expect(col[1]).toBeNaN();
    expect(col[2]).toBe(0);
  });

  it('ignores rows of unknown units, quoted fields and CRLF line ends', () => {
    const csv = 'unit_id,indicator_id,value\r\n"GT0101","a","3"\r\nXX9999,a,7\r\n';
    const col = indicatorColumnFromCsv(csv, 'a', index, 3);
    expect(col[0]).toBe(3);
    expect([...col].filter(Number.isFinite)).toEqual([3]);
  });

  it('does not match an indicator id that only starts like the one asked for', () => {
    const csv = 'unit_id,indicator_id,value\nGT0101,ab,1\n';
    expect(indicatorColumnFromCsv(csv, 'a', index, 3)[0]).toBeNaN();
  });
});
