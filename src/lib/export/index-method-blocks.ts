/**
 * The priority list's method in words for its Method sheet: normalisation,
 * treatment, aggregation, the missing-data and missing-pillar rules, top N, ranks, the sensitivity
 * run and its seed; the pillar weights; and every indicator with its label, weight in its pillar
 * and in the index (as percentages of the nominal weights), direction, unit and treatment.
 */
import { appliedSeverityRule, severityCutsOf } from '../data/unit-severity.ts';
import type { IndexSpec, IndicatorTreatment, SpecIndicator } from '../data/index-spec.ts';
import type { RankTime } from '../data/rank-types.ts';
import type { CatalogEntry } from '../data/schema.ts';
import type { MethodBlock, MethodCell, SheetText } from './method-sheet.ts';

/** The sensitivity run that goes with the list (absent: not run). */
export interface SensitivityRun {
  draws: number;
  seed: number;
}

const pct = (x: number): MethodCell => ({ value: x, type: 'percent' });

/** Each enabled indicator's share of the index's nominal weight: its weight among its enabled siblings × its group's, up to the root. */
export function nominalIndexWeights(spec: IndexSpec): Map<string, { inGroup: number; inIndex: number }> {
  const on = spec.indicators.filter((i) => i.enabled !== false);
  const groups = new Map(spec.groups.map((g) => [g.id, g]));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const groupShare = (id: string): number => {
    const g = groups.get(id);
    if (!g || g.parent === null) return 1;
    const total = sum(spec.groups.filter((x) => x.parent === g.parent).map((x) => x.weight));
    return (total > 0 ? g.weight / total : 0) * groupShare(g.parent);
  };
  const out = new Map<string, { inGroup: number; inIndex: number }>();
  for (const i of on) {
    const total = sum(on.filter((x) => x.parent === i.parent).map((x) => x.weight));
    const inGroup = total > 0 ? i.weight / total : 0;
    out.set(i.id, { inGroup, inIndex: inGroup * groupShare(i.parent) });
  }
  return out;
}

/** A treatment in words; its thresholds where it has a rule (an indicator's own omitted ones are the spec's). */
function treatmentText(text: SheetText, t: IndicatorTreatment, base: IndexSpec['treatment']): string {
  const s = text.sheets;
  const name = s.treatments[t.method] ?? t.method;
  const rule = t.method === 'coinr' || t.method === 'coinr_plus';
  return rule ? `${name}: ${s.treatmentRule(t.winmax ?? base.winmax, t.skew ?? base.skew, t.kurtosis ?? base.kurtosis)}` : name;
}

/** An indicator's own treatment when the spec gives one (per-indicator treatment), else ''. */
function ownTreatment(text: SheetText, i: SpecIndicator, base: IndexSpec['treatment']): string {
  return i.treatment ? treatmentText(text, i.treatment, base) : '';
}

/**
 * The blocks: method in words, pillar weights, indicators. For the index of a year (`time`, the
 * result's), a Year row says the year and the fixed goalposts' years, and the indicators get the
 * year each one's values come from (a yearly indicator's year, else its single value and the
 * catalog's reference year).
 */
/** The spec's severity rule as the Method sheets state it (the rule applied: fixed cut-offs on z-scores become natural breaks). */
export function severitySheetText(spec: IndexSpec, s: SheetText['sheets']): string {
  const n = spec.normalisation;
  return appliedSeverityRule(spec) === 'fixed' ? s.severityFixed(n.range[0], n.range[1], ...severityCutsOf(spec), n.scope === 'country') : s.severityBreaks;
}

export function indexMethodBlocks(text: SheetText, spec: IndexSpec, catalog: readonly CatalogEntry[], sensitivity: SensitivityRun | null, time: RankTime | null = null): MethodBlock[] {
  const s = text.sheets;
  const lang = text.lang;
  const n = spec.normalisation;
  const norm = n.method === 'minmax' ? s.normMethods.minmax(n.range[0], n.range[1]) : s.normMethods[n.method];
  const rule = spec.pillarRule;
  const settings: MethodCell[][] = [
    [s.indexName, spec.name],
    ...(time ? [[s.indexYear, s.indexYearText(String(time.year), time.years.join(', '))] as MethodCell[]] : []),
    [s.normalisation, `${norm}, ${s.normScope[n.scope]}`],
    [s.treatment, treatmentText(text, spec.treatment, spec.treatment)],
    [s.aggregation, s.aggregations[spec.aggregation]],
    [s.missingRule, s.missingRuleText(Math.round(spec.minWeightShare * 100))],
    ...(rule ? [[s.pillarRule, s.pillarRules[rule]] as MethodCell[]] : []),
    [s.topN, s.topNText(spec.topN, spec.topNScope)],
    [s.ranks, s.ranksText(n.scope)],
    [s.severity, severitySheetText(spec, s)],
    [s.sensitivity, time ? s.sensitivityNotForYear : sensitivity ? s.sensitivityText(sensitivity.draws, Math.round(spec.sensitivity.weightJitter * 100), String(sensitivity.seed)) : s.sensitivityNotRun(String(spec.sensitivity.seed))],
  ];
  const root = spec.groups.find((g) => g.parent === null);
  const top = spec.groups.filter((g) => root && g.parent === root.id);
  const topTotal = top.reduce((a, g) => a + g.weight, 0);
  const groupLabel = (id: string) => spec.groups.find((g) => g.id === id)?.label?.[lang] ?? id;
  const weights = nominalIndexWeights(spec);
  const entries = new Map(catalog.map((e) => [e.id, e]));
  const withTreatment = spec.indicators.some((i) => i.enabled !== false && i.treatment !== undefined);
  const k = time ? time.years.indexOf(time.year) : -1;
  const valueYear = (id: string, e: CatalogEntry | undefined): MethodCell[] => {
    if (!time) return [];
    const ys = time.valueYears.get(id);
    if (ys) return [ys[k] === null ? s.noValueYet : String(ys[k])];
    return [s.singleValue(e?.year ?? '?')];
  };
  return [
    { title: s.methodSection, rows: settings },
    { title: s.groupsTitle, header: [s.group, s.weight], rows: top.map((g) => [groupLabel(g.id), pct(topTotal > 0 ? g.weight / topTotal : 0)]) },
    {
      title: s.indicatorsTitle,
      header: [s.group, s.indicator, s.indicatorId, s.weightInGroup, s.weightInIndex, s.direction, s.unit, ...(withTreatment ? [s.indicatorTreatment] : []), ...(time ? [s.valueYear] : [])],
      rows: spec.indicators
        .filter((i) => i.enabled !== false)
        .map((i): MethodCell[] => {
          const e = entries.get(i.column ?? i.id) ?? entries.get(i.id);
          const w = weights.get(i.id)!;
          return [
            groupLabel(i.parent),
            e ? e.label[lang] || e.label.en : i.id,
            i.id,
            pct(w.inGroup),
            pct(w.inIndex),
            i.direction === 1 ? s.directionMore : s.directionLess,
            e ? e.unit[lang] || e.unit.en : '',
            ...(withTreatment ? [ownTreatment(text, i, spec.treatment) || treatmentText(text, spec.treatment, spec.treatment)] : []),
            ...valueYear(i.id, e),
          ];
        }),
    },
  ];
}
