/**
 * Boundary files that change less (or other) than they seem to, dropped into the app in Chromium
 * (tests/fixtures/boundaries-real, OCHA/CONRED shapes): the join report says which municipios keep
 * their current shapes (328 of 340), which polygons were closed, dropped or rebuilt as the file was
 * read, and which shapefile of a zip was read and which were left out; a zip with no usable
 * shapefile is refused with the reason; a knot the repair cannot untangle is named as not repaired
 * and the shape applied as it is.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closeApp, openApp, waitForDb, type AppSession } from './browser.ts';

const DIR = 'tests/fixtures/boundaries-real';
const SHOTS = '/tmp/shots-geom';

let s: AppSession | undefined;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  s = await openApp();
});
after(async () => {
  await closeApp(s?.browser, s?.server);
});

/** Drops `file` on the data tab; resolves once the next step (the shapefile choice or the mapping) shows. */
async function drop(page: Page, file: string): Promise<void> {
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  await page.getByTestId('import-file').setInputFiles(`${DIR}/${file}`);
}

async function matchAsBoundaries(page: Page): Promise<void> {
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
  assert.equal(await page.getByTestId('mapping-kind-boundaries').isChecked(), true);
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor({ timeout: 120_000 });
}

test('328 of 340 Guatemalan municipios: the report names the 12 that keep their current shapes, by department', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await waitForDb(page);
  await drop(page, 'gtm-328-of-340-municipios.geojson');
  await matchAsBoundaries(page);
  assert.match(await page.getByTestId('join-summary').innerText(), /328/);
  const kept = page.getByTestId('boundary-kept-GT');
  const text = await kept.innerText();
  assert.match(text, /Guatemala: this file gives a new shape to 328 of 340 municipios; the other 12 municipios keep their current shape, so the map mixes the two sources:/);
  assert.match(text, /El Progreso \(8\): .*Guastatoya/);
  assert.match(text, /Izabal \(4\): Lívingston, El Estor, Morales, Los Amates/);
  assert.doesNotMatch(text, /Puerto Barrios/);
  assert.equal(await page.getByTestId('boundary-kept-HN').count(), 0);
  assert.equal(await page.locator('[data-testid^="boundary-fix-"]').count(), 0);
  await kept.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/report-partial.png` });
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
});

test('Sololá with an open ring, a bow-tie and a 3-position hole: each repair named', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await drop(page, 'gtm-solola-bad-rings.geojson');
  await matchAsBoundaries(page);
  assert.match(await page.getByTestId('boundary-fix-closed').innerText(), /^1 municipio had a ring that was not closed .*: Panajachel\.$/);
  assert.match(await page.getByTestId('boundary-fix-dropped').innerText(), /^1 municipio had a ring of fewer than 4 points.*: Santa Catarina Palopó\.$/);
  assert.match(await page.getByTestId('boundary-fix-repaired').innerText(), /^1 municipio had a boundary that crosses itself \(such as a bow-tie\); focal rebuilt it as the area its lines enclose: San Lucas Tolimán\./);
  assert.equal(await page.getByTestId('boundary-fix-invalid').count(), 0);
  assert.match(await page.getByTestId('boundary-kept-GT').innerText(), /19 of 340 municipios/);
  await page.getByTestId('boundary-fix-closed').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/report-repairs.png` });
  await page.keyboard.press('Escape');
  await page.getByTestId('join-report').waitFor({ state: 'detached' });
});

test('a zip of three shapefiles: the planner chooses among the two of polygons; the report names the one read and those left out', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await drop(page, 'gtm-solola-two-shapefiles.zip');
  const choice = page.getByTestId('import-sheet');
  await choice.waitFor({ timeout: 120_000 });
  assert.equal(await page.locator('#import-dialog-title').innerText(), 'Which shapefile?');
  assert.deepEqual(await choice.locator('option').allInnerTexts(), ['SOLOLA/municipios_solola.shp — 19 polygons', 'SOLOLA/lago_atitlan.shp — 1 polygon']);
  assert.equal(await choice.inputValue(), 'SOLOLA/municipios_solola.shp');
  await page.screenshot({ path: `${SHOTS}/choose-shapefile.png` });
  await page.getByTestId('import-sheet-next').click();
  await matchAsBoundaries(page);
  const note = await page.getByTestId('boundary-shapefiles').innerText();
  assert.match(note, /“gtm-solola-two-shapefiles\.zip” holds 3 shapefiles: SOLOLA\/municipios_solola\.shp was read \(19 polygons\)\./);
  assert.match(note, /Left out: SOLOLA\/lago_atitlan\.shp \(1 polygon\), SOLOLA\/limites_solola\.shp \(19 lines, which focal cannot use\)\. To use another one, import the file again and choose it\./);
  await page.screenshot({ path: `${SHOTS}/report-shapefiles.png` });
  await page.keyboard.press('Escape');
  await page.getByTestId('join-report').waitFor({ state: 'detached' });
});

test('a zip whose two shapefiles are lines is refused, both named', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await drop(page, 'gtm-solola-lines-only.zip');
  const error = page.getByTestId('error');
  await error.waitFor({ timeout: 120_000 });
  assert.match(await error.innerText(), /“gtm-solola-lines-only\.zip” holds 2 shapefiles and none of them can be used: limites_municipales\.shp, limite_departamental\.shp hold lines\./);
  await page.screenshot({ path: `${SHOTS}/refused-lines.png` });
});

test('Sololá with a knot the repair cannot untangle: named as not repaired, used as it is, applied', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await drop(page, 'gtm-solola-unrepairable-knot.geojson');
  await matchAsBoundaries(page);
  const invalid = page.getByTestId('boundary-fix-invalid');
  assert.equal(
    await invalid.innerText(),
    '1 municipio has a boundary that crosses itself and could not be repaired; it is used as it is, and the map may fill it wrongly: San Pedro La Laguna. Fix it in a GIS (in QGIS: Vector → Geometry Tools → Fix Geometries).',
  );
  for (const k of ['closed', 'dropped', 'emptied', 'repaired']) assert.equal(await page.getByTestId(`boundary-fix-${k}`).count(), 0, k);
  await invalid.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots-files/report-unrepairable.png' });
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
  assert.deepEqual(s.w.errors, []);
});
