import { describe, expect, it } from 'vitest';
import { csvParseRows, dsvFormat } from 'd3';
import { neutraliseFormula } from '../../src/lib/export/neutralise-formula.ts';
import { toCsv } from '../../src/lib/export/csv.ts';

// Hostile cells and what focal writes for each: a `'` before every formula character that
// starts the text or follows a separator (, ; tab | CR LF), past spaces.
const HOSTILE: readonly [string, string][] = [
  ['=1+1', "'=1+1"],
  ['+1', "'+1"],
  ['-1', "'-1"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1', "'\t'=1"],
  ['\rcmd', "'\rcmd"],
  ['x;=HYPERLINK("http://evil","clic")', `x;'=HYPERLINK("http://evil","clic")`],
  ['a,=1+1', "a,'=1+1"],
  ['a|@SUM(A1)', "a|'@SUM(A1)"],
  ['a\t-2+3', "a\t'-2+3"],
  ['a\n=1', "a\n'=1"],
  ['a\r\n+1', "a\r\n'+1"],
  ['x; =HYPERLINK("u")', `x; '=HYPERLINK("u")`],
  ['x;;=1', "x;;'=1"],
  ['=1;=2,+3|-4\t@5', "'=1;'=2,'+3|'-4\t'@5"],
  ['  =1', "  '=1"],
];

// Ordinary text that must come out unchanged.
const HARMLESS = ['San José Pinula', 'a=b', 'Lempira, Gracias a Dios', 'Ciudad Vieja - Zona 1', 'x;y', 'e-mail', 'A+B', 'user@example', ''];

describe('neutraliseFormula', () => {
  it.each(HOSTILE)('neutralises %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(HARMLESS)('leaves %j unchanged', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('leaves no formula start in any cell however a spreadsheet splits the file again', () => {
    const text = toCsv(['h'], HOSTILE.map(([cell]) => [cell])).slice(1);
    const formula = /^ *[=+\-@]/;
    for (const separator of [',', ';', '\t', '|']) {
      // A reader that ignores quotes and one that honours them, each splitting rows at line ends.
      const unquoted = text.split(/\r\n|\r|\n/).flatMap((line) => line.split(separator));
      const quoted = dsvFormat(separator).parseRows(text).flat();
      for (const field of [...unquoted, ...quoted]) {
        expect(formula.test(field.replace(/^"/, '')), `${JSON.stringify(field)} split at ${JSON.stringify(separator)}`).toBe(false);
      }
    }
    // An RFC 4180 reader gets each cell back whole, with its guards.
    expect(csvParseRows(text.replace(/\r\n$/, '')).slice(1).map((r) => r[0])).toEqual(HOSTILE.map(([, out]) => out));
  });
});
