/**
 * End-to-end: the ranking table in Debian's Chromium, on the default index over the 682
 * municipios. A first page of rows with the top N of each country marked; "show all" gives one row per municipio;
 * the search ignores accents and case ("peten" finds the municipios of Petén); the country filter;
 * sorting by a header sets aria-sort and orders the scores; clicking a row opens that municipio's
 * profile; the top N are outlined in blue on the map with a legend entry, in the index view only;
 * no request leaves the app's origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { PNG } from 'pngjs';
import { openApp, closeApp, afterMapChange, mapScreenshot, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;
let table: Locator;

before(async () => {
  ({ server, browser, w } = await openApp());
  // The index view's first opening (its chunks, the first ranking) waits as long as the others on a loaded machine.
  await w.page.getByTestId('tab-index').click({ timeout: 120_000 });
  table = w.page.getByTestId('ranking-table');
  await table.locator('tbody tr').first().waitFor({ timeout: 120_000 });
});

after(() => closeApp(browser, server));

const rows = () => table.locator('tbody tr');
const column = (selector: string) => rows().evaluateAll((trs, s) => trs.map((tr) => tr.querySelector(s)?.textContent?.trim() ?? ''), selector);
/** Scores as numbers (English format: "93.3"). */
const scores = async () => (await column('td.score')).map((s) => parseFloat(s.replace(/,/g, '')));

test('a first page of 100 rows in priority order, the top 10 of each country marked first; "show all" lists the 682', async () => {
  assert.equal(await rows().count(), 100);
  const cells = await rows().evaluateAll((trs) =>
    trs.map((tr) => ({ countryRank: Number(tr.children[0].textContent), name: tr.children[3].textContent?.trim(), top: tr.classList.contains('top') })),
  );
  // Rank within country 1, 1, 1, 2, 2, 2, …: the three countries take turns.
  assert.deepEqual(cells.slice(0, 6).map((c) => c.countryRank), [1, 1, 1, 2, 2, 2]);
  assert.deepEqual(cells.slice(0, 3).map((c) => c.name), ['Guatemala', 'Honduras', 'El Salvador']);
  assert.equal(await table.locator('tbody tr.top').count(), 30);
  assert.ok(cells.slice(0, 30).every((c) => c.top), 'the first 30 rows are not all in the top 10 of their country');
  const s = await scores();
  const byCountry = new Map<string, number[]>();
  cells.forEach((c, i) => byCountry.set(c.name!, [...(byCountry.get(c.name!) ?? []), s[i]]));
  for (const [country, list] of byCountry) for (let i = 1; i < list.length; i++) assert.ok(list[i] <= list[i - 1], `${country}: score ${list[i]} after ${list[i - 1]}`);
  await table.getByRole('button', { name: 'Show all 682' }).click({ timeout: 120_000 });
  assert.equal(await rows().count(), 682);
  assert.match(await table.getByRole('status').innerText(), /682 of 682/);
});

/** Pixels of the map that are clearly blue (the top-N outline; the YlOrRd fill and greys never are). */
async function bluePixels(): Promise<number> {
  const img = PNG.sync.read(await mapScreenshot(w.page));
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i], g = img.data[i + 1], b = img.data[i + 2];
    if (b - r > 80 && b - g > 50) n++;
  }
  return n;
}

test('the top 10 of each country are outlined on the map with a legend entry, in the index view only', async () => {
  const legend = w.page.getByTestId('highlight-legend');
  assert.equal((await legend.innerText()).trim(), 'Top 10 in each country');
  const withOutline = await bluePixels();
  assert.ok(withOutline > 1500, `only ${withOutline} blue pixels on the index map`);
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('tab-indicator').click());
  await w.page.getByTestId('indicator-select').waitFor();
  assert.equal(await legend.count(), 0);
  const without = await bluePixels();
  assert.ok(without < 100, `${without} blue pixels on an indicator map`);
  await w.page.getByTestId('tab-index').click();
  await table.locator('tbody tr').first().waitFor();
});

test('search ignores accents and case: "peten" finds the 14 municipios of Petén', async () => {
  await table.getByTestId('ranking-search').fill('peten');
  assert.equal(await rows().count(), 14);
  const depts = await rows().evaluateAll((trs) => trs.map((tr) => tr.children[2].textContent?.trim()));
  assert.deepEqual([...new Set(depts)], ['Petén']);
  await table.getByTestId('ranking-search').fill('SAN JOSÉ');
  const names = await column('th.name button');
  assert.ok(names.length >= 2 && names.every((n) => n.startsWith('San José')), names.join(', '));
  await table.getByTestId('ranking-search').fill('');
});

test('the country filter keeps the 44 municipios of El Salvador', async () => {
  await table.getByTestId('ranking-country').selectOption('SV');
  assert.equal(await rows().count(), 44);
  const countries = await rows().evaluateAll((trs) => trs.map((tr) => tr.children[3].textContent?.trim()));
  assert.deepEqual([...new Set(countries)], ['El Salvador']);
  await table.getByRole('button', { name: 'Clear filters' }).click();
  assert.equal(await table.getByTestId('ranking-country').inputValue(), '');
});

test('sorting by score sets aria-sort and orders the rows, both ways', async () => {
  const th = table.locator('th', { has: w.page.getByRole('button', { name: /^Score/ }) });
  await th.getByRole('button').click();
  assert.equal(await th.getAttribute('aria-sort'), 'descending');
  assert.equal(await table.locator('th[aria-sort="ascending"], th[aria-sort="descending"]').count(), 1);
  await th.getByRole('button').click();
  assert.equal(await th.getAttribute('aria-sort'), 'ascending');
  const s = await scores();
  for (let i = 1; i < s.length; i++) assert.ok(s[i] >= s[i - 1], `score ${s[i]} after ${s[i - 1]}`);
});

test('clicking a row opens that municipio’s profile', async () => {
  const row = rows().nth(3);
  const name = (await row.locator('th.name button').innerText()).trim();
  await row.click();
  const profile = w.page.locator('#profile-title');
  await w.page.waitForFunction((n) => document.querySelector('#profile-title')?.textContent?.trim() === n, name, { timeout: 10_000 });
  assert.equal((await profile.innerText()).trim(), name);
  assert.ok(await row.evaluate((tr) => tr.classList.contains('selected')), 'the clicked row is not marked');
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
