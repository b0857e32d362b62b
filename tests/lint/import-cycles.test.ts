import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cycles, filesUnder, importGraph } from '../../scripts/import-cycles.ts';

const src = fileURLToPath(new URL('../../src', import.meta.url));

describe('import cycles (scripts/import-cycles.ts)', () => {
  it('finds a cycle through several files and a file importing itself, not a chain', () => {
    const graph = new Map([
      ['app', ['camera']],
      ['camera', ['view']],
      ['view', ['app', 'schema']],
      ['schema', []],
      ['self', ['self']],
    ]);
    expect(cycles(graph).map((c) => c.join(' '))).toEqual(['app camera view', 'self']);
  });

  it('src/ has no import cycle, type imports included', () => {
    const found = cycles(importGraph(filesUnder(src)));
    expect(found).toEqual([]);
  });
});
