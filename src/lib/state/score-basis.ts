/**
 * What the index scores rest on, from the engine input, its result and
 * the catalog: per unit, the share of the weight measured per municipio, per department and
 * missing; per country, which pillars (children of the root) its scores use and at which level,
 * which it lacks, and how many of its units are scored. The builder, the ranking table, the
 * profile and the note beside the map all read this one value.
 */
import type { IndexInput, PillarRule } from '../analysis/composite-types.ts';
import { buildIndexTree } from '../analysis/index-tree.ts';
import { scoreEvidence, type LeafLevel, type ScoreEvidence } from '../analysis/score-evidence.ts';
import { evidenceIn } from '../data/evidence-table.ts';
import { countryScopeGroups } from '../data/index-input-from-spec.ts';
import type { RankResult } from '../data/rank-types.ts';
import type { CatalogEntry, CountryCode } from '../data/schema.ts';

/** How a pillar is measured in a country: by the levels of the indicators it has there. */
export type PillarLevel = 'municipio' | 'department' | 'mixed' | 'none';

export interface PillarInCountry {
  /** Id of the root's child (e.g. `migration`, `I`). */
  id: string;
  level: PillarLevel;
  /** Its share (0–1) of the country's weight under the rule (0 where it has no indicator there or weighs 0). */
  share: number;
}

export interface CountryBasis {
  country: string;
  /** Every child of the root, in spec order. */
  pillars: PillarInCountry[];
  /** The root's children the country's scores use: an indicator there and a weight above 0. */
  used: string[];
  /** The root's children with no indicator in the country (left out under `available`, missing under `strict`). */
  absent: string[];
  units: number;
  scored: number;
  /** The largest share of the weight any of its units rests on (0–1): below `minWeightShare` when the country is unscored for lack of pillars. */
  bestCoverage: number;
}

export interface ScoreBasis {
  rule: PillarRule;
  minWeightShare: number;
  /** Per unit, aligned to `result.units`. */
  evidence: ScoreEvidence;
  /** Per country, sorted by code. */
  countries: CountryBasis[];
}

/** The level of `entry` in `country`; an entry the catalog does not place there (an import) keeps its own level. */
function levelIn(entry: CatalogEntry | undefined, country: string): LeafLevel {
  if (!entry) return 'municipio';
  const level = evidenceIn(entry, country as CountryCode).level;
  return level === 'none' ? entry.level : level;
}

/**
 * The basis of `result`, computed on `input` (the engine input it came from) under `rule`. Leaf
 * values are the prepared ones the engine kept (`result.index.nodeScores`), so an indicator counts
 * in a country exactly where the engine used it.
 */
export function scoreBasis(input: IndexInput, result: RankResult, catalog: readonly CatalogEntry[], rule: PillarRule, minWeightShare: number): ScoreBasis {
  const { codes, group } = countryScopeGroups(result.units.map((u) => u.country));
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const tree = buildIndexTree(input.leaves, input.groups);
  const values = input.leaves.map((l) => result.index.nodeScores.get(l.id) ?? l.values);
  const levels = input.leaves.map((l) => codes.map((c) => levelIn(byId.get(l.id), c)));
  const evidence = scoreEvidence(input.n, group, tree, input.leaves, input.groups, values, levels, rule);

  // Per root child: the leaves below it.
  const parentOf = new Map(input.groups.map((g) => [g.id, g.parent]));
  const rootId = input.groups[tree.root].id;
  const topOf = (parent: string): string => {
    let id = parent;
    for (let p = parentOf.get(id); p != null && p !== rootId; p = parentOf.get(id)) id = p;
    return id;
  };
  const children = [...tree.childGroups[tree.root].map((g) => input.groups[g]), ...tree.childLeaves[tree.root].map((l) => input.leaves[l])];
  const leafTop = input.leaves.map((l) => (l.parent === rootId ? l.id : topOf(l.parent)));
  const weightTotal = children.reduce((s, c) => s + c.weight, 0);

  const countries: CountryBasis[] = codes.map((country, s) => {
    const pillars: PillarInCountry[] = children.map((child) => {
      let municipio = false;
      let department = false;
      let share = 0;
      input.leaves.forEach((_, l) => {
        if (leafTop[l] !== child.id) return;
        const v = values[l];
        let has = false;
        for (let i = 0; i < input.n && !has; i++) has = group[i] === s && v[i] === v[i];
        if (!has) return;
        if (levels[l][s] === 'department') department = true;
        else municipio = true;
      });
      const level: PillarLevel = municipio && department ? 'mixed' : municipio ? 'municipio' : department ? 'department' : 'none';
      if (level !== 'none') share = child.weight;
      return { id: child.id, level, share };
    });
    const present = pillars.reduce((t, p) => t + p.share, 0);
    const denominator = rule === 'strict' ? weightTotal : present;
    for (const p of pillars) p.share = denominator > 0 ? p.share / denominator : 0;
    let units = 0;
    let scored = 0;
    let bestCoverage = 0;
    for (let i = 0; i < input.n; i++) {
      if (group[i] !== s) continue;
      units++;
      if (!Number.isNaN(result.index.score[i])) scored++;
      bestCoverage = Math.max(bestCoverage, result.index.coverage[i]);
    }
    return {
      country,
      pillars,
      used: pillars.filter((p) => p.level !== 'none' && p.share > 0).map((p) => p.id),
      absent: pillars.filter((p) => p.level === 'none').map((p) => p.id),
      units,
      scored,
      bestCoverage,
    };
  });
  return { rule, minWeightShare, evidence, countries };
}

/**
 * The countries with unscored units, each with why: `pillars` when the country lacks pillars and
 * no unit of it reaches the threshold (the whole country out for lack of data, under `strict`),
 * else `data` (some units lack values).
 */
export function unscoredCountries(basis: ScoreBasis): { country: string; unscored: number; reason: 'pillars' | 'data'; absent: string[]; bestCoverage: number }[] {
  return basis.countries
    .filter((c) => c.scored < c.units)
    .map((c) => ({
      country: c.country,
      unscored: c.units - c.scored,
      reason: c.absent.length > 0 && c.scored === 0 && basis.rule === 'strict' ? ('pillars' as const) : ('data' as const),
      absent: c.absent,
      bestCoverage: c.bestCoverage,
    }));
}

/**
 * Root-child ids as a short list: pillar numerals in a run of three or more joined with a dash
 * ("I–V", "I–III"), the rest with " + ", migration first: "migration + I–III + V". `name` gives a
 * non-numeral id's word (e.g. "migration" / "migración").
 */
export function pillarList(ids: readonly string[], name: (id: string) => string): string {
  const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
  const romans = ROMAN.filter((r) => ids.includes(r));
  const others = ids.filter((id) => !ROMAN.includes(id)).map(name);
  const parts: string[] = [];
  for (let k = 0; k < romans.length; ) {
    let end = k;
    while (end + 1 < romans.length && ROMAN.indexOf(romans[end + 1]) === ROMAN.indexOf(romans[end]) + 1) end++;
    if (end - k >= 2) parts.push(`${romans[k]}–${romans[end]}`);
    else for (let j = k; j <= end; j++) parts.push(romans[j]);
    k = end + 1;
  }
  return [...others, ...parts].join(' + ');
}
