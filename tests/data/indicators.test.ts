/** The indicator builder on the real raw data: totals, contract, department expansion, repairs. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitProps } from '../../src/lib/data/schema.ts';
import { readCsv } from '../../scripts/build/csv.ts';
import { buildIndicators } from '../../scripts/build/indicators.ts';
import { GT_CENSUS_2018_TOTAL } from '../../scripts/build/indicators-gt.ts';
import { SV_CENSUS_2024_TOTAL, SV_CENSUS_2024_UNPLACED } from '../../scripts/build/indicators-sv.ts';
import type { IndicatorsResult } from '../../scripts/build/types.ts';
import { RAW_DIR, rawUnits } from './raw-units.ts';

let units: UnitProps[];
let result: IndicatorsResult;
let log: string[];
const values = (id: string) => result.rows.filter((r) => r.indicator_id === id);
const valueOf = (unit: string, id: string) => result.rows.find((r) => r.unit_id === unit && r.indicator_id === id)?.value;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

beforeAll(() => {
  units = rawUnits();
  log = [];
  result = buildIndicators({ rawDir: RAW_DIR, units, log: (l) => log.push(l) });
});

describe('output contract', () => {
  it('has 682 units to work on', () => expect(units).toHaveLength(682));

  it('every row names a known unit, a catalogued indicator and a finite value', () => {
    const ids = new Set(units.map((u) => u.unit_id));
    const catalog = new Map(result.catalog.map((c) => [c.id, c]));
    for (const r of result.rows) {
      expect(ids.has(r.unit_id), r.unit_id).toBe(true);
      expect(catalog.has(r.indicator_id), r.indicator_id).toBe(true);
      expect(Number.isFinite(r.value), `${r.unit_id} ${r.indicator_id}`).toBe(true);
    }
  });

  it('every catalog entry has rows, countries that match them, and a listed source', () => {
    const sources = new Set(result.sources.map((s) => s.id));
    const country = new Map(units.map((u) => [u.unit_id, u.country]));
    for (const c of result.catalog) {
      const rows = values(c.id);
      expect(rows.length, c.id).toBeGreaterThan(0);
      expect([...new Set(rows.map((r) => country.get(r.unit_id)))].sort()).toEqual([...c.countries].sort());
      expect(sources.has(c.source_id), c.source_id).toBe(true);
      expect([1, -1, 0]).toContain(c.direction);
      for (const text of [c.label, c.description, c.unit]) expect(text.en && text.es).toBeTruthy();
    }
    expect(new Set(result.catalog.map((c) => c.id)).size).toBe(result.catalog.length);
  });

  it('rows are sorted by unit then indicator, one per pair', () => {
    for (let i = 1; i < result.rows.length; i++) {
      const [a, b] = [result.rows[i - 1], result.rows[i]];
      expect(a.unit_id < b.unit_id || (a.unit_id === b.unit_id && a.indicator_id < b.indicator_id)).toBe(true);
    }
  });

  it('catalog is ordered by pillar', () => {
    const order = ['migration', 'I', 'II', 'III', 'IV', 'V', 'context'];
    const ranks = result.catalog.map((c) => order.indexOf(c.pillar));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('is deterministic', () => {
    const again = buildIndicators({ rawDir: RAW_DIR, units, log: () => {} });
    expect(again).toEqual(result);
  });

  it('includes the indicators the targeting index needs', () => {
    const ids = result.catalog.map((c) => c.id);
    for (const id of [
      'gt_deportees_rate', 'gt_migration_potential_pct', 'gt_return_migrants_per_1000', 'gt_population', 'gt_poverty_pct',
      'gt_gdp_per_capita', 'gt_food_insecurity_index', 'gt_unemployment_pct', 'gt_gini', 'gt_crime_rate', 'gt_violence_women_rate',
      'gt_domestic_violence_rate', 'gt_child_labour_pct', 'gt_mgmt_admin_index', 'gt_mgmt_strategic_index', 'gt_mgmt_financial_index',
      'gt_public_services_index', 'gt_segeplan_ranking_2018', 'emigrants_per_1000', 'households_emigrants_pct',
      'households_remittances_pct', 'sv_population', 'sv_emigrants_violence_pct', 'hn_population', 'sv_poverty_moderate_2019_pct',
      'sv_poverty_moderate_2019_se', 'sv_pess_distritos', 'violence_score', 'climate_fragility_score',
    ]) expect(ids, id).toContain(id);
  });
});

describe('Guatemala', () => {
  it('population sums to the Censo 2018 total over the 340 municipios', () => {
    const pop = values('gt_population');
    expect(pop).toHaveLength(340);
    expect(sum(pop.map((r) => r.value))).toBe(GT_CENSUS_2018_TOTAL);
    expect(GT_CENSUS_2018_TOTAL).toBe(14_901_286);
  });

  it('repairs the census rows with wrong codes', () => {
    expect(valueOf('GT1406', 'gt_population')).toBe(141_567); // Chichicastenango, coded "1017 Santo Tomas La Unión"
    expect(valueOf('GT1015', 'gt_population')).toBe(26_346); // Santa Bárbara (Suchitepéquez), coded 1310
    expect(valueOf('GT1310', 'gt_population')).toBe(33_608); // Santa Bárbara (Huehuetenango)
    expect(valueOf('GT1311', 'gt_population')).toBe(38_234); // La Libertad (Huehuetenango), coded 3111
    expect(valueOf('GT1017', 'gt_population')).toBe(11_698); // Santo Tomás La Unión
    expect(log.some((l) => l.includes('placed on GT1406 Chichicastenango (listed correction'))).toBe(true);
  });

  it('puts Sansare\'s census figures on the unit named Sansare (INE 0206 = Sansare, OCHA 0207)', () => {
    const byName = (name: string) => units.find((u) => u.country === 'GT' && u.name === name)!;
    const sansare = byName('Sansare');
    const sanarate = byName('Sanarate');
    expect([sansare.unit_id, sansare.ine_code, sanarate.unit_id, sanarate.ine_code]).toEqual(['GT0207', '0206', 'GT0206', '0207']);
    expect(valueOf(sansare.unit_id, 'gt_population')).toBe(13_154);
    expect(valueOf(sanarate.unit_id, 'gt_population')).toBe(39_444);
    // SEGEPLAN 2018: Sansare 0.4269, Sanarate 0.2756 (INE-coded rows 206 and 207 of the source).
    expect(valueOf(sansare.unit_id, 'gt_segeplan_ranking_2018')).toBe(0.4269);
    expect(valueOf(sanarate.unit_id, 'gt_segeplan_ranking_2018')).toBe(0.2756);
    // A2SIT keys by INE code: Sansare's row (0206) has Censo 2018 Sansare's return migrants (13 of 13,154).
    expect(valueOf(sansare.unit_id, 'gt_return_migrants_per_1000')).toBeCloseTo((13 / 13154) * 1000, 10);
  });

  it('return migration is per 1,000 residents of the census', () => {
    // Guatemala municipio: 4,084 lived abroad in April 2013 of 923,392 residents.
    expect(valueOf('GT0101', 'gt_return_migrants_per_1000')).toBeCloseTo((4084 / 923392) * 1000, 10);
    expect(values('gt_return_migrants_per_1000')).toHaveLength(340);
  });

  it('keeps the scale of each column honest', () => {
    const mpi = values('gt_migration_potential_pct').map((r) => r.value);
    expect(Math.max(...mpi)).toBeGreaterThan(1); // published in %, not as a share
    expect(Math.max(...mpi)).toBeLessThanOrEqual(100);
    expect(valueOf('GT0101', 'gt_poverty_pct')).toBeCloseTo(13.761720705070049, 10); // share 0.1376 → %
    const gini = values('gt_gini').map((r) => r.value);
    expect(gini).toHaveLength(335); // five impossible values > 1 dropped
    expect(Math.max(...gini)).toBeLessThanOrEqual(1);
    expect(values('gt_violence_women_rate')).toHaveLength(339); // one blank in the source: no row, not 0
  });

  it('takes directions from the A2SIT dictionary', () => {
    const dir = (id: string) => result.catalog.find((c) => c.id === id)!.direction;
    for (const id of ['gt_gdp_per_capita', 'gt_mgmt_admin_index', 'gt_mgmt_strategic_index', 'gt_mgmt_financial_index', 'gt_public_services_index', 'gt_segeplan_ranking_2018']) {
      expect(dir(id), id).toBe(-1);
    }
    for (const id of ['gt_deportees_rate', 'gt_poverty_pct', 'gt_crime_rate', 'gt_child_labour_pct']) expect(dir(id), id).toBe(1);
    expect(dir('gt_population')).toBe(0);
    const label = result.catalog.find((c) => c.id === 'gt_crime_rate')!.label.es;
    expect(label).toBe('Tasa de delitos por municipio');
  });

  it('department emigration figures are identical across each department and marked as such', () => {
    const raw = readCsv(join(RAW_DIR, 'indicators', 'gtm_census2018_emigration_dept.csv'));
    for (const id of ['emigrants_per_1000', 'households_emigrants_pct', 'households_remittances_pct']) {
      expect(result.catalog.find((c) => c.id === id)!.by_country?.GT?.level).toBe('department');
      expect(values(id).filter((r) => r.unit_id.startsWith('GT'))).toHaveLength(340);
    }
    const huehue = raw.find((r) => r.depto === '13')!;
    for (const u of units.filter((x) => x.country === 'GT' && x.dept_code === '13')) {
      expect(valueOf(u.unit_id, 'households_emigrants_pct')).toBe(Number(huehue.pct_households_with_emigrants));
    }
  });
});

describe('El Salvador', () => {
  it('population over the 44 municipios excludes the 107,055 unplaced; the national total is reported', () => {
    const pop = values('sv_population');
    expect(pop).toHaveLength(44);
    expect(sum(pop.map((r) => r.value))).toBe(5_922_921);
    expect(SV_CENSUS_2024_TOTAL - SV_CENSUS_2024_UNPLACED).toBe(5_922_921);
    expect(log.find((l) => l.startsWith('notes:') && l.includes('6029976') && l.includes('107055'))).toBeTruthy();
    const entry = result.catalog.find((c) => c.id === 'sv_population')!;
    expect(entry.description.en).toContain('6,029,976');
    expect(entry.description.en).toContain('107,055');
  });

  it('joins on the inferred names (the census name columns are wrong from department 06 on)', () => {
    // Census row 06/01 is labelled "Cuscatlán Norte" but is San Salvador Centro (SV10001): 673,319 residents.
    expect(valueOf('SV10001', 'sv_population')).toBe(673_319);
    expect(valueOf('SV10001', 'emigrants_per_1000')).toBeCloseTo((19078 / 673319) * 1000, 10);
    expect(valueOf('SV04001', 'sv_population')).toBe(99_591); // the real Cuscatlán Norte
    for (const id of ['emigrants_per_1000', 'households_emigrants_pct', 'households_remittances_pct', 'sv_emigrants_violence_pct']) {
      expect(values(id).filter((r) => r.unit_id.startsWith('SV')), id).toHaveLength(44);
    }
  });

  it('share of emigrants who left because of violence comes from the detail file', () => {
    const v = values('sv_emigrants_violence_pct').map((r) => r.value);
    expect(Math.min(...v)).toBeGreaterThan(0);
    expect(Math.max(...v)).toBeLessThan(100);
    expect(result.catalog.find((c) => c.id === 'sv_emigrants_violence_pct')!.pillar).toBe('IV');
  });
});

describe('Honduras', () => {
  it('survey figures are department values, identical across the municipios of each department', () => {
    for (const id of ['households_emigrants_pct', 'emigrants_per_1000', 'households_remittances_pct']) {
      const entry = result.catalog.find((c) => c.id === id)!;
      expect(entry.level).toBe('department');
      expect(entry.by_country?.HN).toMatchObject({ level: 'department', year: '2023', source_id: 'ine_hnd_migration_survey2023' });
      const rows = values(id).filter((r) => r.unit_id.startsWith('HN'));
      expect(rows).toHaveLength(298);
      const byDept = new Map<string, Set<number>>();
      for (const r of rows) {
        expect(r.unit_id.startsWith('HN')).toBe(true);
        const dept = r.unit_id.slice(2, 4);
        byDept.set(dept, (byDept.get(dept) ?? new Set()).add(r.value));
      }
      expect(byDept.size).toBe(18);
      for (const [dept, set] of byDept) expect(set.size, `${id} ${dept}`).toBe(1);
    }
    // Atlántida (01): 22.3466…% of households with emigrants.
    expect(valueOf('HN0101', 'households_emigrants_pct')).toBeCloseTo(22.34663770796194, 12);
  });
});

describe('additions for Honduras and El Salvador', () => {
  it('Honduras population: INE projection 2024 for all 298 municipios, kept as published for Sabá and Santa Rosa de Aguán', () => {
    const pop = values('hn_population');
    expect(pop).toHaveLength(298);
    expect(sum(pop.map((r) => r.value))).toBe(9_892_623);
    expect(valueOf('HN0801', 'hn_population')).toBe(1_342_330); // Distrito Central ("Tegucigalpa" in the source)
    expect(valueOf('HN0205', 'hn_population')).toBe(5_265);
    expect(valueOf('HN0207', 'hn_population')).toBe(48_604);
    const entry = result.catalog.find((c) => c.id === 'hn_population')!;
    expect(entry).toMatchObject({ pillar: 'context', direction: 0, level: 'municipio', year: '2024', loe: [] });
    expect(entry.description.en).toMatch(/Sabá .* Santa Rosa de Aguán .* may be swapped/);
    expect(log.filter((l) => l.startsWith('HN population: 020') && l.includes('EPHPM 2018 expansion factors'))).toHaveLength(2);
  });

  it('El Salvador poverty 2019: equal-weight mean of the distritos, SE √(ΣSE²)/k from the CV', () => {
    // Santa Ana Centro = Santa Ana alone: 16.71%, CV 15.4087% → SE 2.5748 points.
    expect(valueOf('SV12001', 'sv_poverty_moderate_2019_pct')).toBeCloseTo(16.71, 12);
    expect(valueOf('SV12001', 'sv_poverty_moderate_2019_se')).toBeCloseTo(0.154087 * 16.71, 10);
    // La Libertad Sur = Comasagua (16.59, CV 34.2901%) + Santa Tecla (10.46, CV 23.6725%).
    expect(valueOf('SV05006', 'sv_poverty_moderate_2019_pct')).toBeCloseTo((16.59 + 10.46) / 2, 12);
    expect(valueOf('SV05006', 'sv_poverty_moderate_2019_se')).toBeCloseTo(Math.hypot(0.342901 * 16.59, 0.236725 * 10.46) / 2, 10);
    expect(values('sv_poverty_moderate_2019_pct')).toHaveLength(44);
    expect(result.catalog.find((c) => c.id === 'sv_poverty_moderate_2019_pct')!.description.en).toContain('EQUAL weights');
    expect(result.catalog.find((c) => c.id === 'sv_poverty_moderate_2019_se')!.pillar).toBe('context');
  });

  it('leaves out the 11 rows whose name is in several departments, and says which municipios miss a distrito', () => {
    const left = log.find((l) => l.startsWith('SV poverty 2019: 11 rows'))!;
    expect(left).toContain('"El Rosario" 33.33%');
    expect(log.find((l) => l.includes('averaged over only the distritos'))).toContain('SV08001 8 of 11');
  });

  it('Plan El Salvador Seguro: a count of prioritised distritos on all 44 municipios, 0 a true value, 50 in all', () => {
    const pess = values('sv_pess_distritos');
    expect(pess).toHaveLength(44);
    expect(sum(pess.map((r) => r.value))).toBe(50);
    expect(pess.filter((r) => r.value === 0)).toHaveLength(12);
    const entry = result.catalog.find((c) => c.id === 'sv_pess_distritos')!;
    expect(entry).toMatchObject({ pillar: 'context', direction: 0 });
    expect(entry.description.en).toContain('A targeting list, not a measure of need');
  });
});

describe('catalog across countries and frameworks', () => {
  it('assembles the per-country migration entries into three-country entries with by_country', () => {
    const ids = result.catalog.map((c) => c.id);
    for (const old of ['gt_dept_emigrants_per_1000', 'hn_dept_emigrants_per_1000', 'sv_emigrants_per_1000', 'sv_households_emigrants_pct', 'hn_dept_households_remittances_pct']) {
      expect(ids).not.toContain(old);
    }
    const e = result.catalog.find((c) => c.id === 'emigrants_per_1000')!;
    expect(e.countries).toEqual(['GT', 'HN', 'SV']);
    expect(e.level).toBe('department'); // the coarsest: GT and HN are department figures
    expect(e.by_country).toEqual({
      GT: { level: 'department', year: '2002–2018', source_id: 'ine_gtm_census2018_emigration_dept', source: expect.stringContaining('INE Guatemala') },
      HN: { level: 'department', year: '2023', source_id: 'ine_hnd_migration_survey2023', source: expect.stringContaining('INE Honduras') },
      SV: { level: 'municipio', year: '2014–2024', source_id: 'digestyc_slv_census2024', source: expect.stringContaining('DIGESTYC') },
    });
    expect(values('emigrants_per_1000')).toHaveLength(682);
    expect(e.description.en).toContain('compare municipios within a country');
    for (const s of Object.values(e.by_country!)) expect(result.sources.map((x) => x.id)).toContain(s.source_id);
  });

  it('gives every entry its CMMS lines of effort (present, 1–8, possibly empty)', () => {
    for (const c of result.catalog) {
      expect(Array.isArray(c.loe), c.id).toBe(true);
      for (const l of c.loe) expect(l >= 1 && l <= 8, c.id).toBe(true);
    }
    const loe = (id: string) => result.catalog.find((c) => c.id === id)!.loe;
    expect(loe('gt_deportees_rate')).toEqual([5]);
    expect(loe('gt_poverty_pct')).toEqual([1]);
    expect(loe('gt_unemployment_pct')).toEqual([4]);
    expect(loe('violence_score')).toEqual([3]);
    expect(loe('gt_violence_women_rate')).toEqual([3]);
  });
});
