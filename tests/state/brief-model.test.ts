import { describe, expect, it } from 'vitest';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { readSpecFile } from '../../src/cli/rank-command.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { indexInputFromSpec } from '../../src/lib/data/index-input-from-spec.ts';
import { briefModel, BRIEF_DRIVERS } from '../../src/lib/state/brief-model.ts';
import { DEFAULT_SPEC_PATH } from '../data/index-spec-fixtures.ts';
import { PUBLIC_DATA } from '../data/public-data.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';

const spec = readSpecFile(DEFAULT_SPEC_PATH);
const tables = readRankTables(spec, PUBLIC_DATA);
const result = rankUnits(tables, spec);
const input = indexInputFromSpec(tables, spec);
const catalog = JSON.parse(readFileSync(join(PUBLIC_DATA, 'catalog.json'), 'utf8')) as CatalogEntry[];
const brief = (unit: number) =>
  briefModel({ spec, input, result, catalog, sensitivity: null, evidence: null, coverage: null, hotspot: null, boundarySources: ['B'] }, unit);

describe('briefModel on the default index', () => {
  it("ranks within the country and lists the drivers by need, up before down, none twice", () => {
    const gt1 = result.units.findIndex((u, i) => u.country === 'GT' && result.index.rankCountry[i] === 1);
    const b = brief(gt1);
    expect(b.rankCountry).toBe(1);
    // Severity by the default rule, fixed cut-offs 20/40/60/80 on the 0–100 score.
    const score = result.index.score[gt1];
    expect(b.severity).toBe(1 + [20, 40, 60, 80].filter((c) => score >= c).length);
    expect(b.scoredInCountry).toBe(result.units.filter((u, i) => u.country === 'GT' && Number.isFinite(result.index.score[i])).length);
    expect(b.up).toHaveLength(BRIEF_DRIVERS);
    const ids = [...b.up, ...b.down].map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...b.up.map((d) => d.needPercentile))).toBeGreaterThanOrEqual(Math.max(...b.down.map((d) => d.needPercentile)));
    expect(b.sources).toContain('B');
    expect(b.investments).toBeNull(); // not placed: the page says so, never "none"
  });
  it('keeps a pillar a country does not measure missing, never 0', () => {
    const hn = result.units.findIndex((u) => u.country === 'HN');
    const b = brief(hn);
    const absent = b.groups.filter((g) => Number.isNaN(g.score));
    expect(absent.length).toBeGreaterThan(0);
    for (const g of absent) expect(g.countryMedian).toBeNaN();
  });
});
