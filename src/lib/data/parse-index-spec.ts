/**
 * Validation of an index spec read from JSON (a file the user wrote, exported or edited). The same
 * rules are written as a JSON Schema in `docs/index-spec.schema.json`; a test keeps the two in
 * agreement. Checks the schema cannot express (unique ids, parents that exist, one root, no cycles,
 * a range whose ends differ) are made here only.
 */
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

/** A spec that failed validation; `issues` lists every problem, each naming its field. */
export class IndexSpecError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`invalid index spec: ${issues.join('; ')}`);
    this.name = 'IndexSpecError';
    this.issues = issues;
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

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads fields of one JSON object, recording an issue (with the field's path) for each bad one. */
class Reader {
  constructor(
    readonly issues: string[],
    readonly obj: Obj,
    readonly path: string,
  ) {}

  at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /** Reports fields other than `known` (typos would otherwise be ignored silently). */
  only(known: readonly string[]): void {
    for (const k of Object.keys(this.obj)) {
      if (!known.includes(k)) this.issues.push(`${this.at(k)} is not a known field`);
    }
  }

  private fail(key: string, what: string): undefined {
    this.issues.push(`${this.at(key)} ${what}`);
    return undefined;
  }

  string(key: string, required: boolean, nonEmpty = true): string | undefined {
    const v = this.obj[key];
    if (v === undefined) return required ? this.fail(key, 'is required') : undefined;
    if (typeof v !== 'string') return this.fail(key, 'must be a string');
    if (nonEmpty && v.length === 0) return this.fail(key, 'must not be empty');
    return v;
  }

  number(key: string, fallback: number | undefined, check: (x: number) => boolean, rule: string): number | undefined {
    const v = this.obj[key];
    if (v === undefined) return fallback === undefined ? this.fail(key, 'is required') : fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) return this.fail(key, `must be ${rule}`);
    return v;
  }

  boolean(key: string, fallback: boolean): boolean | undefined {
    const v = this.obj[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') return this.fail(key, 'must be true or false');
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[], fallback: T | undefined): T | undefined {
    const v = this.obj[key];
    if (v === undefined) return fallback === undefined ? this.fail(key, 'is required') : fallback;
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      return this.fail(key, `must be one of ${values.join(', ')}`);
    }
    return v as T;
  }

  /** A nested object; `undefined` when absent and optional (the caller fills defaults). */
  object(key: string, required: boolean): Reader | undefined {
    const v = this.obj[key];
    if (v === undefined) return required ? this.fail(key, 'is required') : new Reader(this.issues, {}, this.at(key));
    if (!isObj(v)) return this.fail(key, 'must be an object');
    return new Reader(this.issues, v, this.at(key));
  }

  array(key: string): unknown[] | undefined {
    const v = this.obj[key];
    if (v === undefined) return this.fail(key, 'is required');
    if (!Array.isArray(v)) return this.fail(key, 'must be an array');
    return v;
  }
}

const nonNegative = (x: number) => x >= 0;
const isInteger = (x: number) => Number.isInteger(x);

/** The thresholds of a treatment and their rules (spec-wide and per indicator alike). */
const THRESHOLDS = [
  ['winmax', (x: number) => isInteger(x) && x >= 0, 'an integer ≥ 0'],
  ['skew', (x: number) => x > 0, 'a number > 0'],
  ['kurtosis', (x: number) => x > 0, 'a number > 0'],
] as const;

/** The spec-wide thresholds, defaults filled in. */
function readThresholds(t: Reader, fallback: Record<(typeof THRESHOLDS)[number][0], number>) {
  const [winmax, skew, kurtosis] = THRESHOLDS.map(([k, check, rule]) => t.number(k, fallback[k], check, rule));
  return { winmax, skew, kurtosis };
}

/**
 * An indicator's own treatment: the method required, thresholds only where given (the others are
 * the spec-wide ones, as COINr merges `indiv_specs` into `global_specs`). Undefined when invalid.
 */
function readIndicatorTreatment(r: Reader): IndicatorTreatment | undefined {
  const t = r.object('treatment', false);
  if (!t) return undefined;
  const before = r.issues.length;
  t.only(['method', 'winmax', 'skew', 'kurtosis']);
  const method = t.oneOf('method', TREATMENT_METHODS, undefined);
  if (method === undefined) return undefined;
  const out: IndicatorTreatment = { method };
  for (const [k, check, rule] of THRESHOLDS) {
    if (t.obj[k] === undefined) continue;
    const v = t.number(k, undefined, check, rule);
    if (v !== undefined) out[k] = v;
  }
  return r.issues.length === before ? out : undefined;
}

function readData(r: Reader): SpecData | undefined {
  r.only(['units', 'values']);
  const u = r.object('units', true);
  const v = r.object('values', true);
  if (!u || !v) return undefined;
  u.only(['file', 'key', 'name', 'country', 'department']);
  v.only(['file', 'format', 'key', 'indicator', 'value']);
  const units: SpecData['units'] = { file: u.string('file', true) ?? '', key: u.string('key', true) ?? '' };
  for (const k of ['name', 'country', 'department'] as const) {
    const col = u.string(k, false);
    if (col !== undefined) units[k] = col;
  }
  const format = v.oneOf('format', VALUE_FORMATS, undefined);
  const values: SpecData['values'] = {
    file: v.string('file', true) ?? '',
    format: format ?? 'long',
    key: v.string('key', true) ?? '',
  };
  const indicator = v.string('indicator', false);
  const value = v.string('value', false);
  if (format === 'long') {
    values.indicator = indicator ?? SPEC_DEFAULTS.longIndicator;
    values.value = value ?? SPEC_DEFAULTS.longValue;
  } else if (format === 'wide') {
    if (indicator !== undefined) r.issues.push(`${v.at('indicator')} is for the long format only`);
    if (value !== undefined) r.issues.push(`${v.at('value')} is for the long format only`);
  }
  return { units, values };
}

function readIndicator(issues: string[], raw: unknown, path: string): SpecIndicator | undefined {
  if (!isObj(raw)) {
    issues.push(`${path} must be an object`);
    return undefined;
  }
  const r = new Reader(issues, raw, path);
  r.only(['id', 'column', 'direction', 'weight', 'parent', 'enabled', 'treatment']);
  const id = r.string('id', true);
  const column = r.string('column', false);
  const dir = raw.direction;
  let direction: 1 | -1 | undefined;
  if (dir === undefined) issues.push(`${path}.direction is required`);
  else if (dir !== 1 && dir !== -1) issues.push(`${path}.direction must be 1 or -1`);
  else direction = dir;
  const weight = r.number('weight', undefined, nonNegative, 'a number ≥ 0');
  const parent = r.string('parent', true);
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

function readGroup(issues: string[], raw: unknown, path: string): SpecGroup | undefined {
  if (!isObj(raw)) {
    issues.push(`${path} must be an object`);
    return undefined;
  }
  const r = new Reader(issues, raw, path);
  r.only(['id', 'parent', 'weight', 'label']);
  const id = r.string('id', true);
  let parent: string | null | undefined;
  if (raw.parent === null) parent = null;
  else if (raw.parent === undefined) issues.push(`${path}.parent is required (null for the root)`);
  else parent = r.string('parent', true);
  const weight = r.number('weight', undefined, nonNegative, 'a number ≥ 0');
  let label: SpecGroup['label'];
  if (raw.label !== undefined) {
    const l = r.object('label', false);
    if (l) {
      l.only(['en', 'es']);
      const en = l.string('en', true, false);
      const es = l.string('es', true, false);
      if (en !== undefined && es !== undefined) label = { en, es };
    }
  }
  if (id === undefined || parent === undefined || weight === undefined) return undefined;
  const out: SpecGroup = { id, parent, weight };
  if (label) out.label = label;
  return out;
}

/** Checks ids, parents, the single root and acyclicity of the tree. */
function checkTree(issues: string[], indicators: SpecIndicator[], groups: SpecGroup[]): void {
  const groupIds = new Map<string, number>();
  groups.forEach((g, i) => {
    if (groupIds.has(g.id)) issues.push(`groups[${i}].id "${g.id}" is used twice`);
    groupIds.set(g.id, i);
  });
  const leafIds = new Set<string>();
  indicators.forEach((ind, i) => {
    if (leafIds.has(ind.id)) issues.push(`indicators[${i}].id "${ind.id}" is used twice`);
    if (groupIds.has(ind.id)) issues.push(`indicators[${i}].id "${ind.id}" is also a group id`);
    leafIds.add(ind.id);
    if (!groupIds.has(ind.parent)) issues.push(`indicators[${i}].parent "${ind.parent}" is not a group id`);
  });
  const roots = groups.filter((g) => g.parent === null);
  if (roots.length !== 1) {
    issues.push(`groups must have exactly one root (parent null), found ${roots.length}`);
  }
  groups.forEach((g, i) => {
    if (g.parent !== null && !groupIds.has(g.parent)) issues.push(`groups[${i}].parent "${g.parent}" is not a group id`);
  });
  // A walk up from each group must reach the root within groups.length steps, else there is a cycle.
  groups.forEach((g, i) => {
    let cur: SpecGroup | undefined = g;
    for (let steps = 0; cur && cur.parent !== null; steps++) {
      if (steps > groups.length) {
        issues.push(`groups[${i}] "${g.id}" is in a cycle of parents`);
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
  if (!isObj(json)) throw new IndexSpecError(['the spec must be a JSON object']);
  const issues: string[] = [];
  const r = new Reader(issues, json, '');
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
    'provenance',
  ]);
  if (json.focal_spec === undefined) issues.push('focal_spec is required');
  else if (json.focal_spec !== SPEC_VERSION) issues.push(`focal_spec must be ${SPEC_VERSION}`);
  if (json.provenance !== undefined && !isObj(json.provenance)) issues.push('provenance must be an object');

  const name = r.string('name', false, false) ?? SPEC_DEFAULTS.name;
  const dataReader = r.object('data', true);
  const data = dataReader ? readData(dataReader) : undefined;

  const indicators: SpecIndicator[] = [];
  const rawIndicators = r.array('indicators');
  if (rawIndicators) {
    if (rawIndicators.length === 0) issues.push('indicators must not be empty');
    rawIndicators.forEach((x, i) => {
      const ind = readIndicator(issues, x, `indicators[${i}]`);
      if (ind) indicators.push(ind);
    });
  }
  const groups: SpecGroup[] = [];
  const rawGroups = r.array('groups');
  if (rawGroups) {
    if (rawGroups.length === 0) issues.push('groups must not be empty');
    rawGroups.forEach((x, i) => {
      const g = readGroup(issues, x, `groups[${i}]`);
      if (g) groups.push(g);
    });
  }
  if (rawIndicators && rawGroups && indicators.length === rawIndicators.length && groups.length === rawGroups.length) {
    checkTree(issues, indicators, groups);
  }
  if (indicators.length > 0 && !indicators.some((ind) => ind.enabled)) issues.push('indicators: none is enabled');

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
      issues.push('normalisation.range must be two numbers [low, high]');
      range = undefined;
    } else if (!(v[0] < v[1])) {
      issues.push('normalisation.range must have low < high');
      range = undefined;
    } else range = [v[0], v[1]];
  }
  const normalisation = nr && {
    method: nr.oneOf('method', NORM_METHODS, d.normalisation.method),
    range,
    scope: nr.oneOf('scope', NORM_SCOPES, d.normalisation.scope),
  };

  const aggregation = r.oneOf('aggregation', AGGREGATIONS, d.aggregation);
  const minWeightShare = r.number('minWeightShare', d.minWeightShare, (x) => x >= 0 && x <= 1, 'between 0 and 1');
  const pillarRule = r.oneOf('pillarRule', PILLAR_RULES, d.pillarRule);
  const topN = r.number('topN', d.topN, (x) => isInteger(x) && x >= 1, 'an integer ≥ 1');
  const topNScope = r.oneOf('topNScope', TOP_N_SCOPES, d.topNScope);

  const s = r.object('sensitivity', false);
  s?.only(['draws', 'seed', 'weightJitter', 'varyNormalisation', 'varyTreatment', 'robustThreshold']);
  const ds = d.sensitivity;
  const sensitivity = s && {
    draws: s.number('draws', ds.draws, (x) => isInteger(x) && x >= 1, 'an integer ≥ 1'),
    seed: s.number('seed', ds.seed, (x) => isInteger(x) && x >= 0 && x <= 0xffffffff, 'an integer from 0 to 4294967295'),
    weightJitter: s.number('weightJitter', ds.weightJitter, (x) => x >= 0 && x < 1, '≥ 0 and < 1'),
    varyNormalisation: s.boolean('varyNormalisation', ds.varyNormalisation),
    varyTreatment: s.boolean('varyTreatment', ds.varyTreatment),
    robustThreshold: s.number('robustThreshold', ds.robustThreshold, (x) => x > 0 && x <= 1, '> 0 and ≤ 1'),
  };

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
  };
}
