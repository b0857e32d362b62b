import { describe, expect, it } from 'vitest';
import { coverageConcentration } from '../../src/lib/state/coverage-concentration.ts';
import { underservedUnits } from '../../src/lib/state/coverage-underserved.ts';
import { donorChoices } from '../../src/lib/data/donor-aliases.ts';
import { engineFilter, NO_FILTER } from '../../src/lib/state/investments-filter.ts';
import type { PreparedCoverage } from '../../src/lib/data/coverage-input.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { es } from '../../src/lib/i18n/es.ts';
import { hotspotMask } from '../../src/lib/state/investments-comparison.ts';
import type { HotspotRun } from '../../src/lib/state/hotspots.svelte.ts';

describe('coverageConcentration', () => {
  it('shares of the located money by need, top N share, unranked share', () => {
    // units: need 5, 9, none, 7; money 10, not stated, 20, 70; top N = units 1 and 3
    const c = coverageConcentration([5, 9, NaN, 7], [10, NaN, 20, 70], [0, 1, 0, 1]);
    expect(c.total).toBe(100);
    expect(c.order).toEqual([1, 3, 0]);
    expect(c.cumulative).toEqual([0, 0.7, 0.8]);
    expect(c.topShare).toBe(0.7);
    expect(c.topCount).toBe(2);
    expect(c.unrankedShare).toBe(0.2);
  });
  it('nothing located: shares are NaN, not 0', () => {
    const c = coverageConcentration([1, 2], [0, NaN], [1, 0]);
    expect(c.total).toBe(0);
    expect(c.topShare).toBeNaN();
  });
  it('the sentence says the numbers (EN, ES)', () => {
    expect(en.investments.sentence('18%', 30, true, 10)).toBe('18% of located funding reaches the 30 highest-need municipios (the top 10 in each country).');
    expect(es.investments.sentence('18 %', 50, true, null)).toBe('El 18 % de la financiación ubicada llega a los 50 municipios de mayor necesidad.');
    expect(en.investments.sentence('5%', 30, false, null)).toBe('5% of located activities reach the 30 highest-need municipios.');
    expect(es.investments.sentence('5 %', 30, false, 10)).toBe('El 5 % de las actividades ubicadas llegan a los 30 municipios de mayor necesidad (los 10 primeros de cada país).');
  });
});

describe('underservedUnits', () => {
  const x = { need: [5, 9, NaN, 7, 8], inTopN: [1, 1, 0, 0, 0], inHotspot: [0, 0, 1, 1, 0], activities: [0, 3, 0, 1, 0] };
  it('top N or hotspot units with no activity, by need (no score last)', () => {
    expect(underservedUnits({ ...x, maxActivities: 0 })).toEqual([
      { index: 0, inTopN: true, inHotspot: false },
      { index: 2, inTopN: false, inHotspot: true },
    ]);
  });
  it('a higher threshold adds units with few activities; units neither top N nor hotspot never count', () => {
    expect(underservedUnits({ ...x, maxActivities: 1 }).map((u) => u.index)).toEqual([3, 0, 2]);
    expect(underservedUnits({ ...x, maxActivities: 5 }).map((u) => u.index)).toEqual([1, 3, 0, 2]);
  });
  it('without an index or a hotspot run nothing is listed', () => {
    expect(underservedUnits({ ...x, inTopN: null, inHotspot: null, maxActivities: 10 })).toEqual([]);
  });
});

describe('donor aliases', () => {
  const labels = ['World Bank', 'USAID', 'United States Agency for International Development (USAID)', 'European Union'];
  it('USAID groups both spellings; other donors stay apart, sorted', () => {
    expect(donorChoices(labels)).toEqual([
      { label: 'European Union', members: ['European Union'] },
      { label: 'USAID', members: ['USAID', 'United States Agency for International Development (USAID)'] },
      { label: 'World Bank', members: ['World Bank'] },
    ]);
  });
  it('the long spelling alone is still shown as USAID', () => {
    expect(donorChoices(['United States Agency for International Development (USAID)'])).toEqual([
      { label: 'USAID', members: ['United States Agency for International Development (USAID)'] },
    ]);
  });
  it('the engine filter selects the codes of both spellings, and the years and pillar given', () => {
    const p = { donors: labels, sectors: ['Economic growth', 'Storage'] } as unknown as PreparedCoverage;
    const f = engineFilter({ ...NO_FILTER, donor: 'USAID', sector: 'Storage', pillar: 'II', yearFrom: 2005 }, p, donorChoices(labels));
    expect(f).toEqual({ donors: [1, 2], sectors: [1], pillars: [1], years: [2005, Infinity] });
    expect(engineFilter(NO_FILTER, p, donorChoices(labels))).toEqual({});
    expect(engineFilter({ ...NO_FILTER, loe: 5 }, p, donorChoices(labels))).toEqual({ linesOfEffort: [5] });
  });
});

describe('hotspotMask', () => {
  it('marks high–high (Moran) / hot (Gi*) units, code 1, and nothing without a run or for another unit count', () => {
    const run = { data: { cluster: Uint8Array.from([1, 0, 2, 1, 5, 6, 3, 4]) } } as unknown as HotspotRun;
    expect([...hotspotMask(run, 8)!]).toEqual([1, 0, 0, 1, 0, 0, 0, 0]);
    expect(hotspotMask(run, 7)).toBeNull();
    expect(hotspotMask(null, 8)).toBeNull();
  });
});
