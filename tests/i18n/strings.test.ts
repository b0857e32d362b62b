import { describe, expect, it } from 'vitest';
import { strings } from '../../src/lib/i18n/strings.ts';

describe('strings', () => {
  it('English and Spanish have the same keys and no empty text', () => {
    expect(Object.keys(strings.es).sort()).toEqual(Object.keys(strings.en).sort());
    for (const lang of ['en', 'es'] as const) {
      for (const [key, value] of Object.entries(strings[lang])) {
        if (typeof value === 'string') expect(value, `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('says "no data" in each language', () => {
    expect(strings.en.noData).toMatch(/no data/i);
    expect(strings.es.noData).toMatch(/sin datos/i);
    expect(strings.es.rankOf(12, 340)).toBe('12 de 340');
    expect(strings.en.rankOf(12, 340)).toBe('12 of 340');
  });
});
