/**
 * The content of a one-page municipio brief (issue 15 item 5), as numbers and ids: the index
 * score and rank within country with its uncertainty interval, the root groups' scores against the
 * country median, the indicators that drive the score up and down, what the score rests on, the
 * investments placed in the municipio, its hotspot class and the sources. The brief's components
 * put words on it; nothing here is text but names and citations from the data.
 *
 * Scores are normalised within country unless the spec says otherwise, so the brief compares a
 * municipio with its own country only (its median, its rank), never across a border.
 */
import type { Bilingual, CatalogEntry, CountryCode } from '../data/schema.ts';
import type { IndexInput, SensitivityResult } from '../analysis/composite-types.ts';
import type { CoverageInput, CoverageResult } from '../analysis/coverage-types.ts';
import type { IndexSpec } from '../data/index-spec.ts';
import type { RankResult } from '../data/rank-types.ts';
import type { ClusterKey } from '../analysis/statistic-module.ts';
import type { HotspotStatistic } from '../analysis/hotspots.ts';
import { clusterKey } from '../analysis/statistic-registry.ts';
import { medianInGroup, percentileInGroup } from '../analysis/standing-in-group.ts';
import { unitRowYears } from '../analysis/unit-row-years.ts';
import { evidenceIn } from '../data/evidence-table.ts';
import { rootWeights } from './root-weights.ts';
import { unitSeverity } from '../data/unit-severity.ts';

/** How many indicators the brief lists as pushing the score up, and as holding it down. */
export const BRIEF_DRIVERS = 3;

export interface BriefGroup {
  id: string;
  label: Bilingual;
  /** Share (0–1) of the index weight. */
  share: number;
  /** The group's score for the municipio and the median of its country's municipios (NaN: none). */
  score: number;
  countryMedian: number;
}

export interface BriefDriver {
  id: string;
  label: Bilingual;
  unit: Bilingual;
  /** The value as published (NaN never listed). */
  value: number;
  /** Year and level of the figure in this country. */
  year: string;
  level: 'municipio' | 'department';
  /** Share (0–1) of the country's municipios with less need on this indicator (mid-rank). */
  needPercentile: number;
}

export interface BriefInvestments {
  /** Distinct activities located in the municipio, and their donors. */
  activities: number;
  donors: number;
  /** USD located there (NaN: the rows give no amount). */
  amount: number;
  /** Earliest start and latest end of its rows (NaN: unknown). */
  first: number;
  last: number;
  /** The Investments view's filter was on: only the activities it shows are counted. */
  filtered: boolean;
}

export interface BriefHotspot {
  statistic: HotspotStatistic;
  key: ClusterKey;
  variable: Bilingual;
  alpha: number;
  permutations: number;
  seed: number;
}

export interface Brief {
  unit: number;
  id: string;
  name: string;
  department: string;
  country: CountryCode;
  specName: string;
  /** Indicators normalised by min–max 0–100 within each country: group scores read "0–100 within the country". */
  withinCountry0to100: boolean;
  /** The index's year, for an index of a year; null otherwise. */
  year: number | null;
  score: number;
  rankCountry: number;
  /** Severity class 1–5 of the score by the spec's rule (data/unit-severity.ts); 0 without score. */
  severity: number;
  /** Municipios of the country with a score. */
  scoredInCountry: number;
  /** The 5–95 % rank interval of the last uncertainty run, with its scope; null when not run. */
  interval: { p05: number; p95: number; median: number; scope: 'region' | 'country'; draws: number; seed: number } | null;
  groups: BriefGroup[];
  up: BriefDriver[];
  down: BriefDriver[];
  /** Shares (0–1) of the weight measured per municipio, by department figures, and missing. */
  rests: { municipio: number; department: number; missing: number } | null;
  /** Null: the investments are not placed yet (or failed); a country without data has `sourced` false. */
  investments: (BriefInvestments & { sourced: boolean }) | null;
  hotspot: BriefHotspot | null;
  /** Citations of the figures on the page, as PROVENANCE.md gives them, each once. */
  sources: string[];
}

export interface BriefInputs {
  spec: IndexSpec;
  input: IndexInput;
  result: RankResult;
  catalog: readonly CatalogEntry[];
  sensitivity: SensitivityResult | null;
  /** What each score rests on (score-basis.ts), aligned to the units; null before it is known. */
  evidence: { municipio: ArrayLike<number>; department: ArrayLike<number>; missing: ArrayLike<number> } | null;
  coverage: { input: CoverageInput; result: CoverageResult; sources: readonly string[]; filtered: boolean } | null;
  /** Citations of the municipio boundaries (the location inset), for the unit's country. */
  boundarySources: readonly string[];
  hotspot: { data: { statistic: HotspotStatistic; cluster: Uint8Array; alpha: number; permutations: number; seed: number }; entry: CatalogEntry } | null;
}

const finite = (x: number): boolean => Number.isFinite(x);

/** The brief of unit `unit` (an index into the result's units, the map's order). */
export function briefModel(b: BriefInputs, unit: number): Brief {
  const { spec, input, result } = b;
  const u = result.units[unit];
  const country = u.country as CountryCode;
  const scope = input.scopeGroup;
  let scored = 0;
  for (let i = 0; i < input.n; i++) if (scope[i] === scope[unit] && finite(result.index.score[i])) scored++;

  const groups: BriefGroup[] = rootWeights(spec).map((g) => {
    const col = result.index.nodeScores.get(g.id);
    return {
      id: g.id,
      label: g.label,
      share: g.share,
      score: col ? col[unit] : NaN,
      countryMedian: col ? medianInGroup(col, scope, scope[unit]) : NaN,
    };
  });

  const entryOf = (id: string, column?: string): CatalogEntry | undefined =>
    b.catalog.find((e) => e.id === (column ?? id)) ?? b.catalog.find((e) => e.id === id);
  const drivers: BriefDriver[] = [];
  const used = new Set<string>();
  for (const ind of spec.indicators) {
    if (ind.enabled === false) continue;
    const entry = entryOf(ind.id, ind.column);
    const leaf = input.leaves.find((l) => l.id === ind.id);
    const norm = result.index.nodeScores.get(ind.id);
    if (!entry || !leaf || !norm) continue;
    const ev = evidenceIn(entry, country);
    if (ev.level !== 'none' && ev.source) used.add(ev.source);
    const value = leaf.values[unit];
    const needPercentile = percentileInGroup(norm, scope, unit);
    if (!finite(value) || !finite(needPercentile)) continue;
    drivers.push({ id: ind.id, label: entry.label, unit: entry.unit, value, year: ev.year, level: ev.level === 'department' ? 'department' : 'municipio', needPercentile });
  }
  const byNeed = [...drivers].sort((a, c) => c.needPercentile - a.needPercentile || a.id.localeCompare(c.id));
  const up = byNeed.slice(0, Math.min(BRIEF_DRIVERS, Math.ceil(byNeed.length / 2)));
  const down = byNeed.slice(up.length).reverse().slice(0, BRIEF_DRIVERS);

  const s = b.sensitivity;
  const interval =
    s && s.p05.length === input.n && finite(s.p05[unit])
      ? { p05: s.p05[unit], p95: s.p95[unit], median: s.medianRank[unit], scope: s.rankScope, draws: s.draws, seed: s.seed }
      : null;

  let investments: Brief['investments'] = null;
  if (b.coverage && b.coverage.result.activities.length === input.n) {
    const r = b.coverage.result;
    investments = {
      sourced: r.sourced[unit] === 1,
      activities: r.activities[unit],
      donors: r.donors[unit],
      amount: r.amount[unit],
      filtered: b.coverage.filtered,
      ...unitRowYears(b.coverage.input, unit),
    };
    if (investments.sourced) for (const c of b.coverage.sources) used.add(c);
  }

  let hotspot: BriefHotspot | null = null;
  if (b.hotspot && b.hotspot.data.cluster.length === input.n) {
    const d = b.hotspot.data;
    hotspot = { statistic: d.statistic, key: clusterKey(d.statistic, d.cluster[unit]), variable: b.hotspot.entry.label, alpha: d.alpha, permutations: d.permutations, seed: d.seed };
    const ev = evidenceIn(b.hotspot.entry, country);
    if (ev.source) used.add(ev.source);
  }

  for (const c of b.boundarySources) used.add(c);
  const e = b.evidence;
  return {
    unit,
    id: u.unit_id,
    name: u.name,
    department: u.department,
    country,
    specName: spec.name,
    withinCountry0to100: spec.normalisation.method === 'minmax' && spec.normalisation.scope === 'country' && spec.normalisation.range[0] === 0 && spec.normalisation.range[1] === 100,
    year: result.time?.year ?? null,
    score: result.index.score[unit],
    rankCountry: result.index.rankCountry[unit],
    severity: unitSeverity(result, spec).classes[unit],
    scoredInCountry: scored,
    interval,
    groups,
    up,
    down,
    rests: e ? { municipio: e.municipio[unit], department: e.department[unit], missing: e.missing[unit] } : null,
    investments,
    hotspot,
    sources: [...used].sort((a, c) => a.localeCompare(c)),
  };
}
