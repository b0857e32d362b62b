import { describe, expect, it } from 'vitest';
import { linkListName } from '../../src/lib/state/list-filter-link.ts';
import type { UnitList } from '../../src/lib/data/unit-list.ts';

const list = (name: string, units: string[]): UnitList => ({ name, units, origin: 'o', created: '2026-01-01T00:00:00.000Z' });

describe('the name a link\'s list takes among the reader\'s lists', () => {
  it('is its own when no list has it, the reader’s when their list of that name holds the same units (in any order)', () => {
    expect(linkListName([], { name: 'Seco', units: ['A'], origin: '' })).toBe('Seco');
    expect(linkListName([list('seco', ['B', 'A'])], { name: 'Seco', units: ['A', 'B'], origin: '' })).toBe('seco');
  });

  it('never replaces the reader\'s own list of that name: " (link)", then " (link 2)"', () => {
    const mine = [list('Seco', ['A', 'B'])];
    expect(linkListName(mine, { name: 'Seco', units: ['A', 'C'], origin: '' })).toBe('Seco (link)');
    const more = [...mine, list('Seco (link)', ['Z'])];
    expect(linkListName(more, { name: 'Seco', units: ['A', 'C'], origin: '' })).toBe('Seco (link 2)');
    // The same list opened twice finds the copy the first opening made.
    expect(linkListName([...mine, list('Seco (link)', ['C', 'A'])], { name: 'Seco', units: ['A', 'C'], origin: '' })).toBe('Seco (link)');
  });
});
