import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDEX_PILLARS, defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { DEFAULT_SPEC_PATH, schemaValidator } from './index-spec-fixtures.ts';
import { readCatalog } from './public-data.ts';

const catalog = readCatalog();

describe('defaultIndexSpec', () => {
  const spec = defaultIndexSpec(catalog);

  it('weighs migration pressure 50% and pillars I–V 10% each under the root `index`', () => {
    expect(spec.groups.map((g) => [g.id, g.parent, g.weight])).toEqual([
      ['index', null, 1],
      ['migration', 'index', 0.5],
      ['I', 'index', 0.1],
      ['II', 'index', 0.1],
      ['III', 'index', 0.1],
      ['IV', 'index', 0.1],
      ['V', 'index', 0.1],
    ]);
  });

  it('uses every catalog indicator of migration and pillars I–V with direction ±1 that breaks no other down, and no other', () => {
    const expected = catalog.filter((e) => e.pillar !== 'context' && e.direction !== 0 && !e.part_of).map((e) => e.id);
    expect(spec.indicators.map((i) => i.id).sort()).toEqual(expected.sort());
    expect(spec.indicators.map((i) => i.id)).not.toContain('gt_population');
    // Emigrants by year of departure are part of the emigrants of 2014–2024: not counted twice.
    expect(catalog.find((e) => e.id === 'sv_emigrants_departed_per_1000')?.part_of).toBe('emigrants_per_1000');
    expect(spec.indicators.map((i) => i.id)).not.toContain('sv_emigrants_departed_per_1000');
    expect(spec.indicators.map((i) => i.id)).not.toContain('climate_fragility_score');
    for (const ind of spec.indicators) {
      const entry = catalog.find((e) => e.id === ind.id)!;
      expect(ind.parent).toBe(entry.pillar);
      expect(ind.direction).toBe(entry.direction);
      expect(ind.enabled).toBe(true);
    }
  });

  it('gives the indicators of a pillar equal weights summing to 1', () => {
    for (const p of INDEX_PILLARS) {
      const ws = spec.indicators.filter((i) => i.parent === p).map((i) => i.weight);
      expect(ws.length, p).toBeGreaterThan(0);
      expect(new Set(ws).size, p).toBe(1);
      expect(ws.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('points at units.csv and the long indicators.csv of public/data', () => {
    expect(spec.data).toEqual({
      units: { file: 'units.csv', key: 'unit_id', name: 'name', country: 'country', department: 'dept_name' },
      values: { file: 'indicators.csv', format: 'long', key: 'unit_id', indicator: 'indicator_id', value: 'value' },
    });
  });

  it('leaves out a pillar the catalog has no indicator for, but keeps its group', () => {
    const small: CatalogEntry[] = catalog.filter((e) => e.pillar !== 'III');
    const s = defaultIndexSpec(small);
    expect(s.indicators.some((i) => i.parent === 'III')).toBe(false);
    expect(s.groups.some((g) => g.id === 'III')).toBe(true);
  });

  it('is a valid spec, unchanged by parseIndexSpec and accepted by the schema', () => {
    expect(parseIndexSpec(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
    expect(schemaValidator()(JSON.parse(JSON.stringify(spec)))).toBe(true);
  });

  // REGEN=1 rewrites the file; otherwise it must equal what the code makes of the committed catalog.
  it('is what docs/default-spec.json holds', () => {
    const text = `${JSON.stringify(spec, null, 2)}\n`;
    if (process.env.REGEN || !existsSync(DEFAULT_SPEC_PATH)) writeFileSync(DEFAULT_SPEC_PATH, text);
    expect(JSON.parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8'))).toEqual(spec);
  });
});
