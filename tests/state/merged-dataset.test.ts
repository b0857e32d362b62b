import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { mergedDataset } from '../../src/lib/state/merged-dataset.ts';
import type { WorkspaceData } from '../../src/lib/state/workspace-data.ts';
import type { CatalogEntry, InvestmentRow } from '../../src/lib/data/schema.ts';

const base = {
  units: 'unit_id,country,code,name,dept_code,dept_name\nGT0101,GT,0101,Guatemala,01,Guatemala\n',
  indicators: 'unit_id,indicator_id,value\nGT0101,pop,10', // no final newline
  catalog: [{ id: 'pop' } as CatalogEntry],
  investments:
    'activity_id,title,donor,sector,office,start_year,end_year,amount_usd,country,unit_id,lon,lat,precision,level,source_id\n',
};

const row: InvestmentRow = {
  activity_id: 'a-1',
  title: 'Escuela "Nueva", fase 2\nsegunda línea',
  donor: 'Cooperación Española',
  sector: 'Education',
  office: '',
  start_year: 2021,
  end_year: null,
  amount_usd: 1234.5,
  country: 'GT',
  unit_id: 'GT0101',
  lon: null,
  lat: null,
  precision: null,
  level: 'municipio',
  source_id: 'user:import-1',
};

const data = (over: Partial<WorkspaceData>): WorkspaceData => ({ catalog: [], indicators: [], indicatorYears: [], investments: [], geometries: new Map(), reports: new Map(), ...over });

describe('mergedDataset', () => {
  it('returns the default texts themselves when the workspace adds nothing', () => {
    expect(mergedDataset(base, data({}))).toBe(base);
  });

  it('appends indicator rows after the default ones (a missing final newline is added) and the catalog entries after the default catalog', () => {
    const extra = { id: 'remit' } as CatalogEntry;
    const out = mergedDataset(base, data({ catalog: [extra], indicators: [{ unit_id: 'GT0101', indicator_id: 'remit', value: 0.1 + 0.2 }] }));
    expect(out.indicators).toBe('unit_id,indicator_id,value\nGT0101,pop,10\nGT0101,remit,0.30000000000000004\n');
    expect(out.catalog.map((e) => e.id)).toEqual(['pop', 'remit']);
    expect(base.catalog).toHaveLength(1);
  });

  it('appends the yearly imports to the default yearly values (or to their header alone), and leaves them alone when there are none', () => {
    const years = 'unit_id,indicator_id,year,value\nSV0101,sv_x,2020,1.5\n';
    const row = { unit_id: 'GT0101', indicator_id: 'user_v', year: 2022, value: 7 };
    expect(mergedDataset({ ...base, indicatorYears: years }, data({ indicatorYears: [row] })).indicatorYears).toBe(`${years}GT0101,user_v,2022,7\n`);
    expect(mergedDataset(base, data({ indicatorYears: [row] })).indicatorYears).toBe('unit_id,indicator_id,year,value\nGT0101,user_v,2022,7\n');
    expect(mergedDataset({ ...base, indicatorYears: years }, data({ indicators: [{ unit_id: 'GT0101', indicator_id: 'remit', value: 1 }] })).indicatorYears).toBe(years);
  });

  it('writes investment rows in the file’s column order; quotes, commas, newlines and accents survive a CSV parse', () => {
    const out = mergedDataset(base, data({ investments: [row] }));
    const [header, parsed] = csvParseRows(out.investments);
    expect(parsed).toEqual(['a-1', 'Escuela "Nueva", fase 2\nsegunda línea', 'Cooperación Española', 'Education', '', '2021', '', '1234.5', 'GT', 'GT0101', '', '', '', 'municipio', 'user:import-1']);
    expect(header).toHaveLength(parsed.length);
  });
});
