import { describe, expect, it } from 'vitest';
import { INDEX_PILLARS, defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { INDEX_PRESETS, withGroupWeights } from '../../src/lib/data/index-presets.ts';
import { readCatalog } from './public-data.ts';

describe('index presets', () => {
  it.each(Object.entries(INDEX_PRESETS))('%s gives migration and pillars I–V weights in [0, 1] summing to 1', (_id, preset) => {
    const w = preset();
    expect(Object.keys(w).sort()).toEqual([...INDEX_PILLARS].sort());
    for (const x of Object.values(w)) expect(x >= 0 && x <= 1).toBe(true);
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('differ from one another', () => {
    const all = Object.values(INDEX_PRESETS).map((p) => JSON.stringify(p()));
    expect(new Set(all).size).toBe(all.length);
  });

  it('root causes only leaves migration pressure out; migration-focused weighs it most', () => {
    expect(INDEX_PRESETS['root-causes-only']().migration).toBe(0);
    const m = INDEX_PRESETS['migration-focused']();
    expect(m.migration).toBeGreaterThan(Math.max(m.I, m.II, m.III, m.IV, m.V));
  });

  it('withGroupWeights sets the named groups and copies the spec', () => {
    const spec = defaultIndexSpec(readCatalog());
    const out = withGroupWeights(spec, INDEX_PRESETS['equal-pillars']());
    expect(out.groups.find((g) => g.id === 'migration')!.weight).toBeCloseTo(1 / 6, 15);
    expect(out.groups.find((g) => g.id === 'index')!.weight).toBe(1);
    expect(spec.groups.find((g) => g.id === 'migration')!.weight).toBe(0.5);
  });
});
