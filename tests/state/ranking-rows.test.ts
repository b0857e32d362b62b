import { describe, expect, it } from 'vitest';
import {
  countryOptions,
  DEFAULT_SORT,
  defaultSort,
  departmentKey,
  departmentOptions,
  effectiveSort,
  filterRows,
  NO_FILTER,
  rankingRows,
  showsRegionRank,
  sortRows,
  type RankingRow,
} from '../../src/lib/state/ranking-rows.ts';
import { fixtureResult, fixtureSensitivity } from './ranking-fixture.ts';

const GROUPS = ['migration', 'I'];
const NAMES: Record<string, string> = { GT: 'Guatemala', SV: 'El Salvador' };
const rows = (withSensitivity = false) =>
  rankingRows(fixtureResult(), withSensitivity ? fixtureSensitivity() : null, GROUPS, (c) => NAMES[c] ?? c);
const ids = (rs: RankingRow[]) => rs.map((r) => r.id);

describe('rankingRows', () => {
  it('lists every unit once, in priority order, with its fields', () => {
    const rs = rows();
    expect(ids(rs)).toEqual(['GT02', 'SV02', 'GT01', 'SV01', 'GT04', 'GT03']);
    expect(rs.map((r) => r.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rs[0]).toMatchObject({
      unit: 1,
      name: 'San José',
      department: 'Petén',
      country: 'GT',
      countryLabel: 'Guatemala',
      hasScore: true,
      score: 70,
      rankRegion: 1,
      rankCountry: 1,
      coverage: 1,
      contributions: [50, 20],
      inTopN: true,
      folded: 'san jose',
      foldedDepartment: 'peten',
    });
    expect(rs[2].rankCountry).toBe(2.5);
  });

  it('keeps a unit without score as insufficient data: NaN score, ranks and contributions, never 0', () => {
    const last = rows().at(-1)!;
    expect(last.id).toBe('GT03');
    expect(last.hasScore).toBe(false);
    expect(last.score).toBeNaN();
    expect(last.rankRegion).toBeNaN();
    expect(last.rankCountry).toBeNaN();
    expect(last.contributions.every(Number.isNaN)).toBe(true);
    expect(last.coverage).toBe(0.3);
    expect(last.inTopN).toBe(false);
  });

  it('keeps a missing contribution NaN and a group unknown to the result NaN', () => {
    const sv01 = rankingRows(fixtureResult(), null, ['migration', 'I', 'nope']).find((r) => r.id === 'SV01')!;
    expect(sv01.contributions[0]).toBe(40);
    expect(sv01.contributions[1]).toBeNaN();
    expect(sv01.contributions[2]).toBeNaN();
  });

  it('has NaN sensitivity fields without sensitivity, and the values with it', () => {
    const plain = rows()[0];
    expect(plain.medianRank).toBeNaN();
    expect(plain.probTopN).toBeNaN();
    expect(plain.robust).toBe(false);
    const s = rows(true);
    expect(s[0]).toMatchObject({ medianRank: 1, p05: 1, p95: 2, probTopN: 0.97, robust: true });
    expect(s[1]).toMatchObject({ medianRank: 2, p05: 1, p95: 3, probTopN: 0.75, robust: false });
  });

  it('takes the sensitivity stored in the result when none is given', () => {
    const r = fixtureResult();
    r.sensitivity = fixtureSensitivity();
    expect(rankingRows(r, null, GROUPS)[0].medianRank).toBe(1);
  });

  it('ignores a sensitivity result of another unit set (length differs)', () => {
    const s = fixtureSensitivity();
    s.medianRank = s.medianRank.slice(0, 3);
    expect(rankingRows(fixtureResult(), s, GROUPS)[0].medianRank).toBeNaN();
  });

  it('defaults the country label to the code', () => {
    expect(rankingRows(fixtureResult(), null, GROUPS)[0].countryLabel).toBe('GT');
  });
});

describe('sortRows', () => {
  it('sorts by region rank ascending by default, ties in priority order, no score last', () => {
    expect(ids(sortRows(rows(), DEFAULT_SORT, GROUPS))).toEqual(['GT02', 'SV02', 'GT01', 'SV01', 'GT04', 'GT03']);
  });

  it('puts units without score last in descending order too', () => {
    expect(ids(sortRows(rows(), { key: 'rankRegion', dir: 'desc' }, GROUPS))).toEqual([
      'GT01',
      'SV01',
      'GT04',
      'SV02',
      'GT02',
      'GT03',
    ]);
  });

  it('sorts by score both ways', () => {
    expect(ids(sortRows(rows(), { key: 'score', dir: 'asc' }, GROUPS))).toEqual(['GT01', 'SV01', 'GT04', 'SV02', 'GT02', 'GT03']);
    expect(ids(sortRows(rows(), { key: 'score', dir: 'desc' }, GROUPS))).toEqual(['GT02', 'SV02', 'GT01', 'SV01', 'GT04', 'GT03']);
  });

  it('sorts by country rank, ties in priority order', () => {
    // rank 1: GT02, SV02; rank 2: SV01; rank 2.5: GT01, GT04.
    expect(ids(sortRows(rows(), { key: 'rankCountry', dir: 'asc' }, GROUPS))).toEqual(['GT02', 'SV02', 'SV01', 'GT01', 'GT04', 'GT03']);
  });

  it('sorts by coverage', () => {
    // coverages 1 (GT02), 1 (SV02), 1 (GT01), 0.6 (SV01), 0.8 (GT04); GT03 has no score.
    expect(ids(sortRows(rows(), { key: 'coverage', dir: 'asc' }, GROUPS))).toEqual(['SV01', 'GT04', 'GT02', 'SV02', 'GT01', 'GT03']);
  });

  it('sorts by a group contribution, missing values last in both directions', () => {
    // I: GT02 20, SV02 20, GT01 10, SV01 NaN, GT04 15.
    expect(ids(sortRows(rows(), { key: 'group:I', dir: 'desc' }, GROUPS))).toEqual(['GT02', 'SV02', 'GT04', 'GT01', 'SV01', 'GT03']);
    expect(ids(sortRows(rows(), { key: 'group:I', dir: 'asc' }, GROUPS))).toEqual(['GT01', 'GT04', 'GT02', 'SV02', 'SV01', 'GT03']);
  });

  it('sorts by name ignoring accents, in the locale', () => {
    // Ahuachapán, Petén, San José, San Miguel, Zacapa; Sololá (no score) last.
    expect(ids(sortRows(rows(), { key: 'name', dir: 'asc' }, GROUPS, 'es'))).toEqual(['SV02', 'GT01', 'GT02', 'SV01', 'GT04', 'GT03']);
    expect(ids(sortRows(rows(), { key: 'name', dir: 'desc' }, GROUPS, 'es'))).toEqual(['GT04', 'SV01', 'GT02', 'GT01', 'SV02', 'GT03']);
  });

  it('sorts by country by its displayed name (El Salvador before Guatemala)', () => {
    expect(ids(sortRows(rows(), { key: 'country', dir: 'asc' }, GROUPS))).toEqual(['SV02', 'SV01', 'GT02', 'GT01', 'GT04', 'GT03']);
  });

  it('sorts by department', () => {
    // Ahuachapán, Petén (GT02, GT01 in priority order), San Miguel, Zacapa.
    expect(ids(sortRows(rows(), { key: 'department', dir: 'asc' }, GROUPS))).toEqual(['SV02', 'GT02', 'GT01', 'SV01', 'GT04', 'GT03']);
  });

  it('sorts by the sensitivity columns; without sensitivity they leave priority order', () => {
    const s = rows(true);
    // median ranks: GT02 1, SV02 2, GT01 4, SV01 3, GT04 5.
    expect(ids(sortRows(s, { key: 'medianRank', dir: 'asc' }, GROUPS))).toEqual(['GT02', 'SV02', 'SV01', 'GT01', 'GT04', 'GT03']);
    // P(top N): 0.97, 0.75, 0.05, 0.2, 0.01.
    expect(ids(sortRows(s, { key: 'probTopN', dir: 'desc' }, GROUPS))).toEqual(['GT02', 'SV02', 'SV01', 'GT01', 'GT04', 'GT03']);
    // interval: p05 then p95: GT02 [1,2], SV02 [1,3], SV01 [2,5], GT01 [3,5], GT04 [3,5].
    expect(ids(sortRows(s, { key: 'interval', dir: 'asc' }, GROUPS))).toEqual(['GT02', 'SV02', 'SV01', 'GT01', 'GT04', 'GT03']);
    expect(ids(sortRows(s, { key: 'interval', dir: 'desc' }, GROUPS))).toEqual(['GT01', 'GT04', 'SV01', 'SV02', 'GT02', 'GT03']);
    expect(ids(sortRows(rows(), { key: 'medianRank', dir: 'desc' }, GROUPS))).toEqual(ids(rows()));
  });

  it('returns a new array and leaves the input alone', () => {
    const rs = rows();
    const before = ids(rs);
    const sorted = sortRows(rs, { key: 'name', dir: 'asc' }, GROUPS);
    expect(sorted).not.toBe(rs);
    expect(ids(rs)).toEqual(before);
  });
});

describe('effectiveSort', () => {
  it('keeps a shown column and falls back to the default for a hidden one', () => {
    const score = { key: 'score', dir: 'desc' } as const;
    expect(effectiveSort(score, GROUPS, false)).toBe(score);
    expect(effectiveSort({ key: 'probTopN', dir: 'desc' }, GROUPS, true)).toEqual({ key: 'probTopN', dir: 'desc' });
    expect(effectiveSort({ key: 'probTopN', dir: 'desc' }, GROUPS, false)).toEqual(DEFAULT_SORT);
    expect(effectiveSort({ key: 'interval', dir: 'asc' }, GROUPS, false)).toEqual(DEFAULT_SORT);
    expect(effectiveSort({ key: 'group:I', dir: 'desc' }, GROUPS, false)).toEqual({ key: 'group:I', dir: 'desc' });
    expect(effectiveSort({ key: 'group:V', dir: 'desc' }, GROUPS, false)).toEqual(DEFAULT_SORT);
  });
});

describe('filterRows', () => {
  it('passes everything with no filter', () => {
    expect(filterRows(rows(), NO_FILTER)).toHaveLength(6);
  });

  it('finds "peten" in "Petén" and "JOSE" in "San José" (accents and case ignored)', () => {
    // GT01 is named Petén; GT02 lies in the department of Petén.
    expect(ids(filterRows(rows(), { ...NO_FILTER, query: 'peten' }))).toEqual(['GT02', 'GT01']);
    expect(ids(filterRows(rows(), { ...NO_FILTER, query: 'PETÉN' }))).toEqual(['GT02', 'GT01']);
    expect(ids(filterRows(rows(), { ...NO_FILTER, query: '  JOSE ' }))).toEqual(['GT02']);
    expect(ids(filterRows(rows(), { ...NO_FILTER, query: 'Sololá' }))).toEqual(['GT03']);
    // San José, San Miguel (name and department).
    expect(ids(filterRows(rows(), { ...NO_FILTER, query: 'san' }))).toEqual(['GT02', 'SV01']);
    expect(ids(filterRows(rows(), { ...NO_FILTER, query: 'zacap' }))).toEqual(['GT04']);
    expect(filterRows(rows(), { ...NO_FILTER, query: 'xyz' })).toEqual([]);
  });

  it('filters by country, department and name together', () => {
    expect(ids(filterRows(rows(), { ...NO_FILTER, country: 'SV' }))).toEqual(['SV02', 'SV01']);
    const peten = departmentKey('GT', 'Petén');
    expect(ids(filterRows(rows(), { ...NO_FILTER, department: peten }))).toEqual(['GT02', 'GT01']);
    expect(ids(filterRows(rows(), { country: 'GT', department: peten, query: 'san' }))).toEqual(['GT02']);
    expect(filterRows(rows(), { ...NO_FILTER, country: 'SV', department: peten })).toEqual([]);
  });

  it('keeps departments of the same name in different countries apart', () => {
    const r = fixtureResult();
    r.units = r.units.map((u) => (u.unit_id === 'SV01' ? { ...u, department: 'Petén' } : u));
    const rs = rankingRows(r, null, GROUPS);
    expect(ids(filterRows(rs, { ...NO_FILTER, department: departmentKey('GT', 'Petén') }))).toEqual(['GT02', 'GT01']);
    expect(ids(filterRows(rs, { ...NO_FILTER, department: departmentKey('SV', 'Petén') }))).toEqual(['SV01']);
  });
});

describe('countryOptions and departmentOptions', () => {
  it('lists countries by displayed name', () => {
    expect(countryOptions(rows())).toEqual([
      { country: 'SV', label: 'El Salvador' },
      { country: 'GT', label: 'Guatemala' },
    ]);
  });

  it('lists departments once, by country name then department, optionally of one country', () => {
    expect(departmentOptions(rows()).map((d) => `${d.country}:${d.department}`)).toEqual([
      'SV:Ahuachapán',
      'SV:San Miguel',
      'GT:Petén',
      'GT:Sololá',
      'GT:Zacapa',
    ]);
    expect(departmentOptions(rows(), 'GT').map((d) => d.department)).toEqual(['Petén', 'Sololá', 'Zacapa']);
    expect(departmentOptions(rows(), 'GT')[0].key).toBe(departmentKey('GT', 'Petén'));
  });
});

describe('defaultSort', () => {
  it('lists by region rank, or by rank within country when the top N is counted per country', () => {
    expect(defaultSort('region')).toEqual({ key: 'rankRegion', dir: 'asc' });
    expect(defaultSort('country')).toEqual({ key: 'rankCountry', dir: 'asc' });
  });

  it('lists by rank within country whenever the indicators are normalised within each country', () => {
    expect(defaultSort('region', 'country')).toEqual({ key: 'rankCountry', dir: 'asc' });
    expect(defaultSort('country', 'country')).toEqual({ key: 'rankCountry', dir: 'asc' });
    expect(defaultSort('region', 'region')).toEqual({ key: 'rankRegion', dir: 'asc' });
  });
});

describe('the region rank', () => {
  it('is shown only when the normalisation scope is the region', () => {
    expect(showsRegionRank('region')).toBe(true);
    expect(showsRegionRank('country')).toBe(false);
  });

  it('is not kept as the sort when it is hidden: the country rank takes over', () => {
    const fallback = defaultSort('region', 'country');
    expect(effectiveSort({ key: 'rankRegion', dir: 'asc' }, GROUPS, false, fallback, false)).toEqual(fallback);
    expect(effectiveSort({ key: 'rankRegion', dir: 'desc' }, GROUPS, false, fallback, true)).toEqual({ key: 'rankRegion', dir: 'desc' });
  });
});

describe('rankingRows with the evidence of the scores', () => {
  it('carries each unit’s municipio, department and missing shares, NaN without evidence', () => {
    const f = (xs: number[]) => Float64Array.from(xs);
    const evidence = {
      municipio: f([0.5, 1, 0, 0.6, 0.8, 0.25]),
      department: f([0.5, 0, 0.3, 0, 0, 0.75]),
      missing: f([0, 0, 0.7, 0.4, 0.2, 0]),
      absent: [],
    };
    const rs = rankingRows(fixtureResult(), null, GROUPS, (c) => c, evidence);
    // Priority order 1, 5, 0, 3, 4, 2.
    expect(rs.map((r) => [r.municipioShare, r.departmentShare, r.missingShare])).toEqual([
      [1, 0, 0],
      [0.25, 0.75, 0],
      [0.5, 0.5, 0],
      [0.6, 0, 0.4],
      [0.8, 0, 0.2],
      [0, 0.3, 0.7],
    ]);
    expect(rows().every((r) => Number.isNaN(r.municipioShare) && Number.isNaN(r.missingShare))).toBe(true);
  });
});

describe('rankingRows with severity classes', () => {
  it('carries each unit’s class (NaN for none) and sorts by it, units without a score last', () => {
    // Units 0…5 in priority order 1, 5, 0, 3, 4, 2; unit 2 gets no class.
    const rs = rankingRows(fixtureResult(), null, GROUPS, (c) => c, null, Uint8Array.from([3, 5, 0, 2, 4, 1]));
    expect(rs.map((r) => r.severity)).toEqual([5, 1, 3, 2, 4, NaN]);
    const desc = sortRows(rs, { key: 'severity', dir: 'desc' }, GROUPS);
    expect(desc.filter((r) => r.hasScore).map((r) => r.severity)).toEqual(
      rs.filter((r) => r.hasScore).map((r) => r.severity).sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : b - a)),
    );
    expect(rows().every((r) => Number.isNaN(r.severity))).toBe(true);
    // Classes of other units are not used.
    expect(rankingRows(fixtureResult(), null, GROUPS, (c) => c, null, Uint8Array.from([1, 2])).every((r) => Number.isNaN(r.severity))).toBe(true);
  });
});
