/**
 * End-to-end: the change map between two years. El Salvador's emigrants by year of departure,
 * 2014 → 2023: the colours the map gets for a fixed set of municipios are the hand-classed changes
 * (computed here from public/data/indicator-years.csv: equal classes symmetric about zero, RdBu
 * with red for an increase, since higher means more need), the legend counts every municipio once,
 * units outside El Salvador are hatched as "no data in either year", the tooltip gives both years'
 * values and the change, the link restores years and mode in a fresh page, and the Hotspots panel
 * runs the differential local Moran on the same change. No request leaves the origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, afterMapChange, mapSettled, viewLinkSettled, waitForMap, watchedPage, type Watched } from './browser.ts';
import { interiorPoint, type Ring } from './interior-point.ts';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;
let origin: string;

const ID = 'sv_emigrants_departed_per_1000';
const csv = readFileSync('public/data/indicator-years.csv', 'utf8').split('\n');
/** unit → value of ID in `year`, from the file's lines. */
function year(y: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of csv) {
    const [u, id, yy, v] = line.split(',');
    if (id === ID && Number(yy) === y && v !== '') out.set(u, Number(v));
  }
  return out;
}
const y2014 = year(2014);
const y2023 = year(2023);
/** ColorBrewer RdBu, 5 classes, turned so that the most negative class is blue and the most positive red. */
const RDBU5_UP_WORSE: [number, number, number][] = [
  [5, 113, 176],
  [146, 197, 222],
  [247, 247, 247],
  [244, 165, 130],
  [202, 0, 32],
];

/** The class of each unit's 2014 → 2023 change by hand: width 2m/5 on ± the largest |change| (or its 95th percentile when it is more than twice that). */
function handClasses(): Map<string, number> {
  const change = new Map([...y2014].filter(([u]) => y2023.has(u)).map(([u, a]) => [u, y2023.get(u)! - a]));
  const abs = [...change.values()].map(Math.abs).sort((a, b) => a - b);
  const m = abs[abs.length - 1];
  const h = (abs.length - 1) * 0.95;
  const p95 = abs[Math.floor(h)] + (h - Math.floor(h)) * (abs[Math.floor(h) + 1] - abs[Math.floor(h)]);
  const r = m > 2 * p95 ? p95 : m;
  const width = (2 * r) / 5;
  return new Map([...change].map(([u, d]) => [u, Math.min(4, Math.max(0, Math.floor((d + r) / width)))]));
}

const UNITS = ['SV01001', 'SV02001', 'SV03001', 'SV06001', 'SV09001', 'SV12003', 'SV14001'];

before(async () => {
  ({ server, origin, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

async function showChange(page: Page): Promise<void> {
  await afterMapChange(page, { fill: true }, () => page.getByTestId('indicator-select').selectOption(ID));
  await mapSettled(page);
  await afterMapChange(page, { fill: true }, () => page.getByTestId('change-on').check());
  await page.getByTestId('change-legend').waitFor();
  await mapSettled(page);
}

test('the change 2014 → 2023 colours each municipio by its hand-classed change; the rest is hatched', async () => {
  const page = w.page;
  await showChange(page);
  assert.equal(await page.getByTestId('change-first').inputValue(), '2014');
  assert.equal(await page.getByTestId('change-second').inputValue(), '2023');
  const classes = handClasses();
  assert.equal(classes.size, 44);
  for (const id of UNITS) {
    const c = await page.evaluate((id) => window.__focal!.mapProbe!.colour(id), id);
    assert.ok(c, `no colour for ${id}`);
    assert.deepEqual(c.rgb, RDBU5_UP_WORSE[classes.get(id)!], `${id}: change ${(y2023.get(id)! - y2014.get(id)!).toFixed(3)}`);
    assert.equal(c.hatched, false, `${id} is hatched`);
  }
  // Not vacuous: the sampled municipios fall in more than one class.
  assert.ok(new Set(UNITS.map((u) => classes.get(u))).size > 1);
  // Guatemala and Honduras have no value in either year: hatched, light grey.
  for (const id of ['GT0101', 'HN0101']) {
    const c = await page.evaluate((id) => window.__focal!.mapProbe!.colour(id), id);
    assert.deepEqual(c, { rgb: [217, 217, 217], hatched: true });
  }
  // The legend: five classes of change, then the years missing; every municipio counted once.
  const rows = await page.getByTestId('change-legend-row').evaluateAll((els) =>
    els.map((e) => ({ kind: e.getAttribute('data-kind'), count: Number(e.querySelector('.count')?.textContent) })),
  );
  assert.deepEqual(rows.map((r) => r.kind), ['class', 'class', 'class', 'class', 'class', 'no-first', 'no-second', 'no-data']);
  assert.equal(rows.filter((r) => r.kind === 'class').reduce((s, r) => s + r.count, 0), 44);
  assert.equal(rows.find((r) => r.kind === 'no-data')!.count, 682 - 44);
  const perClass = [0, 0, 0, 0, 0];
  for (const c of classes.values()) perClass[c]++;
  assert.deepEqual(rows.slice(0, 5).map((r) => r.count), perClass);
  assert.match(await page.getByTestId('change-direction').innerText(), /Red: an increase, worse/);
});

test('the change map downloads as a print PNG: the map, both years and the mode in the title band, the legend with its status swatches below', async () => {
  const page = w.page;
  const mapBox = await page.getByTestId('map').boundingBox();
  assert.ok(mapBox);
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-change-png').click()]);
  assert.equal(d.suggestedFilename(), 'focal-change-map.png');
  const bytes = readFileSync(await d.path());
  mkdirSync('/tmp/shots-timeb', { recursive: true });
  writeFileSync('/tmp/shots-timeb/change-map-export.png', bytes);
  const img = PNG.sync.read(bytes);
  const scale = Math.min(3, Math.max(2, 3000 / mapBox.width));
  assert.ok(Math.abs(img.width - Math.round(mapBox.width * scale)) <= 1, `width ${img.width} for a ${mapBox.width}px map at ${scale}x`);
  const top = Math.round(64 * scale);
  const mapH = Math.round(mapBox.height * scale);
  assert.ok(img.height > top + mapH + 100 * scale, `no legend band: ${img.height} px high`);
  /** Pixels of exactly `rgb` in rows [y0, y1). */
  const count = (rgb: readonly number[], y0: number, y1: number) => {
    let n = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = 0; x < img.width; x++) {
        const i = 4 * (y * img.width + x);
        if (img.data[i] === rgb[0] && img.data[i + 1] === rgb[1] && img.data[i + 2] === rgb[2]) n++;
      }
    }
    return n;
  };
  // The legend below the map: a swatch of each of the five classes and of each status (no data in 2014, in 2023, in either).
  const hex = (h: string) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16));
  for (const rgb of [...RDBU5_UP_WORSE, hex('#969696'), hex('#525252'), hex('#d9d9d9')]) {
    assert.ok(count(rgb, top + mapH, img.height) > 100 * scale, `no legend swatch of rgb(${rgb.join(',')})`);
  }
  // The map area has the change's colours (the two ends of the palette at least).
  assert.ok(count(RDBU5_UP_WORSE[0], top, top + mapH) + count(RDBU5_UP_WORSE[4], top, top + mapH) > 1000, 'the map area lacks the change colours');
  console.log(`change PNG ${img.width}x${img.height}`);
});

test('the tooltip gives both years and the change', async () => {
  const page = w.page;
  const topo = JSON.parse(readFileSync('public/data/boundaries/sv.topo.json', 'utf8')) as UnitTopology;
  const f = boundariesFrom([{ country: 'SV' as CountryCode, topology: topo }]).features.find((u) => u.properties.unit_id === 'SV01001')!;
  const rings = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat() as [number, number][][];
  const screen = await page.evaluate((rings) => rings.map((r) => r.map(([lon, lat]) => window.__focal!.mapProbe!.project(lon, lat))), rings);
  const p = interiorPoint(screen as Ring[]);
  await page.mouse.move(p.x, p.y);
  const tip = page.getByRole('tooltip');
  await tip.getByTestId('tooltip-change').waitFor();
  const text = await tip.innerText();
  // SV01001: 1.354 in 2014, 3.112 in 2023, change +1.758.
  assert.match(text, /Change \+1\.76/);
  assert.match(text, /In 2014: 1\.35/);
  assert.match(text, /In 2023: 3\.11/);
  await page.mouse.move(5, 5);
});

test('percent mode and other years go into the link, and a fresh page restores them', async () => {
  const page = w.page;
  await afterMapChange(page, { fill: true }, () => page.getByTestId('change-mode').selectOption('percent'));
  await afterMapChange(page, { fill: true }, () => page.getByTestId('change-first').selectOption('2016'));
  assert.equal(await page.getByTestId('change-legend').getAttribute('data-mode'), 'percent');
  // SV01001 2016 → 2023 in percent, by hand, is in the legend's class of its colour: the colour is no longer the absolute one's.
  await viewLinkSettled(page);
  const link = page.url();
  const fresh = await watchedPage(browser, origin);
  try {
    await fresh.page.goto(link);
    await waitForMap(fresh.page);
    await fresh.page.getByTestId('change-legend').waitFor({ timeout: 60_000 });
    assert.equal(await fresh.page.getByTestId('change-first').inputValue(), '2016');
    assert.equal(await fresh.page.getByTestId('change-second').inputValue(), '2023');
    assert.equal(await fresh.page.getByTestId('change-mode').inputValue(), 'percent');
    const a = await page.evaluate(() => window.__focal!.mapProbe!.colour('SV01001'));
    await mapSettled(fresh.page);
    const b = await fresh.page.evaluate(() => window.__focal!.mapProbe!.colour('SV01001'));
    assert.deepEqual(b, a);
    assert.deepEqual(fresh.offOrigin, []);
    assert.deepEqual(fresh.errors, []);
  } finally {
    await fresh.page.context().close();
  }
  // Back to one year: the sequential map and its legend return.
  await afterMapChange(page, { fill: true }, () => page.getByTestId('change-off').check());
  await page.getByTestId('legend').waitFor();
});

test('Hotspots: the differential local Moran of the change 2014 → 2023 runs and names both years', async () => {
  const page = w.page;
  await page.getByTestId('tab-hotspots').click();
  await page.getByTestId('hotspot-variable').selectOption(ID);
  await afterMapChange(page, { fill: true }, () => page.getByTestId('hotspot-period').selectOption('change'));
  assert.equal(await page.getByTestId('hotspot-first').inputValue(), '2014');
  assert.equal(await page.getByTestId('hotspot-second').inputValue(), '2023');
  // Before the run the map shows the change in the change map's diverging colours (red = worse),
  // with its legend in the panel, not a sequential ramp of levels.
  await mapSettled(page);
  const classes = handClasses();
  for (const id of UNITS) {
    const c = await page.evaluate((id) => window.__focal!.mapProbe!.colour(id), id);
    assert.ok(c, `${id} not on the map`);
    assert.deepEqual(c.rgb, RDBU5_UP_WORSE[classes.get(id)!], `${id} before the run`);
  }
  // The change legend beside the map, not the sequential one.
  const legend = page.getByTestId('change-legend');
  assert.equal(await page.getByTestId('legend').count(), 0);
  assert.match(await legend.innerText(), /Change 2014 → 2023/);
  assert.equal(await legend.getByTestId('change-legend-row').count(), 8);
  await page.screenshot({ path: '/tmp/shots-timeb/hotspots-before-run.png' });
  await afterMapChange(page, { fill: true }, () => page.getByTestId('hotspot-run').click());
  await page.getByTestId('hotspot-legend-row').first().waitFor({ timeout: 120_000 });
  assert.match(await page.locator('section.hotspot-legend').innerText(), /change 2014 → 2023/);
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
