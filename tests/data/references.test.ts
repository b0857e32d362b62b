/** Every key in the dataset points at something that exists. */
import { describe, expect, it } from 'vitest';
import { readCatalog, readManifest, readRows, readUnits } from './public-data.ts';

const unitIds = new Set(readUnits().map((u) => u.unit_id));
const catalog = readCatalog();
const manifest = readManifest();

describe('dataset references', () => {
  it('indicators.csv names only known units and catalogued indicators', () => {
    const ids = new Set(catalog.map((c) => c.id));
    const rows = readRows('indicators.csv');
    for (const r of rows) {
      expect(unitIds.has(r.unit_id), `unknown unit ${r.unit_id}`).toBe(true);
      expect(ids.has(r.indicator_id), `uncatalogued indicator ${r.indicator_id}`).toBe(true);
      expect(Number.isFinite(Number(r.value)) && r.value !== '', `value ${r.value}`).toBe(true);
    }
  });

  it('investments.csv places rows only in known units (when it places them at all)', () => {
    for (const r of readRows('investments.csv')) {
      if (r.unit_id !== '') expect(unitIds.has(r.unit_id), `unknown unit ${r.unit_id}`).toBe(true);
      expect(r.source_id in manifest.sources, `unknown source ${r.source_id}`).toBe(true);
    }
  });

  it('catalog entries cite sources of the manifest', () => {
    expect(new Set(catalog.map((c) => c.id)).size).toBe(catalog.length);
    for (const c of catalog) expect(c.source_id in manifest.sources, `unknown source ${c.source_id}`).toBe(true);
  });
});
