import { describe, expect, it } from 'vitest';
import { investmentLevel, precisionLevel } from '../../src/lib/analysis/investment-level.ts';

describe('investmentLevel: the precision rules of docs/METHODS.md §3', () => {
  it('reads AidData precision codes: 1–3 municipio, 4–5 department, 6–8 country', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, NaN, 9, 0].map(precisionLevel)).toEqual([
      'municipio', 'municipio', 'municipio', 'department', 'department', 'country', 'country', 'country', null, null, null,
    ]);
  });

  it('takes the coarser of the stated level and the precision: a department point never becomes a municipio', () => {
    expect(investmentLevel('municipio', 4)).toBe('department');
    expect(investmentLevel('municipio', 8)).toBe('country');
    expect(investmentLevel('department', 6)).toBe('country');
    expect(investmentLevel('country', 1)).toBe('country');
    expect(investmentLevel('country', 5)).toBe('country'); // precision 5 spanning departments
    expect(investmentLevel('department', 5)).toBe('department');
    expect(investmentLevel('municipio', 3)).toBe('municipio');
    expect(investmentLevel('municipio', NaN)).toBe('municipio'); // placed by code
    expect(investmentLevel(null, 2)).toBe('municipio');
    expect(investmentLevel(null, 4)).toBe('department');
  });

  it('falls back only when told: a row with neither level nor precision has no level', () => {
    expect(investmentLevel(null, NaN)).toBeNull();
    expect(investmentLevel(null, NaN, 'municipio')).toBe('municipio');
  });
});
