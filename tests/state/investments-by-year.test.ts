import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCoverageUnits } from '../../src/cli/read-coverage-units.ts';
import { computeCoverage } from '../../src/lib/analysis/coverage.ts';
import { donorChoices } from '../../src/lib/data/donor-aliases.ts';
import { prepareInvestments } from '../../src/lib/data/investments-prepare.ts';
import { yearColumnsFromCsv } from '../../src/lib/data/year-columns.ts';
import { NO_FILTER, engineFilter } from '../../src/lib/state/investments-filter.ts';
import { beforeAfter, moneyYearUnits, placedRowsKept, unitMigrationSeries, unitMoneyByYear } from '../../src/lib/state/investments-by-year.ts';
import { moneyTimelineTable } from '../../src/lib/export/money-timeline-table.ts';
import { beforeAfterTable } from '../../src/lib/export/before-after-table.ts';
import { moneyByYear } from '../../src/lib/analysis/money-by-year.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';

const data = 'public/data/';
const { units } = readCoverageUnits(`${data}boundaries`);
const catalog: CatalogEntry[] = JSON.parse(readFileSync(`${data}catalog.json`, 'utf8'));
const prepared = prepareInvestments({
  units,
  investmentsCsv: readFileSync(`${data}investments.csv`, 'utf8'),
  indicatorsCsv: readFileSync(`${data}indicators.csv`, 'utf8'),
  catalog,
});
const inv = { prepared, filter: NO_FILTER, donorChoices: donorChoices(prepared.donors) };
const at = (id: string) => units.findIndex((u) => u.unit_id === id);

describe('money by year of a municipio on the default data', () => {
  // HN1314 has three AidData locations placed by their points (read from investments.csv):
  // 2011–2012 USD 53,036.50; 2008–(no end) 172,745.85; 2009–2015 281,381.37.
  const u = at('HN1314');

  it('spread: 281,381.37 / 7 in each of 2009–2015, plus 53,036.50 / 2 in 2011 and 2012; the row without end in no year', () => {
    const m = unitMoneyByYear(inv, u, 'spread')!;
    expect(m.years).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    const a = 281381.37 / 7;
    const expected = [a, a, a + 26518.25, a + 26518.25, a, a, a];
    expected.forEach((v, k) => expect(m.money[k]).toBeCloseTo(v, 4));
    expect(m.noYear[0].rows).toBe(1);
    expect(m.noYear[0].money).toBeCloseTo(172745.85, 6);
  });

  it('start year: 2008 172,745.85, 2009 281,381.37, 2010 nothing, 2011 53,036.50', () => {
    const m = unitMoneyByYear(inv, u, 'start')!;
    expect(m.years).toEqual([2008, 2009, 2010, 2011]);
    expect(Array.from(m.money).map((v) => Math.round(v * 100) / 100)).toEqual([172745.85, 281381.37, 0, 53036.5]);
    expect(m.noYear[0].rows).toBe(0);
  });

  it('end year: 2012 53,036.50, 2015 281,381.37; the row without end in no year', () => {
    const m = unitMoneyByYear(inv, u, 'end')!;
    expect(m.years[0]).toBe(2012);
    expect(m.years[m.years.length - 1]).toBe(2015);
    expect(m.money[0]).toBeCloseTo(53036.5, 6);
    expect(m.money[3]).toBeCloseTo(281381.37, 6);
    expect(m.noYear[0].money).toBeCloseTo(172745.85, 6);
  });

  it('every rule accounts for all money the coverage engine placed in municipios', () => {
    const placed = computeCoverage(prepared.input, { filter: engineFilter(NO_FILTER, prepared, inv.donorChoices) }).totals.money.located;
    const kept = placedRowsKept(inv)!;
    for (const rule of ['start', 'end', 'spread'] as const) {
      const m = moneyByYear(prepared.input, Int32Array.from(kept, (k) => (k ? 0 : -1)), 1, rule);
      expect(m.allocated[0] + m.noYear[0].money + m.badPeriod[0].money).toBeCloseTo(placed, 1);
      expect(m.years[0]).toBeGreaterThanOrEqual(1995);
      expect(m.years[m.years.length - 1]).toBeLessThanOrEqual(2020);
    }
  });

  it('only Honduras has money by year: Guatemala’s rows state no amounts or years, El Salvador has no source', () => {
    const known = moneyYearUnits(prepared.input);
    expect(known[at('HN1314')]).toBe(1);
    expect(known[at('GT0101')]).toBe(0);
    expect(known[units.findIndex((x) => x.country === 'SV')]).toBe(0);
  });

  it('the timeline export names the rule on every row and leaves years without money inside the range at 0, outside empty', () => {
    const m = unitMoneyByYear(inv, u, 'start')!;
    const t = moneyTimelineTable({ unit_id: 'HN1314', name: 'x', department: 'd', country: 'HN' }, m, null);
    expect(t.rows.map((r) => r[3])).toEqual([2008, 2009, 2010, 2011]);
    expect(t.rows[2][4]).toBe(0);
    expect(t.rows.every((r) => r[6] === 'start')).toBe(true);
  });
});

describe('the migration series beside the money', () => {
  const b = readCoverageUnits(`${data}boundaries`).units;
  const indexById = new Map(b.map((x, i) => [x.unit_id, i]));
  const years = yearColumnsFromCsv(readFileSync(`${data}indicator-years.csv`, 'utf8'), indexById, b.length);
  const series = (id: string) => years.get(id) ?? null;

  it('an El Salvador municipio has emigrants by year of departure 2014–2023; a Honduras one has none', () => {
    const sv = b.findIndex((x) => x.country === 'SV');
    const s = unitMigrationSeries(catalog, series, sv);
    expect(s.length).toBe(1);
    expect(s[0].years[0]).toBe(2014);
    expect(s[0].years[s[0].years.length - 1]).toBe(2023);
    expect(s[0].values.some(Number.isFinite)).toBe(true);
    expect(unitMigrationSeries(catalog, series, at('HN1314'))).toEqual([]);
  });

  it('the series value per year is the one in indicator-years.csv', () => {
    const sv = b.findIndex((x) => x.country === 'SV');
    const id = b[sv].unit_id;
    const line = readFileSync(`${data}indicator-years.csv`, 'utf8').split('\n').find((l) => l.startsWith(`${id},sv_emigrants_departed_per_1000,2019,`))!;
    const s = unitMigrationSeries(catalog, series, sv)[0];
    expect(s.values[s.years.indexOf(2019)]).toBe(Number(line.split(',')[3]));
  });
});

describe('before/after for the priority list on the default data', () => {
  // A list of three: HN1314 and HN1312 (Honduras, hand-checked rows) and GT0101 (Guatemala: no
  // amounts or years, so left out). HN1312's rows: 2013–2014 7,377.95; 2008–2011 39,333.42;
  // 2008–(no end) 172,745.85; 2009–2015 281,381.36.
  const top = new Uint8Array(units.length);
  for (const id of ['HN1314', 'HN1312', 'GT0101']) top[at(id)] = 1;

  it('by start year, split at 2011: hand-summed top; top + rest = all money with a start year', () => {
    const b = beforeAfter(inv, top, 2011, 'start')!;
    expect(b.top.units).toBe(2);
    expect(b.topWithoutData).toBe(1);
    expect(b.top.before).toBeCloseTo(172745.85 + 281381.37 + 39333.42 + 172745.85 + 281381.36, 4);
    expect(b.top.after).toBeCloseTo(53036.5 + 7377.95, 4);
    const kept = placedRowsKept(inv)!;
    // Only municipios of countries with money by year: a Honduras point that falls across the
    // border (USD 403,151.67 of it, placed in Guatemala or El Salvador) is in neither group.
    const known = moneyYearUnits(prepared.input);
    const inKnown = Int32Array.from(kept, (k, r) => (k && known[prepared.input.unit[r]] ? 0 : -1));
    const all = moneyByYear(prepared.input, inKnown, 1, 'start');
    expect(b.top.before + b.top.after + b.rest.before + b.rest.after).toBeCloseTo(all.allocated[0], 2);
    const everywhere = moneyByYear(prepared.input, Int32Array.from(kept, (k) => (k ? 0 : -1)), 1, 'start');
    expect(everywhere.allocated[0] - all.allocated[0]).toBeCloseTo(403151.67, 2);
    expect(b.rest.units).toBe(units.filter((x) => x.country === 'HN').length - 2);
  });

  it('the export carries rule, split year, years of each period, shares and the reading', () => {
    const b = beforeAfter(inv, top, 2011, 'spread')!;
    const t = beforeAfterTable(b, 'top 3', 'all rows');
    const col = (h: string) => t.columns.findIndex((c) => c.header === h);
    expect(t.rows[0][col('year_rule')]).toBe('spread');
    expect(t.rows[0][col('split_year')]).toBe(2011);
    expect(t.rows[0][col('before_years')]).toBe(`${b.years[0]}-2010`);
    expect(t.rows[0][col('after_years')]).toBe(`2011-${b.years[b.years.length - 1]}`);
    expect((t.rows[0][col('share_before')] as number) + (t.rows[1][col('share_before')] as number)).toBeCloseTo(1, 12);
    expect(t.rows[1][col('reading')]).toBe('co-occurrence, not effect');
  });
});
