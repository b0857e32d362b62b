/**
 * A long file end to end, as a planner would import it in Chromium: a national file with one row
 * per municipio × year × type (tests/fixtures/reshape/) is found long when it is read, before any
 * mapping; the reshape step keeps 2023, keeps type = cronica and sums, its live preview shows the
 * hand-computed values, and the mapping, matching and adding follow as usual (340 of 340, the
 * indicator on the map, its description saying how it was reshaped). El Salvador's census detail
 * (50,714 rows by sex, area, cause, year of departure and age) is reshaped in Spanish: one
 * indicator per year of departure.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, openApp, waitForDb, afterMapChange, type AppSession } from './browser.ts';
import { colourStats } from './pixels.ts';

const NATIONAL = 'tests/fixtures/reshape/gt_desnutricion_municipio_anio_tipo.csv';
const DETAIL = '/work/shared/data/indicators/slv_census2024_emigrants_detail.csv';
const ID = 'user_casos';

let s: AppSession | undefined;
before(async () => {
  s = await openApp();
});
after(async () => {
  await closeApp(s?.browser, s?.server);
});
const session = (): AppSession => {
  if (!s) throw new Error('the app did not open');
  return s;
};

/** The preview table's rows as text (header first). */
async function previewRows(): Promise<string[][]> {
  return session()
    .w.page.getByTestId('reshape-preview')
    .locator('tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? '').trim())));
}

test('a national file by municipio, year and type: year 2023, type cronica, summed; then mapped, matched and added', async () => {
  const { w } = session();
  const page = w.page;
  await waitForDb(page);
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  await page.getByTestId('import-file').setInputFiles(NATIONAL);

  // Found long when read: the reshape step comes first, with the municipio code, the year column and 2023.
  const dialog = page.getByTestId('reshape-dialog');
  await dialog.waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('mapping-dialog').count(), 0);
  assert.match(await dialog.innerText(), /3,060 rows for 340 municipios/);
  assert.equal(await page.getByTestId('reshape-key').inputValue(), 'codigo_municipio');
  assert.equal(await page.getByTestId('reshape-year-column').inputValue(), 'anio');
  assert.equal(await page.getByTestId('reshape-year').inputValue(), '2023');
  const summary = page.getByTestId('reshape-summary');
  assert.equal(await summary.innerText(), '3,060 rows read, 1,020 kept → 340 rows, one per municipio');

  // Keep type = cronica only, and only the column casos.
  const tipo = page.locator('[data-testid="reshape-filter"][data-column="tipo"]');
  await tipo.locator('summary').click();
  for (const v of ['aguda', 'global']) await tipo.locator(`input[data-value="${v}"]`).uncheck();
  assert.equal(await tipo.locator('summary').innerText(), 'tipo: 1 of 3 values kept');
  await page.locator('[data-testid="reshape-value"][data-column="tasa"]').uncheck();
  assert.equal(await summary.innerText(), '3,060 rows read, 340 kept → 340 rows, one per municipio');
  // The preview: GT0101 had 20 chronic cases in 2023 and GT0102 27 (the fixture's rows).
  let rows = await previewRows();
  assert.deepEqual(rows[0], ['codigo_municipio', 'casos', 'municipio', 'departamento']);
  assert.deepEqual(rows[1], ['0101', '20', 'Guatemala', 'Guatemala']);
  assert.deepEqual(rows[2], ['0102', '27', 'Santa Catarina Pinula', 'Guatemala']);
  // Summed over two types (aguda is empty for GT0102 in 2023: missing, not zero), then back to one.
  await tipo.locator('input[data-value="aguda"]').check();
  rows = await previewRows();
  assert.deepEqual([rows[1][1], rows[2][1]], ['51', '27']);
  await page.getByTestId('reshape-aggregate-max').check();
  rows = await previewRows();
  assert.deepEqual([rows[1][1], rows[2][1]], ['31', '27']);
  await tipo.locator('input[data-value="aguda"]').uncheck();
  await page.getByTestId('reshape-aggregate-sum').check();
  await page.screenshot({ path: '/tmp/focal/import-reshape.png' });

  // The mapping starts from the reshape: the code key, one value column of year 2023.
  await page.getByTestId('reshape-next').click();
  const mapping = page.getByTestId('mapping-dialog');
  await mapping.waitFor();
  assert.equal(await page.getByTestId('mapping-key').inputValue(), 'codigo_municipio');
  assert.equal(await page.getByTestId('mapping-by').inputValue(), 'code');
  assert.equal(await page.getByTestId('mapping-column').count(), 1);
  assert.match(await mapping.innerText(), /340 rows, 4 columns/);
  assert.equal(await page.getByTestId('mapping-column').getByLabel('Year', { exact: true }).inputValue(), '2023');
  // Back returns to the reshape as it was set.
  await page.getByRole('button', { name: 'Back' }).click();
  await dialog.waitFor();
  assert.equal(await summary.innerText(), '3,060 rows read, 340 kept → 340 rows, one per municipio');
  await page.getByTestId('reshape-next').click();
  await mapping.waitFor();
  await page.getByTestId('mapping-country').selectOption('GT');
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('join-summary').innerText(), '340 of 340 rows matched a municipio');
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 30_000 });

  // The indicator colours Guatemala, and says how it was made.
  await page.getByTestId('tab-indicator').click();
  await afterMapChange(page, { fill: true }, () => page.getByTestId('indicator-select').selectOption(ID));
  const shot = colourStats(await page.getByTestId('map').screenshot());
  assert.ok(shot.coloured > 500, `the map is barely coloured (${shot.coloured} pixels)`);
  const described = (await page.locator('p.desc').first().textContent()) ?? '';
  assert.match(described, /Reshaped from a file with several rows per municipio: rows where "tipo" is "cronica" and "anio" is 2023, summed per municipio/);

  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});

test("El Salvador's census detail in Spanish: found long, one indicator per year of departure", async () => {
  const { w } = session();
  const page = w.page;
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-file').setInputFiles(DETAIL);
  const dialog = page.getByTestId('reshape-dialog');
  await dialog.waitFor({ timeout: 60_000 });
  assert.match(await dialog.innerText(), /50\.714 filas/);
  assert.equal(await page.getByTestId('reshape-year-column').inputValue(), 'year_departure');
  await page.getByTestId('reshape-key').selectOption('municdesc');
  assert.match(await page.getByTestId('reshape-help').innerText(), /^50\.714 filas para 44 municipios/);
  await page.getByTestId('reshape-year').selectOption('each');
  assert.equal(await page.getByTestId('reshape-pivot').inputValue(), 'year_departure');
  const summary = page.getByTestId('reshape-summary');
  assert.equal(await summary.innerText(), '50.714 filas leídas, 50.714 conservadas → 44 filas, una por municipio');
  const rows = await previewRows();
  // Ahuachapán Centro (0101): emigrants by year of departure 2014, 2015, … summed over every breakdown (Python over the file).
  const header = rows[0];
  const first = rows.find((r) => r[0] === '0101')!;
  assert.equal(first[header.indexOf('emigrants 2014')], '245');
  assert.equal(first[header.indexOf('emigrants 2015')], '180');
  await page.screenshot({ path: '/tmp/focal/import-reshape-es.png' });
  await page.getByTestId('reshape-next').click();
  await page.getByTestId('mapping-dialog').waitFor();
  // Eleven years, eleven indicators, each of its own year.
  assert.equal(await page.getByTestId('mapping-column').count(), 11);
  assert.equal(await page.getByTestId('mapping-column').first().getByLabel('Año', { exact: true }).inputValue(), '2014');
  await page.keyboard.press('Escape');
  await page.getByTestId('mapping-dialog').waitFor({ state: 'detached' });
  await page.getByTestId('lang-toggle').click();
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
