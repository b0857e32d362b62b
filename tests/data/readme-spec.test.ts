import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';

describe('the spec example in the README', () => {
  it('is a valid spec, with the documented defaults filled in', () => {
    const md = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(md);
    expect(block).not.toBeNull();
    const spec = parseIndexSpec(JSON.parse(block![1]));
    expect(spec.indicators.map((i) => i.id)).toEqual(['emigrants', 'poverty', 'homicides']);
    expect(spec.treatment.method).toBe('coinr');
    expect(spec.normalisation).toEqual({ method: 'minmax', range: [0, 100], scope: 'country' });
    expect(spec.minWeightShare).toBe(0.5);
    expect(spec.sensitivity.draws).toBe(1000);
  });
});
