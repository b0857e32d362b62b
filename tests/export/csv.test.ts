import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { csvCell, toCsv } from '../../src/lib/export/csv.ts';

describe('csvCell', () => {
  it('quotes cells with a comma, quote, CR or LF and doubles inner quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('neutralises text that a spreadsheet would run as a formula with a leading quote', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers, negative ones too, as numbers at full precision', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(Number(csvCell(1 / 3))).toBe(1 / 3);
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(csvCell(0)).toBe('0');
  });

  it('writes missing values (NaN, ±Infinity, null, undefined) as empty cells, never 0', () => {
    for (const x of [NaN, Infinity, -Infinity, null, undefined]) expect(csvCell(x)).toBe('');
  });
});

describe('toCsv', () => {
  const text = toCsv(
    ['name', 'department', 'score'],
    [
      ['San José Pinula', 'Guatemala', 71.25],
      ['Ñuñoa, "la vieja"', '=cmd', -2],
      ['Two\nlines', null, NaN],
    ],
  );

  it('starts with a UTF-8 byte-order mark and ends each line with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const bytes = Buffer.from(text, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')[0]).toBe('name,department,score');
  });

  it('keeps accents as UTF-8', () => {
    expect(Buffer.from(text, 'utf8').includes(Buffer.from('San José Pinula', 'utf8'))).toBe(true);
    expect(Buffer.from(text, 'utf8').includes(Buffer.from([0xc3, 0xa9]))).toBe(true);
  });

  it('reads back cell by cell with an RFC 4180 parser', () => {
    const rows = csvParseRows(text.slice(1).replace(/\r\n$/, ''));
    expect(rows).toEqual([
      ['name', 'department', 'score'],
      ['San José Pinula', 'Guatemala', '71.25'],
      ['Ñuñoa, "la vieja"', "'=cmd", '-2'],
      ['Two\nlines', '', ''],
    ]);
  });
});
