// A skew treatment per indicator (the spec's indicators[].treatment) on the real data: the engine
// honours it and says so in the treatment report, the sensitivity draws keep it, the spec survives
// export → import with the same ranks, and `focal rank` gives the app's ranks for it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { drawChoices, drawInput } from '../../src/lib/analysis/sensitivity.ts';
import type { TreatmentReport } from '../../src/lib/analysis/composite-types.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import type { IndexSpec } from '../../src/lib/data/index-spec.ts';
import { indexInputFromSpec } from '../../src/lib/data/index-input-from-spec.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { indexSpecFile } from '../../src/lib/export/index-spec-file.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import { CachedRanking } from '../../src/lib/state/cached-ranking.ts';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';
import { PUBLIC_DATA, readRows, readText } from '../data/public-data.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const units = readRows('units.csv').map((r) => ({ unit_id: r.unit_id, name: r.name, dept_name: r.dept_name, country: r.country }));
const tables = rankTablesFromCsv(readText('indicators.csv'), units);
const GT = 0; // scope group of Guatemala (countries sorted by code)

/** The default spec (COINr rule) with Guatemala's return migrants left untreated, violence by log_CT_plus. */
function withOwnTreatments(): IndexSpec {
  const spec = defaultIndexSpec(catalog);
  const own: Record<string, IndexSpec['indicators'][number]['treatment']> = {
    gt_return_migrants_per_1000: { method: 'none' },
    violence_score: { method: 'log_plus' },
  };
  return { ...spec, indicators: spec.indicators.map((i) => (own[i.id] ? { ...i, enabled: true, treatment: own[i.id] } : i)) };
}

const report = (r: TreatmentReport[], indicator: string, scopeGroup: number) => r.find((t) => t.indicator === indicator && t.scopeGroup === scopeGroup)!;

describe('a treatment per indicator on the real data', () => {
  const base = defaultIndexSpec(catalog);
  const spec = withOwnTreatments();
  const plain = new CachedRanking().run(tables, { ...spec, indicators: spec.indicators.map(({ treatment: _t, ...i }) => i) }).result;
  const own = new CachedRanking().run(tables, spec).result;

  it('is honoured by the engine and named in the treatment report', () => {
    expect(base.treatment.method).toBe('coinr');
    // Under the spec-wide COINr rule Guatemala's return migrants (skew 2.8, kurtosis 11.7) are treated…
    const before = report(plain.index.treatment, 'gt_return_migrants_per_1000', GT);
    expect(before).toMatchObject({ method: 'coinr', overridden: false });
    expect(before.applied).not.toBe('none');
    // …with their own "none" they are not.
    expect(report(own.index.treatment, 'gt_return_migrants_per_1000', GT)).toMatchObject({ method: 'none', overridden: true, applied: 'none' });
    // violence_score has negative skew in every country: log_CT_plus takes its mirror branch.
    for (const g of [0, 1, 2]) expect(report(own.index.treatment, 'violence_score', g)).toMatchObject({ method: 'log_plus', overridden: true, applied: 'log_neg' });
    // Indicators without their own keep the spec-wide rule.
    expect(report(own.index.treatment, 'gt_gdp_per_capita', GT)).toMatchObject({ method: 'coinr', overridden: false });
    // And the ranks change.
    let moved = 0;
    own.index.rankCountry.forEach((r, i) => (moved += r !== plain.index.rankCountry[i] && !Number.isNaN(r) ? 1 : 0));
    expect(moved).toBeGreaterThan(50);
  });

  it('is kept in every sensitivity draw, whatever treatment the draw picks for the rest', () => {
    const input = indexInputFromSpec(tables, spec);
    const picked = new Set<string>();
    for (let d = 0; d < 8; d++) {
      const c = drawChoices(input, { seed: 1, weightJitter: 0.5, varyNormalisation: true, varyTreatment: true }, d);
      picked.add(c.treatment);
      const di = drawInput(input, c);
      expect(di.leaves.find((l) => l.id === 'gt_return_migrants_per_1000')!.treatment!.method).toBe('none');
      expect(di.leaves.find((l) => l.id === 'violence_score')!.treatment!.method).toBe('log_plus');
      expect(di.options.treatment.method).toBe(c.treatment);
    }
    expect([...picked].sort()).toEqual(['coinr', 'none']);
  });

  it('survives export → import with the same ranks', () => {
    const text = indexSpecFile(spec, provenance('test', null));
    const back = parseIndexSpec(JSON.parse(text));
    expect(back.indicators.find((i) => i.id === 'violence_score')!.treatment).toEqual({ method: 'log_plus' });
    expect(back.indicators.find((i) => i.id === 'gt_gdp_per_capita')!.treatment).toBeUndefined();
    const again = new CachedRanking().run(tables, back).result;
    expect(Array.from(again.index.rankRegion)).toEqual(Array.from(own.index.rankRegion));
    expect(Array.from(again.index.rankCountry)).toEqual(Array.from(own.index.rankCountry));
    expect(again.index.treatment).toEqual(own.index.treatment);
  });

  it('is honoured by focal rank, which writes it back into the spec beside the list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'focal-own-treatment-'));
    const file = join(dir, 'spec.json');
    writeFileSync(file, indexSpecFile(spec, provenance('test', null)));
    const out = join(dir, 'priority.csv');
    const err: string[] = [];
    const code = await main(['rank', '--spec', file, '--data', PUBLIC_DATA, '--out', out, '--no-sensitivity'], { out: () => {}, err: (l) => err.push(l) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const rows = new Map(csvParse(readFileSync(out, 'utf8').replace(/^\uFEFF/, '')).map((r) => [r.unit_id!, r.rank_country!]));
    own.units.forEach((u, i) => {
      const r = own.index.rankCountry[i];
      expect(rows.get(u.unit_id), u.unit_id).toBe(Number.isNaN(r) ? '' : String(r));
    });
    const written = parseIndexSpec(JSON.parse(readFileSync(`${out}.spec.json`, 'utf8')));
    expect(written.indicators.find((i) => i.id === 'gt_return_migrants_per_1000')!.treatment).toEqual({ method: 'none' });
  });
});

describe('the treatments the sensitivity draws choose from', () => {
  it('is none and the COINr rule with log_CT_plus when the spec uses log_CT_plus', () => {
    const input = indexInputFromSpec(tables, { ...withOwnTreatments(), treatment: { method: 'coinr_plus', winmax: 5, skew: 2, kurtosis: 3.5 } });
    const picked = new Set<string>();
    for (let d = 0; d < 8; d++) picked.add(drawChoices(input, { seed: 3, weightJitter: 0.5, varyNormalisation: false, varyTreatment: true }, d).treatment);
    expect([...picked].sort()).toEqual(['coinr_plus', 'none']);
  });
});
