/**
 * Coverage on the committed default data: the money balance of the AidData Honduras file, the
 * precision rules on its rows, and the USAID/Guatemala counts per municipio against the raw file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { PLACE_KIND } from '../../src/lib/analysis/coverage-types.ts';
import { coverageSources } from '../../src/lib/analysis/coverage-sources.ts';
import { coverageByUnit } from '../../src/lib/data/coverage-by-unit.ts';
import type { InvestmentRecord } from '../../src/lib/data/coverage-input.ts';
import { unitFeatures } from '../../src/lib/geo/unit-features.ts';
import { RAW, readRows, readTopology, TOPO_FILES } from './public-data.ts';

const features = unitFeatures([
  { country: 'GT', topology: readTopology(TOPO_FILES.GT) },
  { country: 'HN', topology: readTopology(TOPO_FILES.HN) },
  { country: 'SV', topology: readTopology(TOPO_FILES.SV) },
]);
const units = features.map((f) => ({ unit_id: f.properties.unit_id, country: f.properties.country, dept_code: f.properties.dept_code, geometry: f.geometry }));
const num = (s: string | undefined) => (s === undefined || s === '' ? NaN : Number(s));
const raw = readRows('investments.csv');
const records: InvestmentRecord[] = raw.map((r) => ({
  activity_id: r.activity_id, donor: r.donor, sector: r.sector, office: r.office, country: r.country, unit_id: r.unit_id, level: r.level, status: '',
  start_year: num(r.start_year), end_year: num(r.end_year), amount_usd: num(r.amount_usd), lon: num(r.lon), lat: num(r.lat), precision: num(r.precision),
}));
const all = coverageByUnit(units, records);

describe('coverage of the default investments', () => {
  it('conserves the money of the file: placed + not placed = total = 6,966,963,305.33 USD (the data build’s total)', () => {
    const t = all.result.totals;
    expect(t.rows.total).toBe(6259);
    expect(Math.abs(t.money.total - 6_966_963_305.33)).toBeLessThan(0.01);
    const m = t.moneyMicros;
    expect(m.located + m.spread + m.department + m.nationwide + m.outside + m.swapped + m.noPlace + m.unknownUnit).toBe(m.total);
    // The same with every municipio-level row placed somewhere or reported, nothing lost
    expect(t.rows.located + t.rows.department + t.rows.nationwide + t.rows.outside + t.rows.swapped + t.rows.noPlace + t.rows.unknownUnit).toBe(6259);
    // spread over a made-up population of GT and SV only (so Honduran money cannot be spread): the balance still holds
    const pop = new Float64Array(units.length).fill(NaN);
    units.forEach((u, i) => {
      if (u.country !== 'HN') pop[i] = 1000;
    });
    const s = coverageByUnit(units, records, { prepared: all.prepared, spread: 'population', population: pop }).result.totals.moneyMicros;
    expect(s.located + s.spread + s.department + s.nationwide + s.outside + s.swapped + s.noPlace + s.unknownUnit).toBe(s.total);
    expect(s.total).toBe(m.total);
  });

  it('knows El Salvador has no investment source: its 44 municipios have no coverage figure, not 0', () => {
    const s = coverageSources(all.prepared.input);
    const at = (c: string) => all.prepared.countries.indexOf(c);
    expect([at('GT'), at('HN'), at('SV')].map((c) => s.sourcedCountry[c])).toEqual([1, 1, 0]);
    const sv = units.flatMap((u, i) => (u.country === 'SV' ? [i] : []));
    expect(sv).toHaveLength(44);
    for (const i of sv) {
      expect(all.result.sourced[i]).toBe(0);
      expect(all.result.amount[i]).toBeNaN();
    }
    // How old and complete each country's rows are (the panel's sentences)
    const gt = s.byCountry[at('GT')];
    expect([gt.rows, gt.rowsWithAmount, gt.rowsWithYear]).toEqual([534, 0, 0]);
    const hn = s.byCountry[at('HN')];
    expect([hn.rows, hn.firstStartYear, hn.lastStartYear, hn.lastEndYear]).toEqual([5725, 1995, 2014, 2020]);
    expect(s.byCountry[at('SV')].rows).toBe(0);
  });

  it('never places a department- or country-level location in a municipio', () => {
    const { kind } = all.prepared.input;
    let coarse = 0;
    raw.forEach((r, i) => {
      const p = num(r.precision);
      if (p >= 4 || r.level !== 'municipio') {
        coarse++;
        expect([PLACE_KIND.department, PLACE_KIND.nationwide]).toContain(kind[i]);
      }
    });
    expect(coarse).toBe(142 + 828); // the department-level and country-level rows of the file
    // the AidData rows located are exactly the precision 1–3 points inside a unit
    const aid = raw.map((r, i) => [r, i] as const).filter(([r]) => r.source_id === 'aiddata_hnd_aims');
    const located = aid.filter(([, i]) => kind[i] === PLACE_KIND.point).length;
    const outside = aid.filter(([, i]) => kind[i] === PLACE_KIND.outside || kind[i] === PLACE_KIND.swapped).length;
    expect(located + outside).toBe(aid.filter(([r]) => ['1', '2', '3'].includes(r.precision)).length);
  });

  it('counts the USAID/Guatemala activities of each municipio as the raw file lists them', () => {
    const file = csvParse(readFileSync(join(RAW, 'investments', 'gtm_usaid_activities_by_municipio.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const perMuni = new Map<string, Set<string>>();
    const nationwide = new Set<string>();
    for (const r of file) {
      const id = `GT${r.ine_muni_code!.padStart(4, '0')}`;
      if (/municipality/i.test(r.level!)) perMuni.set(id, (perMuni.get(id) ?? new Set()).add(r.activity!));
      if (r.level!.startsWith('Nationwide')) nationwide.add(r.activity!);
    }
    // The IFPRI/USAID analysis file states the same counts (n_usaid_activities_subnational).
    const ifpri = csvParse(readFileSync(join(RAW, 'indicators', 'gtm_ifpri_mpi_risk_2018.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const stated = new Map(ifpri.map((r) => [`GT${r.ine_muni_code!.padStart(4, '0')}`, Number(r.n_usaid_activities_subnational)]));

    const { result } = coverageByUnit(units, records, { prepared: all.prepared, filter: { donors: ['USAID'] } });
    let gt = 0;
    let pairs = 0;
    units.forEach((u, i) => {
      if (u.country !== 'GT') {
        expect(result.activities[i]).toBe(0);
        return;
      }
      gt++;
      const expected = perMuni.get(u.unit_id)?.size ?? 0;
      expect(result.activities[i], u.unit_id).toBe(expected);
      expect(result.activities[i], u.unit_id).toBe(stated.get(u.unit_id));
      pairs += expected;
    });
    expect(gt).toBe(340);
    expect(pairs).toBe(521);
    expect([...perMuni.keys()].length).toBe(155);
    // nationwide activities counted once each, apart
    expect(result.totals.rows.nationwide).toBe(nationwide.size);
    expect(result.totals.activities).toBe(38);
  });
});
