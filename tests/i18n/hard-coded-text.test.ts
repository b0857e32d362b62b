/**
 * No interface text is written into a component: every word a reader sees or hears comes from the
 * string tables (src/lib/i18n), so the Spanish interface has no English left in it. The check
 * parses every src/lib/ui/*.svelte with Svelte's own parser and looks at the markup's text nodes
 * and at the attributes read aloud or shown (aria-label, title, placeholder, alt, …): a literal
 * word there (two letters or more outside `{…}`) is a string that bypassed the tables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const UI = new URL('../../src/lib/ui/', import.meta.url);

/** Attributes whose text is shown or read out. */
const SPOKEN = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);

/** Literal text that is the same in every language: symbols, units of layout, product names. */
const ALLOWED = /^(focal|CSV|XLSX|JSON|GeoJSON|PNG|ID|HH|LL|HL|LH|Gi\*|p|z|I|x|y|N|[A-Z]{2}|km|m)$/;

interface Node {
  type: string;
  data?: string;
  name?: string;
  value?: true | Node | Node[];
  start: number;
  [key: string]: unknown;
}

/** Every literal text run of the markup (text nodes and spoken attributes), with its line. */
function literals(source: string): { line: number; text: string; where: string }[] {
  const ast = parse(source, { modern: true }) as unknown as { fragment: Node };
  const out: { line: number; text: string; where: string }[] = [];
  const lineOf = (i: number) => source.slice(0, i).split('\n').length;
  const walk = (node: unknown, parentAttr: string | null): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, parentAttr);
      return;
    }
    const n = node as Node;
    if (n.type === 'Text' && typeof n.data === 'string') {
      out.push({ line: lineOf(n.start), text: n.data, where: parentAttr ?? 'text' });
      return;
    }
    if (n.type === 'Attribute') {
      if (n.name && SPOKEN.has(n.name) && n.value !== true) walk(n.value, n.name);
      return;
    }
    // Styles, scripts, expressions and directives (style:left="{x}px") hold no markup text.
    if (n.type === 'StyleSheet' || n.type === 'Script' || n.type === 'ExpressionTag' || n.type?.endsWith('Directive')) return;
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'start' && k !== 'end' && k !== 'metadata') walk(v, parentAttr);
  };
  walk(ast.fragment, null);
  return out;
}

/** Words (two letters or more) of a literal text that are not allowed as they are. */
function words(text: string): string[] {
  return (text.match(/\p{L}[\p{L}'’*-]*\p{L}|\p{L}\*?/gu) ?? []).filter((w) => w.length >= 2 && !ALLOWED.test(w));
}

const files = readdirSync(UI).filter((f) => f.endsWith('.svelte')).sort();

describe('interface text lives in the string tables', () => {
  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('catches a literal word in markup and in aria-label, and passes expressions', () => {
    const found = literals('<p>Hello {name}</p><button aria-label="Close" title={t.close}>×</button>');
    expect(found.flatMap((l) => words(l.text))).toEqual(['Hello', 'Close']);
  });

  it.each(files)('%s has no literal words in its markup', (file) => {
    const source = readFileSync(new URL(file, UI), 'utf8');
    const bad = literals(source).flatMap((l) => (words(l.text).length ? [`${file}:${l.line} ${l.where}: ${JSON.stringify(l.text.trim())}`] : []));
    expect(bad).toEqual([]);
  });
});
