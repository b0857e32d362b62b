/** The investment builder on the real raw data: USAID activity counts, AidData money conservation. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InvestmentRow, UnitProps } from '../../src/lib/data/schema.ts';
import { parseNumber, readCsv } from '../../scripts/build/csv.ts';
import { buildInvestments } from '../../scripts/build/investments.ts';
import { AIDDATA_DIR, aiddataLevel, evenSplitCents, isoYear } from '../../scripts/build/investments-aiddata.ts';
import type { InvestmentsResult } from '../../scripts/build/types.ts';
import { RAW_DIR, rawUnits } from './raw-units.ts';

let units: UnitProps[];
let result: InvestmentsResult;
let usaid: InvestmentRow[];
let aid: InvestmentRow[];
const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

beforeAll(() => {
  units = rawUnits();
  result = buildInvestments({ rawDir: RAW_DIR, units, log: () => {} });
  usaid = result.rows.filter((r) => r.source_id === 'usaid_gtm_activities');
  aid = result.rows.filter((r) => r.source_id === 'aiddata_hnd_aims');
});

describe('investment rows', () => {
  it('are well formed: known units, finite numbers, sources listed, deterministic', () => {
    const ids = new Set(units.map((u) => u.unit_id));
    const sources = new Set(result.sources.map((s) => s.id));
    for (const r of result.rows) {
      if (r.unit_id !== '') expect(ids.has(r.unit_id), r.unit_id).toBe(true);
      expect(sources.has(r.source_id)).toBe(true);
      for (const v of [r.amount_usd, r.lon, r.lat, r.start_year, r.end_year, r.precision]) {
        expect(v === null || Number.isFinite(v)).toBe(true);
      }
      if (r.amount_usd !== null) expect(r.amount_usd).toBeGreaterThan(0);
    }
    expect(result.rows).toHaveLength(usaid.length + aid.length);
    expect(buildInvestments({ rawDir: RAW_DIR, units, log: () => {} })).toEqual(result);
  });
});

describe('USAID/Guatemala', () => {
  const file = () => readCsv(join(RAW_DIR, 'investments', 'gtm_usaid_activities_by_municipio.csv'));

  it('has the 38 activities, each once at country level when nationwide', () => {
    expect(new Set(usaid.map((r) => r.activity_id)).size).toBe(38);
    const nationwide = new Set(file().filter((r) => r.level.startsWith('Nationwide')).map((r) => r.activity));
    const country = usaid.filter((r) => r.level === 'country');
    expect(country).toHaveLength(nationwide.size);
    expect(nationwide.size).toBe(13);
    for (const r of country) expect(r.unit_id).toBe('');
    expect(new Set(country.map((r) => r.activity_id)).size).toBe(country.length);
  });

  it('per-municipio counts equal the file\'s own counts (and the EDA table\'s subnational counts)', () => {
    const fromFile = new Map<string, number>();
    for (const r of file()) {
      if (!/municipality/i.test(r.level)) continue;
      const id = `GT${r.ine_muni_code.padStart(4, '0')}`;
      fromFile.set(id, (fromFile.get(id) ?? 0) + 1);
    }
    const built = new Map<string, number>();
    for (const r of usaid.filter((x) => x.level === 'municipio')) built.set(r.unit_id, (built.get(r.unit_id) ?? 0) + 1);
    expect(built).toEqual(fromFile);
    expect(sum([...built.values()])).toBe(521);

    const eda = readCsv(join(RAW_DIR, 'indicators', 'gtm_ifpri_mpi_risk_2018.csv'));
    for (const r of eda) {
      expect(built.get(`GT${r.ine_muni_code.padStart(4, '0')}`) ?? 0, r.muni).toBe(Number(r.n_usaid_activities_subnational));
    }
  });

  it('carries office, sector and no invented money or years', () => {
    for (const r of usaid) {
      expect(['DGO', 'EGO', 'HEO', 'PEPFAR']).toContain(r.office);
      expect(r.sector).not.toBe('');
      expect(r.donor).toBe('USAID');
      expect([r.amount_usd, r.start_year, r.end_year, r.lon, r.lat, r.precision]).toEqual([null, null, null, null, null, null]);
      expect(r.country).toBe('GT');
      if (r.level === 'municipio') expect(r.unit_id).toMatch(/^GT\d{4}$/);
    }
  });
});

describe('AidData Honduras', () => {
  const dir = join(RAW_DIR, 'investments', AIDDATA_DIR);
  const projects = () => readCsv(join(dir, 'projects.csv'));

  it('has one row per project location plus one country row per non-geocoded project', () => {
    const geocoded = projects().filter((p) => p.is_geocoded === '1').length;
    expect(aid).toHaveLength(5028 + (1076 - geocoded));
    expect(aid.filter((r) => r.precision !== null)).toHaveLength(5028);
    for (const r of aid) {
      expect(r.unit_id).toBe(''); // placed later by point-in-polygon
      expect(r.country).toBe('HN');
    }
  });

  it('conserves money per project and in total', () => {
    const byProject = new Map<string, InvestmentRow[]>();
    for (const r of aid) byProject.set(r.activity_id, [...(byProject.get(r.activity_id) ?? []), r]);
    let total = 0;
    for (const p of projects()) {
      const rows = byProject.get(p.project_id)!;
      expect(rows, p.project_id).toBeDefined();
      const t = parseNumber(p.total_commitments);
      if (t === null) {
        for (const r of rows) expect(r.amount_usd).toBeNull();
        continue;
      }
      total += t;
      expect(Math.abs(sum(rows.map((r) => r.amount_usd)) - t), p.project_id).toBeLessThan(0.006);
    }
    // README: total commitments $6,966,963,305.33, of which geocoded $3,267,692,687.68.
    expect(total).toBeCloseTo(6_966_963_305.33, 1);
    expect(Math.abs(sum(aid.map((r) => r.amount_usd)) - 6_966_963_305.33)).toBeLessThan(1);
    expect(Math.abs(sum(aid.filter((r) => r.precision !== null).map((r) => r.amount_usd)) - 3_267_692_687.68)).toBeLessThan(1);
  });

  it('splits evenly like AidData\'s even_split_commitments', () => {
    const level1a = readCsv(join(dir, 'level_1a.csv'));
    const mine = new Map<string, number | null>();
    const key = (r: InvestmentRow) => `${r.activity_id}|${r.lat}|${r.lon}|${r.precision}`;
    for (const r of aid.filter((x) => x.precision !== null)) mine.set(key(r), r.amount_usd);
    for (const l of level1a) {
      const even = parseNumber(l.even_split_commitments);
      const k = `${l.project_id}|${parseNumber(l.latitude)}|${parseNumber(l.longitude)}|${Number(l.precision_code)}`;
      if (even === null) continue;
      expect(Math.abs((mine.get(k) ?? NaN) - even), l.project_location_id).toBeLessThan(0.011);
    }
  });

  it('never counts a department- or country-level location as a municipio', () => {
    for (const r of aid) {
      if (r.precision === null) expect(r.level).toBe('country');
      else if (r.precision <= 3) expect(r.level).toBe('municipio');
      else if (r.precision === 4) expect(r.level).toBe('department');
      else if (r.precision >= 6) {
        expect(r.level).toBe('country');
        expect([r.lon, r.lat]).toEqual([null, null]); // the country centroid is not a place
      }
      else expect(r.level).not.toBe('municipio');
    }
    expect(aiddataLevel(5, '6295630|6255149|HN|15|9072690')).toBe('department');
    expect(aiddataLevel(5, '6295630|6255149|HN|00')).toBe('country');
    expect(() => aiddataLevel(7, '')).toThrow();
  });

  it('reads years from strict ISO dates only', () => {
    expect(isoYear('2006-12-23')).toBe(2006);
    expect(isoYear('1013-12-01')).toBeNull();
    expect(isoYear('2011-02-30')).toBeNull();
    expect(isoYear('')).toBeNull();
    expect(isoYear('12/01/2011')).toBeNull();
    for (const r of aid) {
      for (const y of [r.start_year, r.end_year]) if (y !== null) expect(y >= 1950 && y <= 2035).toBe(true);
    }
  });

  it('splits in cents that add up', () => {
    const parts = evenSplitCents(100, 3);
    expect(parts).toEqual([33.34, 33.33, 33.33]);
    expect(Math.round(sum(evenSplitCents(2920746.71243, 7)) * 100)).toBe(292074671);
  });
});
