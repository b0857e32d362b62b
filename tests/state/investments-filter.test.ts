import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCoverageUnits } from '../../src/cli/read-coverage-units.ts';
import { computeCoverage } from '../../src/lib/analysis/coverage.ts';
import { filterCodes } from '../../src/lib/data/coverage-by-unit.ts';
import { donorChoices } from '../../src/lib/data/donor-aliases.ts';
import { engineFilter, NO_FILTER } from '../../src/lib/state/investments-filter.ts';
import { prepareInvestments } from '../../src/lib/data/investments-prepare.ts';
import { rowsKept } from '../../src/lib/analysis/coverage.ts';

describe('the USAID alias on the default data', () => {
  const data = 'public/data/';
  const p = prepareInvestments({
    units: readCoverageUnits(`${data}boundaries`).units,
    investmentsCsv: readFileSync(`${data}investments.csv`, 'utf8'),
    indicatorsCsv: readFileSync(`${data}indicators.csv`, 'utf8'),
    catalog: JSON.parse(readFileSync(`${data}catalog.json`, 'utf8')),
  });
  const rowsOf = (donors: string[]) => computeCoverage(p.input, { filter: filterCodes({ donors }, p) }).totals;

  it('"USAID" selects the Guatemala rows ("USAID") and the Honduras rows (the long name), and their money', () => {
    const choices = donorChoices(p.donors);
    const usaid = choices.find((c) => c.label === 'USAID');
    expect(usaid?.members.sort()).toEqual(['USAID', 'United States Agency for International Development (USAID)']);
    const both = computeCoverage(p.input, { filter: engineFilter({ ...NO_FILTER, donor: 'USAID' }, p, choices) }).totals;
    const gt = rowsOf(['USAID']);
    const hn = rowsOf(['United States Agency for International Development (USAID)']);
    expect(gt.rows.total).toBeGreaterThan(0);
    expect(hn.rows.total).toBeGreaterThan(0);
    // No row names both spellings, so the alias keeps exactly the rows of each.
    expect(both.rows.total).toBe(gt.rows.total + hn.rows.total);
    expect(both.moneyMicros.total).toBe(gt.moneyMicros.total + hn.moneyMicros.total);
    // The balance holds under the filter.
    const m = both.moneyMicros;
    expect(m.located + m.spread + m.department + m.nationwide + m.outside + m.swapped + m.noPlace + m.unknownUnit).toBe(m.total);
  });
});

describe('rowsKept agrees with the coverage engine on the default data', () => {
  const data = 'public/data/';
  const p = prepareInvestments({
    units: readCoverageUnits(`${data}boundaries`).units,
    investmentsCsv: readFileSync(`${data}investments.csv`, 'utf8'),
    indicatorsCsv: readFileSync(`${data}indicators.csv`, 'utf8'),
    catalog: JSON.parse(readFileSync(`${data}catalog.json`, 'utf8')),
  });
  const choices = donorChoices(p.donors);
  const filters = [
    NO_FILTER,
    { ...NO_FILTER, donor: 'USAID' },
    { ...NO_FILTER, pillar: 'II' as const },
    { ...NO_FILTER, yearFrom: 2005, yearTo: 2010 },
    { ...NO_FILTER, donor: 'World Bank', pillar: 'I' as const, yearTo: 2008 },
  ];
  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('%s: same rows, same located money', (_, f) => {
    const filter = engineFilter(f, p, choices);
    const kept = rowsKept(p.input, filter);
    const t = computeCoverage(p.input, { filter }).totals;
    let rows = 0;
    let located = 0n;
    for (let r = 0; r < kept.length; r++) {
      if (!kept[r]) continue;
      rows++;
      const k = p.input.kind[r];
      if ((k === 0 || k === 1) && Number.isFinite(p.input.amount[r])) located += BigInt(Math.round(p.input.amount[r] * 1e6));
    }
    expect(rows).toBe(t.rows.total);
    expect(located).toBe(t.moneyMicros.located);
  });
});
