/**
 * End-to-end: a map a planner can read, in Debian's Chromium on the default data. The search box
 * finds a municipio whatever its accents and case, lists the namesakes with their departments and
 * countries, and on Enter frames the municipio and opens its profile in view; a metric scale bar;
 * a click on a ranking row frames that municipio; no request leaves the app's origin.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, afterMapChange, tableSettled, watchedPage, waitForMap, type Watched } from './browser.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { featuresBounds, type LngLatBounds } from '../../src/lib/geo/bounds.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;
let origin: string;

const features = unitFeatures(
  (['GT', 'HN', 'SV'] as const).map((country) => ({ country: country as CountryCode, topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology })),
);
const boundsOf = (id: string): LngLatBounds => featuresBounds(features.filter((f) => f.properties.unit_id === id))!;

before(async () => {
  ({ server, browser, w, origin } = await openApp());
});

after(() => closeApp(browser, server));

const view = (page: Page) => page.evaluate(() => (window as unknown as { __focal: { mapView: () => LngLatBounds | null } }).__focal.mapView());

/** True when `inner` lies inside `outer` (both [west, south, east, north]). */
const contains = (outer: LngLatBounds, inner: LngLatBounds) => outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

/** The profile's heading is in the upper part of its side panel, on screen: the profile can be read. */
async function profileInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const h = document.querySelector('#profile-title');
    const side = h?.closest('aside');
    if (!h || !side) return false;
    const r = h.getBoundingClientRect(), s = side.getBoundingClientRect();
    return r.top >= s.top && r.bottom <= s.top + 0.5 * s.height && r.bottom <= window.innerHeight;
  });
}

test('the search lists the San Pedros with department and country, and Enter on San Pedro Sula frames it and opens its profile', async () => {
  const box = w.page.getByRole('combobox', { name: 'Find a municipio or department' });
  await box.fill('san pedro');
  const options = w.page.getByRole('listbox').getByRole('option');
  await options.first().waitFor();
  const texts = await options.allInnerTexts();
  assert.equal(texts.length, 12, texts.join(' | '));
  assert.match(texts[0], /^San Pedro\s+Copán, Honduras$/);
  assert.ok(texts.some((t) => /San Pedro Sacatepéquez\s+Guatemala, Guatemala/.test(t)));
  assert.ok(texts.some((t) => /San Pedro Sacatepéquez\s+San Marcos, Guatemala/.test(t)));
  assert.ok(texts.some((t) => /San Pedro Sula\s+Cortés, Honduras/.test(t)));
  // Without its accents, in capitals: still found, first.
  await box.fill('SAN PEDRO SULA');
  await w.page.getByRole('listbox').getByRole('option', { name: /San Pedro Sula/ }).waitFor();
  assert.equal(await box.getAttribute('aria-activedescendant'), 'place-hit-0');
  await afterMapChange(w.page, { move: true }, () => box.press('Enter'));
  await w.page.waitForFunction(() => document.querySelector('#profile-title')?.textContent?.trim() === 'San Pedro Sula');
  const v = (await view(w.page))!;
  const unit = boundsOf('HN0501');
  assert.ok(contains(v, unit), `the map shows ${v.join(', ')}, not all of San Pedro Sula ${unit.join(', ')}`);
  // Framed: the view is not the whole region any more.
  assert.ok(v[2] - v[0] < 3, `the view is ${v[2] - v[0]}° wide`);
  assert.ok(await profileInView(w.page), 'the profile is out of sight');
});

test('a department is found without its accent and framed', async () => {
  const box = w.page.getByRole('combobox', { name: 'Find a municipio or department' });
  await box.fill('peten');
  await w.page.getByRole('listbox').getByRole('option', { name: /Petén\s+department, Guatemala/ }).waitFor();
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await afterMapChange(w.page, { move: true }, () => box.press('Enter'));
  const v = (await view(w.page))!;
  const dept = featuresBounds(features.filter((f) => f.properties.dept_name === 'Petén'))!;
  assert.ok(contains(v, dept), `the map shows ${v.join(', ')}, not all of Petén`);
});

test('a metric scale bar', async () => {
  const scale = w.page.locator('.maplibregl-ctrl-scale');
  await scale.waitFor();
  assert.match(await scale.innerText(), /^\d+\s?k?m$/);
});

test('a click on a ranking row frames its municipio and shows its profile', async () => {
  await w.page.getByTestId('tab-index').click();
  const table = w.page.getByTestId('ranking-table');
  await table.locator('tbody tr').first().waitFor();
  await tableSettled(w.page);
  // The fifth row: a municipio other than the one the search selected.
  const row = table.locator('tbody tr').nth(4);
  const id = (await row.getAttribute('data-unit'))!;
  const name = (await row.locator('th.name button').innerText()).trim();
  await afterMapChange(w.page, { move: true }, () => row.click());
  await w.page.waitForFunction((n) => document.querySelector('#profile-title')?.textContent?.trim() === n, name);
  const v = (await view(w.page))!;
  assert.ok(contains(v, boundsOf(id)), `the map shows ${v.join(', ')}, not all of ${name} (${id})`);
  assert.ok(await profileInView(w.page), 'the profile is out of sight');
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});

test('at 1,280 px the ranking table shows no column beyond its box; the column chooser brings a hidden one back', async () => {
  const narrow = await watchedPage(browser, origin, { width: 1280, height: 800 });
  const page = narrow.page;
  await page.goto(origin + '/');
  await waitForMap(page);
  await page.getByTestId('tab-index').click();
  const table = page.getByTestId('ranking-table');
  await table.locator('tbody tr').first().waitFor();
  await tableSettled(page);
  const layout = () =>
    table.evaluate((el) => {
      const box = el.querySelector('.scroll')!;
      const right = box.getBoundingClientRect().right;
      const heads = Array.from(el.querySelectorAll('thead th'));
      return { sideways: box.scrollWidth - box.clientWidth, beyond: heads.filter((th) => th.getBoundingClientRect().right > right + 0.5).length, count: heads.length };
    });
  const fit = await layout();
  assert.equal(fit.sideways, 0, 'the table scrolls sideways');
  assert.equal(fit.beyond, 0, 'a column lies beyond the table');
  const chooser = page.getByTestId('column-chooser');
  assert.match(await chooser.locator('summary').innerText(), /Columns · \d+ hidden/);
  await chooser.locator('summary').click();
  // The first hidden column, by its label (a rank change's label carries its year in brackets).
  const off = chooser.locator('label').filter({ has: page.locator('input[type=checkbox]:not(:checked)') }).first();
  const label = (await off.innerText()).trim().replace(/ \(.*\)$/, '');
  const heads = () => table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.textContent!.trim()));
  assert.ok(!(await heads()).some((h) => h.startsWith(label)), `${label} is shown before it is chosen`);
  await off.locator('input').check();
  // The chosen column comes back; to keep the fit, the next least needed column may give way.
  await page.waitForFunction((l) => Array.from(document.querySelectorAll('[data-testid=ranking-table] thead th')).some((th) => th.textContent!.trim().startsWith(l)), label);
  const chosen = await layout();
  assert.equal(chosen.sideways, 0, 'the table scrolls sideways after a column is chosen');
  await chooser.getByRole('button', { name: 'Fit to width' }).click();
  await page.waitForFunction((l) => !Array.from(document.querySelectorAll('[data-testid=ranking-table] thead th')).some((th) => th.textContent!.trim().startsWith(l)), label);
  assert.equal((await layout()).count, fit.count);
  assert.deepEqual(narrow.offOrigin, []);
  assert.deepEqual(narrow.errors, []);
  await page.context().close();
});
