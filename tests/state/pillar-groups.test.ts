import { describe, expect, it } from 'vitest';
import { groupByPillar, PILLAR_ORDER } from '../../src/lib/state/pillar-groups.ts';

describe('groupByPillar', () => {
  it('orders groups migration, I…V, context, keeps item order and drops empty pillars', () => {
    const items = [
      { id: 'c', p: 'context' },
      { id: 'v1', p: 'V' },
      { id: 'm', p: 'migration' },
      { id: 'v2', p: 'V' },
    ] as const;
    const groups = groupByPillar(items, (x) => x.p);
    expect(groups.map((g) => g.pillar)).toEqual(['migration', 'V', 'context']);
    expect(groups[1].items.map((x) => x.id)).toEqual(['v1', 'v2']);
    expect(PILLAR_ORDER).toEqual(['migration', 'I', 'II', 'III', 'IV', 'V', 'context']);
  });
});
