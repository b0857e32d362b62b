/**
 * What the scores rest on, on the real public data: the "Root causes only" preset under both
 * missing-pillar rules, the pillar × country table, the true counts and the sentences built on
 * them; and the short pillar lists.
 */
import { describe, expect, it } from 'vitest';
import type { PillarRule } from '../../src/lib/analysis/composite-types.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { INDEX_PRESETS, withGroupWeights, type IndexPresetId } from '../../src/lib/data/index-presets.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { es } from '../../src/lib/i18n/es.ts';
import { CachedRanking } from '../../src/lib/state/cached-ranking.ts';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';
import { pillarList, scoreBasis, unscoredCountries } from '../../src/lib/state/score-basis.ts';
import { pillarWord, scoreBasisLabel, scoredLine, unscoredNote } from '../../src/lib/state/score-basis-text.ts';
import { readRows, readText } from '../data/public-data.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const units = readRows('units.csv').map((r) => ({ unit_id: r.unit_id, name: r.name, dept_name: r.dept_name, country: r.country }));
const tables = rankTablesFromCsv(readText('indicators.csv'), units);

function basisOf(preset: IndexPresetId, rule: PillarRule) {
  const spec = { ...withGroupWeights(defaultIndexSpec(catalog), INDEX_PRESETS[preset]()), pillarRule: rule };
  const { input, result } = new CachedRanking().run(tables, spec);
  return { basis: scoreBasis(input, result, catalog, rule, spec.minWeightShare), result };
}

const word = pillarWord(en.scoreBasis, (id) => id);
const names = (c: string) => (en.countries as Record<string, string>)[c] ?? c;
/** Countries that have at least one indicator of a pillar, by the catalog. */
const catalogHas = (pillar: string, country: 'GT' | 'HN' | 'SV') => catalog.some((e) => e.pillar === pillar && e.direction !== 0 && e.countries.includes(country));

describe('scoreBasis on the public data', () => {
  it('the pillar × country table agrees with the catalog: a pillar is "none" exactly where no indicator covers the country', () => {
    const { basis } = basisOf('default', 'available');
    for (const c of basis.countries) {
      for (const p of c.pillars) expect(p.level === 'none', `${p.id} in ${c.country}`).toBe(!catalogHas(p.id, c.country as 'GT' | 'HN' | 'SV'));
      expect(c.absent).toEqual(c.pillars.filter((p) => p.level === 'none').map((p) => p.id));
    }
    // Guatemala has every pillar; the shares of what a country has sum to 1 under `available`.
    expect(basis.countries.find((c) => c.country === 'GT')!.absent).toEqual([]);
    for (const c of basis.countries) expect(c.pillars.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
  });

  it('"Root causes only", available: every country scored on what it has; the counts are true', () => {
    const { basis, result } = basisOf('root-causes-only', 'available');
    const scored = [...result.index.score].filter((s) => !Number.isNaN(s)).length;
    expect(basis.countries.reduce((s, c) => s + c.scored, 0)).toBe(scored);
    expect(basis.countries.map((c) => c.units)).toEqual([340, 298, 44]);
    for (const c of basis.countries) expect(c.scored, c.country).toBeGreaterThan(0);
    // Migration weighs 0 in this preset: no country's score uses it.
    for (const c of basis.countries) expect(c.used).not.toContain('migration');
    expect(unscoredCountries(basis).every((c) => c.reason === 'data')).toBe(true);
    expect(unscoredNote(basis, en.scoreBasis, word, names)).toBe('');
    expect(scoreBasisLabel(basis, en.scoreBasis, word)).toMatch(/^Re-scaled within country: GT I–V; HN /);
  });

  it('"Root causes only", strict: the countries that lack pillars are unscored, and the sentences say which and why', () => {
    const { basis } = basisOf('root-causes-only', 'strict');
    const gt = basis.countries.find((c) => c.country === 'GT')!;
    expect(gt.scored).toBeGreaterThan(300);
    const out = unscoredCountries(basis).filter((c) => c.reason === 'pillars');
    const lacking = basis.countries.filter((c) => c.absent.length > 0).map((c) => c.country);
    expect(out.map((c) => c.country)).toEqual(lacking);
    for (const c of out) {
      expect(basis.countries.find((x) => x.country === c.country)!.scored).toBe(0);
      expect(c.bestCoverage).toBeLessThan(0.5);
    }
    const units = basis.countries.reduce((s, c) => s + c.units, 0);
    const scored = basis.countries.reduce((s, c) => s + c.scored, 0);
    const line = scoredLine(basis, en.scoreBasis, word);
    expect(line.startsWith(`Scored ${scored} of ${units} municipios; ${units - scored} unscored: `)).toBe(true);
    const note = unscoredNote(basis, en.scoreBasis, word, names);
    for (const c of lacking) expect(note).toContain(`(${c})`);
    // Each country's own missing pillars are named (countries lacking different pillars get a sentence each).
    for (const c of out) expect(note).toContain(`no data for pillars ${pillarList(c.absent, word)},`);
    expect(note).toMatch(/below the 50% minimum \(strict rule\)\.$/);
    expect(scoreBasisLabel(basis, es.scoreBasis, pillarWord(es.scoreBasis, (id) => id))).toMatch(/^Estricto/);
  });

  it('strict and available agree wherever a country has every pillar', () => {
    const a = basisOf('equal-pillars', 'available');
    const s = basisOf('equal-pillars', 'strict');
    a.result.units.forEach((u, i) => {
      if (u.country !== 'GT') return;
      expect(s.result.index.score[i]).toBe(a.result.index.score[i]);
      expect(s.basis.evidence.missing[i]).toBeCloseTo(a.basis.evidence.missing[i], 12);
    });
  });

  it('splits each unit’s weight into municipio, department and missing shares that sum to 1', () => {
    const { basis, result } = basisOf('default', 'available');
    const { municipio, department, missing } = basis.evidence;
    result.units.forEach((_, i) => {
      expect(municipio[i] + department[i] + missing[i]).toBeCloseTo(1, 9);
      expect(municipio[i] + department[i]).toBeCloseTo(result.index.coverage[i], 9);
    });
  });
});

describe('pillarList', () => {
  const w = (id: string) => (id === 'migration' ? 'migration' : id);
  it('joins runs of three numerals or more with a dash, migration first', () => {
    expect(pillarList(['migration', 'I', 'II', 'III', 'IV', 'V'], w)).toBe('migration + I–V');
    expect(pillarList(['I', 'II', 'III', 'V'], w)).toBe('I–III + V');
    expect(pillarList(['IV', 'migration'], w)).toBe('migration + IV');
    expect(pillarList(['I', 'II', 'IV'], w)).toBe('I + II + IV');
    expect(pillarList([], w)).toBe('');
  });
});
