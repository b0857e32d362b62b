/**
 * End-to-end: the production build in Debian's Chromium. The page loads, polygons are drawn in
 * colour (checked on screenshot pixels), the legend shows, changing the indicator recolours the
 * map, a click opens a profile, Spanish works, no request leaves the app's origin, no console
 * errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, watchedPage, waitForMap, waitForDb, backToRegionAfterGuatemala, afterMapChange, mapScreenshot, type Watched } from './browser.ts';
import { colourStats, histogramDistance } from './pixels.ts';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, origin, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

async function mapShot() {
  return colourStats(await mapScreenshot(w.page));
}

test('the first map draws the municipios in colour', async () => {
  const { coloured, total } = await mapShot();
  assert.ok(coloured / total > 0.1, `only ${((100 * coloured) / total).toFixed(1)}% of the map is coloured`);
});

test('the legend shows classes, units and a no-data class', async () => {
  const legend = w.page.getByTestId('legend');
  await legend.waitFor();
  const text = await legend.innerText();
  assert.match(text, /no data/i);
  assert.ok((await legend.locator('[data-testid="legend-swatch"]').count()) >= 3, 'fewer than 3 swatches');
});

test('changing the indicator recolours the map', async () => {
  await waitForDb(w.page);
  const before = await mapShot();
  const select = w.page.getByTestId('indicator-select');
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const current = await select.inputValue();
  const gtOnly = options.find((v) => v !== current && v.startsWith('gt_'));
  assert.ok(gtOnly, 'no Guatemala-only indicator to switch to');
  await afterMapChange(w.page, { fill: true }, () => select.selectOption(gtOnly));
  // A Guatemalan indicator frames Guatemala; back to the whole region to compare like with like.
  await backToRegionAfterGuatemala(w.page);
  const afterSwitch = await mapShot();
  const d = histogramDistance(before.histogram, afterSwitch.histogram);
  assert.ok(d > 0.2, `map colours barely changed (distance ${d.toFixed(3)})`);
  // Honduras and El Salvador have no value for a Guatemalan indicator: fewer coloured pixels.
  assert.ok(afterSwitch.coloured < before.coloured, 'no-data units are still coloured');
  await afterMapChange(w.page, { fill: true }, () => select.selectOption(current));
});

test('clicking a municipio opens its profile with ranks within the country', async () => {
  await waitForDb(w.page);
  // The click must meet Guatemala, not a frame of the camera still on its way there.
  await afterMapChange(w.page, { move: true }, () => w.page.getByTestId('zoom-GT').click());
  const box = await w.page.getByTestId('map').boundingBox();
  assert.ok(box);
  await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const profile = w.page.getByTestId('profile');
  await profile.waitFor({ timeout: 10_000 });
  const text = await profile.innerText();
  assert.match(text, /Guatemala/);
  assert.match(text, /\d+\s+(of|de)\s+340/);
});

test('the language toggle switches the interface to Spanish', async () => {
  await w.page.getByTestId('lang-toggle').click();
  // The switch is made once the Spanish text is loaded (not in the first download).
  await w.page.waitForFunction(() => document.documentElement.lang !== 'en');
  const legend = await w.page.getByTestId('legend').innerText();
  assert.match(legend, /sin datos/i);
  await w.page.getByTestId('lang-toggle').click();
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});

test('a data engine that cannot start says so at once and the map stays', async () => {
  const other = await watchedPage(browser, origin);
  try {
    await other.page.route('**/duckdb-browser-eh.worker*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await other.page.goto(origin + '/');
    await waitForMap(other.page);
    const error = other.page.getByTestId('error');
    // Far sooner than the 60 s watchdog: the worker's error event rejects the start-up.
    await error.waitFor({ timeout: 20_000 });
    assert.match(await error.innerText(), /data engine could not start/i);
    const { coloured, total } = colourStats(await other.page.getByTestId('map').screenshot());
    assert.ok(coloured / total > 0.1, 'the map went blank when the engine failed');
  } finally {
    await other.page.context().close();
  }
});
