/**
 * End-to-end: what the app opens on and how it colours values that are not comparable across
 * countries. The opening map is the three-country out-migration
 * indicator, drawn with one legend per country (GT and HN department figures, SV municipio
 * figures) and a caption saying what it shows and where to start, in English and Spanish; a
 * Guatemala-only indicator frames Guatemala and a three-country one the region again (the camera
 * read through `window.__focal.mapView`); the index map, normalised within each country, has a
 * legend per country whose classes hold each country's own fifths, and the rank-within-country
 * choice relabels them by rank. No request leaves the origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, type Watched } from './browser.ts';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import type { CatalogEntry, CountryCode } from '../../src/lib/data/schema.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

const COUNTRIES: CountryCode[] = ['GT', 'HN', 'SV'];
const topo = (c: CountryCode) => JSON.parse(readFileSync(`public/data/boundaries/${c.toLowerCase()}.topo.json`, 'utf8')) as UnitTopology;
/** The data's own bounds, as the app computes them. */
const bounds = boundariesFrom(COUNTRIES.map((country) => ({ country, topology: topo(country) }))).bounds;
const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as CatalogEntry[];

before(async () => {
  ({ server, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

type Box = [number, number, number, number];

/**
 * Waits until the map has settled on a view that holds box `b` whole and, when given, is narrower
 * than `maxWidth` degrees; returns that view.
 */
async function waitForView(page: Page, b: Box, maxWidth = Infinity): Promise<Box> {
  const handle = await page.waitForFunction(
    ({ b, maxWidth }) => {
      const v = (window as unknown as { __focal?: { mapView?: () => [number, number, number, number] | null } }).__focal?.mapView?.();
      return v && v[0] <= b[0] && v[1] <= b[1] && v[2] >= b[2] && v[3] >= b[3] && v[2] - v[0] < maxWidth ? v : null;
    },
    { b, maxWidth: Number.isFinite(maxWidth) ? maxWidth : 1e9 },
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as Box;
}

test('the app opens on the three-country out-migration indicator with one legend per country', async () => {
  const select = w.page.getByTestId('indicator-select');
  assert.equal(await select.inputValue(), 'emigrants_per_1000');
  const entry = catalog.find((e) => e.id === 'emigrants_per_1000');
  assert.ok(entry, 'the catalog has no emigrants_per_1000');
  assert.deepEqual([...entry.countries].sort(), COUNTRIES);
  const legend = w.page.getByTestId('legend');
  assert.equal(await legend.getAttribute('data-scale'), 'country');
  const perCountry = legend.getByTestId('country-legend');
  assert.deepEqual(await perCountry.evaluateAll((els) => els.map((e) => e.getAttribute('data-country'))), COUNTRIES);
  for (const c of COUNTRIES) {
    const one = legend.locator(`[data-testid="country-legend"][data-country="${c}"]`);
    assert.ok((await one.getByTestId('legend-swatch').count()) >= 3, `${c}: fewer than 3 classes`);
    const evidence = await one.getByTestId('country-evidence').innerText();
    const level = entry.by_country?.[c]?.level ?? entry.level;
    assert.match(evidence, level === 'department' ? /Department figures/ : /Municipio figures/, `${c}: ${evidence}`);
    assert.ok(evidence.includes(entry.by_country?.[c]?.year ?? entry.year), `${c}: no year in "${evidence}"`);
  }
  // No regional scale is offered for values from different national sources.
  const choices = await legend.getByTestId('scale-choice').innerText();
  assert.doesNotMatch(choices, /One scale for the region/);
});

test('a caption says what the map shows, its years and levels per country, and where to start', async () => {
  const caption = w.page.getByTestId('map-caption');
  const text = await caption.innerText();
  assert.match(text, /Guatemala: department figures/);
  assert.match(text, /Honduras: department figures/);
  assert.match(text, /El Salvador: municipio figures/);
  assert.match(text, /Department figures for Guatemala and Honduras are the same for every municipio of the department/);
  assert.match(text, /Open Index to rank municipios; click a municipio for its profile/);
  await w.page.getByTestId('lang-toggle').click();
  await w.page.waitForFunction(() => document.querySelector('[data-testid="map-caption"]')?.textContent?.includes('Abra Índice'));
  const es = await caption.innerText();
  assert.match(es, /Guatemala: cifras departamentales/);
  assert.match(es, /El Salvador: cifras municipales/);
  assert.match(es, /haga clic en un municipio para ver su perfil/);
  await w.page.getByTestId('lang-toggle').click();
  await w.page.waitForFunction(() => document.querySelector('[data-testid="map-caption"]')?.textContent?.includes('Open Index'));
});

test('a Guatemala-only indicator frames Guatemala; a three-country one shows the region again', async () => {
  const gt = bounds.GT as Box;
  const all = bounds.all as Box;
  const region = await waitForView(w.page, all);
  const gtOnly = catalog.find((e) => e.countries.length === 1 && e.countries[0] === 'GT' && e.pillar !== 'context');
  assert.ok(gtOnly, 'no Guatemala-only indicator');
  await w.page.getByTestId('indicator-select').selectOption(gtOnly.id);
  // Framed on Guatemala: all of it in view, and far less of the region than before.
  const framed = await waitForView(w.page, gt, 0.75 * (region[2] - region[0]));
  const centre = (framed[0] + framed[2]) / 2;
  assert.ok(centre > gt[0] && centre < gt[2], `view centre ${centre} outside Guatemala ${gt[0]}…${gt[2]}`);
  assert.ok(framed[2] < all[2] - 2, `the view still reaches ${framed[2]}° east`);
  assert.equal(await w.page.getByTestId('legend').getAttribute('data-scale'), 'region');
  const three = catalog.find((e) => e.countries.length === 3 && e.id !== 'emigrants_per_1000');
  assert.ok(three, 'no three-country indicator');
  await w.page.getByTestId('indicator-select').selectOption(three.id);
  await waitForView(w.page, all);
});

test('the index map has a legend per country whose classes are that country’s own fifths', async () => {
  await w.page.getByTestId('tab-index').click();
  const legend = w.page.getByTestId('legend');
  await w.page.waitForFunction(
    () => document.querySelector('[data-testid="legend"]')?.textContent?.includes('Targeting index') &&
      document.querySelectorAll('[data-testid="legend"] [data-testid="country-legend"]').length === 3,
    undefined,
    { timeout: 120_000 },
  );
  assert.equal(await legend.getAttribute('data-scale'), 'country');
  const units = { GT: 340, HN: 298, SV: 44 };
  for (const c of COUNTRIES) {
    const counts = await legend
      .locator(`[data-testid="country-legend"][data-country="${c}"] [data-testid="legend-swatch"]:not(.nodata) .count`)
      .evaluateAll((els) => els.map((e) => Number(e.textContent)));
    assert.equal(counts.length, 5, `${c}: ${counts.length} classes`);
    const scored = counts.reduce((s, x) => s + x, 0);
    assert.ok(scored > 0.9 * units[c] && scored <= units[c], `${c}: ${scored} scored`);
    // Quantiles within the country: its top class holds about a fifth of its own municipios.
    assert.ok(Math.abs(counts[4] - scored / 5) <= 2, `${c}: top class ${counts[4]} of ${scored}`);
  }
  // Rank within country: the top class of every country starts at rank 1.
  await legend.getByLabel('Rank within country').check();
  await w.page.waitForFunction(() => document.querySelector('[data-testid="legend"]')?.getAttribute('data-scale') === 'rank');
  for (const c of COUNTRIES) {
    const labels = await legend
      .locator(`[data-testid="country-legend"][data-country="${c}"] [data-testid="legend-swatch"]:not(.nodata) .range`)
      .evaluateAll((els) => els.map((e) => e.textContent?.trim()));
    assert.match(labels[labels.length - 1] ?? '', /– 1$/, `${c}: top rank class "${labels[labels.length - 1]}"`);
  }
  await legend.getByLabel('Classes within each country').check();
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
