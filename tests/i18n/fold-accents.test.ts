import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../src/lib/i18n/fold-accents.ts';

describe('foldAccents', () => {
  it('removes accents and lowers case', () => {
    expect(foldAccents('Petén')).toBe('peten');
    expect(foldAccents('SAN JOSÉ')).toBe('san jose');
    expect(foldAccents('Sololá')).toBe('solola');
    expect(foldAccents('Güinope')).toBe('guinope');
    expect(foldAccents('Peña Blanca')).toBe('pena blanca');
  });

  it('folds precomposed and decomposed spellings alike', () => {
    const precomposed = 'Cop\u00e1n';
    const decomposed = 'Copa\u0301n';
    expect(precomposed).not.toBe(decomposed);
    expect(foldAccents(precomposed)).toBe(foldAccents(decomposed));
    expect(foldAccents(decomposed)).toBe('copan');
  });

  it('keeps letters without marks, digits, spaces and punctuation', () => {
    expect(foldAccents('Santa Rosa, "La Vieja" 2')).toBe('santa rosa, "la vieja" 2');
    expect(foldAccents('')).toBe('');
  });
});
