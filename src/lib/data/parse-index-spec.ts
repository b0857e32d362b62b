/**
 * Validation of an index spec read from JSON (a file the user wrote, exported or edited). The same
 * rules are written as a JSON Schema in `docs/index-spec.schema.json`; a test keeps the two in
 * agreement. Checks the schema cannot express (unique ids, parents that exist, one root, no cycles,
 * a range whose ends differ) are made here only.
 */
import { DEFAULT_SEVERITY_RULE, SEVERITY_RULES, validCuts } from '../analysis/severity-classes.ts';
import {
  AGGREGATIONS,
  NORM_METHODS,
  NORM_SCOPES,
  PILLAR_RULES,
  TREATMENT_METHODS,
  type Aggregation,
  type NormMethod,
  type PillarRule,
  type TreatmentMethod,
} from '../analysis/composite-types.ts';
import {
  SPEC_VERSION,
  TOP_N_SCOPES,
  VALUE_FORMATS,
  type IndexSpec,
  type IndicatorTreatment,
  type SensitivitySettings,
  type SpecData,
  type SpecGroup,
  type SpecIndicator,
} from './index-spec.ts';
import { Fields, isObj, issueText, type Issue, type NumberRule, type StringRule } from './validate.ts';

/** A field that must be present and not empty. */
const REQUIRED: StringRule = { required: true };

/**
 * A spec that failed validation; `issues` lists every problem in English, each naming its field,
 * and `details` the same problems as {@link Issue}s, to word them in the interface language.
 */
export class IndexSpecError extends Error {
  readonly issues: string[];
  readonly details: Issue[];
  constructor(details: Issue[]) {
    const issues = details.map((d) => issueText(d));
    super(`invalid index spec: ${issues.join('; ')}`);
    this.name = 'IndexSpecError';
    this.issues = issues;
    this.details = details;
  }
}

/** Defaults filled in by {@link parseIndexSpec} for omitted fields (COINr's qTreat defaults for the treatment). */
export const SPEC_DEFAULTS = {
  name: 'index',
  treatment: { method: 'coinr' as TreatmentMethod, winmax: 5, skew: 2, kurtosis: 3.5 },
  normalisation: { method: 'minmax' as NormMethod, range: [0, 100] as [number, number], scope: 'country' as const },
  aggregation: 'arithmetic' as Aggregation,
  minWeightShare: 0.5,
  pillarRule: 'available' as PillarRule,
  topN: 50,
  topNScope: 'region' as const,
  sensitivity: {
    draws: 1000,
    seed: 1,
    weightJitter: 0.5,
    varyNormalisation: true,
    varyTreatment: true,
    robustThreshold: 0.9,
  } satisfies SensitivitySettings,
  longIndicator: 'indicator_id',
  longValue: 'value',
};

const NON_NEGATIVE: NumberRule = { min: 0 };

/** A calendar year of the data (`year`, `compareYear`). */
const YEAR: NumberRule = { integer: true, min: 1900, max: 2100 };

/** The thresholds of a treatment and their rules (spec-wide and per indicator alike). */
const THRESHOLDS: readonly (readonly ['winmax' | 'skew' | 'kurtosis', NumberRule])[] = [
  ['winmax', { integer: true, min: 0 }],
  ['skew', { min: 0, minOpen: true }],
  ['kurtosis', { min: 0, minOpen: true }],
];

/** The spec-wide thresholds, defaults filled in. */
function readThresholds(t: Fields, fallback: Record<(typeof THRESHOLDS)[number][0], number>) {
  const [winmax, skew, kurtosis] = THRESHOLDS.map(([k, rule]) => t.number(k, rule, fallback[k]));
  return { winmax, skew, kurtosis };
}

/**
 * An indicator's own treatment: the method required, thresholds only where given (the others are
 * the spec-wide ones, as COINr merges `indiv_specs` into `global_specs`). Undefined when invalid.
 */
function readIndicatorTreatment(r: Fields): IndicatorTreatment | undefined {
  const t = r.object('treatment', false);
  if (!t) return undefined;
  const before = r.issues.length;
  t.only(['method', 'winmax', 'skew', 'kurtosis']);
  const method = t.oneOf('method', TREATMENT_METHODS);
  if (method === undefined) return undefined;
  const out: IndicatorTreatment = { method };
  for (const [k, rule] of THRESHOLDS) {
    if (t.obj[k] === undefined) continue;
    const v = t.number(k, rule);
    if (v !== undefined) out[k] = v;
  }
  return r.issues.length === before ? out : undefined;
}

function readData(r: Fields): SpecData | undefined {
  r.only(['units', 'values', 'years']);
  const u = r.object('units', true);
  const v = r.object('values', true);
  if (!u || !v) return undefined;
  u.only(['file', 'key', 'name', 'country', 'department']);
  v.only(['file', 'format', 'key', 'indicator', 'value']);
  const units: SpecData['units'] = { file: u.string('file', REQUIRED) ?? '', key: u.string('key', REQUIRED) ?? '' };
  for (const k of ['name', 'country', 'department'] as const) {
    const col = u.string(k);
    if (col !== undefined) units[k] = col;
  }
  const format = v.oneOf('format', VALUE_FORMATS);
  const values: SpecData['values'] = {
    file: v.string('file', REQUIRED) ?? '',
    format: format ?? 'long',
    key: v.string('key', REQUIRED) ?? '',
  };
  const indicator = v.string('indicator');
  const value = v.string('value');
  if (format === 'long') {
    values.indicator = indicator ?? SPEC_DEFAULTS.longIndicator;
    values.value = value ?? SPEC_DEFAULTS.longValue;
  } else if (format === 'wide') {
    if (indicator !== undefined) v.rule('indicator', 'is for the long format only');
    if (value !== undefined) v.rule('value', 'is for the long format only');
  }
  const y = r.obj.years === undefined ? undefined : r.object('years', false);
  y?.only(['file']);
  const yearsFile = y?.string('file', REQUIRED);
  return yearsFile === undefined ? { units, values } : { units, values, years: { file: yearsFile } };
}

function readIndicator(issues: Issue[], raw: unknown, path: string): SpecIndicator | undefined {
  if (!isObj(raw)) {
    issues.push({ kind: 'type', path, expected: 'object' });
    return undefined;
  }
  const r = new Fields(issues, raw, path);
  r.only(['id', 'column', 'direction', 'weight', 'parent', 'enabled', 'treatment']);
  const id = r.string('id', REQUIRED);
  const column = r.string('column');
  const dir = raw.direction;
  let direction: 1 | -1 | undefined;
  if (dir === undefined) r.add({ kind: 'required', path: r.at('direction') });
  else if (dir !== 1 && dir !== -1) r.rule('direction', 'must be 1 or -1');
  else direction = dir;
  const weight = r.number('weight', NON_NEGATIVE);
  const parent = r.string('parent', REQUIRED);
  const enabled = r.boolean('enabled', true);
  const treatment = raw.treatment === undefined ? undefined : readIndicatorTreatment(r);
  if (raw.treatment !== undefined && treatment === undefined) return undefined;
  if (id === undefined || direction === undefined || weight === undefined || parent === undefined) return undefined;
  if (enabled === undefined) return undefined;
  const out: SpecIndicator = { id, direction, weight, parent, enabled };
  if (column !== undefined) out.column = column;
  if (treatment !== undefined) out.treatment = treatment;
  return out;
}

function readGroup(issues: Issue[], raw: unknown, path: string): SpecGroup | undefined {
  if (!isObj(raw)) {
    issues.push({ kind: 'type', path, expected: 'object' });
    return undefined;
  }
  const r = new Fields(issues, raw, path);
  r.only(['id', 'parent', 'weight', 'label']);
  const id = r.string('id', REQUIRED);
  let parent: string | null | undefined;
  if (raw.parent === null) parent = null;
  else if (raw.parent === undefined) r.add({ kind: 'required', path: r.at('parent'), hint: 'null-for-root' });
  else parent = r.string('parent', REQUIRED);
  const weight = r.number('weight', NON_NEGATIVE);
  let label: SpecGroup['label'];
  if (raw.label !== undefined) {
    const l = r.object('label', false);
    if (l) {
      l.only(['en', 'es']);
      const en = l.string('en', { required: true, nonEmpty: false });
      const es = l.string('es', { required: true, nonEmpty: false });
      if (en !== undefined && es !== undefined) label = { en, es };
    }
  }
  if (id === undefined || parent === undefined || weight === undefined) return undefined;
  const out: SpecGroup = { id, parent, weight };
  if (label) out.label = label;
  return out;
}

/** Checks ids, parents, the single root and acyclicity of the tree. */
function checkTree(issues: Issue[], indicators: SpecIndicator[], groups: SpecGroup[]): void {
  const push = (path: string, text: string) => issues.push({ kind: 'rule', path, text });
  const groupIds = new Map<string, number>();
  groups.forEach((g, i) => {
    if (groupIds.has(g.id)) push(`groups[${i}].id`, `"${g.id}" is used twice`);
    groupIds.set(g.id, i);
  });
  const leafIds = new Set<string>();
  indicators.forEach((ind, i) => {
    if (leafIds.has(ind.id)) push(`indicators[${i}].id`, `"${ind.id}" is used twice`);
    if (groupIds.has(ind.id)) push(`indicators[${i}].id`, `"${ind.id}" is also a group id`);
    leafIds.add(ind.id);
    if (!groupIds.has(ind.parent)) push(`indicators[${i}].parent`, `"${ind.parent}" is not a group id`);
  });
  const roots = groups.filter((g) => g.parent === null);
  if (roots.length !== 1) {
    push('groups', `must have exactly one root (parent null), found ${roots.length}`);
  }
  groups.forEach((g, i) => {
    if (g.parent !== null && !groupIds.has(g.parent)) push(`groups[${i}].parent`, `"${g.parent}" is not a group id`);
  });
  // A walk up from each group must reach the root within groups.length steps, else there is a cycle.
  groups.forEach((g, i) => {
    let cur: SpecGroup | undefined = g;
    for (let steps = 0; cur && cur.parent !== null; steps++) {
      if (steps > groups.length) {
        push(`groups[${i}]`, `"${g.id}" is in a cycle of parents`);
        return;
      }
      const next = groupIds.get(cur.parent);
      cur = next === undefined ? undefined : groups[next];
    }
  });
}

/**
 * Validates a parsed JSON value as an {@link IndexSpec} and fills defaults: treatment `coinr`
 * (winmax 5, |skew| > 2, kurtosis > 3.5), normalisation min–max to [0, 100] within each country,
 * arithmetic aggregation, minWeightShare 0.5, pillarRule `available`, top 50 region-wide, sensitivity 1,000 draws, seed 1,
 * weight jitter 0.5, both variations on, robust threshold 0.9; indicators enabled, with the
 * spec-wide treatment unless they carry their own (`treatment.method`, thresholds optional); long-format
 * columns `indicator_id` and `value`. An optional top-level `provenance` object (written by the
 * export beside a priority list) is accepted and left out of the result.
 *
 * @throws {IndexSpecError} listing every problem, each naming its field, e.g.
 *   `indicators[3].direction must be 1 or -1`.
 */
export function parseIndexSpec(json: unknown): IndexSpec {
  if (!isObj(json)) throw new IndexSpecError([{ kind: 'rule', path: 'the spec', text: 'must be a JSON object' }]);
  const issues: Issue[] = [];
  const r = new Fields(issues, json, '');
  r.only([
    'focal_spec',
    'name',
    'data',
    'indicators',
    'groups',
    'treatment',
    'normalisation',
    'aggregation',
    'minWeightShare',
    'pillarRule',
    'topN',
    'topNScope',
    'sensitivity',
    'year',
    'compareYear',
    'severity',
    'severityCuts',
    'provenance',
  ]);
  if (json.focal_spec === undefined) r.add({ kind: 'required', path: 'focal_spec' });
  else if (json.focal_spec !== SPEC_VERSION) r.rule('focal_spec', `must be ${SPEC_VERSION}`);
  if (json.provenance !== undefined) r.object('provenance', false);

  const name = r.string('name', { nonEmpty: false }) ?? SPEC_DEFAULTS.name;
  const dataReader = r.object('data', true);
  const data = dataReader ? readData(dataReader) : undefined;

  const indicators: SpecIndicator[] = [];
  const rawIndicators = r.array('indicators');
  if (rawIndicators) {
    if (rawIndicators.length === 0) r.add({ kind: 'empty', path: 'indicators' });
    rawIndicators.forEach((x, i) => {
      const ind = readIndicator(issues, x, `indicators[${i}]`);
      if (ind) indicators.push(ind);
    });
  }
  const groups: SpecGroup[] = [];
  const rawGroups = r.array('groups');
  if (rawGroups) {
    if (rawGroups.length === 0) r.add({ kind: 'empty', path: 'groups' });
    rawGroups.forEach((x, i) => {
      const g = readGroup(issues, x, `groups[${i}]`);
      if (g) groups.push(g);
    });
  }
  if (rawIndicators && rawGroups && indicators.length === rawIndicators.length && groups.length === rawGroups.length) {
    checkTree(issues, indicators, groups);
  }
  if (indicators.length > 0 && !indicators.some((ind) => ind.enabled)) r.rule('indicators', 'must include an enabled indicator');

  const d = SPEC_DEFAULTS;
  const t = r.object('treatment', false);
  t?.only(['method', 'winmax', 'skew', 'kurtosis']);
  const treatment = t && {
    method: t.oneOf('method', TREATMENT_METHODS, d.treatment.method),
    ...readThresholds(t, d.treatment),
  };

  const nr = r.object('normalisation', false);
  nr?.only(['method', 'range', 'scope']);
  let range: [number, number] | undefined = [...d.normalisation.range];
  if (nr && nr.obj.range !== undefined) {
    const v = nr.obj.range;
    if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      nr.rule('range', 'must be two numbers [low, high]');
      range = undefined;
    } else if (!(v[0] < v[1])) {
      nr.rule('range', 'must have low < high');
      range = undefined;
    } else range = [v[0], v[1]];
  }
  const normalisation = nr && {
    method: nr.oneOf('method', NORM_METHODS, d.normalisation.method),
    range,
    scope: nr.oneOf('scope', NORM_SCOPES, d.normalisation.scope),
  };

  const aggregation = r.oneOf('aggregation', AGGREGATIONS, d.aggregation);
  const minWeightShare = r.number('minWeightShare', { min: 0, max: 1 }, d.minWeightShare);
  const pillarRule = r.oneOf('pillarRule', PILLAR_RULES, d.pillarRule);
  const topN = r.number('topN', { integer: true, min: 1 }, d.topN);
  const topNScope = r.oneOf('topNScope', TOP_N_SCOPES, d.topNScope);

  const s = r.object('sensitivity', false);
  s?.only(['draws', 'seed', 'weightJitter', 'varyNormalisation', 'varyTreatment', 'robustThreshold']);
  const ds = d.sensitivity;
  const sensitivity = s && {
    draws: s.number('draws', { integer: true, min: 1 }, ds.draws),
    seed: s.number('seed', { integer: true, min: 0, max: 0xffffffff }, ds.seed),
    weightJitter: s.number('weightJitter', { min: 0, max: 1, maxOpen: true }, ds.weightJitter),
    varyNormalisation: s.boolean('varyNormalisation', ds.varyNormalisation),
    varyTreatment: s.boolean('varyTreatment', ds.varyTreatment),
    robustThreshold: s.number('robustThreshold', { min: 0, minOpen: true, max: 1 }, ds.robustThreshold),
  };

  const year = json.year === undefined ? undefined : r.number('year', YEAR);
  const compareYear = json.compareYear === undefined ? undefined : r.number('compareYear', YEAR);
  if (compareYear !== undefined && json.year === undefined) r.rule('compareYear', 'needs a year to compare with');
  else if (compareYear !== undefined && compareYear === year) r.rule('compareYear', 'must differ from year');

  const severity = json.severity === undefined ? undefined : r.oneOf('severity', SEVERITY_RULES, DEFAULT_SEVERITY_RULE);
  let severityCuts: [number, number, number, number] | undefined;
  if (json.severityCuts !== undefined) {
    const v = json.severityCuts;
    if (!Array.isArray(v) || !validCuts(v as number[])) r.rule('severityCuts', 'must be four ascending numbers between 0 and 100');
    else severityCuts = [v[0], v[1], v[2], v[3]] as [number, number, number, number];
  }

  if (issues.length > 0) throw new IndexSpecError(issues);
  // Every field below was checked above: an undefined one would have left an issue.
  return {
    focal_spec: SPEC_VERSION,
    name,
    data: data!,
    indicators,
    groups,
    treatment: treatment as IndexSpec['treatment'],
    normalisation: normalisation as IndexSpec['normalisation'],
    aggregation: aggregation!,
    minWeightShare: minWeightShare!,
    pillarRule: pillarRule!,
    topN: topN!,
    topNScope: topNScope!,
    sensitivity: sensitivity as SensitivitySettings,
    ...(year === undefined ? {} : { year }),
    ...(compareYear === undefined ? {} : { compareYear }),
    ...(severity === undefined ? {} : { severity }),
    ...(severityCuts === undefined ? {} : { severityCuts }),
  };
}
