/**
 * The Spanish interface has no English left in it: every string of the Spanish table (and every
 * message its functions build) exists, differs from the English one, and holds none of the common
 * English words below. Terms that are the same in both languages (file formats, method and
 * product names) are allowed explicitly.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { es } from '../../src/lib/i18n/es.ts';

/** Strings that are rightly the same in English and Spanish. */
const SAME_IN_BOTH = new Set([
  'CSV', 'XLSX', 'GeoJSON', 'PNG', 'JSON', 'focal', 'USAID', 'Gi*', 'HH', 'LL', 'HL', 'LH', 'ns', '%', 'z', 'P', 'ID',
  'Local Moran', "Moran's I", 'Getis–Ord Gi*', 'COINr', 'FDR', 'Bonferroni', 'Benjamini–Hochberg',
  // Spanish words and names that English text uses as they are
  'Guatemala', 'Honduras', 'El Salvador', 'Variable', 'Sector', 'Municipio', 'Total', 'Activ.', '3 municipios', 'p ≤ 3', 'municipio', 'mun.', 'No', 'Regional', 'Reg.', 'Base',
  // Symbols, and the narrow Severity column's header (Spanish "Severidad" abbreviates the same)
  'Δ', 'Sev.', '1–5',
]);

/** Common English words that never belong in Spanish text. */
const ENGLISH = /\b(the|and|to|of|for|is|are|not|with|from|this|that|which|click|select|show|shows|file|files|weight|weights|ranking|rank|municipality|municipalities|download|upload|loading|error|none|yes|no data|priority|index|data|reset|cancel|apply|close|open|save|copy|link|language|value|values|country|department|source|sources|year|unit|units|rows|row|column|columns|matched|unmatched|suggestion|suggestions)\b/i;

/** Words of ENGLISH that are also Spanish, or product names, where they occur. */
const SPANISH_FALSE_FRIENDS = /\b(no|error|index)\b/gi;

type Leaf = { path: string; en: string; es: string };

/** Sample arguments for a message function: numbers first, then text, until one call works. */
function call(fn: (...args: unknown[]) => unknown, lang: 'en' | 'es'): string {
  const n = Math.max(fn.length, 3);
  for (const arg of [3, 'X', true]) {
    try {
      const out = fn(...Array.from({ length: n }, () => arg));
      if (typeof out === 'string') return out;
    } catch {
      // try the next kind of argument
    }
  }
  throw new Error(`a ${lang} message function could not be called with sample arguments`);
}

function leaves(a: unknown, b: unknown, path: string, out: Leaf[]): void {
  if (typeof a === 'string' && typeof b === 'string') out.push({ path, en: a, es: b });
  else if (typeof a === 'function' && typeof b === 'function') {
    out.push({ path: `${path}()`, en: call(a as never, 'en'), es: call(b as never, 'es') });
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    expect(kb, `keys of ${path || 'the tables'}`).toEqual(ka);
    for (const k of ka) leaves((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
  } else {
    throw new Error(`${path}: English is ${typeof a}, Spanish is ${typeof b}`);
  }
}

const all: Leaf[] = [];
leaves(en, es, '', all);

describe('the Spanish interface', () => {
  it('has every string of the English one, none empty', () => {
    expect(all.length).toBeGreaterThan(300);
    for (const l of all) expect(l.es.trim(), l.path).not.toBe('');
  });

  it('translates every string (same text only for terms that are the same in both languages)', () => {
    const untranslated = all.filter((l) => l.path !== 'locale' && l.es === l.en && !SAME_IN_BOTH.has(l.es.trim()));
    expect(untranslated.map((l) => `${l.path}: ${l.es}`)).toEqual([]);
  });

  it('holds no common English word', () => {
    const english = all
      .filter((l) => l.path !== 'locale')
      // Code (`focal rank --spec`) is not prose.
      .filter((l) => ENGLISH.test(l.es.replace(/`[^`]*`/g, '').replace(SPANISH_FALSE_FRIENDS, '')))
      .map((l) => `${l.path}: ${l.es}`);
    expect(english).toEqual([]);
  });
});
