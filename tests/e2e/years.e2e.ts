/**
 * End-to-end: the year of a yearly indicator on the map. El Salvador's emigrants by year of
 * departure open in their reference year (2023); the slider (keyboard) picks 2014 and the map's
 * pixels for a fixed set of Salvadoran municipios show the classes computed here by hand (quantiles
 * over all years together, Hyndman & Fan type 7: the bounds are fixed over the years); play steps
 * through every year in order and stops at the last; "latest available" and the year go into the
 * link and come back from it; the profile shows the unit's values by year. No request leaves the
 * origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, afterMapChange, mapSettled, viewLinkSettled, watchedPage, waitForMap, hideLabels, type Watched } from './browser.ts';
import { interiorPoint, type Ring } from './interior-point.ts';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { sequentialPalette } from '../../src/lib/map/palettes.ts';
import { formatValue } from '../../src/lib/i18n/format-number.ts';

let server: PreviewServer;
let browser: Browser;
let origin: string;
let w: Watched;

const ID = 'sv_emigrants_departed_per_1000';
const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
const K = 5;
/** Per-channel tolerance: antialiasing and the GPU's rounding, not a different class colour. */
const TOLERANCE = 6;
const HALF = 2;

const features = boundariesFrom([
  { country: 'SV', topology: JSON.parse(readFileSync('public/data/boundaries/sv.topo.json', 'utf8')) as UnitTopology },
]).features;

/** The series from the data file: unit → year → value. */
const series = new Map<string, Map<number, number>>();
for (const line of readFileSync('public/data/indicator-years.csv', 'utf8').trim().split('\n').slice(1)) {
  const [unit, id, year, value] = line.split(',');
  if (id !== ID || value === '') continue;
  if (!series.has(unit)) series.set(unit, new Map());
  series.get(unit)!.set(Number(year), Number(value));
}

/** Quantile bounds by hand: Hyndman & Fan definition 7 over every unit-year (440 distinct values, no ties). */
const pooled = [...series.values()].flatMap((m) => [...m.values()]).sort((a, b) => a - b);
const q7 = (p: number) => {
  const h = (pooled.length - 1) * p;
  const lo = Math.floor(h);
  return pooled[lo] + (h - lo) * (pooled[Math.min(lo + 1, pooled.length - 1)] - pooled[lo]);
};
const BOUNDS = [pooled[0], ...Array.from({ length: K - 1 }, (_, j) => q7((j + 1) / K)), pooled[pooled.length - 1]];
const classOf = (v: number) => BOUNDS.slice(1, K).filter((b) => b <= v).length;
const PALETTE = sequentialPalette(K);

/** The largest Salvadoran municipios (a clear patch inside each once the map frames El Salvador). */
const area = (ring: number[][]) => Math.abs(ring.reduce((s, [x, y], i) => s + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0)) / 2;
const SAMPLED = features
  .map((f) => ({ id: f.properties.unit_id, rings: ((f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat() as number[][][]) }))
  .sort((a, b) => area(b.rings[0]) - area(a.rings[0]))
  .slice(0, 8);

before(async () => {
  ({ server, browser, w, origin } = await openApp());
  // The sampled points are where names would be drawn (each unit's middle); the link made later keeps them off.
  await hideLabels(w.page);
});

after(() => closeApp(browser, server));

const yearShown = (page: Page) => page.getByTestId('year-shown').innerText();

/** Each sampled unit's screen patch checked against the colour of its hand-computed class in `year`. */
async function assertYearPixels(page: Page, year: number): Promise<number[]> {
  await mapSettled(page);
  const img = PNG.sync.read(await page.screenshot());
  const classes: number[] = [];
  for (const u of SAMPLED) {
    const v = series.get(u.id)?.get(year);
    assert.ok(v !== undefined, `${u.id} has no value in ${year}`);
    const c = classOf(v);
    classes.push(c);
    const screen = await page.evaluate((rings) => rings.map((r) => r.map(([lon, lat]) => window.__focal!.mapProbe!.project(lon, lat))), u.rings);
    const p = interiorPoint(screen as Ring[]);
    assert.ok(p.clearance >= HALF + 2, `${u.id} is too small on screen (${p.clearance.toFixed(1)} px)`);
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName ?? null, [p.x, p.y]);
    assert.equal(hit, 'CANVAS', `${u.id}'s sample point is covered by ${hit}`);
    const [x, y] = [Math.floor(p.x), Math.floor(p.y)];
    for (let dy = -HALF; dy <= HALF; dy++) {
      for (let dx = -HALF; dx <= HALF; dx++) {
        const i = 4 * ((y + dy) * img.width + (x + dx));
        const px = [img.data[i], img.data[i + 1], img.data[i + 2]];
        assert.ok(
          px.every((ch, k) => Math.abs(ch - PALETTE[c][k]) <= TOLERANCE),
          `${u.id} in ${year} (value ${v.toFixed(3)}, class ${c + 1} of ${K}) should be rgb(${PALETTE[c].join(', ')}), the screen shows rgb(${px.join(', ')})`,
        );
      }
    }
  }
  return classes;
}

test('a yearly indicator opens in its reference year, on classes fixed over all its years', async () => {
  const page = w.page;
  await afterMapChange(page, { fill: true, move: true }, () => page.getByTestId('indicator-select').selectOption(ID));
  // The yearly values are read after the first map: the control is enabled once they are in.
  await page.waitForFunction(() => !(document.querySelector('[data-testid=year-slider]') as HTMLInputElement | null)?.disabled);
  await mapSettled(page);
  assert.equal(await yearShown(page), '2023');
  assert.match(await page.getByTestId('legend').innerText(), /· 2023/);
  assert.match(await page.getByTestId('legend-years').innerText(), /Classes fixed over all years \(2014–2023\)/);
  await assertYearPixels(page, 2023);
});

test('the slider picks 2014 by keyboard: the map shows 2014\'s hand-classed values with the same legend bounds', async () => {
  const page = w.page;
  const legend2023 = await page.getByTestId('legend-swatch').allInnerTexts();
  const classes2023 = SAMPLED.map((u) => classOf(series.get(u.id)!.get(2023)!));
  await afterMapChange(page, { fill: true }, async () => {
    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('Home');
  });
  assert.equal(await yearShown(page), '2014');
  assert.match(await page.getByTestId('map-caption').innerText(), /2014/);
  const classes2014 = await assertYearPixels(page, 2014);
  // The test means something only if some sampled units change class between the years.
  assert.ok(classes2014.some((c, i) => c !== classes2023[i]), 'no sampled unit changes class between 2014 and 2023');
  // Fixed over the years: the same class ranges, other counts.
  const legend2014 = await page.getByTestId('legend-swatch').allInnerTexts();
  const ranges = (rows: string[]) => rows.map((r) => r.split('\n')[0]);
  assert.deepEqual(ranges(legend2014), ranges(legend2023));
  assert.notDeepEqual(legend2014, legend2023);
});

test('play steps through every year in order, recolouring the map, and stops at the last', async () => {
  const page = w.page;
  // Record every year the control shows while playing (the page's own changes, no timing).
  await page.evaluate(`(() => {
    const out = document.querySelector('[data-testid=year-shown]');
    window.__yearsSeen = [];
    new MutationObserver(() => window.__yearsSeen.push(out.textContent.trim())).observe(out, { childList: true, characterData: true, subtree: true });
  })()`);
  const fillsBefore = await page.evaluate(() => window.__focal!.fillsDrawn ?? 0);
  await page.getByTestId('year-play').click();
  assert.equal(await page.getByTestId('year-play').getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => document.querySelector('[data-testid=year-play]')?.getAttribute('aria-pressed') === 'false', undefined, { timeout: 120_000 });
  const seen = (await page.evaluate('window.__yearsSeen')) as string[];
  assert.deepEqual(seen, YEARS.slice(1).map(String));
  await mapSettled(page);
  const fills = (await page.evaluate(() => window.__focal!.fillsDrawn ?? 0)) - fillsBefore;
  assert.ok(fills >= YEARS.length - 1, `only ${fills} colourings drawn for ${YEARS.length - 1} years`);
  await assertYearPixels(page, 2023);
});

test('the year and "latest available" go into the link and come back from it', async () => {
  const page = w.page;
  await afterMapChange(page, { fill: true }, async () => {
    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  });
  await afterMapChange(page, { fill: true }, () => page.getByTestId('year-latest').check());
  assert.equal(await yearShown(page), '2016');
  // Every Salvadoran municipio has a value in every year: all 44 of 2016.
  assert.match(await page.getByTestId('legend-years').innerText(), /Latest available up to 2016: .* Values from 2016 \(44\)\./);
  await viewLinkSettled(page);
  const link = page.url();
  const fresh = await watchedPage(browser, origin);
  try {
    await fresh.page.goto(link);
    await waitForMap(fresh.page);
    await fresh.page.waitForFunction(() => document.querySelector('[data-testid=year-shown]')?.textContent?.trim() === '2016', undefined, { timeout: 60_000 });
    assert.equal(await fresh.page.getByTestId('year-latest').isChecked(), true);
    await fresh.page.waitForFunction(() => /Latest available up to 2016/.test(document.querySelector('[data-testid=legend-years]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await assertYearPixels(fresh.page, 2016);
    assert.equal(await fresh.page.getByTestId('error').count(), 0, 'an error is shown');
    assert.deepEqual(fresh.offOrigin, []);
    assert.deepEqual(fresh.errors, []);
  } finally {
    await fresh.page.context().close();
  }
});

test('the profile shows the unit\'s values by year, the year on the map marked', async () => {
  const page = w.page;
  const u = SAMPLED[0];
  const screen = await page.evaluate((rings) => rings.map((r) => r.map(([lon, lat]) => window.__focal!.mapProbe!.project(lon, lat))), u.rings);
  const p = interiorPoint(screen as Ring[]);
  await page.mouse.click(p.x, p.y);
  await page.getByTestId('profile').waitFor({ timeout: 60_000 });
  const spark = page.getByTestId('sparkline');
  assert.equal(await spark.count(), 1, 'one yearly indicator in a Salvadoran profile');
  const label = (await spark.locator('svg').getAttribute('aria-label')) ?? '';
  for (const y of YEARS) assert.ok(label.includes(`${y}: `), `the sparkline's summary lacks ${y}: ${label}`);
  const v2016 = series.get(u.id)!.get(2016)!;
  assert.ok(label.includes(`2016: ${formatValue(v2016, 'en')};`), `2016's value ${v2016} not in ${label}`);
  assert.equal(await spark.locator('circle').count(), YEARS.length);
  assert.equal(await spark.locator('circle.marked').getAttribute('data-year'), '2016');
});

test('SEGEPLAN shown for 2013: the legend, the caption and the change legend carry the year shown, not the label\'s 2018', async () => {
  const page = w.page;
  await afterMapChange(page, { fill: true }, () => page.getByTestId('indicator-select').selectOption('gt_segeplan_ranking_2018'));
  await page.waitForFunction(() => !(document.querySelector('[data-testid=year-slider]') as HTMLInputElement | null)?.disabled);
  await mapSettled(page);
  assert.match(await page.locator('#legend-title').innerText(), /\(SEGEPLAN 2018\)/);
  await afterMapChange(page, { fill: true }, async () => {
    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('Home');
  });
  assert.equal(await yearShown(page), '2013');
  // The legend's title (name, unit, year): 2013 only; the caption likewise.
  const legend = await page.locator('#legend-title').innerText();
  assert.match(legend, /\(SEGEPLAN 2013\)/);
  assert.match(legend, /· 2013/);
  assert.doesNotMatch(legend, /2018/);
  assert.match(await page.getByTestId('map-caption').innerText(), /2013/);
  assert.doesNotMatch(await page.getByTestId('map-caption').innerText(), /2018/);
  // The change 2013 → 2018: the label without its year, both years beside it.
  await afterMapChange(page, { fill: true }, () => page.getByTestId('change-on').check());
  await page.getByTestId('change-legend').waitFor();
  const title = await page.locator('#change-legend-title').innerText();
  assert.match(title, /Municipal management ranking \(SEGEPLAN\)/);
  assert.match(title, /Change 2013 → 2018/);
  await afterMapChange(page, { fill: true }, () => page.getByTestId('change-off').check());
});

test('no request left the origin and the console stayed clean', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
