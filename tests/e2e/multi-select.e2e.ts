/**
 * End-to-end: multi-select becomes a named list (issue 15, item 8), on the default data in
 * Debian's Chromium. In the index view, ctrl-click and shift-click on ranking rows, ctrl-click on a
 * municipio of the map, and space / shift+space on a focused row build a selection, marked in the
 * table and outlined in amber on the map with its key; Escape clears it. The selection is saved
 * under a name (its origin says how it was made); chosen as the Investments view's filter, it is
 * carried by the link: a fresh browser (no stored workspace) opening the link gets the list and the
 * view limited to it. No request leaves the origin, no console error.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Locator } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, afterMapChange, mapScreenshot, mapSettled, viewLinkSettled, waitForMap, watchedPage, type Watched } from './browser.ts';
import { interiorPoint, type Ring } from './interior-point.ts';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let w: Watched;
let table: Locator;
const SHOTS = process.env.FOCAL_SHOTS ?? '';
const LIST = 'Elegidos – oriente';

before(async () => {
  ({ server, origin, browser, w } = await openApp());
  await w.page.getByTestId('tab-index').click({ timeout: 120_000 });
  table = w.page.getByTestId('ranking-table');
  await table.locator('tbody tr').first().waitFor({ timeout: 120_000 });
});

after(() => closeApp(browser, server));

async function shot(name: string): Promise<void> {
  if (SHOTS) await w.page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const row = (i: number) => table.locator('tbody tr').nth(i);
const pickedIds = () => table.locator('tbody tr[data-picked]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit')));
const count = async () => Number(await w.page.getByTestId('unit-picks').getAttribute('data-count'));

/** Pixels of the map in the amber of the picked outline (245, 158, 11); the YlOrRd fill has none this saturated. */
async function amberPixels(): Promise<number> {
  const img = PNG.sync.read(await mapScreenshot(w.page));
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (Math.abs(img.data[i] - 245) <= 12 && Math.abs(img.data[i + 1] - 158) <= 12 && Math.abs(img.data[i + 2] - 11) <= 12) n++;
  }
  return n;
}

/** A point well inside municipio `id` on the page. */
async function insideUnit(id: string): Promise<{ x: number; y: number }> {
  const country = id.slice(0, 2).toLowerCase();
  const topo = JSON.parse(readFileSync(`public/data/boundaries/${country}.topo.json`, 'utf8')) as UnitTopology;
  const f = boundariesFrom([{ country: country.toUpperCase() as CountryCode, topology: topo }]).features.find((u) => u.properties.unit_id === id)!;
  const rings = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat() as [number, number][][];
  const screen = await w.page.evaluate((rings) => rings.map((r) => r.map(([lon, lat]) => window.__focal!.mapProbe!.project(lon, lat))), rings);
  return interiorPoint(screen as Ring[]);
}

test('the help says how to select several municipios, with the mouse and the keyboard', async () => {
  await w.page.getByTestId('unit-picks').waitFor({ timeout: 60_000 });
  const help = await w.page.getByTestId('unit-picks').innerText();
  assert.match(help, /ctrl-click \(⌘-click on a Mac\) rows of the ranking or municipios on the map/);
  assert.match(help, /Space on a focused row selects or unselects it, Shift\+Space adds the rows/);
  assert.match(help, /Escape clears the selection/);
  assert.equal(await count(), 0);
  assert.equal(await w.page.getByTestId('picked-legend').count(), 0);
});

test('ctrl-click toggles rows, shift-click adds the rows from the last one; the table marks them and the map outlines them', async () => {
  const before = await amberPixels();
  const ids = await table.locator('tbody tr').evaluateAll((trs) => trs.slice(0, 12).map((tr) => tr.getAttribute('data-unit')));
  await row(0).click({ modifiers: ['Control'] });
  await row(2).click({ modifiers: ['Control'] });
  assert.deepEqual(await pickedIds(), [ids[0], ids[2]]);
  // Ctrl-click again unpicks.
  await row(0).click({ modifiers: ['Control'] });
  assert.deepEqual(await pickedIds(), [ids[2]]);
  // Shift-click adds the rows from the anchor (the last row ctrl-clicked, row 5) to row 8.
  await row(5).click({ modifiers: ['Control'] });
  await row(8).click({ modifiers: ['Shift'] });
  assert.deepEqual(await pickedIds(), [ids[2], ids[5], ids[6], ids[7], ids[8]]);
  assert.equal(await count(), 5);
  // No row was selected (no profile opened) by these clicks.
  assert.equal(await table.locator('tbody tr.selected').count(), 0);
  assert.equal(await w.page.getByTestId('picks-count').innerText(), '5 municipios selected');
  assert.equal((await w.page.getByTestId('picked-legend').innerText()).trim(), 'Selected: 5 municipios');
  // Screen readers hear it too.
  assert.match(await row(5).locator('th').innerText(), /selected/);
  const after = await amberPixels();
  assert.ok(after - before > 300, `only ${after - before} more amber pixels on the map with 5 municipios picked`);
});

/** A click with ctrl held at `p` (the mouse's click takes no modifiers: the keyboard holds it). */
async function ctrlClick(p: { x: number; y: number }): Promise<void> {
  await w.page.keyboard.down('Control');
  await w.page.mouse.click(p.x, p.y);
  await w.page.keyboard.up('Control');
}

test('ctrl-click on a municipio of the map picks it', async () => {
  const id = 'SV01001';
  const p = await insideUnit(id);
  await ctrlClick(p);
  await w.page.waitForFunction(() => document.querySelector('[data-testid="unit-picks"]')?.getAttribute('data-count') === '6');
  // A ctrl-click picks without selecting.
  assert.equal(await table.locator('tbody tr.selected').count(), 0);
  // Its row (wherever it is) is marked once the table lists it.
  await w.page.getByTestId('ranking-search').fill('Ahuachapán');
  await table.locator(`tbody tr[data-unit="${id}"][data-picked]`).waitFor();
  await w.page.getByTestId('ranking-search').fill('');
  await mapSettled(w.page);
  await shot('select-map-table');
  // Ctrl-click it again: unpicked.
  await ctrlClick(p);
  await w.page.waitForFunction(() => document.querySelector('[data-testid="unit-picks"]')?.getAttribute('data-count') === '5');
});

test('space and shift+space on a focused row pick with the keyboard; Enter still selects; Escape clears', async () => {
  const ids = await table.locator('tbody tr').evaluateAll((trs) => trs.slice(0, 16).map((tr) => tr.getAttribute('data-unit')));
  await row(10).locator('th button').focus();
  await w.page.keyboard.press('Space');
  assert.ok((await pickedIds()).includes(ids[10]));
  await row(12).locator('th button').focus();
  await w.page.keyboard.press('Shift+Space');
  const picked = await pickedIds();
  for (const i of [10, 11, 12]) assert.ok(picked.includes(ids[i]), `row ${i} not picked by shift+space`);
  assert.equal(await count(), 8);
  await w.page.keyboard.press('Space');
  assert.ok(!(await pickedIds()).includes(ids[12]), 'space did not unpick a picked row');
  assert.equal(await count(), 7);
  // Escape in the search box is the box's; elsewhere it clears the selection.
  await w.page.getByTestId('ranking-search').focus();
  await w.page.keyboard.press('Escape');
  assert.equal(await count(), 7);
  await row(10).locator('th button').focus();
  await w.page.keyboard.press('Escape');
  assert.equal(await count(), 0);
  assert.equal(await table.locator('tbody tr[data-picked]').count(), 0);
  assert.equal(await w.page.getByTestId('picked-legend').count(), 0);
  // Enter selects the focused row (its profile), as before.
  await row(10).locator('th button').focus();
  await w.page.keyboard.press('Enter');
  await table.locator('tbody tr.selected').waitFor();
  assert.equal(await table.locator('tbody tr.selected').getAttribute('data-unit'), ids[10]);
});

test('the selection is saved as a named list, its origin stated', async () => {
  await row(1).click({ modifiers: ['Control'] });
  await row(4).click({ modifiers: ['Shift'] });
  assert.equal(await count(), 4);
  await w.page.getByTestId('list-name').fill(LIST);
  await w.page.getByTestId('list-save').click();
  const item = w.page.locator(`[data-testid="unit-list"][data-list="${LIST}"]`);
  await item.waitFor({ timeout: 10_000 });
  assert.equal(Number(await item.getAttribute('data-count')), 4);
  assert.match(await item.innerText(), /Multi-select on the ranking table and the map \(ctrl\/cmd-click, shift-click\): index "/);
  await w.page.getByTestId('picks-clear').click();
  assert.equal(await count(), 0);
});

test('the Investments view limited to the list is carried by the link: a fresh browser gets the list and the filter', async () => {
  await w.page.getByTestId('tab-investments').click();
  await w.page.getByTestId('coverage-balance').waitFor({ timeout: 120_000 });
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('coverage-list').selectOption(LIST));
  const stated = await w.page.getByTestId('coverage-list-stated').innerText();
  assert.match(stated, new RegExp(`the 4 municipios of the list "${LIST}" only`));
  await viewLinkSettled(w.page);
  const link = w.page.url();
  const fresh = await watchedPage(browser, origin);
  try {
    await fresh.page.goto(link);
    await waitForMap(fresh.page);
    const restored = fresh.page.getByTestId('coverage-list-stated');
    await restored.waitFor({ timeout: 120_000 });
    assert.equal(await restored.innerText(), stated);
    assert.equal(await fresh.page.getByTestId('coverage-list').inputValue(), LIST);
    assert.match(await fresh.page.getByTestId('highlight-legend').innerText(), new RegExp(`Outlined: the 4 municipios of "${LIST}"`));
    // The list is among the reader's lists now, with its origin.
    await fresh.page.getByTestId('tab-index').click();
    const item = fresh.page.locator(`[data-testid="unit-list"][data-list="${LIST}"]`);
    await item.waitFor({ timeout: 60_000 });
    assert.equal(Number(await item.getAttribute('data-count')), 4);
    assert.match(await item.innerText(), /Multi-select on the ranking table and the map/);
    assert.deepEqual(fresh.offOrigin, []);
    assert.deepEqual(fresh.errors, []);
  } finally {
    await fresh.page.context().close();
  }
  // Back to all municipios: the link no longer carries a list.
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('coverage-list').selectOption(''));
  assert.equal(await w.page.getByTestId('coverage-list-stated').count(), 0);
});

test('no request left the origin and no console error', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
