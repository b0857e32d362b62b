import { describe, expect, it } from 'vitest';
import { divergingPalette, DIVERGING_NEUTRAL } from '../../src/lib/map/diverging-palette.ts';
import { CHANGE_STATUS_COLOURS, changeFill, changeHatch, changePalette } from '../../src/lib/map/change-colours.ts';
import { changeLegendRows } from '../../src/lib/map/change-legend-rows.ts';
import { CHANGE_NO_DATA, CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_OK, CHANGE_ZERO_BASE } from '../../src/lib/analysis/change-between.ts';
import { changeClasses } from '../../src/lib/analysis/change-classes.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { es } from '../../src/lib/i18n/es.ts';

const hex = (rgb: readonly number[]) => `#${rgb.map((x) => x.toString(16).padStart(2, '0')).join('')}`;

describe('divergingPalette (ColorBrewer RdBu)', () => {
  it('5 classes, higher = more need: a decrease is blue, an increase red, zero white', () => {
    expect(divergingPalette(5, true).map(hex)).toEqual(['#0571b0', '#92c5de', '#f7f7f7', '#f4a582', '#ca0020']);
  });
  it('higher = less need: the same colours turned round, so red is still the worse change (a decrease)', () => {
    expect(divergingPalette(5, false).map(hex)).toEqual(['#ca0020', '#f4a582', '#f7f7f7', '#92c5de', '#0571b0']);
    expect(divergingPalette(7, false).map(hex)[3]).toBe(DIVERGING_NEUTRAL);
    expect(divergingPalette(3, true).map(hex)).toEqual(['#67a9cf', '#f7f7f7', '#ef8a62']);
  });
  it('one class (no change anywhere) is the neutral colour; other counts are refused', () => {
    expect(divergingPalette(1, true).map(hex)).toEqual([DIVERGING_NEUTRAL]);
    expect(() => divergingPalette(4, true)).toThrow(RangeError);
    expect(() => divergingPalette(9, true)).toThrow(RangeError);
  });
  it('direction 0 (neither better nor worse) is drawn like +1; −1 the other way round', () => {
    expect(changePalette({ classCount: 3, direction: 0 }).map(hex)).toEqual(changePalette({ classCount: 3, direction: 1 }).map(hex));
    expect(changePalette({ classCount: 3, direction: -1 }).map(hex)[0]).toBe('#ef8a62');
    expect(changePalette({ classCount: 0, direction: 1 })).toEqual([]);
  });
});

describe('changeFill and changeHatch', () => {
  it('each unit its class colour or its status colour; units missing a year hatched, an undefined percent not', () => {
    // changes +2, 0, −1; then missing first, missing second, missing both, zero base
    const first = [1, 2, 5, NaN, 4, NaN, 0];
    const second = [3, 2, 4, 1, NaN, NaN, 3];
    const c = changeClasses(first, second, 'percent', 3);
    expect([...c.status]).toEqual([CHANGE_OK, CHANGE_OK, CHANGE_OK, CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_NO_DATA, CHANGE_ZERO_BASE]);
    const fill = changeFill({ classes: c.classes, status: c.status, classCount: c.bounds.length - 1, direction: 1 });
    const at = (i: number) => hex([fill.rgba[4 * i], fill.rgba[4 * i + 1], fill.rgba[4 * i + 2]]);
    // +200 % (top class, red), 0 % (white), −20 % (middle class: |−20| < 200/3)
    expect([0, 1, 2].map(at)).toEqual(['#ef8a62', '#f7f7f7', '#f7f7f7']);
    expect(at(3)).toBe(CHANGE_STATUS_COLOURS[CHANGE_NO_FIRST]);
    expect(at(4)).toBe(CHANGE_STATUS_COLOURS[CHANGE_NO_SECOND]);
    expect(at(5)).toBe(CHANGE_STATUS_COLOURS[CHANGE_NO_DATA]);
    expect(at(6)).toBe(CHANGE_STATUS_COLOURS[CHANGE_ZERO_BASE]);
    expect(fill.rgba.filter((_, j) => j % 4 === 3).every((a) => a === 255)).toBe(true);
    expect([...changeHatch(c.status)]).toEqual([0, 0, 0, 1, 1, 1, 0]);
    // A new fill has a new version (the map's redraw trigger).
    expect(changeFill({ classes: c.classes, status: c.status, classCount: 3, direction: 1 }).version).toBeGreaterThan(fill.version);
  });
  it('classes within country: each unit coloured from its own block\'s palette', () => {
    // Block 0 has 5 classes, block 1 only one ([0, 0]: no change anywhere in it).
    const classes = Int8Array.from([4, 0, 0]);
    const status = Uint8Array.from([CHANGE_OK, CHANGE_OK, CHANGE_OK]);
    const fill = changeFill({ classes, status, classCount: [5, 1], block: [0, 0, 1], direction: 1 });
    const at = (i: number) => hex([fill.rgba[4 * i], fill.rgba[4 * i + 1], fill.rgba[4 * i + 2]]);
    expect([0, 1, 2].map(at)).toEqual(['#ca0020', '#0571b0', '#f7f7f7']);
  });
  it('the four statuses have four different colours', () => {
    expect(new Set(Object.values(CHANGE_STATUS_COLOURS)).size).toBe(4);
  });
});

describe('changeLegendRows', () => {
  const c = changeClasses([1, 2, 5, NaN, 4, NaN], [3, 2, 4, 1, NaN, NaN], 'absolute', 3);
  const p = { bounds: c.bounds, perClass: c.perClass, perStatus: c.perStatus, direction: 1, mode: 'absolute' as const, first: 2014, second: 2023 };

  it('signed class bounds with a true minus sign, then the three kinds of missing year (EN)', () => {
    const rows = changeLegendRows(p, en.change, 'en');
    expect(rows.map((r) => r.label)).toEqual(['−2.0 – −0.7', '−0.7 – +0.7', '+0.7 – +2.0', 'No data in 2014', 'No data in 2023', 'No data in either year']);
    expect(rows.map((r) => r.count)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(rows.map((r) => r.hatched)).toEqual([false, false, false, true, true, true]);
    expect(rows[0].colour).toBe('rgb(103 169 207)');
    expect(rows[3].colour).toBe(CHANGE_STATUS_COLOURS[CHANGE_NO_FIRST]);
  });

  it('percent mode adds "zero in the first year" and a % after each class (ES: decimal comma)', () => {
    const q = changeClasses([2, 0, 4], [3, 5, 2], 'percent', 3);
    const rows = changeLegendRows({ ...p, bounds: q.bounds, perClass: q.perClass, perStatus: q.perStatus, mode: 'percent' }, es.change, 'es');
    expect(rows[0].label).toBe('−50 – −17 %');
    expect(rows[1].label).toBe('−17 – +17 %');
    expect(rows.at(-1)).toMatchObject({ label: 'Cero en 2014: cambio porcentual indefinido', count: 1, hatched: false, kind: 'zero-base' });
  });

  it('no change anywhere: one row "0"', () => {
    const z = changeClasses([1, 2], [1, 2], 'absolute', 5);
    const rows = changeLegendRows({ ...p, bounds: z.bounds, perClass: z.perClass, perStatus: z.perStatus }, en.change, 'en');
    expect(rows[0]).toMatchObject({ label: '0', count: 2, colour: 'rgb(247 247 247)' });
  });
});
