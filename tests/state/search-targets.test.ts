import { describe, expect, it } from 'vitest';
import type { JoinTarget } from '../../src/lib/data/join/join-types.ts';
import { searchTargets } from '../../src/lib/state/search-targets.ts';

const t = (key: string, name: string, deptName: string, country: 'GT' | 'HN' | 'SV' = 'GT', kind: 'unit' | 'distrito' = 'unit'): JoinTarget => ({
  key,
  unitId: kind === 'unit' ? key : 'SV06014',
  country,
  codes: [key.slice(2), key],
  names: [name],
  deptCode: key.slice(2, 4),
  deptName,
  kind,
});

const targets = [
  t('GT0103', 'San José Pinula', 'Guatemala'),
  t('GT0102', 'Santa Catarina Pinula', 'Guatemala'),
  t('GT1301', 'Huehuetenango', 'Huehuetenango'),
  t('HN0510', 'Santa Cruz De Yojoa', 'Cortés', 'HN'),
  t('SVD0614', 'San Salvador', 'San Salvador', 'SV', 'distrito'),
];

describe('searchTargets', () => {
  it('finds names by every word, accents and case ignored', () => {
    expect(searchTargets(targets, 'jose PINULA').map((c) => c.key)).toEqual(['GT0103']);
    expect(searchTargets(targets, 'pinula').map((c) => c.key)).toEqual(['GT0103', 'GT0102']);
  });

  it('puts names that start with the first word first, then by name', () => {
    // "san" starts San José Pinula and San Salvador, and appears inside no other name.
    expect(searchTargets(targets, 'san').map((c) => c.name)).toEqual(['San José Pinula', 'San Salvador', 'Santa Catarina Pinula', 'Santa Cruz De Yojoa']);
  });

  it('matches the department and the code, narrows by country, and stops at the limit', () => {
    expect(searchTargets(targets, 'cortes').map((c) => c.key)).toEqual(['HN0510']);
    expect(searchTargets(targets, '1301').map((c) => c.key)).toEqual(['GT1301']);
    expect(searchTargets(targets, 'san', 20, 'SV')).toEqual([
      { key: 'SVD0614', unitId: 'SV06014', name: 'San Salvador', deptName: 'San Salvador', country: 'SV', kind: 'distrito' },
    ]);
    expect(searchTargets(targets, 'san', 1)).toHaveLength(1);
    expect(searchTargets(targets, '  ')).toEqual([]);
  });
});
