// `focal rank --year` and `--years` on the real data: the index of a year on fixed goalposts, the
// rank change, and the files written (the list's year columns, the spec recording the year).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DEFAULT_SPEC_PATH } from '../data/index-spec-fixtures.ts';
import { PUBLIC_DATA } from '../data/public-data.ts';

async function focal(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'focal-rank-years-'));
const rows = (path: string) => csvParse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));

/** Guatemala's SEGEPLAN score alone (↓ need), no treatment, min–max within country. */
function segeplanSpec(): string {
  const path = join(tmp(), 'segeplan.json');
  writeFileSync(
    path,
    JSON.stringify({
      focal_spec: 1,
      data: {
        units: { file: 'units.csv', key: 'unit_id', name: 'name', country: 'country', department: 'dept_name' },
        values: { file: 'indicators.csv', format: 'long', key: 'unit_id' },
      },
      indicators: [{ id: 'gt_segeplan_ranking_2018', direction: -1, weight: 1, parent: 'index' }],
      groups: [{ id: 'index', parent: null, weight: 1 }],
      treatment: { method: 'none' },
      normalisation: { method: 'minmax', scope: 'country' },
      topN: 10,
      topNScope: 'country',
    }),
  );
  return path;
}

describe('focal rank --years A,B on public/data', () => {
  it('writes the rank change, the years and the spec with its year; the spec alone reproduces the list', async () => {
    const dir = tmp();
    const out = join(dir, 'p.csv');
    const r = await focal('rank', '--spec', segeplanSpec(), '--data', PUBLIC_DATA, '--years', '2013,2018', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^focal rank: 340 of 682 units ranked, 342 without score; year 2018 on goalposts fixed over 2013, 2016, 2018; since 2013: \d+ moved up, \d+ down \(country ranks\); top 10 per country: \d+ units; sensitivity not run for the index of a year; wrote /);
    const list = rows(out);
    expect(list.columns).toEqual(['rank_country', 'rank_change_country', 'in_top_n', 'unit_id', 'name', 'department', 'country', 'score', 'severity', 'score_in_2013', 'score_in_2016', 'score_in_2018', 'coverage', 'year', 'compare_year', 'value_years']);
    const row = (id: string) => list.find((x) => x.unit_id === id)!;
    // Hand count (tests/data/rank-units-in-year.test.ts): San Pedro Sacatepéquez 7th → 329th, Uspantán 321st → 30.5th.
    expect(row('GT1202')).toMatchObject({ rank_country: '329', rank_change_country: '-322', score: '17.1', year: '2018', compare_year: '2013', value_years: 'gt_segeplan_ranking_2018:2018' });
    expect(row('GT1415')).toMatchObject({ rank_country: '30.5', rank_change_country: '290.5' });
    // Each year's score on the goalposts fixed over 2013–2018 (0.0187 to 0.6749): 100 (0.6749 − v) / 0.6562.
    expect(row('GT1202')).toMatchObject({ score_in_2013: '83.9', score_in_2016: '46.6', score_in_2018: '17.1' });
    expect(row('GT1415')).toMatchObject({ score_in_2013: '24.1', score_in_2016: '66.3', score_in_2018: '70.4' });
    // Honduras has no indicator by year: no trend written (its score, if any, is the same every year).
    expect(list.filter((x) => x.country === 'HN').every((x) => x.score_in_2013 === '' && x.score_in_2018 === '')).toBe(true);
    const spec = JSON.parse(readFileSync(`${out}.spec.json`, 'utf8'));
    expect([spec.year, spec.compareYear]).toEqual([2018, 2013]);
    const again = join(dir, 'again.csv');
    expect((await focal('rank', '--spec', `${out}.spec.json`, '--data', PUBLIC_DATA, '--out', again)).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('--year Y: the index of that year without a rank change; the default spec over its SEGEPLAN years', async () => {
    const out = join(tmp(), 'p.csv');
    const r = await focal('rank', '--spec', DEFAULT_SPEC_PATH, '--data', PUBLIC_DATA, '--year', '2013', '--out', out);
    expect(r.err).toBe('');
    expect(r.out).toContain('682 of 682 units ranked, 0 without score; year 2013 on goalposts fixed over 2013, 2016, 2018; top 10 per country');
    const list = rows(out);
    expect(list.columns).not.toContain('rank_change_country');
    expect(list.columns.slice(-2)).toEqual(['year', 'value_years']);
    expect(new Set(list.map((x) => x.value_years))).toEqual(new Set(['gt_segeplan_ranking_2018:2013']));
  });

  it('refuses a year the data do not have (status 1) and bad --year/--years (status 2)', async () => {
    const out = join(tmp(), 'p.csv');
    const no = await focal('rank', '--spec', segeplanSpec(), '--data', PUBLIC_DATA, '--year', '2015', '--out', out);
    expect(no.code).toBe(1);
    expect(no.err).toBe("focal rank: year 2015 is not a year of the index's yearly indicators (2013, 2016, 2018)");
    for (const [args, msg] of [
      [['--year', '2018', '--years', '2013,2018'], 'give only one of --year, --years'],
      [['--years', '2013'], '--years must be two years A,B (rank change from A to B), not "2013"'],
      [['--years', '2018,2018'], '--years must be two different years, not "2018,2018"'],
      [['--year', 'last'], '--year must be a year such as 2018, not "last"'],
    ] as const) {
      const r = await focal('rank', '--spec', segeplanSpec(), '--data', PUBLIC_DATA, ...args, '--out', out);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`focal rank: ${msg} (focal rank --help)`);
    }
  });
});
