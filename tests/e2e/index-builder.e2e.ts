/**
 * End-to-end: the index builder in Debian's Chromium. Opening the index view colours the map by
 * the index and fills the ranking table; moving the migration-pressure weight keeps the weights at
 * 100% and changes the table and the map pixels; the priority list downloads as CSV; the exported
 * spec re-imports to the same ranks; a bad spec file is refused with a message and the index kept;
 * no request leaves the app's origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { PNG } from 'pngjs';
import { openApp, closeApp, afterMapChange, mapScreenshot, tableSettled, type Watched } from './browser.ts';
import { colourStats } from './pixels.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

const GROUPS = ['migration', 'I', 'II', 'III', 'IV', 'V'];

/** The first `k` rows of the ranking table (once it shows the current index): unit id and score cell. */
async function topRows(k = 20): Promise<string[]> {
  await tableSettled(w.page);
  const rows = w.page.getByTestId('ranking-table').locator('tbody tr');
  return rows.evaluateAll(
    (trs, k) => trs.slice(0, k).map((tr) => `${tr.getAttribute('data-unit')} ${tr.querySelector('td.score')?.textContent?.trim()}`),
    k,
  );
}

async function mapPng(): Promise<Buffer> {
  return mapScreenshot(w.page);
}

/** Share of the pixels that differ clearly (any channel by more than 24) between two screenshots. */
function changedShare(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  assert.equal(x.data.length, y.data.length, 'screenshots of different sizes');
  let changed = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (Math.max(Math.abs(x.data[i] - y.data[i]), Math.abs(x.data[i + 1] - y.data[i + 1]), Math.abs(x.data[i + 2] - y.data[i + 2])) > 24) changed++;
  }
  return changed / (x.data.length / 4);
}

async function percents(): Promise<number[]> {
  return Promise.all(GROUPS.map(async (g) => parseFloat(await w.page.getByTestId(`weight-pct-${g}`).innerText())));
}

let before1: string[] = [];
let mapBefore: Buffer;

test('the index view colours the map and fills the ranking table', async () => {
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('tab-index').click());
  const table = w.page.getByTestId('ranking-table');
  await table.locator('tbody tr').first().waitFor({ timeout: 20_000 });
  assert.ok((await table.locator('tbody tr').count()) >= 50, 'fewer than 50 rows in the ranking');
  assert.match(await w.page.getByTestId('legend').innerText(), /Targeting index/);
  for (const g of GROUPS) assert.equal(await w.page.getByTestId(`weight-${g}`).count(), 1, `no slider weight-${g}`);
  assert.deepEqual(await percents(), [50, 10, 10, 10, 10, 10]);
  mapBefore = await mapPng();
  const { coloured, total } = colourStats(mapBefore);
  assert.ok(coloured / total > 0.1, 'the index map is not coloured');
  before1 = await topRows();
});

test('moving the migration weight rebalances to 100% and changes the ranking and the map', async () => {
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('weight-migration').fill('0'));
  const p = await percents();
  assert.equal(p[0], 0);
  assert.equal(p.reduce((s, x) => s + x, 0), 100);
  for (const x of p.slice(1)) assert.equal(x, 20);
  const after1 = await topRows();
  assert.notDeepEqual(after1, before1, 'the ranking did not change');
  const share = changedShare(mapBefore, await mapPng());
  assert.ok(share > 0.05, `the map barely changed (${(100 * share).toFixed(1)}% of pixels)`);
});

test('a locked weight stays while another moves', async () => {
  await w.page.getByTestId('lock-IV').click();
  await w.page.getByTestId('weight-migration').fill('60');
  const p = await percents();
  assert.equal(p[4], 20, 'the locked pillar IV moved');
  assert.equal(p[0], 60);
  assert.equal(p.reduce((s, x) => s + x, 0), 100);
  // All but IV share the remaining 20%: 5% each.
  assert.deepEqual([p[1], p[2], p[3], p[5]], [5, 5, 5, 5]);
});

test('the priority list downloads as CSV with a BOM, a header and one row per municipio', async () => {
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-priority-csv').click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'no BOM');
  const lines = text.slice(1).trimEnd().split('\r\n');
  // Normalised within each country (the default): the rank within country leads, then the top-N flag.
  assert.match(lines[0], /^rank_country,in_top_n,unit_id,name,department,country,score,severity,score_migration,/);
  assert.equal(lines.length, 683);
});

test('the exported spec re-imports to the same ranks; a bad file is refused and the index kept', async () => {
  const edited = await topRows(50);
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-spec').click()]);
  const specText = await readFile(await download.path(), 'utf8');
  assert.match(specText, /"provenance"/);
  // Back to the default weights: the ranking changes…
  await w.page.getByTestId('weight-reset').click();
  assert.deepEqual(await percents(), [50, 10, 10, 10, 10, 10]);
  assert.notDeepEqual(await topRows(50), edited);
  // …and the spec file brings the edited ranking back exactly.
  const drop = w.page.getByTestId('import-drop');
  await drop.setInputFiles({ name: 'spec.json', mimeType: 'application/json', buffer: Buffer.from(specText) });
  await w.page.waitForFunction(() => document.querySelector('[data-testid="weight-pct-migration"]')?.textContent?.trim() === '60%');
  assert.deepEqual(await topRows(50), edited);

  await drop.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"focal_spec": 1, "indicators": []}') });
  const error = w.page.getByTestId('error');
  await error.waitFor({ timeout: 5_000 });
  assert.match(await error.innerText(), /cannot be used/i);
  assert.deepEqual(await topRows(50), edited, 'a refused file changed the ranking');
  await drop.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await w.page.waitForFunction(() => /JSON/.test(document.querySelector('[data-testid="error"]')?.textContent ?? ''));
});

test('back to the indicator view the picker returns', async () => {
  await w.page.getByTestId('tab-indicator').click();
  await w.page.getByTestId('indicator-select').waitFor();
  assert.equal(await w.page.getByTestId('ranking-table').count(), 0);
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
