/**
 * End-to-end: the view lives in the URL and in a project file. In one context the planner
 * switches to Spanish, changes the classification, moves the migration weight, opens the index,
 * filters the ranking by country, selects a unit and pans/zooms the map; the URL opened in a FRESH
 * context gives the same language, weight, ranking rows, selection, view and map position. A
 * tampered link is refused with a message and the default view. A project file saved after
 * changing the spec opens in a fresh context to the same ranking.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, watchedPage, waitForMap, afterMapChange, mapSettled, viewLinkSettled, tableSettled, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let origin: string;
let w: Watched;

before(async () => {
  ({ server, browser, w, origin } = await openApp());
});

after(() => closeApp(browser, server));

/** The first `k` rows of the ranking table (once it shows the current index): unit id and score cell. */
async function topRows(page: Page, k = 15): Promise<string[]> {
  const rows = page.getByTestId('ranking-table').locator('tbody tr');
  await rows.first().waitFor({ timeout: 120_000 });
  await tableSettled(page);
  return rows.evaluateAll(
    (trs, k) => trs.slice(0, k).map((tr) => `${tr.getAttribute('data-unit')} ${tr.querySelector('td.score')?.textContent?.trim()}`),
    k,
  );
}

/** The fragment's readable parameters (the map position, the selection…). */
function param(url: string, key: string): string | null {
  return new URLSearchParams(new URL(url).hash.slice(1)).get(key);
}

/** Waits until the address holds a view link satisfying `ok` (it is written 300 ms after a change). */
async function urlWhere(page: Page, ok: (url: string) => boolean): Promise<string> {
  // The camera first (a pan or zoom ends in a move that changes the view), then the address.
  await mapSettled(page);
  await viewLinkSettled(page);
  const url = page.url();
  if (!ok(url)) throw new Error(`the address does not hold the view: ${url}`);
  return url;
}

let link = '';
let rowsA: string[] = [];
let weightA = '';
let selectedA = '';
let projectPath = '';

test('the view goes into the address', async () => {
  const page = w.page;
  await page.getByTestId('lang-toggle').click();
  // The switch is made once the Spanish text is loaded (not in the first download).
  await page.waitForFunction(() => document.documentElement.lang !== 'en');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.getByTestId('classification-select').selectOption('jenks');
  await page.getByTestId('classes-select').selectOption('6');
  await page.getByTestId('tab-index').click();
  await topRows(page);
  await page.getByTestId('weight-migration').fill('30');
  await page.getByTestId('ranking-country').selectOption('HN');
  rowsA = await topRows(page);
  weightA = await page.getByTestId('weight-migration').inputValue();
  assert.notEqual(weightA, '50');
  // Select the third row's unit.
  const row = page.getByTestId('ranking-table').locator('tbody tr').nth(2);
  selectedA = (await row.getAttribute('data-unit')) ?? '';
  await row.click();
  // Pan and zoom the map.
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await afterMapChange(page, { move: true }, () => page.mouse.wheel(0, -400));
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  link = await urlWhere(page, (u) => param(u, 'u') === selectedA && param(u, 'm') !== null && param(u, 'l') === 'es');
  assert.equal(param(link, 't'), 'index');
  assert.ok(link.length < 2000, `the link has ${link.length} characters`);
  // Settings at their default left out, the spec as its differences from the default (view-link-compact.ts).
  assert.ok(link.length < 1000, `the link has ${link.length} characters`);
  console.log(`# link length: ${link.length} characters`);
});

test('the link opened in a fresh context reproduces the view', async () => {
  const fresh = await watchedPage(browser, origin);
  try {
    const page = fresh.page;
    await page.goto(link);
    await waitForMap(page);
    await page.getByTestId('ranking-table').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    assert.equal(await page.getByTestId('tab-index').getAttribute('aria-selected'), 'true');
    assert.equal(await page.getByTestId('weight-migration').inputValue(), weightA);
    assert.equal(await page.getByTestId('ranking-country').inputValue(), 'HN');
    assert.deepEqual(await topRows(page), rowsA);
    const selectedRow = page.getByTestId('ranking-table').locator('tbody tr.selected');
    assert.equal(await selectedRow.getAttribute('data-unit'), selectedA);
    // The map reports where it looks after the jump: the same centre and zoom as the link's, within rounding.
    const settled = await urlWhere(page, (u) => param(u, 'm') !== null);
    const [a, b] = [param(link, 'm')!, param(settled, 'm')!].map((m) => m.split(',').map(Number));
    assert.ok(Math.abs(a[0] - b[0]) <= 1e-5 && Math.abs(a[1] - b[1]) <= 1e-5, `centre ${b} vs ${a}`);
    assert.ok(Math.abs(a[2] - b[2]) <= 0.01, `zoom ${b[2]} vs ${a[2]}`);
    assert.equal(await page.getByTestId('error').count(), 0, 'an error is shown');
    assert.deepEqual(fresh.offOrigin, []);
  } finally {
    await fresh.page.context().close();
  }
});

test('a tampered link is refused with a message and the default view', async () => {
  const fresh = await watchedPage(browser, origin);
  try {
    const page = fresh.page;
    const tampered = link.replace(/([?#&]s=)([A-Za-z0-9_-]{10})/, '$1AAAAAAAAAA');
    assert.notEqual(tampered, link);
    await page.goto(tampered);
    await waitForMap(page);
    const err = page.getByTestId('error');
    await err.first().waitFor({ timeout: 120_000 });
    assert.match(await err.first().innerText(), /could not be opened|No se pudo abrir/);
    assert.equal(await page.getByTestId('tab-indicator').getAttribute('aria-selected'), 'true');
  } finally {
    await fresh.page.context().close();
  }
});

test('a project file saved after changing the spec opens in a fresh context with the same ranking', async () => {
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('project-save').click()]);
  assert.match(download.suggestedFilename(), /\.focal\.json$/);
  projectPath = (await download.path())!;
  const json = JSON.parse(await readFile(projectPath, 'utf8'));
  assert.equal(json.focal_project, 1);
  assert.deepEqual(json.workspace.imports, []);
  const fresh = await watchedPage(browser, origin);
  try {
    const page = fresh.page;
    await page.goto(origin + '/');
    await waitForMap(page);
    // The stored workspace comes back after the first map: open the project once it has.
    await viewLinkSettled(page);
    await page.getByTestId('project-file-input').setInputFiles(projectPath);
    await page.getByTestId('ranking-table').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    assert.equal(await page.getByTestId('weight-migration').inputValue(), weightA);
    assert.deepEqual(await topRows(page), rowsA);
    assert.equal(await page.getByTestId('error').count(), 0, 'an error is shown');
  } finally {
    await fresh.page.context().close();
  }
});

test('a file that is not a project is refused and nothing changes', async () => {
  const page = w.page;
  const before = await topRows(page);
  await page.getByTestId('project-file-input').setInputFiles({ name: 'x.focal.json', mimeType: 'application/json', buffer: Buffer.from('{"focal_spec": 1}') });
  const err = page.getByTestId('error');
  await err.first().waitFor({ timeout: 10_000 });
  assert.match(await err.first().innerText(), /x\.focal\.json/);
  assert.deepEqual(await topRows(page), before);
  assert.deepEqual(w.errors, []);
});
