/** The data build reads only the repository's own data/raw (a fresh clone must build alone). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './public-data.ts';

/** Every .ts file under a directory. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('data build inputs', () => {
  it('never refers to the shared data folder outside the repository', () => {
    for (const file of [join(ROOT, 'scripts', 'build-data.ts'), ...tsFiles(join(ROOT, 'scripts', 'build'))]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.\.\/shared|\/work\/shared|shared\/data/);
    }
  });
});
