/**
 * End-to-end: named lists and hotspot clusters as need (issue 15, items 8 and 9), on the default
 * data in Debian's Chromium. A brush of the Moran scatterplot's high–high corner is saved under an
 * accented name; the list is exported (CSV read back: BOM, header, one row per unit, accents
 * intact; the XLSX is a workbook), compared with the priority list per country, kept after a
 * reload (the stored workspace), and limits the Investments view (stated, figures for its units).
 * The need as the high–high clusters of the run: outlined on the coverage map, money inside and
 * outside per country with the years and sources; another variable offers a run with the recorded
 * settings, whose clusters then replace the figures. No request leaves the origin, no console error.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { PNG } from 'pngjs';
import { openApp, closeApp, afterMapChange, mapScreenshot, waitForMap, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;
const SHOTS = process.env.FOCAL_SHOTS ?? '';

before(async () => {
  ({ server, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

const LIST = 'Corredor seco – Oriente ñandú';
let brushed = 0;

async function shot(name: string): Promise<void> {
  if (SHOTS) await w.page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Pixels of a screenshot within `tol` of an RGB colour on every channel. */
function pixelsNear(png: Buffer, rgb: readonly number[], tol = 10): number {
  const img = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (Math.abs(img.data[i] - rgb[0]) <= tol && Math.abs(img.data[i + 1] - rgb[1]) <= tol && Math.abs(img.data[i + 2] - rgb[2]) <= tol) n++;
  }
  return n;
}

test('a brush of the high-high corner is saved as a named list', async () => {
  await w.page.getByTestId('tab-hotspots').click();
  await w.page.getByTestId('hotspot-panel').waitFor();
  await w.page.getByTestId('hotspot-permutations').selectOption('99');
  await w.page.waitForFunction(() => !(document.querySelector('[data-testid="hotspot-run"]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: 60_000 });
  await w.page.getByTestId('hotspot-run').click();
  await w.page.getByTestId('moran-scatter').waitFor({ timeout: 120_000 });
  const box = await w.page.getByTestId('moran-scatter').boundingBox();
  assert.ok(box);
  const x0 = box.x + box.width - 12;
  const y0 = box.y + 12;
  await w.page.mouse.move(x0, y0);
  await w.page.mouse.down();
  await w.page.mouse.move(x0 - box.width * 0.3, y0 + box.height * 0.3, { steps: 8 });
  await w.page.mouse.up();
  const key = w.page.getByTestId('highlight-legend');
  await key.waitFor({ timeout: 5_000 });
  brushed = Number((await key.innerText()).match(/(\d+) selected/)?.[1]);
  assert.ok(brushed > 0, `brushing selected ${brushed} units`);
  // No name: refused, nothing kept.
  await w.page.getByTestId('list-save').click();
  assert.equal(await w.page.getByTestId('list-note').innerText(), 'Give the list a name.');
  await w.page.getByTestId('list-name').fill(LIST);
  await w.page.getByTestId('list-save').click();
  const item = w.page.locator(`[data-testid="unit-list"][data-list="${LIST}"]`);
  await item.waitFor({ timeout: 10_000 });
  assert.equal(Number(await item.getAttribute('data-count')), brushed);
  assert.equal(await w.page.getByTestId('list-note').innerText(), `Saved "${LIST}" (${brushed} municipios).`);
  assert.match(await item.innerText(), /Moran scatterplot brush: Migration pressure.*99 permutations, seed \d+/);
  await shot('lists-hotspots');
});

test('the list exports as CSV (BOM, header, its units, accents intact) and as a workbook', async () => {
  const item = w.page.locator(`[data-testid="unit-list"][data-list="${LIST}"]`);
  const [download] = await Promise.all([w.page.waitForEvent('download'), item.getByTestId('export-list-csv').click()]);
  assert.equal(download.suggestedFilename(), 'focal-list-Corredor-seco-Oriente-ñandú.csv');
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no BOM');
  const text = bytes.toString('utf8').slice(1);
  assert.ok(!text.includes('\ufffd'), 'a character was lost');
  const lines = text.trim().split(/\r\n/);
  assert.equal(lines[0], 'unit_id,name,department,country');
  assert.equal(lines.length - 1, brushed);
  assert.ok(
    lines.slice(1).some((l) => /[áéíóúñÁÉÍÓÚÑü]/.test(l)),
    'no accented name among the list (the default data name many municipios with accents)',
  );
  assert.ok(lines.slice(1).every((l) => /^(GT|HN|SV)\w+,/.test(l)), 'a row without a unit id');
  const [xlsx] = await Promise.all([w.page.waitForEvent('download'), item.getByTestId('export-list-xlsx').click()]);
  const xb = await readFile(await xlsx.path());
  assert.equal(xb.subarray(0, 2).toString('latin1'), 'PK');
});

test('the list is compared with the priority list per country', async () => {
  const item = w.page.locator(`[data-testid="unit-list"][data-list="${LIST}"]`);
  await item.getByTestId('list-compare-toggle').click();
  const rows = item.getByTestId('list-compare-country');
  await rows.first().waitFor();
  const data = await rows.evaluateAll((els) =>
    els.map((el) => ({
      both: Number(el.getAttribute('data-both')),
      listed: Number(el.getAttribute('data-listed')),
      top: Number(el.getAttribute('data-top')),
      onlyList: el.querySelector('[data-testid="only-list"]')?.textContent ?? '',
      onlyTop: el.querySelector('[data-testid="only-top"]')?.textContent ?? '',
      line: el.querySelector('.line')?.textContent ?? '',
    })),
  );
  assert.equal(
    data.reduce((s, r) => s + r.listed, 0),
    brushed,
    'the countries do not add up to the list',
  );
  // The default index keeps the top 10 in each country.
  for (const r of data) {
    assert.equal(r.top, 10);
    assert.ok(r.both <= Math.min(r.listed, r.top));
    assert.equal(r.onlyList === 'none' ? 0 : r.onlyList.split(', ').length, r.listed - r.both);
    assert.equal(r.onlyTop === 'none' ? 0 : r.onlyTop.split(', ').length, r.top - r.both);
    assert.match(r.line, new RegExp(`: ${r.both} of the list's ${r.listed} municipios? are in the top 10\\.`));
  }
  await shot('lists-compare');
});

test('the list is kept after a reload (the stored workspace)', async () => {
  await w.page.reload();
  await waitForMap(w.page);
  await w.page.getByTestId('tab-index').click();
  const item = w.page.locator(`[data-testid="unit-list"][data-list="${LIST}"]`);
  await item.waitFor({ timeout: 60_000 });
  assert.equal(Number(await item.getAttribute('data-count')), brushed);
});

test('the list limits the Investments view, stated, with money in it and in the rest per country', async () => {
  await w.page.getByTestId('tab-investments').click();
  await w.page.getByTestId('coverage-balance').waitFor({ timeout: 120_000 });
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('coverage-list').selectOption(LIST));
  assert.match(await w.page.getByTestId('coverage-list-stated').innerText(), new RegExp(`Coverage is shown for the ${brushed} municipios of the list "${LIST}" only`));
  const fig = w.page.getByTestId('money-inside-list');
  await fig.waitFor();
  const rows = await fig.getByTestId('inside-row').evaluateAll((els) => els.map((el) => ({ units: Number(el.getAttribute('data-inside-units')), usd: Number(el.getAttribute('data-inside-usd')) })));
  const noData = await fig.getByTestId('inside-no-data').allInnerTexts();
  const notCounted = noData.reduce((s, t) => s + Number(t.match(/; (\d+) municipios? of the set/)?.[1] ?? 0), 0);
  // Every unit of the list is either counted in a country with data or named as not counted.
  assert.equal(rows.reduce((s, r) => s + r.units, 0) + notCounted, brushed);
  assert.ok(rows.every((r) => Number.isFinite(r.usd) && r.usd >= 0));
  assert.match(await fig.getByTestId('inside-years').innerText(), /^Investments active from \d{4} to \d{4}\.$/);
  assert.match(await fig.getByTestId('inside-sources').innerText(), /AidData|USAID/);
  assert.match(await w.page.getByTestId('highlight-legend').innerText(), new RegExp(`Outlined: the ${brushed} municipios of "${LIST}"`));
  await shot('lists-investments-filter');
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('coverage-list').selectOption(''));
  assert.equal(await w.page.getByTestId('money-inside-list').count(), 0);
});

test('the need as high-high clusters: a run with the recorded settings, outlined, money inside and outside', async () => {
  // The coverage map with the index as need: the same fill as with the clusters, without their outlines.
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('coverage-map-coverage').check({ force: true }));
  const withoutOutlines = await mapScreenshot(w.page);
  // After the reload no run exists: the panel offers one with the Hotspots view's settings.
  await w.page.getByTestId('coverage-need').selectOption('hotspots');
  const button = w.page.getByTestId('hotspot-need-run-button');
  await button.waitFor();
  // The recorded settings (the link keeps the Hotspots view's: 99 permutations, its seed).
  const [, permutations, seed] = (await button.innerText()).match(/Run the hotspot analysis \((\d+) permutations, seed (\d+)\)/) ?? [];
  assert.equal(permutations, '99');
  assert.ok(seed);
  await w.page.getByTestId('hotspot-need-variable').selectOption('group:migration');
  await button.click();
  const key = w.page.getByTestId('hotspot-need-key');
  await key.waitFor({ timeout: 300_000 });
  const hh = Number(await key.getAttribute('data-count'));
  assert.ok(hh > 0, 'no high-high unit');
  assert.match(await w.page.getByTestId('hotspot-need-run').innerText(), new RegExp(`high–high clusters of Migration pressure \\(Local Moran’s I, ${permutations} permutations, seed ${seed}, α = 0\\.05\\)`));
  const fig = w.page.getByTestId('money-inside-hotspots');
  await fig.waitFor();
  const rows = await fig.getByTestId('inside-row').evaluateAll((els) =>
    els.map((el) => ({ country: el.getAttribute('data-country'), units: Number(el.getAttribute('data-inside-units')), inside: Number(el.getAttribute('data-inside-usd')), outside: Number(el.getAttribute('data-outside-usd')) })),
  );
  const noData = await fig.getByTestId('inside-no-data').allInnerTexts();
  const notCounted = noData.reduce((s, t) => s + Number(t.match(/; (\d+) municipios? of the set/)?.[1] ?? 0), 0);
  assert.equal(rows.reduce((s, r) => s + r.units, 0) + notCounted, hh);
  // Inside and outside add up to the money located in municipios (the balance's "placed" row).
  const located = Number(await w.page.locator('[data-testid="balance-row"][data-key="located"]').getAttribute('data-usd'));
  const sum = rows.reduce((s, r) => s + r.inside + r.outside, 0);
  assert.ok(Math.abs(sum - located) < 1, `inside + outside ${sum} ≠ located ${located}`);
  assert.match(await fig.getByTestId('inside-years').innerText(), /^Investments active from \d{4} to \d{4}\.$/);
  assert.match(await fig.getByTestId('inside-sources').innerText(), /AidData|USAID/);
  // The clusters are outlined over the same coverage colours.
  const png = await mapScreenshot(w.page);
  const added = pixelsNear(png, [0x26, 0x26, 0x26], 12) - pixelsNear(withoutOutlines, [0x26, 0x26, 0x26], 12);
  assert.ok(added > 300, `only ${added} more pixels of outline with the clusters`);
  await fig.scrollIntoViewIfNeeded();
  await shot('lists-investments-hotspots');
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
