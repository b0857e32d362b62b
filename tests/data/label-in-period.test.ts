import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { labelInPeriod, labelWithoutYear } from '../../src/lib/data/label-in-period.ts';
import { entryInPeriod } from '../../src/lib/state/year-choice.ts';
import { hotspotTimeValues } from '../../src/lib/state/hotspot-time-values.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';

const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as CatalogEntry[];
const byId = (id: string) => catalog.find((e) => e.id === id)!;
const segeplan = byId('gt_segeplan_ranking_2018');

describe('a yearly label names the period shown, not its reference year', () => {
  it('SEGEPLAN (catalog label "… (SEGEPLAN 2018)", years 2013, 2016, 2018)', () => {
    expect(segeplan.label.en).toBe('Municipal management ranking (SEGEPLAN 2018)');
    expect(labelInPeriod(segeplan, '2013')).toEqual({ en: 'Municipal management ranking (SEGEPLAN 2013)', es: 'Ranking de la gestión municipal (SEGEPLAN 2013)' });
    expect(labelInPeriod(segeplan, '2016–2018').en).toBe('Municipal management ranking (SEGEPLAN 2016–2018)');
    expect(labelWithoutYear(segeplan)).toEqual({ en: 'Municipal management ranking (SEGEPLAN)', es: 'Ranking de la gestión municipal (SEGEPLAN)' });
  });

  it('the map\'s entry for a year (legend, tooltip, caption, PNG title) carries that year in its label and its year', () => {
    const e = entryInPeriod(segeplan, '2013');
    expect(e.label.en).toBe('Municipal management ranking (SEGEPLAN 2013)');
    expect(e.year).toBe('2013');
    // The reference year: the entry as it is.
    expect(entryInPeriod(segeplan, '2018').label.en).toBe('Municipal management ranking (SEGEPLAN 2018)');
  });

  it('hotspots by year and by change name the period once, after the label without its year', () => {
    const series = { years: [2013, 2016, 2018], columns: [Float64Array.from([0.5]), Float64Array.from([0.6]), Float64Array.from([0.7])] };
    expect(hotspotTimeValues(segeplan, series, { year: 2013 }, 1)!.entry.label.en).toBe('Municipal management ranking (SEGEPLAN) (year 2013)');
    expect(hotspotTimeValues(segeplan, series, { first: 2013, second: 2018 }, 1)!.entry.label.es).toBe('Ranking de la gestión municipal (SEGEPLAN) — cambio 2013 → 2018');
  });

  it('a label without its year, or an entry without years, is left as it is', () => {
    const sv = byId('sv_emigrants_departed_per_1000');
    expect(labelInPeriod(sv, '2016')).toEqual(sv.label);
    expect(labelWithoutYear(sv)).toEqual(sv.label);
    // Honduras's population is one year (2024) in its label and its year: not yearly, nothing to change.
    const hn = byId('hn_population');
    expect(hn.years).toBeUndefined();
    expect(labelInPeriod(hn, '2020')).toBe(hn.label);
    // A year inside a longer number is not the reference year.
    const e = { ...segeplan, label: { en: 'Score 20185 (SEGEPLAN 2018)', es: 'x 2018' } };
    expect(labelInPeriod(e, '2013').en).toBe('Score 20185 (SEGEPLAN 2013)');
  });
});
