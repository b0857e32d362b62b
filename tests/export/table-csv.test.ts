/**
 * A result table as CSV read back with d3's csvParseRows: BOM first, CRLF line ends, every cell
 * equal to the table's (numbers rounded to what their column shows, never float noise; accents
 * intact, missing values empty), text that a spreadsheet would run as a formula neutralised with a
 * leading quote; the headers are the machine codes, never the interface-language labels.
 */
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { tableCsv } from '../../src/lib/export/csv.ts';
import type { ResultTable } from '../../src/lib/export/result-table.ts';

const TABLE: ResultTable = {
  columns: [
    { header: 'unit_id', type: 'text' },
    { header: 'name', type: 'text' },
    { header: 'score', type: { decimals: 2 }, label: 'Puntaje' },
  ],
  rows: [
    ['HN1601', 'Santa Bárbara', 87.123456789],
    ['SV02001', 'Cabañas, "Este"', 0.1 + 0.2],
    ['GT0101', 'Ñ\nsegunda línea', NaN],
    ['=1+2', '-5', -3.5],
    ['@x', '+y', null],
  ],
};

describe('tableCsv', () => {
  const text = tableCsv(TABLE);

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').length).toBe(TABLE.rows.length + 2);
  });

  it('reads back to the same cells, numbers rounded to their column\'s decimals', () => {
    const rows = csvParseRows(text.slice(1).replace(/\r\n$/, ''));
    expect(rows[0]).toEqual(['unit_id', 'name', 'score']);
    expect(rows[1]).toEqual(['HN1601', 'Santa Bárbara', '87.12']);
    // 0.1 + 0.2 is 0.30000000000000004 as a double: written as the 0.3 it stands for.
    expect(rows[2]).toEqual(['SV02001', 'Cabañas, "Este"', '0.3']);
    expect(rows[3]).toEqual(['GT0101', 'Ñ\nsegunda línea', '']);
    // Formula-like text gets a leading quote; numbers (even negative) stay numbers.
    expect(rows[4]).toEqual(["'=1+2", "'-5", '-3.5']);
    expect(rows[5]).toEqual(["'@x", "'+y", '']);
  });
});
