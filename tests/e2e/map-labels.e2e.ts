/**
 * End-to-end: the map names places from the app's own data. Once the first map is drawn, the
 * departments' names show on the region's map; framing Huehuetenango (the search box) brings its
 * municipios' names, accents as written, none twice, and their letters and halo are on screen where
 * the map says they are; the Labels toggle (English and Spanish) takes them away and the link keeps
 * that. No request leaves the origin: no tiles, no fonts, no glyphs fetched.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, mapSettled, viewLinkSettled, watchedPage, waitForMap, type Watched } from './browser.ts';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, origin, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

const labels = () => w.page.evaluate(() => window.__focal!.mapLabels?.() ?? []);

test('the region map names departments once the first map is drawn', async () => {
  // The names come after the first map (they never delay it).
  await w.page.waitForFunction(() => (window.__focal!.mapLabels?.() ?? []).length > 0, undefined, { timeout: 120_000 });
  await mapSettled(w.page);
  const shown = await labels();
  assert.deepEqual([...new Set(shown.map((l) => l.kind))], ['department'], JSON.stringify(shown));
  const names = shown.map((l) => l.text);
  // The biggest departments of each country come first.
  for (const name of ['Petén', 'Olancho']) assert.ok(names.includes(name), `${name} not among ${names.join(', ')}`);
  assert.equal(new Set(names).size, names.length, 'a name shown twice');
  assert.ok(await w.page.getByTestId('labels-toggle').isChecked());
});

test('framing Huehuetenango names its municipios, drawn where the map says', async () => {
  const page = w.page;
  const moves = await page.evaluate(() => window.__focal!.mapMoves ?? 0);
  await page.getByTestId('place-search').locator('input').fill('Huehuetenango');
  await page.getByRole('option').filter({ hasText: 'department' }).click();
  await page.waitForFunction((m) => (window.__focal!.mapMoves ?? 0) > m, moves);
  await mapSettled(page);
  const shown = await labels();
  assert.deepEqual([...new Set(shown.map((l) => l.kind))], ['municipio'], JSON.stringify(shown));
  const names = shown.map((l) => l.text);
  for (const name of ['Chiantla', 'Barillas', 'Nentón', 'Todos Santos Cuchumatán']) assert.ok(names.includes(name), `${name} not among ${names.join(', ')}`);
  assert.equal(new Set(names).size, names.length, 'a name shown twice');

  // The letters (dark) and their halo (white) where the map puts Chiantla's name: the red fill of
  // Huehuetenango is neither.
  const chiantla = shown.find((l) => l.text === 'Chiantla')!;
  const [x, y] = await page.evaluate(([lon, lat]) => window.__focal!.mapProbe!.project(lon, lat), [chiantla.lon, chiantla.lat]);
  const img = PNG.sync.read(await page.screenshot({ clip: { x: x - 24, y: y - 8, width: 48, height: 16 } }));
  let dark = 0, white = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const [r, g, b] = [img.data[i], img.data[i + 1], img.data[i + 2]];
    if (r < 90 && g < 90 && b < 90) dark++;
    if (r > 235 && g > 235 && b > 235) white++;
  }
  assert.ok(dark > 20 && white > 20, `no name drawn at Chiantla's point (${dark} dark, ${white} white pixels)`);
});

test('the Labels toggle hides the names, in English and Spanish, and the link keeps it', async () => {
  const page = w.page;
  const toggle = page.getByTestId('labels-toggle');
  assert.match(await page.locator('label', { has: toggle }).innerText(), /^\s*Labels\s*$/);
  await toggle.uncheck();
  await mapSettled(page);
  assert.deepEqual(await labels(), []);
  await page.getByTestId('lang-toggle').click();
  assert.match(await page.locator('label', { has: toggle }).innerText(), /^\s*Etiquetas\s*$/);
  await page.getByTestId('lang-toggle').click();
  await viewLinkSettled(page);
  const fresh = await watchedPage(browser, origin);
  try {
    await fresh.page.goto(page.url());
    await waitForMap(fresh.page);
    await fresh.page.waitForFunction(() => !window.__focal?.linkPending?.(), undefined, { timeout: 60_000 });
    assert.equal(await fresh.page.getByTestId('labels-toggle').isChecked(), false);
    assert.deepEqual(fresh.offOrigin, []);
    assert.deepEqual(fresh.errors, []);
  } finally {
    await fresh.page.context().close();
  }
  await toggle.check();
  await page.waitForFunction(() => (window.__focal!.mapLabels?.() ?? []).length > 0);
});

test('nothing was fetched from another origin and nothing failed', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
