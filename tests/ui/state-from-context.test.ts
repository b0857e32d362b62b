/**
 * Components read the app's state from Svelte context (src/lib/state/context.ts), as
 * svelte-maplibre's components read their map: no component below the root takes the session or
 * the map view as a prop, so a component's props are only what is its own (a row, a label, a
 * callback). The check reads each src/lib/ui/*.svelte's `interface Props` and the types it names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const UI = new URL('../../src/lib/ui/', import.meta.url);
const components = readdirSync(UI).filter((f) => f.endsWith('.svelte'));

/** The body of `interface Props { … }` (braces balanced), or '' when the component has none. */
function propsBody(source: string): string {
  const start = source.search(/interface Props\s*\{/);
  if (start < 0) return '';
  let depth = 0;
  for (let i = source.indexOf('{', start); i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(source.indexOf('{', start) + 1, i);
  }
  return source.slice(start);
}

/** The whole-app state types: a prop of one of these is the state handed down instead of read from context. */
const STATE_TYPES = /:\s*(Session|MapView|App)\b/;

describe('components read the session and the map view from context', () => {
  it('finds the components', () => {
    expect(components.length).toBeGreaterThan(40);
  });

  it('the check sees a state prop when there is one', () => {
    expect(STATE_TYPES.test(propsBody('interface Props {\n  /** x */\n  session: Session;\n  onPick: (i: number) => void;\n}'))).toBe(true);
    expect(STATE_TYPES.test(propsBody('interface Props {\n  row: { a: number };\n  label: string;\n}'))).toBe(false);
  });

  it.each(components)('%s takes no session, map view or app prop', (file) => {
    const body = propsBody(readFileSync(new URL(file, UI), 'utf8'));
    expect(body).not.toMatch(STATE_TYPES);
  });
});
