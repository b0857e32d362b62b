import { describe, expect, it } from 'vitest';
import { countryScopeGroups, indexInputFromSpec } from '../../src/lib/data/index-input-from-spec.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import type { RankTables } from '../../src/lib/data/rank-types.ts';

const spec = parseIndexSpec({
  focal_spec: 1,
  data: { units: { file: 'u.csv', key: 'id' }, values: { file: 'v.csv', format: 'wide', key: 'id' } },
  indicators: [
    { id: 'a', direction: 1, weight: 2, parent: 'g' },
    { id: 'b', column: 'b_col', direction: -1, weight: 1, parent: 'g' },
    { id: 'c', direction: 1, weight: 1, parent: 'g', enabled: false },
  ],
  groups: [
    { id: 'root', parent: null, weight: 1 },
    { id: 'g', parent: 'root', weight: 1 },
  ],
});

const unit = (unit_id: string, country: string) => ({ unit_id, name: unit_id, department: '', country });

describe('countryScopeGroups', () => {
  it('numbers the countries in code order', () => {
    expect(countryScopeGroups(['SV', 'GT', 'HN', 'GT'])).toEqual({ codes: ['GT', 'HN', 'SV'], group: Int32Array.of(2, 0, 1, 0) });
  });
});

describe('indexInputFromSpec', () => {
  const tables: RankTables = {
    units: [unit('x', 'SV'), unit('y', 'GT')],
    columns: new Map([
      ['a', Float64Array.of(1, 2)],
      ['b_col', Float64Array.of(NaN, 4)],
    ]),
  };

  it('makes a leaf of each enabled indicator over its column, and takes groups and options from the spec', () => {
    const input = indexInputFromSpec(tables, spec);
    expect(input.n).toBe(2);
    expect(input.scopeGroup).toEqual(Int32Array.of(1, 0));
    expect(input.leaves.map((l) => [l.id, l.parent, l.weight, l.direction])).toEqual([
      ['a', 'g', 2, 1],
      ['b', 'g', 1, -1],
    ]);
    expect(input.leaves[1].values).toBe(tables.columns.get('b_col'));
    expect(input.groups).toEqual([
      { id: 'root', parent: null, weight: 1 },
      { id: 'g', parent: 'root', weight: 1 },
    ]);
    expect(input.options).toEqual({
      treatment: spec.treatment,
      normalisation: spec.normalisation,
      aggregation: 'arithmetic',
      minWeightShare: 0.5,
      pillarRule: 'available',
    });
  });

  it('names every missing column', () => {
    const s = structuredClone(spec);
    s.indicators[0].column = 'a_2020';
    s.indicators[1].column = 'b_2020';
    expect(() => indexInputFromSpec(tables, s)).toThrow('indicator columns not found in v.csv: a_2020, b_2020');
  });

  it('rejects a column whose length is not the number of units', () => {
    const short = { ...tables, columns: new Map([...tables.columns, ['a', Float64Array.of(1)]]) };
    expect(() => indexInputFromSpec(short, spec)).toThrow('indicator columns do not match the units: a (1 values for 2 units)');
  });
});

describe('indexInputFromSpec and empty groups', () => {
  it('leaves out a group whose indicators are all switched off', () => {
    const s = parseIndexSpec({
      focal_spec: 1,
      data: { units: { file: 'u.csv', key: 'id' }, values: { file: 'v.csv', format: 'wide', key: 'id' } },
      indicators: [
        { id: 'a', direction: 1, weight: 1, parent: 'g1' },
        { id: 'b', direction: 1, weight: 1, parent: 'g2', enabled: false },
      ],
      groups: [
        { id: 'root', parent: null, weight: 1 },
        { id: 'mid', parent: 'root', weight: 1 },
        { id: 'g1', parent: 'mid', weight: 1 },
        { id: 'g2', parent: 'root', weight: 1 },
      ],
    });
    const t: RankTables = { units: [unit('x', 'GT')], columns: new Map([['a', Float64Array.of(1)]]) };
    expect(indexInputFromSpec(t, s).groups.map((g) => g.id)).toEqual(['root', 'mid', 'g1']);
  });
});
