/**
 * The change map's classes within country on the real series (public/data/indicator-years.csv):
 * Guatemala's SEGEPLAN ranking 2013 → 2018 and El Salvador's departures 2014 → 2023 put in one
 * entry of two national sources (as a two-country yearly file would be), checked against classes
 * computed by hand for a few municipios of each country.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { changeMapClasses } from '../../src/lib/state/change-map-classes.ts';
import { changeClasses } from '../../src/lib/analysis/change-classes.ts';
import { COUNTRIES } from '../../src/lib/data/dataset-files.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';

const csv = readFileSync('public/data/indicator-years.csv', 'utf8').split('\n');
const units = readFileSync('public/data/units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0].replace(/"/g, ''));
const unitCountry = Int32Array.from(units, (u) => COUNTRIES.indexOf(u.slice(0, 2) as (typeof COUNTRIES)[number]));
/** unit → value of `id` in `year`, straight from the file's lines. */
function raw(id: string, year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of csv) {
    const [u, i, y, v] = line.split(',');
    if (i === id && Number(y) === year && v !== '') out.set(u, Number(v));
  }
  return out;
}
const GT_FIRST = raw('gt_segeplan_ranking_2018', 2013);
const GT_SECOND = raw('gt_segeplan_ranking_2018', 2018);
const SV_FIRST = raw('sv_emigrants_departed_per_1000', 2014);
const SV_SECOND = raw('sv_emigrants_departed_per_1000', 2023);
const column = (a: Map<string, number>, b: Map<string, number>) => Float64Array.from(units, (u) => a.get(u) ?? b.get(u) ?? NaN);
const firstValues = column(GT_FIRST, SV_FIRST);
const secondValues = column(GT_SECOND, SV_SECOND);

const entry = (over: Partial<CatalogEntry>) =>
  ({ id: 'x', countries: ['GT', 'SV'], source_id: 'a', level: 'municipio', direction: 1, ...over }) as unknown as CatalogEntry;
const twoSources = entry({ by_country: { GT: { source_id: 'segeplan' }, SV: { source_id: 'census' } } as CatalogEntry['by_country'] });

/** Each unit's class by hand, within its country: 5 equal classes on ± the largest |change| (or its P95 when that is less than half of it). */
function handClasses(first: Map<string, number>, second: Map<string, number>): Map<string, number> {
  const change = new Map([...first].filter(([u]) => second.has(u)).map(([u, a]) => [u, second.get(u)! - a]));
  const abs = [...change.values()].map(Math.abs).sort((a, b) => a - b);
  const m = abs[abs.length - 1];
  const h = (abs.length - 1) * 0.95;
  const p95 = abs[Math.floor(h)] + (h - Math.floor(h)) * (abs[Math.floor(h) + 1] - abs[Math.floor(h)]);
  const r = m > 2 * p95 ? p95 : m;
  return new Map([...change].map(([u, d]) => [u, Math.min(4, Math.max(0, Math.floor((d + r) / ((2 * r) / 5))))]));
}

describe('changeMapClasses', () => {
  const shown = { entry: twoSources, first: 2013, second: 2018, mode: 'absolute' as const, firstValues, secondValues };

  it('two national sources: one block per country, each classed on its own changes (by hand)', () => {
    const c = changeMapClasses(shown, 5, unitCountry);
    expect(c.blocks.map((b) => b.country)).toEqual(['GT', 'SV']);
    const gt = handClasses(GT_FIRST, GT_SECOND);
    const sv = handClasses(SV_FIRST, SV_SECOND);
    for (const u of ['GT0101', 'GT0502', 'GT1301', 'GT2201']) expect(c.classes[units.indexOf(u)], u).toBe(gt.get(u));
    for (const u of ['SV01001', 'SV02001', 'SV06001', 'SV12003', 'SV14001']) expect(c.classes[units.indexOf(u)], u).toBe(sv.get(u));
    expect(new Set(['GT0101', 'GT0502', 'GT1301', 'GT2201'].map((u) => gt.get(u))).size).toBeGreaterThan(1);
    expect(new Set(['SV01001', 'SV02001', 'SV06001', 'SV12003', 'SV14001'].map((u) => sv.get(u))).size).toBeGreaterThan(1);
    // Each country's bounds are its own: SEGEPLAN's scores move by tenths, departures by units.
    expect(c.blocks[0].bounds[5]).toBeLessThan(1);
    expect(c.blocks[1].bounds[5]).toBeGreaterThan(1);
    expect(c.blocks[0].perClass.reduce((s, x) => s + x, 0)).toBe(gt.size);
    expect(c.blocks[1].perClass.reduce((s, x) => s + x, 0)).toBe(sv.size);
    // Units map to their country's block; Honduras, not covered, has no block and no change.
    expect(c.unitBlock[units.indexOf('GT0101')]).toBe(0);
    expect(c.unitBlock[units.indexOf('SV01001')]).toBe(1);
    expect(c.classes[units.indexOf('HN0101')]).toBe(-1);
  });

  it('on one scale the Salvadoran changes would swamp the Guatemalan ones: every Guatemalan unit in the middle class', () => {
    const one = changeClasses(firstValues, secondValues, 'absolute', 5);
    const gtClasses = new Set(units.flatMap((u, i) => (u.startsWith('GT') && one.classes[i] >= 0 ? [one.classes[i]] : [])));
    expect([...gtClasses]).toEqual([2]);
  });

  it('one source over both countries: one set of classes over every unit (as the choropleth)', () => {
    const c = changeMapClasses({ ...shown, entry: entry({}) }, 5, unitCountry);
    expect(c.blocks.map((b) => b.country)).toEqual([null]);
    expect([...c.classes]).toEqual([...changeClasses(firstValues, secondValues, 'absolute', 5).classes]);
  });

  it('one country: the result is unchanged (one block, that country, the classes of changeClasses)', () => {
    const sv = Float64Array.from(units, (u) => SV_FIRST.get(u) ?? NaN);
    const sv2 = Float64Array.from(units, (u) => SV_SECOND.get(u) ?? NaN);
    const c = changeMapClasses({ ...shown, entry: entry({ countries: ['SV'] }), firstValues: sv, secondValues: sv2 }, 5, unitCountry);
    const ref = changeClasses(sv, sv2, 'absolute', 5);
    expect(c.blocks).toHaveLength(1);
    expect(c.blocks[0].country).toBe('SV');
    expect(c.blocks[0].bounds).toEqual(ref.bounds);
    expect(c.blocks[0].perStatus).toEqual(ref.perStatus);
    expect([...c.classes]).toEqual([...ref.classes]);
  });
});
