/** Abbreviated name words written out before a name join (tax and registry lists), dotted whole words only. */
import { describe, expect, it } from 'vitest';
import { expandAbbreviations, normPlaceName } from '../../../src/lib/data/join/norm-name.ts';

describe('expandAbbreviations', () => {
  it.each([
    ['S. PEDRO SULA', 'SAN PEDRO SULA'],
    ['STA. ROSA DE COPAN', 'SANTA ROSA DE COPAN'],
    ['VILLA DE S. ANTONIO', 'VILLA DE SAN ANTONIO'],
    ['S. FCO.', 'SAN FRANCISCO'],
    ['FCO. MORAZAN', 'FRANCISCO MORAZAN'],
    ['Sta. Cruz de Yojoa', 'SANTA CRUZ DE YOJOA'],
    ['PTO. CORTES', 'PUERTO CORTES'],
    ['STGO. ATITLAN', 'SANTIAGO ATITLAN'],
  ])('%s → %s', (given, expected) => {
    expect(normPlaceName(given)).toBe(expected);
  });
  it('leaves undotted letters and words that merely start like an abbreviation', () => {
    expect(expandAbbreviations('SANTA ROSA')).toBe('SANTA ROSA');
    expect(expandAbbreviations('STANFORD S')).toBe('STANFORD S');
    expect(normPlaceName('Sabá')).toBe('SABA');
    expect(normPlaceName('U.S.A.')).toBe('U S A');
  });
});
