/**
 * End-to-end: a browser without WebGL (Chromium with WebGL turned off, as a policy or a missing
 * GPU leaves it). maplibre cannot create its context, so no map is ever drawn: the map's place says
 * so in English and Spanish, `window.__focal.ready` rejects, and the panels beside the map, the data
 * engine and the index with its ranking table still come, instead of waiting for a first map that
 * never comes. No request leaves the origin; the page throws no error.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { startServer, launch, watchedPage, closeApp, waitForDb, type Watched } from './browser.ts';

let server: PreviewServer | undefined;
let browser: Browser | undefined;
let w: Watched;

before(async () => {
  let origin: string;
  ({ server, origin } = await startServer());
  // https://peter.sh/experiments/chromium-command-line-switches/#disable-webgl
  browser = await launch(['--disable-webgl', '--disable-webgl2']);
  w = await watchedPage(browser, origin);
  await w.page.goto(origin + '/');
});

after(() => closeApp(browser, server));

test('the browser really has no WebGL', async () => {
  const contexts = await w.page.evaluate(() => {
    const c = document.createElement('canvas');
    return { webgl: c.getContext('webgl') !== null, webgl2: document.createElement('canvas').getContext('webgl2') !== null };
  });
  assert.deepEqual(contexts, { webgl: false, webgl2: false });
});

test('the map says it cannot be drawn, and the first-map hook rejects', async () => {
  const message = w.page.getByTestId('map-unavailable');
  await message.waitFor();
  assert.match(await message.innerText(), /cannot be drawn.*WebGL/);
  await w.page.waitForFunction(() => window.__focal !== undefined);
  const outcome = await w.page.evaluate(() => window.__focal!.ready.then(() => 'drawn', (e: unknown) => `failed: ${String(e)}`));
  assert.match(outcome, /^failed: /);
  assert.equal(await w.page.locator('[data-testid="map"] canvas').count(), 0, 'no map canvas is left behind');
  assert.equal(await w.page.getByTestId('zoom-all').count(), 0, 'no zoom buttons for a map that is not there');
});

test('the panels, the data engine and the index come without the map', async () => {
  await w.page.getByTestId('indicator-select').waitFor();
  assert.equal(await w.page.getByTestId('indicator-select').inputValue(), 'emigrants_per_1000');
  await waitForDb(w.page);
  await w.page.getByTestId('tab-index').click();
  const rows = w.page.getByTestId('ranking-table').locator('tbody tr');
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 10, 'the ranking table lists municipios');
});

test('the message is in Spanish too', async () => {
  await w.page.getByTestId('lang-toggle').click();
  await w.page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.match(await w.page.getByTestId('map-unavailable').innerText(), /No se puede dibujar el mapa.*WebGL/);
  await w.page.getByTestId('lang-toggle').click();
  await w.page.waitForFunction(() => document.documentElement.lang === 'en');
});

test('no request left the origin and the page threw no error', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
