/**
 * Numbers come out in the interface language: every message function of the string tables that
 * takes a number formats it with Intl for its language. Spanish follows Intl's 'es' rules, decimal
 * comma and a dot between thousands from five digits on ("1000 sorteos", "12.345 filas"; the RAE
 * leaves four-digit numbers ungrouped); English "1,000", "12,345.5". The message functions that
 * take numbers are found from their types in the message interfaces (TypeScript's parser), so a
 * new message is checked as soon as it is declared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { es } from '../../src/lib/i18n/es.ts';
import { formatNumber, formatRank, formatValue } from '../../src/lib/i18n/format-number.ts';

const I18N = new URL('../../src/lib/i18n/', import.meta.url);

type Kind = 'number' | 'string' | 'boolean' | 'other';
interface Signature {
  name: string;
  params: Kind[];
}

function kindOf(t: ts.TypeNode | undefined): Kind {
  if (!t) return 'other';
  if (t.kind === ts.SyntaxKind.NumberKeyword) return 'number';
  if (t.kind === ts.SyntaxKind.StringKeyword) return 'string';
  if (t.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
  // `number | null` is a number where it is given.
  if (ts.isUnionTypeNode(t)) return t.types.some((u) => u.kind === ts.SyntaxKind.NumberKeyword) ? 'number' : 'other';
  return 'other';
}

/** Every function-typed property of the message interfaces: its name and parameter kinds. */
function signatures(): Signature[] {
  const out: Signature[] = [];
  for (const file of readdirSync(I18N).filter((f) => f.endsWith('messages.ts'))) {
    const src = ts.createSourceFile(file, readFileSync(new URL(file, I18N), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertySignature(node) && node.type && ts.isFunctionTypeNode(node.type)) {
        out.push({ name: node.name.getText(src).replace(/['"]/g, ''), params: node.type.parameters.map((p) => kindOf(p.type)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return out;
}

/** Every message function of a table, by property name (a name may occur in several blocks). */
function functions(table: unknown, path = '', out: { path: string; name: string; fn: (...a: unknown[]) => unknown }[] = []) {
  if (table && typeof table === 'object') {
    for (const [k, v] of Object.entries(table)) {
      if (typeof v === 'function') out.push({ path: path ? `${path}.${k}` : k, name: k, fn: v as (...a: unknown[]) => unknown });
      else functions(v, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
}

const BIG = 12345.25;
const args = (params: Kind[]) => params.map((k) => (k === 'number' ? BIG : k === 'string' ? 'X' : k === 'boolean' ? true : 'X'));

describe('number formatting by language', () => {
  it('formatNumber: Spanish decimal comma, dot between thousands from five digits (Intl "es")', () => {
    expect(formatNumber(1234.5, 'es', 1)).toBe('1234,5');
    expect(formatNumber(12345.5, 'es', 1)).toBe('12.345,5');
    expect(formatNumber(0.25, 'es', 2)).toBe('0,25');
    expect(formatNumber(1000, 'es', 0)).toBe('1000');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatValue(4.675, 'es')).toBe('4,68');
    expect(formatRank(12.5, 'es')).toBe('12,5');
  });

  const sigs = signatures();
  const numeric = sigs.filter((s) => s.params.includes('number'));

  it('finds the message functions that take numbers', () => {
    expect(numeric.length).toBeGreaterThan(25);
  });

  for (const [lang, table] of [['en', en], ['es', es]] as const) {
    it(`every ${lang} message formats its numbers for ${lang}`, () => {
      const bad: string[] = [];
      const fns = functions(table);
      for (const sig of numeric) {
        for (const f of fns.filter((x) => x.name === sig.name && x.fn.length === sig.params.length)) {
          const out = f.fn(...args(sig.params));
          if (typeof out !== 'string') continue;
          const raw = /12345/.test(out);
          const foreign = lang === 'es' ? /12,345|\d\.\d\d?(?!\d)/.test(out) : /12\.345|\d,\d\d?(?!\d)/.test(out);
          const formatted = lang === 'es' ? /12\.345/.test(out) : /12,345/.test(out);
          if (raw || foreign || !formatted) bad.push(`${f.path}: ${out}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
