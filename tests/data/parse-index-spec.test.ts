import { describe, expect, it } from 'vitest';
import { IndexSpecError, parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { schemaValidator, specFixture } from './index-spec-fixtures.ts';

const valid = schemaValidator();

/** Sets `path` (dot and [i] syntax) in a copy of `obj`; `undefined` deletes the field. */
function mutate(obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(obj);
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let cur = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return copy;
}

function issuesOf(json: unknown): string[] {
  try {
    parseIndexSpec(json);
  } catch (e) {
    if (e instanceof IndexSpecError) return e.issues;
    throw e;
  }
  return [];
}

describe('parseIndexSpec', () => {
  it('fills every default into a minimal spec', () => {
    const spec = parseIndexSpec(specFixture('minimal.json'));
    expect(spec).toEqual({
      focal_spec: 1,
      name: 'index',
      data: {
        units: { file: 'units.csv', key: 'unit_id' },
        values: { file: 'values.csv', format: 'long', key: 'unit_id', indicator: 'indicator_id', value: 'value' },
      },
      indicators: [{ id: 'a', direction: 1, weight: 1, parent: 'index', enabled: true }],
      groups: [{ id: 'index', parent: null, weight: 1 }],
      treatment: { method: 'coinr', winmax: 5, skew: 2, kurtosis: 3.5 },
      normalisation: { method: 'minmax', range: [0, 100], scope: 'country' },
      aggregation: 'arithmetic',
      minWeightShare: 0.5,
      pillarRule: 'available',
      topN: 50,
      topNScope: 'region',
      sensitivity: { draws: 1000, seed: 1, weightJitter: 0.5, varyNormalisation: true, varyTreatment: true, robustThreshold: 0.9 },
    });
  });

  it('keeps every given field of a full spec and drops its provenance block', () => {
    const json = specFixture('full.json');
    const spec = parseIndexSpec(json);
    delete json.provenance;
    expect(spec).toEqual(json);
  });

  it('fills partial option objects field by field', () => {
    const spec = parseIndexSpec({ ...specFixture('minimal.json'), treatment: { method: 'none' }, sensitivity: { seed: 7 } });
    expect(spec.treatment).toEqual({ method: 'none', winmax: 5, skew: 2, kurtosis: 3.5 });
    expect(spec.sensitivity.seed).toBe(7);
    expect(spec.sensitivity.draws).toBe(1000);
  });

  it('keeps an indicator’s own treatment as given, and the new COINr log_CT_plus methods', () => {
    const json = specFixture('minimal.json');
    const indicators = json.indicators as Record<string, unknown>[];
    indicators[0].treatment = { method: 'none' };
    const spec = parseIndexSpec({ ...json, treatment: { method: 'coinr_plus' } });
    expect(spec.treatment.method).toBe('coinr_plus');
    expect(spec.indicators[0].treatment).toEqual({ method: 'none' });
    indicators[0].treatment = { method: 'log_plus', kurtosis: 5 };
    expect(parseIndexSpec(json).indicators[0].treatment).toEqual({ method: 'log_plus', kurtosis: 5 });
    expect(valid(json)).toBe(true);
    expect(parseIndexSpec(specFixture('minimal.json')).indicators[0].treatment).toBeUndefined();
  });

  it('rejects a value that is not an object', () => {
    expect(issuesOf([])).toEqual(['the spec must be a JSON object']);
    expect(issuesOf(null)).toEqual(['the spec must be a JSON object']);
  });

  it('lists every problem of a spec at once in its message', () => {
    const bad = mutate(mutate(specFixture('minimal.json'), 'topN', 0), 'indicators[0].direction', 2);
    expect(() => parseIndexSpec(bad)).toThrow('invalid index spec: indicators[0].direction must be 1 or -1; topN must be an integer ≥ 1');
  });
});

// Each bad spec: the field changed, its new value, the message naming it. All break the schema too.
const SCHEMA_BREAKS: [string, string, unknown, string][] = [
  ['minimal.json', 'focal_spec', 2, 'focal_spec must be 1'],
  ['minimal.json', 'focal_spec', undefined, 'focal_spec is required'],
  ['minimal.json', 'weights', { migration: 1 }, 'weights is not a known field'],
  ['minimal.json', 'name', 3, 'name must be a string'],
  ['minimal.json', 'data', undefined, 'data is required'],
  ['minimal.json', 'data.units', undefined, 'data.units is required'],
  ['minimal.json', 'data.units.key', '', 'data.units.key must not be empty'],
  ['minimal.json', 'data.units.file', 5, 'data.units.file must be a string'],
  ['minimal.json', 'data.values.format', 'xlsx', 'data.values.format must be one of long, wide'],
  ['full.json', 'data.values.indicator', 'indicator_id', 'data.values.indicator is for the long format only'],
  ['minimal.json', 'indicators', undefined, 'indicators is required'],
  ['minimal.json', 'indicators', [], 'indicators must not be empty'],
  ['minimal.json', 'indicators', {}, 'indicators must be an array'],
  ['minimal.json', 'indicators[0]', 'a', 'indicators[0] must be an object'],
  ['minimal.json', 'indicators[0].direction', 0, 'indicators[0].direction must be 1 or -1'],
  ['minimal.json', 'indicators[0].direction', '1', 'indicators[0].direction must be 1 or -1'],
  ['minimal.json', 'indicators[0].direction', undefined, 'indicators[0].direction is required'],
  ['minimal.json', 'indicators[0].weight', -1, 'indicators[0].weight must be a number ≥ 0'],
  ['minimal.json', 'indicators[0].weight', '1', 'indicators[0].weight must be a number ≥ 0'],
  ['minimal.json', 'indicators[0].parent', undefined, 'indicators[0].parent is required'],
  ['minimal.json', 'indicators[0].enabled', 'yes', 'indicators[0].enabled must be true or false'],
  ['minimal.json', 'indicators[0].dir', 1, 'indicators[0].dir is not a known field'],
  ['minimal.json', 'groups', [], 'groups must not be empty'],
  ['minimal.json', 'groups[0].parent', undefined, 'groups[0].parent is required (null for the root)'],
  ['full.json', 'groups[0].label', { en: 'Index' }, 'groups[0].label.es is required'],
  ['minimal.json', 'treatment', 'coinr', 'treatment must be an object'],
  ['minimal.json', 'treatment.method', 'winsor', 'treatment.method must be one of coinr, coinr_plus, log, log_plus, none'],
  ['minimal.json', 'indicators[0].treatment', 'log', 'indicators[0].treatment must be an object'],
  ['minimal.json', 'indicators[0].treatment', {}, 'indicators[0].treatment.method is required'],
  ['minimal.json', 'indicators[0].treatment', { method: 'boxcox' }, 'indicators[0].treatment.method must be one of coinr, coinr_plus, log, log_plus, none'],
  ['minimal.json', 'indicators[0].treatment', { method: 'coinr', winmax: -1 }, 'indicators[0].treatment.winmax must be an integer ≥ 0'],
  ['minimal.json', 'indicators[0].treatment', { method: 'coinr', skew: 0 }, 'indicators[0].treatment.skew must be a number > 0'],
  ['minimal.json', 'indicators[0].treatment', { method: 'none', cap: 3 }, 'indicators[0].treatment.cap is not a known field'],
  ['minimal.json', 'treatment.winmax', 2.5, 'treatment.winmax must be an integer ≥ 0'],
  ['minimal.json', 'treatment.skew', 0, 'treatment.skew must be a number > 0'],
  ['minimal.json', 'normalisation.method', 'minmax2', 'normalisation.method must be one of minmax, zscore, rank'],
  ['minimal.json', 'normalisation.range', [0], 'normalisation.range must be two numbers [low, high]'],
  ['minimal.json', 'normalisation.range', [0, '100'], 'normalisation.range must be two numbers [low, high]'],
  ['minimal.json', 'normalisation.scope', 'world', 'normalisation.scope must be one of country, region'],
  ['minimal.json', 'aggregation', 'median', 'aggregation must be one of arithmetic, geometric'],
  ['minimal.json', 'minWeightShare', 1.5, 'minWeightShare must be between 0 and 1'],
  ['minimal.json', 'pillarRule', 'loose', 'pillarRule must be one of available, strict'],
  ['minimal.json', 'topN', 0, 'topN must be an integer ≥ 1'],
  ['minimal.json', 'topN', 2.5, 'topN must be an integer ≥ 1'],
  ['minimal.json', 'topNScope', 'department', 'topNScope must be one of region, country'],
  ['minimal.json', 'sensitivity.draws', 0, 'sensitivity.draws must be an integer ≥ 1'],
  ['minimal.json', 'sensitivity.seed', -1, 'sensitivity.seed must be an integer from 0 to 4294967295'],
  ['minimal.json', 'sensitivity.seed', 2 ** 32, 'sensitivity.seed must be an integer from 0 to 4294967295'],
  ['minimal.json', 'sensitivity.weightJitter', 1, 'sensitivity.weightJitter must be ≥ 0 and < 1'],
  ['minimal.json', 'sensitivity.varyTreatment', 'yes', 'sensitivity.varyTreatment must be true or false'],
  ['minimal.json', 'sensitivity.robustThreshold', 0, 'sensitivity.robustThreshold must be > 0 and ≤ 1'],
  ['minimal.json', 'provenance', 'focal 0.1.0', 'provenance must be an object'],
  ['minimal.json', 'year', 2018.5, 'year must be an integer from 1900 to 2100'],
  ['minimal.json', 'year', '2018', 'year must be an integer from 1900 to 2100'],
  ['minimal.json', 'compareYear', 2013, 'compareYear needs a year to compare with'],
  ['minimal.json', 'severityCuts', [20, 40, 60], 'severityCuts must be four ascending numbers between 0 and 100'],
  ['minimal.json', 'severityCuts', [0, 40, 60, 80], 'severityCuts must be four ascending numbers between 0 and 100'],
  ['minimal.json', 'data.years', {}, 'data.years.file is required'],
  ['minimal.json', 'data.years', { file: 'y.csv', year: 'yr' }, 'data.years.year is not a known field'],
];

// Rules of the tree that a JSON Schema cannot state: only parseIndexSpec enforces them.
const TREE_BREAKS: [string, string, unknown, string][] = [
  ['minimal.json', 'indicators[0].parent', 'pillar', 'indicators[0].parent "pillar" is not a group id'],
  ['full.json', 'indicators[2].id', 'pov', 'indicators[2].id "pov" is used twice'],
  ['full.json', 'indicators[2].id', 'econ', 'indicators[2].id "econ" is also a group id'],
  ['full.json', 'groups[1].id', 'econ', 'groups[3].parent "causes" is not a group id'],
  ['full.json', 'groups[1].parent', null, 'groups must have exactly one root (parent null), found 2'],
  ['full.json', 'groups[1].parent', 'econ', 'groups[1] "causes" is in a cycle of parents'],
  ['full.json', 'normalisation.range', [100, 0], 'normalisation.range must have low < high'],
  ['minimal.json', 'indicators[0].enabled', false, 'indicators must include an enabled indicator'],
  ['minimal.json', 'severityCuts', [20, 60, 40, 80], 'severityCuts must be four ascending numbers between 0 and 100'],
];

describe('parseIndexSpec: the severity rule and its cut-offs', () => {
  it('keeps the rule and the planner’s cut-offs; a spec without them has none', () => {
    const spec = parseIndexSpec({ ...specFixture('minimal.json'), severity: 'fixed', severityCuts: [10, 30, 55, 85] });
    expect(spec.severity).toBe('fixed');
    expect(spec.severityCuts).toEqual([10, 30, 55, 85]);
    expect(valid({ ...specFixture('minimal.json'), severity: 'breaks', severityCuts: [10, 30, 55, 85] })).toBe(true);
    expect(valid({ ...specFixture('minimal.json'), severityCuts: [10, 30, 55, 100] })).toBe(false);
    expect('severityCuts' in parseIndexSpec(specFixture('minimal.json'))).toBe(false);
  });
});

describe('parseIndexSpec: the year of the index', () => {
  it('keeps year, compareYear and the yearly values file; a spec without them (an older file) has none', () => {
    const spec = parseIndexSpec({ ...specFixture('minimal.json'), year: 2018, compareYear: 2013, data: { ...(specFixture('minimal.json') as { data: object }).data, years: { file: 'indicator-years.csv' } } });
    expect(spec.year).toBe(2018);
    expect(spec.compareYear).toBe(2013);
    expect(spec.data.years).toEqual({ file: 'indicator-years.csv' });
    const same = { ...specFixture('minimal.json'), year: 2018, compareYear: 2018 };
    expect(issuesOf(same)).toEqual(['compareYear must differ from year']);
    expect(valid(same)).toBe(true);
    const old = parseIndexSpec(specFixture('minimal.json'));
    expect('year' in old || 'compareYear' in old || 'years' in old.data).toBe(false);
  });
});

describe('parseIndexSpec and docs/index-spec.schema.json', () => {
  it('both accept the fixtures', () => {
    for (const name of ['minimal.json', 'full.json']) {
      expect(valid(specFixture(name)), name).toBe(true);
      expect(issuesOf(specFixture(name)), name).toEqual([]);
    }
  });

  it.each(SCHEMA_BREAKS)('both reject %s with %s = %j: "%s"', (file, path, value, message) => {
    const bad = mutate(specFixture(file), path, value);
    expect(issuesOf(bad)).toContain(message);
    expect(valid(bad)).toBe(false);
  });

  it.each(TREE_BREAKS)('parseIndexSpec alone rejects %s with %s = %j: "%s"', (file, path, value, message) => {
    const bad = mutate(specFixture(file), path, value);
    expect(issuesOf(bad)).toContain(message);
    expect(valid(bad)).toBe(true);
  });
});
