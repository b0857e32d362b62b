/**
 * Sharing and working anywhere, as a new user would try it: a colleague sets up the index in English and
 * copies the link; a planner in Tegucigalpa, on a Spanish browser (`es-HN`), opens it and sees the
 * same index in Spanish; exports the priority list to Excel; then the connection drops (the
 * network is cut AND the server stopped) and the planner keeps working: a weight moves and the
 * ranking follows, another view (a lazy chunk) opens, the list exports again, and a reload still
 * brings the app back in Spanish.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import readXlsxFile from 'read-excel-file/node';
import { launch, startServer, stopServer, waitForDb, waitForMap, watchedPage, domQuiet, viewLinkSettled, tableSettled } from './browser.ts';

let server: PreviewServer | undefined;
let origin = '';
let browser: Browser;

before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await stopServerNow();
});

/** Stops the preview server for good (the connection "drops"). */
async function stopServerNow(): Promise<void> {
  const s = server;
  server = undefined;
  if (s) await stopServer(s);
}

/** The first `k` rows of the ranking table (once it shows the current index): unit id and score. */
async function topRows(page: Page, k = 12): Promise<string[]> {
  const rows = page.getByTestId('ranking-table').locator('tbody tr');
  await rows.first().waitFor({ timeout: 120_000 });
  await tableSettled(page);
  return rows.evaluateAll(
    (trs, k) => trs.slice(0, k).map((tr) => `${tr.getAttribute('data-unit')} ${tr.querySelector('td.score')?.textContent?.trim()}`),
    k,
  );
}

/** The priority list as the planner downloads it (Spanish UI: sheets Datos / Método / Fuentes): the data sheet. */
async function exportXlsx(page: Page): Promise<unknown[][]> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-priority-xlsx').click()]);
  assert.equal(d.suggestedFilename(), 'focal-priority-list.xlsx');
  const sheets = await readXlsxFile(await readFile(await d.path()));
  assert.deepEqual(sheets.map((s) => s.sheet), ['Datos', 'Método', 'Fuentes']);
  return sheets[0].data;
}

let link = '';
let colleagueRows: string[] = [];

test('a colleague sets the index in English and copies the link', async () => {
  const { page, offOrigin, errors } = await watchedPage(browser, origin, undefined, 'en-US');
  await page.goto(origin + '/');
  await waitForMap(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByTestId('tab-index').click();
  await topRows(page);
  await page.getByTestId('weight-migration').fill('30');
  colleagueRows = await topRows(page);
  // The address follows the view (written 300 ms after the last change).
  await viewLinkSettled(page);
  link = page.url();
  assert.match(link, /#.*s=/, 'the view is not in the address');
  assert.deepEqual(offOrigin, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a planner on a Spanish browser opens the link, exports to Excel, and keeps working offline', async () => {
  assert.ok(link, 'no link from the colleague');
  const { page, offOrigin, errors } = await watchedPage(browser, origin, undefined, 'es-HN');
  await page.goto(link);
  await waitForMap(page);
  await waitForDb(page);

  // The same view, in Spanish.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.getByTestId('weight-migration').inputValue(), '30');
  // The same ranking; the scores written the Spanish way (decimal comma).
  const rows = await topRows(page);
  assert.deepEqual(rows, colleagueRows.map((r) => r.replace('.', ',')));
  assert.match(rows[0], /\d,\d$/);
  assert.match(await page.getByTestId('tab-index').innerText(), /Índice/);

  // Excel: the rows of the table, accents intact.
  const data = await exportXlsx(page);
  assert.equal(data.length, 683);
  const firstUnit = colleagueRows[0].split(' ')[0];
  assert.ok(data.slice(1).some((r) => r.includes(firstUnit)), 'the first unit of the ranking is not in the export');
  assert.ok(data.slice(1).some((r) => r.includes('Santa Bárbara')), 'accents lost in the export');

  // The app is kept for offline use; then the connection drops for good.
  await page.waitForFunction(() => window.__focal?.offlineReady !== undefined, undefined, { timeout: 120_000 });
  const status = await page.evaluate(() => window.__focal!.offlineReady!);
  assert.equal(status.cached, status.total, 'not everything was cached');
  await page.context().setOffline(true);
  await stopServerNow();

  // Still working: a weight moves and the ranking follows; another view opens; the list exports.
  await page.getByTestId('weight-migration').fill('60');
  await domQuiet(page);
  assert.notDeepEqual(await topRows(page), rows, 'the ranking did not follow the weight offline');
  await page.getByTestId('tab-hotspots').click();
  await page.getByTestId('hotspot-panel').waitFor({ timeout: 120_000 });
  await page.getByTestId('tab-index').click();
  assert.equal((await exportXlsx(page)).length, 683);

  // And a reload, with no server at all, brings it back in Spanish.
  await page.reload();
  await waitForMap(page, 60_000);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.getByTestId('offline-badge').waitFor({ timeout: 10_000 });

  assert.deepEqual(offOrigin, []);
  // Offline, the browser itself logs failed fetches of the page (network-first, then the cache): only those are allowed.
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
});
