/**
 * The number rule every importer shares (table-columns.ts): expectations written by hand, with the
 * cases the fast path for plain numbers must leave to the full rule (leading zeros, thousands
 * separators, exponents, white space, overflow).
 */
import { describe, expect, it } from 'vitest';
import { detectDecimal, parseNumber, typeColumn } from '../../../src/lib/data/import/table-columns.ts';

describe('parseNumber', () => {
  it('reads numbers under a decimal point', () => {
    const cases: [string, number | null][] = [
      ['0', 0], ['-0', -0], ['12', 12], ['-3.25', -3.25], ['0.5', 0.5], ['.5', 0.5], ['+7', 7], ['12.', 12],
      [' 42 ', 42], ['1,234.5', 1234.5], ['1,234,567', 1234567], ['1e3', 1000], ['-2.5E-1', -0.25],
      ['0101', null], ['00', null], ['-012', null], ['1,23', null], ['12,5', null], ['', null], ['  ', null],
      ['1.2.3', null], ['abc', null], ['NaN', null], ['Infinity', null], ['1'.repeat(400), null], ['12 %', null],
    ];
    for (const [text, n] of cases) expect([text, parseNumber(text, '.')]).toEqual([text, n]);
  });

  it('reads numbers under a decimal comma', () => {
    const cases: [string, number | null][] = [
      ['0', 0], ['12,5', 12.5], ['-3,25', -3.25], ['1.234,5', 1234.5], ['1.234.567', 1234567], [',5', 0.5],
      [' 7,0 ', 7], ['0101', null], ['12.5', null], ['1,2,3', null], ['1'.repeat(400), null],
    ];
    for (const [text, n] of cases) expect([text, parseNumber(text, ',')]).toEqual([text, n]);
  });
});

describe('typeColumn and detectDecimal', () => {
  it('types a column number only when every non-empty cell is a number', () => {
    expect(typeColumn(['1', ' 2.5', null, '', '-0.75'], '.')).toEqual({ type: 'number', values: [1, 2.5, null, null, -0.75] });
    expect(typeColumn(['1', '0101', '3'], '.')).toEqual({ type: 'text', values: ['1', '0101', '3'] });
    expect(typeColumn(['12,5', ' x ', ''], ',')).toEqual({ type: 'text', values: ['12,5', 'x', null] });
  });

  it('takes a decimal comma only from a non-comma file where it is the majority', () => {
    expect(detectDecimal([['1,5', '2,25', '3.5']], ';')).toBe(',');
    expect(detectDecimal([['1,5', '3.5', '4.5']], ';')).toBe('.');
    expect(detectDecimal([['1,5', '2,5']], ',')).toBe('.');
  });
});
