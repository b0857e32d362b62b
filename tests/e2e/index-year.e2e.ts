/**
 * End-to-end: the index of a year in Debian's Chromium. In the index view the planner computes
 * Guatemala's index for 2018 on goalposts fixed over SEGEPLAN's years, compares with 2013 and sees
 * who moved up: the ranking's rank change for known municipios equals `rankUnits` on the same
 * files in Node (the CLI's path); the map recolours; the priority list CSV and the spec carry the
 * years; the ranking's trend column draws each Guatemalan row's scores of 2013, 2016 and 2018 (equal to
 * each year's index computed apart in Node) and nothing for a Honduran row, and the priority list
 * carries those scores; the uncertainty is not offered for a year; back to the reference values the columns go.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, afterMapChange, tableSettled, type Watched } from './browser.ts';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { readRankYears } from '../../src/cli/read-rank-years.ts';
import { readSpecFile } from '../../src/cli/rank-command.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { formatNumber } from '../../src/lib/i18n/format-number.ts';
import { DEFAULT_SPEC_PATH } from '../data/index-spec-fixtures.ts';
import { PUBLIC_DATA } from '../data/public-data.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

/** The default index of 2018 compared with 2013, computed in Node on public/data. */
function expected(): Map<string, number> {
  const spec = { ...readSpecFile(DEFAULT_SPEC_PATH), year: 2018, compareYear: 2013 };
  const tables = readRankTables(spec, PUBLIC_DATA);
  tables.years = readRankYears(spec, PUBLIC_DATA, tables.units);
  const r = rankUnits(tables, spec);
  return new Map(tables.units.map((u, i) => [u.unit_id, r.time!.compare!.country[i]]));
}

/** Each unit's score in 2013, 2016 and 2018 on the default spec, each year's index computed apart in Node. */
function expectedScores(): Map<string, number[]> {
  const years = [2013, 2016, 2018];
  const results = years.map((year) => {
    const spec = { ...readSpecFile(DEFAULT_SPEC_PATH), year };
    const tables = readRankTables(spec, PUBLIC_DATA);
    tables.years = readRankYears(spec, PUBLIC_DATA, tables.units);
    return { units: tables.units, score: rankUnits(tables, spec).index.score };
  });
  return new Map(results[0].units.map((u, i) => [u.unit_id, results.map((r) => r.score[i])]));
}

/** The trend cell of a municipio's row (found by the search box). */
async function trendCell(id: string, name: string) {
  await w.page.getByTestId('ranking-search').fill(name);
  await tableSettled(w.page);
  const cell = w.page.locator(`[data-testid="ranking-table"] tbody tr[data-unit="${id}"] [data-testid="ranking-trend"]`);
  // An empty cell has no height: present, not visible.
  await cell.waitFor({ state: 'attached', timeout: 20_000 });
  return cell;
}

/** The rank change cell of a municipio, found by the search box. */
async function changeCell(id: string, name: string): Promise<string> {
  await w.page.getByTestId('ranking-search').fill(name);
  await tableSettled(w.page);
  const cell = w.page.locator(`[data-testid="ranking-table"] tbody tr[data-unit="${id}"] [data-testid="rank-change"]`);
  await cell.waitFor({ timeout: 20_000 });
  return (await cell.innerText()).trim();
}

test('the year choice appears for the index once the yearly values are read', async () => {
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('tab-index').click());
  await w.page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 20_000 });
  // The trend column is optional: the table hides it when it is narrow (544b28e); turn it on.
  const chooser = w.page.getByTestId('column-chooser');
  await chooser.locator('summary').click();
  const trend = chooser.getByRole('checkbox', { name: 'Trend' });
  if (!(await trend.isChecked())) await trend.check();
  await chooser.locator('summary').click();
  const select = w.page.getByTestId('index-year-select');
  await select.waitFor({ timeout: 60_000 });
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  assert.deepEqual(options, ['', '2013', '2016', '2018']);
  assert.equal(await w.page.getByTestId('rank-change').count(), 0);
  // No year: the trend column says why it is empty, and no row draws a line.
  assert.match((await w.page.getByTestId('ranking-trend-head').getAttribute('title')) ?? '', /^No trend: this index has no years/);
  assert.equal(await w.page.locator('[data-testid="ranking-trend"] svg').count(), 0);
});

test('2018 compared with 2013: the rank change of known municipios is the one computed in Node', async () => {
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('index-year-select').selectOption('2018'));
  await w.page.getByTestId('index-compare-select').selectOption('2013');
  await tableSettled(w.page);
  assert.equal((await w.page.getByTestId('ranking-year').innerText()).trim(), 'Index of 2018, on goalposts fixed over 2013, 2016, 2018');
  assert.match(await w.page.getByTestId('index-year-values').innerText(), /SEGEPLAN 2018\): 2018\./);
  assert.match(await w.page.getByTestId('index-year-unchanged').innerText(), /^Honduras, El Salvador: no indicator by year/);
  const want = expected();
  for (const [id, name] of [
    ['GT1415', 'Uspantán'],
    ['GT1202', 'San Pedro Sacatepéquez'],
    ['GT0805', 'Momostenango'],
  ] as const) {
    const v = want.get(id)!;
    assert.ok(Number.isFinite(v), `${id}: no rank change in Node`);
    const text = `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 'en', 1, false)}`;
    assert.equal(await changeCell(id, name), text, `${id} ${name}`);
  }
  // A Honduran municipio's values are the same in every year: it cannot move.
  assert.equal(await changeCell('HN1504', 'Concordia'), '0');

  // The trend: a Guatemalan row's points are the scores of 2013, 2016 and 2018 computed apart in Node, 2018 marked.
  const scores = expectedScores();
  assert.match((await w.page.getByTestId('ranking-trend-head').getAttribute('title')) ?? '', /score in each year \(2013, 2016, 2018\)/);
  for (const [id, name] of [['GT1415', 'Uspantán'], ['GT1202', 'San Pedro Sacatepéquez']] as const) {
    const cell = await trendCell(id, name);
    await cell.locator('circle').first().waitFor({ timeout: 20_000 });
    const points = await cell.locator('circle').evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('data-year')), Number(c.getAttribute('data-value')), c.classList.contains('marked')] as const));
    const want = scores.get(id)!;
    assert.deepEqual(points.map((p) => p[0]), [2013, 2016, 2018], `${id}: years drawn`);
    points.forEach(([year, v], k) => assert.ok(Math.abs(v - want[k]) < 1e-9, `${id} ${year}: drawn ${v}, Node ${want[k]}`));
    assert.deepEqual(points.map((p) => p[2]), [false, false, true], `${id}: 2018 marked`);
    // The scores move: the line is not flat.
    assert.ok(Math.max(...want) - Math.min(...want) > 0.1, `${id}: the same score every year (${want.join(', ')})`);
  }
  await w.page.getByTestId('ranking-search').fill('');
  await tableSettled(w.page);
  await w.page.getByTestId('ranking-table').screenshot({ path: '/tmp/focal/ranking-trend.png' });
  // A Honduran row shows no trend, and says why.
  const hn = await trendCell('HN1504', 'Concordia');
  assert.equal(await hn.locator('svg').count(), 0);
  assert.match((await hn.getAttribute('title')) ?? '', /^Honduras: no indicator by year/);
  await w.page.getByTestId('ranking-search').fill('');
  assert.equal(await w.page.getByTestId('sensitivity-run').isDisabled(), true);
  await w.page.getByTestId('sensitivity-year').waitFor();
});

test('the priority list CSV and the spec carry the years', async () => {
  const [csv] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-priority-csv').click()]);
  const lines = (await readFile(await csv.path(), 'utf8')).slice(1).trimEnd().split('\r\n');
  assert.match(lines[0], /^rank_country,rank_change_country,in_top_n,unit_id,.*,coverage,share_municipio,share_department,share_missing,pillars_used,year,compare_year,value_years$/);
  assert.equal(lines.length, 683);
  const without = lines.slice(1).find((l) => !l.endsWith(',2018,2013,gt_segeplan_ranking_2018:2018'));
  assert.equal(without, undefined, 'a row without the years');
  // The trend's values: each year's score with its year.
  const header = lines[0].split(',');
  const at = ['score_in_2013', 'score_in_2016', 'score_in_2018'].map((h) => header.indexOf(h));
  assert.ok(at.every((i) => i > header.indexOf('score')), `no score_in_<year> columns: ${lines[0]}`);
  const want = expectedScores().get('GT1415')!;
  const uspantan = lines.find((l) => l.includes(',GT1415,'))!.split(',');
  assert.deepEqual(at.map((i) => uspantan[i]), want.map((v) => v.toFixed(1)));
  const [spec] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-spec').click()]);
  const json = JSON.parse(await readFile(await spec.path(), 'utf8'));
  assert.deepEqual([json.year, json.compareYear], [2018, 2013]);
});

test('back to the reference values: no year, no rank change', async () => {
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('index-year-select').selectOption(''));
  await tableSettled(w.page);
  assert.equal(await w.page.getByTestId('rank-change').count(), 0);
  assert.equal(await w.page.getByTestId('ranking-year').count(), 0);
  assert.equal(await w.page.getByTestId('index-compare-select').count(), 0);
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
