import { describe, expect, it } from 'vitest';
import { hiddenColumns } from '../../src/lib/state/fitting-columns.ts';

const cols = [
  { key: 'rank', px: 60, optional: false },
  { key: 'name', px: 120, optional: false },
  { key: 'dept', px: 100, optional: true },
  { key: 'trend', px: 80, optional: true },
  { key: 'bars', px: 100, optional: true },
];
const order = ['trend', 'bars', 'dept'];

describe('hiddenColumns', () => {
  it('hides nothing when all fit, or before the width is known', () => {
    expect([...hiddenColumns(cols, 460, order)]).toEqual([]);
    expect([...hiddenColumns(cols, 0, order)]).toEqual([]);
  });

  it('drops the least needed columns first until the rest fit', () => {
    expect([...hiddenColumns(cols, 400, order)]).toEqual(['trend']);
    expect([...hiddenColumns(cols, 290, order)]).toEqual(['trend', 'bars']);
    expect([...hiddenColumns(cols, 100, order)].sort()).toEqual(['bars', 'dept', 'trend']);
  });

  it('never hides a column that is not optional', () => {
    expect(hiddenColumns(cols, 10, [...order, 'name']).has('name')).toBe(false);
  });

  it("keeps the planner's choices: a column asked for stays, one turned off goes", () => {
    expect([...hiddenColumns(cols, 400, order, { trend: true })]).toEqual(['bars']);
    expect([...hiddenColumns(cols, 1000, order, { dept: false })]).toEqual(['dept']);
  });
});
