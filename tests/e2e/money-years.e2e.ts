/**
 * End-to-end: money over time in the Investments tab, in Debian's Chromium on the default data.
 * Mapulaca (HN1314, three AidData locations, hand-read from investments.csv) selected in the
 * ranking shows its money by year under the stated rule — spread: 281,381.37 / 7 in 2009–2015
 * plus 53,036.50 / 2 in 2011 and 2012; by start year: 172,745.85 in 2008, 281,381.37 in 2009,
 * 53,036.50 in 2011 — and says Honduras has no yearly municipal migration series; an El
 * Salvador municipio shows its emigrants by year of departure (2014–2023) and that its money is
 * unknown, not zero. The before/after of the priority list adds up to the money placed in
 * Honduras, says it shows co-occurrence, not effect, and its CSV names the rule and years. No
 * request leaves the app's origin.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, waitForDb, tableSettled, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
  await waitForDb(w.page);
});

after(() => closeApp(browser, server));

/** Selects the municipio named `name` from the ranking, then opens the Investments tab. */
async function selectThenInvestments(name: string): Promise<void> {
  await w.page.getByTestId('tab-index').click();
  await tableSettled(w.page);
  await w.page.getByTestId('ranking-search').fill(name);
  await w.page.getByTestId('ranking-table').locator('tbody tr', { hasText: name }).first().click();
  await w.page.getByTestId('tab-investments').click();
  await w.page.getByTestId('coverage-balance').waitFor({ timeout: 60_000 });
  await w.page.waitForFunction((n) => document.querySelector('#money-timeline-title')?.textContent?.includes(n), name);
}

/** The timeline's bars as year → USD. */
async function bars(): Promise<Map<number, number>> {
  const b = await w.page.getByTestId('timeline-bar').evaluateAll((rs) => rs.map((r) => [Number(r.getAttribute('data-year')), Number(r.getAttribute('data-usd'))] as const));
  return new Map(b);
}

test('a Honduras municipio: money by year under the default rule (spread), hand-computed', async () => {
  await selectThenInvestments('Mapulaca');
  assert.equal(await w.page.getByTestId('money-year-rule').inputValue(), 'spread');
  const b = await bars();
  const a = 281381.37 / 7;
  assert.deepEqual([...b.keys()], [2009, 2010, 2011, 2012, 2013, 2014, 2015]);
  for (const [y, v] of [[2009, a], [2011, a + 26518.25], [2012, a + 26518.25], [2015, a]] as const) assert.ok(Math.abs(b.get(y)! - v) < 0.01, `${y}: ${b.get(y)}`);
  assert.match(await w.page.getByTestId('timeline-no-migration').innerText(), /Honduras: there is no yearly municipal migration series/);
});

test('by start year the same municipio’s money moves to the years its projects started', async () => {
  await w.page.getByTestId('money-year-rule').selectOption('start');
  await w.page.waitForFunction(() => document.querySelector('[data-testid="timeline-bar"][data-year="2008"]') !== null);
  const b = await bars();
  assert.deepEqual([...b.keys()], [2008, 2009, 2011]);
  assert.ok(Math.abs(b.get(2008)! - 172745.85) < 0.01);
  assert.ok(Math.abs(b.get(2009)! - 281381.37) < 0.01);
  assert.ok(Math.abs(b.get(2011)! - 53036.5) < 0.01);
});

test('the before/after adds up to the money placed in Honduras and says co-occurrence, not effect; its CSV names the rule and years', async () => {
  const ba = w.page.getByTestId('before-after');
  await ba.getByTestId('before-after-row').first().waitFor();
  await ba.getByTestId('before-after-year').selectOption('2011');
  await w.page.waitForFunction(() => document.querySelector('[data-testid="before-after"] th:nth-child(4)')?.textContent?.startsWith('2011'));
  const rows = await ba.getByTestId('before-after-row').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-before')) + Number(tr.getAttribute('data-after'))));
  const span = Number(await w.page.getByTestId('money-years-span').getAttribute('data-usd'));
  // All money with a start year placed in a municipio, less the Honduras points that fall across
  // the border (USD 403,151.67, in Guatemala or El Salvador: countries without money by year).
  assert.ok(Math.abs(rows[0] + rows[1] - (span - 403151.67)) < 1, `${rows} vs ${span}`);
  assert.match(await ba.getByTestId('before-after-statement').innerText(), /co-occurrence, not effect/);
  assert.match(await ba.getByTestId('before-after-without-data').innerText(), /^20 of the top municipios/);
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-before-after-csv').click()]);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...lines] = text.trim().split(/\r\n/);
  const cols = header.split(',');
  assert.ok(['year_rule', 'split_year', 'before_years', 'after_years', 'reading'].every((c) => cols.includes(c)), header);
  const first = lines[0].split(',');
  assert.equal(first[cols.indexOf('year_rule')], 'start');
  assert.equal(first[cols.indexOf('split_year')], '2011');
  assert.match(first[cols.indexOf('after_years')], /^2011-20\d\d$/);
  assert.equal(lines.length, 2);
});

test('an El Salvador municipio: its emigrants by year of departure, and money unknown, not zero', async () => {
  await selectThenInvestments('Ahuachapán Centro');
  assert.match(await w.page.getByTestId('timeline-no-source').innerText(), /El Salvador has no investment source in these data: its money by year is unknown, not zero/);
  assert.equal(await w.page.getByTestId('timeline-bar').count(), 0);
  const years = await w.page.getByTestId('timeline-row').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))));
  assert.deepEqual(years, [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  assert.equal(await w.page.getByTestId('money-timeline').locator('circle.series').count(), 10);
});

test('no request left the app’s origin', () => {
  assert.deepEqual(w.offOrigin, []);
});
