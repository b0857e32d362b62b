/**
 * A long file end to end, as a planner would import it in Chromium: a national file with one row
 * per municipio × year × type (tests/fixtures/reshape/) is found long when it is read, before any
 * mapping; the reshape step keeps 2023, keeps type = cronica and sums, its live preview shows the
 * hand-computed values, and the mapping, matching and adding follow as usual (340 of 340, the
 * indicator on the map, its description saying how it was reshaped). El Salvador's census detail
 * (50,714 rows by sex, area, cause, year of departure and age) is reshaped in Spanish: one
 * indicator with its years of departure. The national file with each year apart, two types kept
 * and summed becomes one yearly indicator: the Year control, its slider recolouring the map to
 * each year's hand-summed values (read in the tooltip), the profile's values by year, and the
 * stored workspace restoring it all after a reload.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closeApp, openApp, waitForDb, waitForMap, afterMapChange, mapSettled, type AppSession } from './browser.ts';
import { colourStats } from './pixels.ts';
import { interiorPoint, type Ring } from './interior-point.ts';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { formatValue } from '../../src/lib/i18n/format-number.ts';

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

/** The mapping as guessed, for Guatemala: matched (340 of 340) and added. */
async function matchGuatemalaAndAdd(page: Page): Promise<void> {
  await page.getByTestId('mapping-country').selectOption('GT');
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor({ timeout: 120_000 });
  assert.equal(await page.getByTestId('join-summary').innerText(), '340 of 340 rows matched a municipio');
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
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
  await dialog.waitFor({ timeout: 120_000 });
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
  await matchGuatemalaAndAdd(page);

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
  // The switch is made once the Spanish text is loaded (not in the first download).
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-file').setInputFiles(DETAIL);
  const dialog = page.getByTestId('reshape-dialog');
  await dialog.waitFor({ timeout: 60_000 });
  assert.match(await dialog.innerText(), /50\.714 filas/);
  assert.equal(await page.getByTestId('reshape-year-column').inputValue(), 'year_departure');
  await page.getByTestId('reshape-key').selectOption('municdesc');
  assert.match(await page.getByTestId('reshape-help').innerText(), /^50\.714 filas para 44 municipios/);
  await page.getByTestId('reshape-year').selectOption('each');
  // Each year apart is a yearly series, not a pivot: the category pivot stays free.
  assert.equal(await page.getByTestId('reshape-pivot').inputValue(), '');
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
  // Eleven years, one indicator with its years (a yearly series, as El Salvador's emigrants by year).
  assert.equal(await page.getByTestId('mapping-column').count(), 1);
  assert.match(await page.getByTestId('mapping-series').innerText(), /^Un indicador por año \(2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024\).*referencia es 2024\.$/);
  await page.keyboard.press('Escape');
  await page.getByTestId('mapping-dialog').waitFor({ state: 'detached' });
  await page.getByTestId('lang-toggle').click();
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});

/** The fixture summed by hand: unit → year → casos of types aguda and global (an empty cell adds nothing; no cell, no value). */
const KEPT_TYPES = ['aguda', 'global'];
const BY_YEAR = new Map<string, Map<number, number>>();
for (const line of readFileSync(NATIONAL, 'utf8').trim().split('\n').slice(1)) {
  const [code, , , year, tipo, casos] = line.split(',');
  if (!KEPT_TYPES.includes(tipo) || casos === '') continue;
  const unit = `GT${code}`;
  if (!BY_YEAR.has(unit)) BY_YEAR.set(unit, new Map());
  const m = BY_YEAR.get(unit)!;
  m.set(Number(year), (m.get(Number(year)) ?? 0) + Number(casos));
}
/** The four largest Guatemalan municipios (a clear patch inside each once the map frames Guatemala). */
const area = (ring: number[][]) => Math.abs(ring.reduce((a, [x, y], i) => a + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0)) / 2;
const SAMPLED = boundariesFrom([{ country: 'GT', topology: JSON.parse(readFileSync('public/data/boundaries/gt.topo.json', 'utf8')) as UnitTopology }])
  .features.map((f) => ({ id: f.properties.unit_id, rings: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat() as number[][][] }))
  .sort((a, b) => area(b.rings[0]) - area(a.rings[0]))
  .slice(0, 4);

/** The value the tooltip gives for unit `u` (hovered at a point well inside it). */
async function tooltipValue(page: Page, u: (typeof SAMPLED)[number]): Promise<string> {
  await mapSettled(page);
  const screen = await page.evaluate((rings) => rings.map((r) => r.map(([lon, lat]) => window.__focal!.mapProbe!.project(lon, lat))), u.rings);
  const p = interiorPoint(screen as Ring[]);
  await page.mouse.move(p.x, p.y);
  const tip = page.getByRole('tooltip');
  await tip.waitFor();
  return (await tip.locator('p.value').innerText()).trim();
}

const yearShown = (page: Page) => page.getByTestId('year-shown').innerText();

test('the national file with each year apart, types aguda and global summed: one yearly indicator with the Year control, restored after a reload, gone when removed', async () => {
  const { w } = session();
  const page = w.page;
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-file').setInputFiles(NATIONAL);
  await page.getByTestId('reshape-dialog').waitFor({ timeout: 120_000 });
  await page.getByTestId('reshape-year').selectOption('each');
  const tipo = page.locator('[data-testid="reshape-filter"][data-column="tipo"]');
  await tipo.locator('summary').click();
  await tipo.locator('input[data-value="cronica"]').uncheck();
  await page.locator('[data-testid="reshape-value"][data-column="tasa"]').uncheck();
  await page.getByTestId('reshape-aggregate-sum').check();
  assert.equal(await page.getByTestId('reshape-summary').innerText(), '3,060 rows read, 2,040 kept → 340 rows, one per municipio');
  const rows = await previewRows();
  const row = rows.find((r) => r[0] === '0102')!;
  // Santa Catarina Pinula: 32 + 43 in 2021, 35 + 46 in 2022, 49 in 2023 (its aguda cell is empty: nothing added).
  assert.deepEqual(['casos 2021', 'casos 2022', 'casos 2023'].map((c) => row[rows[0].indexOf(c)]), ['75', '81', '49']);
  await page.screenshot({ path: '/tmp/focal/import-reshape-years.png' });

  await page.getByTestId('reshape-next').click();
  await page.getByTestId('mapping-dialog').waitFor();
  assert.equal(await page.getByTestId('mapping-column').count(), 1);
  assert.match(await page.getByTestId('mapping-series').innerText(), /^One indicator by year \(2021, 2022, 2023\)/);
  await matchGuatemalaAndAdd(page);

  // user_casos is the first test's import: this one is user_casos_2.
  const id = 'user_casos_2';
  await page.getByTestId('tab-indicator').click();
  await afterMapChange(page, { fill: true }, () => page.getByTestId('indicator-select').selectOption(id));
  await page.waitForFunction(() => !(document.querySelector('[data-testid=year-slider]') as HTMLInputElement | null)?.disabled, undefined, { timeout: 60_000 });
  assert.equal(await yearShown(page), '2023');
  assert.match(await page.getByTestId('legend-years').innerText(), /Classes fixed over all years \(2021–2023\)/);
  const valueIn = (unit: string, year: number) => formatValue(BY_YEAR.get(unit)!.get(year)!, 'en');
  for (const u of SAMPLED) assert.match(await tooltipValue(page, u), new RegExp(`^${valueIn(u.id, 2023)}\\b`), `${u.id} in 2023`);
  await page.screenshot({ path: '/tmp/focal/import-years-2023.png' });

  // The slider to 2021: the map is coloured with 2021's sums.
  const before = await page.evaluate((ids) => ids.map((u) => window.__focal!.mapProbe!.colour(u)?.rgb.join(',')), SAMPLED.map((u) => u.id));
  await afterMapChange(page, { fill: true }, async () => {
    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('Home');
  });
  assert.equal(await yearShown(page), '2021');
  for (const u of SAMPLED) assert.match(await tooltipValue(page, u), new RegExp(`^${valueIn(u.id, 2021)}\\b`), `${u.id} in 2021`);
  const after2021 = await page.evaluate((ids) => ids.map((u) => window.__focal!.mapProbe!.colour(u)?.rgb.join(',')), SAMPLED.map((u) => u.id));
  assert.notDeepEqual(after2021, before, 'no sampled municipio changed colour between 2023 and 2021');
  await page.screenshot({ path: '/tmp/focal/import-years-2021.png' });

  // The profile gives the unit's values by year, 2021 marked.
  const u = SAMPLED[0];
  await page.mouse.click(...(await (async () => {
    const screen = await page.evaluate((rings) => rings.map((r) => r.map(([lon, lat]) => window.__focal!.mapProbe!.project(lon, lat))), u.rings);
    const p = interiorPoint(screen as Ring[]);
    return [p.x, p.y] as [number, number];
  })()));
  await page.getByTestId('profile').waitFor({ timeout: 60_000 });
  const spark = page.locator('[data-testid=sparkline]', { has: page.locator(`svg[aria-label*="${valueIn(u.id, 2022)}"]`) });
  const label = (await page.getByTestId('sparkline').locator('svg').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''))).join(' | ');
  for (const y of [2021, 2022, 2023]) assert.ok(label.includes(`${y}: ${valueIn(u.id, y)}`), `the profile lacks ${u.id}'s ${y}: ${label}`);
  assert.equal(await spark.locator('circle.marked').first().getAttribute('data-year'), '2021');

  // The stored workspace brings it back after a reload: the indicator, its years, its values.
  await page.reload();
  await waitForMap(page);
  await page.locator(`[data-testid=indicator-select] option[value="${id}"]`).waitFor({ state: 'attached', timeout: 60_000 });
  // The link may have brought the indicator back already (it is applied once the workspace is restored).
  await page.waitForFunction(() => !window.__focal?.linkPending?.(), undefined, { timeout: 60_000 });
  if ((await page.getByTestId('indicator-select').inputValue()) !== id) await afterMapChange(page, { fill: true }, () => page.getByTestId('indicator-select').selectOption(id));
  await page.waitForFunction(() => !(document.querySelector('[data-testid=year-slider]') as HTMLInputElement | null)?.disabled, undefined, { timeout: 60_000 });
  await afterMapChange(page, { fill: true }, async () => {
    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
  });
  assert.equal(await yearShown(page), '2022');
  for (const s of SAMPLED.slice(0, 2)) assert.match(await tooltipValue(page, s), new RegExp(`^${valueIn(s.id, 2022)}\\b`), `${s.id} in 2022 after the reload`);

  // Removing the import removes the indicator (the first test's import stays).
  await page.getByTestId('tab-data').click();
  const items = page.getByTestId('workspace-import');
  // The list is drawn once the data tab's panel has loaded and read the stored workspace.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=workspace-import]').length === 2, undefined, { timeout: 60_000 });
  assert.equal(await items.count(), 2);
  await items.nth(1).getByTestId('workspace-remove').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=workspace-import]').length === 1, undefined, { timeout: 60_000 });
  await page.getByTestId('tab-indicator').click();
  await page.locator('[data-testid=indicator-select] option[value="user_casos"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator(`[data-testid=indicator-select] option[value="${id}"]`).count(), 0);

  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
