/**
 * The data build is deterministic and the committed dataset is what it produces: two in-memory
 * runs give identical bytes, equal to the files in public/data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOutputs } from '../../scripts/build/render-outputs.ts';
import { RAW, ROOT, readText } from './public-data.ts';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

// Two full builds of the dataset: seconds on a quiet machine, over 30 s at a load of 25 on two cores.
describe('data build', () => {
  it('gives identical bytes twice, equal to the committed public/data', { timeout: 180_000 }, () => {
    const first = renderOutputs({ rawDir: RAW, version });
    const second = renderOutputs({ rawDir: RAW, version });
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, text] of first) {
      expect(second.get(path) === text, `${path} differs between runs`).toBe(true);
      expect(readText(path) === text, `public/data/${path} is stale: run npm run build:data`).toBe(true);
    }
  });
});
