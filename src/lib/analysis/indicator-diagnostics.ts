/**
 * Indicator diagnostics of the index (docs/METHODS.md §1.9), within each country (the indicators
 * are normalised within country, so their statistics are too), by the rules of UNHCR's A2SIT
 * indicator analysis and JRC COINr (`get_stats`, `get_corr_flags`, `get_cronbach`, `get_corr`):
 *
 * - availability: share of the country's units with a value (< 66%: warn; < 50%: dropping it is
 *   suggested); an indicator with no value in a country is "not published" there, nothing else;
 * - identical values: share of the present values equal to the most frequent one (≥ 50%: flagged);
 * - skew and kurtosis of the raw values and after the treatment, with what the treatment did
 *   (from `prepareLeaves`' reports); flagged when the treated column still has |skew| > 2 and
 *   kurtosis > 3.5 (COINr's rule and thresholds);
 * - Spearman's rho between every pair of indicators on the normalised, direction-applied values
 *   (pairwise complete): > 0.9 collinear (with which), < −0.4 within the same pillar negatively
 *   correlated (COINr `get_corr_flags`' two flag types, A2SIT's thresholds);
 * - Cronbach's alpha of each pillar's indicators (`get_cronbach`, pairwise complete covariances);
 * - Pearson's r of each indicator with its pillar's score and with the index score (`get_corr`).
 */
import type { IndexInput, IndexResult, TreatmentReport } from './composite-types.ts';
import type { PreparedLeaves } from './prepare-leaves.ts';
import { scopeMembers } from './prepare-leaves.ts';
import { pearson, spearman } from './correlation.ts';
import { cronbachAlpha } from './cronbach-alpha.ts';
import { kurtosis, skewness } from './skew-kurtosis.ts';

export interface DiagnosticThresholds {
  availabilityWarn: number;
  availabilityDrop: number;
  identical: number;
  collinear: number;
  negative: number;
  skew: number;
  kurtosis: number;
}

/** A2SIT's and COINr's defaults. */
export const DIAGNOSTIC_THRESHOLDS: DiagnosticThresholds = {
  availabilityWarn: 0.66,
  availabilityDrop: 0.5,
  identical: 0.5,
  collinear: 0.9,
  negative: -0.4,
  skew: 2,
  kurtosis: 3.5,
};

export type DiagnosticFlag = 'absent' | 'drop' | 'low_availability' | 'identical' | 'skewed' | 'collinear' | 'negative';

export interface IndicatorDiagnostic {
  indicator: string;
  pillar: string;
  scopeGroup: number;
  units: number;
  present: number;
  availability: number;
  identicalShare: number;
  skewRaw: number;
  kurtosisRaw: number;
  /** What the treatment did in this country (null when it has no value there). */
  treatment: Pick<TreatmentReport, 'method' | 'applied' | 'winsorised' | 'skewAfter' | 'kurtosisAfter'> | null;
  corrPillar: number;
  corrIndex: number;
  collinearWith: string[];
  negativeWith: string[];
  flags: DiagnosticFlag[];
}

export interface PillarDiagnostic {
  pillar: string;
  scopeGroup: number;
  /** Indicators of the pillar with a value in the country. */
  indicators: string[];
  alpha: number;
}

/** Spearman's rho between the indicators present in a country (row-major k × k). */
export interface CorrelationMatrix {
  scopeGroup: number;
  ids: string[];
  rho: Float64Array;
}

export interface IndicatorDiagnostics {
  thresholds: DiagnosticThresholds;
  indicators: IndicatorDiagnostic[];
  pillars: PillarDiagnostic[];
  matrices: CorrelationMatrix[];
}

/** Share of the finite values equal to the most frequent one (NaN with none). */
export function identicalShare(x: ArrayLike<number>): number {
  const counts = new Map<number, number>();
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (!Number.isFinite(v)) continue;
    n++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  if (n === 0) return NaN;
  let most = 0;
  for (const c of counts.values()) if (c > most) most = c;
  return most / n;
}

const pick = (col: ArrayLike<number>, units: Int32Array): Float64Array => Float64Array.from(units, (u) => col[u]);

/**
 * The diagnostics of the index `input` as computed (`prepared` its prepared leaves, `result` its
 * index), for every indicator in every scope group (country).
 */
export function indicatorDiagnostics(input: IndexInput, prepared: PreparedLeaves, result: Pick<IndexResult, 'score' | 'nodeScores'>, thresholds: DiagnosticThresholds = DIAGNOSTIC_THRESHOLDS): IndicatorDiagnostics {
  const t = thresholds;
  const indicators: IndicatorDiagnostic[] = [];
  const pillars: PillarDiagnostic[] = [];
  const matrices: CorrelationMatrix[] = [];
  for (const { group, units } of scopeMembers(input, 'country')) {
    const here: IndicatorDiagnostic[] = [];
    const norm: Float64Array[] = [];
    input.leaves.forEach((leaf, l) => {
      const raw = pick(leaf.values, units);
      let present = 0;
      for (const v of raw) if (Number.isFinite(v)) present++;
      const report = prepared.treatment.find((r) => r.indicator === leaf.id && (r.scopeGroup === group || r.scopeGroup === -1));
      const pillarScore = result.nodeScores.get(leaf.parent);
      const values = pick(prepared.values[l], units);
      const d: IndicatorDiagnostic = {
        indicator: leaf.id,
        pillar: leaf.parent,
        scopeGroup: group,
        units: units.length,
        present,
        availability: present / units.length,
        identicalShare: identicalShare(raw),
        skewRaw: skewness(raw),
        kurtosisRaw: kurtosis(raw),
        treatment: present && report ? { method: report.method, applied: report.applied, winsorised: report.winsorised, skewAfter: report.skewAfter, kurtosisAfter: report.kurtosisAfter } : null,
        corrPillar: pillarScore ? pearson(values, pick(pillarScore, units)) : NaN,
        corrIndex: pearson(values, pick(result.score, units)),
        collinearWith: [],
        negativeWith: [],
        flags: [],
      };
      indicators.push(d);
      if (present === 0) {
        d.flags.push('absent');
        return;
      }
      if (d.availability < t.availabilityDrop) d.flags.push('drop');
      else if (d.availability < t.availabilityWarn) d.flags.push('low_availability');
      if (d.identicalShare >= t.identical) d.flags.push('identical');
      const skewAfter = d.treatment ? d.treatment.skewAfter : d.skewRaw;
      const kurtAfter = d.treatment ? d.treatment.kurtosisAfter : d.kurtosisRaw;
      if (Math.abs(skewAfter) > t.skew && kurtAfter > t.kurtosis) d.flags.push('skewed');
      here.push(d);
      norm.push(values);
    });
    const k = here.length;
    const rho = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      rho[i * k + i] = 1;
      for (let j = i + 1; j < k; j++) rho[i * k + j] = rho[j * k + i] = spearman(norm[i], norm[j]);
    }
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        if (i === j) continue;
        const r = rho[i * k + j];
        if (r > t.collinear) here[i].collinearWith.push(here[j].indicator);
        if (r < t.negative && here[i].pillar === here[j].pillar) here[i].negativeWith.push(here[j].indicator);
      }
      if (here[i].collinearWith.length) here[i].flags.push('collinear');
      if (here[i].negativeWith.length) here[i].flags.push('negative');
    }
    matrices.push({ scopeGroup: group, ids: here.map((d) => d.indicator), rho });
    const byPillar = new Map<string, number[]>();
    here.forEach((d, i) => {
      let list = byPillar.get(d.pillar);
      if (!list) byPillar.set(d.pillar, (list = []));
      list.push(i);
    });
    for (const [pillar, list] of byPillar) {
      pillars.push({ pillar, scopeGroup: group, indicators: list.map((i) => here[i].indicator), alpha: list.length >= 2 ? cronbachAlpha(list.map((i) => norm[i])) : NaN });
    }
  }
  return { thresholds, indicators, pillars, matrices };
}
