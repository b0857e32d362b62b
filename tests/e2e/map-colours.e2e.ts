/**
 * End-to-end: the map's pixels show the colours the app's colour scale gives. For a fixed set of
 * municipios in the three countries, the screen is sampled at a point well inside each one (found
 * on screen with the map's own projection, window.__focal.mapProbe) and compared with the unit's
 * colour: on the opening map, which also keeps the colours it had when deck.gl drew the choropleth
 * (the table below), and after switching to an indicator that recolours them and leaves one of them
 * without data (hatched). No request leaves the origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, afterMapChange, mapSettled, hideLabels, type Watched } from './browser.ts';
import { interiorPoint, type Ring } from './interior-point.ts';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import { NO_DATA_OUTLINE_RGB } from '../../src/lib/map/palettes.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

const COUNTRIES: CountryCode[] = ['GT', 'HN', 'SV'];
const topo = (c: CountryCode) => JSON.parse(readFileSync(`public/data/boundaries/${c.toLowerCase()}.topo.json`, 'utf8')) as UnitTopology;
const features = boundariesFrom(COUNTRIES.map((country) => ({ country, topology: topo(country) }))).features;

/**
 * The municipios sampled, large enough on the opening view for a clear patch inside, with the
 * colours the opening map (emigrants per 1,000, YlOrRd per country) gave them when deck.gl drew it.
 * GT1713 (Las Cruces) has no violence score: it is hatched after the switch.
 */
const UNITS: Record<string, [number, number, number]> = {
  GT1704: [254, 204, 92],
  GT1601: [255, 255, 178],
  GT1710: [254, 204, 92],
  GT1713: [254, 204, 92],
  HN1503: [189, 0, 38],
  HN0901: [255, 255, 178],
  HN1801: [253, 141, 60],
  SV09001: [253, 141, 60],
  SV12003: [240, 59, 32],
};
const HATCHED_AFTER_SWITCH = 'GT1713';
/** Per-channel tolerance: antialiasing and the GPU's rounding, not a different class colour. */
const TOLERANCE = 6;
/** Half the side of the square sampled around each point (a 5×5 patch). */
const HALF = 2;

before(async () => {
  ({ server, browser, w } = await openApp());
  // The sampled points are where names would be drawn (each unit's middle).
  await hideLabels(w.page);
});

after(() => closeApp(browser, server));

interface Sample {
  id: string;
  x: number;
  y: number;
  /** The colour the app's scale gives the unit, and whether it is hatched as "no data". */
  expected: { rgb: [number, number, number]; hatched: boolean };
}

/** The sample point of every unit with the current camera and the colour the app says it has. */
async function samples(page: Page): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const id of Object.keys(UNITS)) {
    const f = features.find((u) => u.properties.unit_id === id);
    assert.ok(f, `no unit ${id} in the boundary files`);
    const rings = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat() as [number, number][][];
    const { screen, expected } = await page.evaluate(
      ({ id, rings }) => {
        const probe = window.__focal!.mapProbe!;
        const screen = rings.map((r) => r.map(([lon, lat]) => probe.project(lon, lat)));
        return { screen, expected: probe.colour(id) };
      },
      { id, rings },
    );
    assert.ok(expected, `the map has no colour for ${id}`);
    const p = interiorPoint(screen as Ring[]);
    assert.ok(p.clearance >= HALF + 2, `${id} is too small on screen for a clear sample (${p.clearance.toFixed(1)} px)`);
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName ?? null, [p.x, p.y]);
    assert.equal(hit, 'CANVAS', `${id}'s sample point is covered by ${hit}`);
    out.push({ id, x: Math.floor(p.x), y: Math.floor(p.y), expected });
  }
  return out;
}

/** The pixels of the square around (x, y) in a viewport screenshot. */
function patch(img: PNG, x: number, y: number): [number, number, number][] {
  const px: [number, number, number][] = [];
  for (let dy = -HALF; dy <= HALF; dy++) {
    for (let dx = -HALF; dx <= HALF; dx++) {
      const i = 4 * ((y + dy) * img.width + (x + dx));
      px.push([img.data[i], img.data[i + 1], img.data[i + 2]]);
    }
  }
  return px;
}

const near = (a: readonly number[], b: readonly number[], tol = TOLERANCE) => a.every((v, k) => Math.abs(v - b[k]) <= tol);

/**
 * Every sampled patch shows its unit's colour: all pixels within the tolerance of the fill, or, for
 * a hatched unit, each pixel between the fill and the hatch line over it (the hatch is drawn at
 * alpha 150 and resampled with the zoom) with both the bare fill and the hatch present.
 */
async function assertPixels(page: Page, list: Sample[]): Promise<void> {
  await mapSettled(page);
  const img = PNG.sync.read(await page.screenshot());
  for (const s of list) {
    const px = patch(img, s.x, s.y);
    const fill = s.expected.rgb;
    if (!s.expected.hatched) {
      const off = px.filter((p) => !near(p, fill));
      assert.equal(off.length, 0, `${s.id} at (${s.x}, ${s.y}) should be rgb(${fill.join(', ')}), the screen shows ${JSON.stringify(off.slice(0, 3))}`);
      continue;
    }
    const a = 150 / 255;
    const line = fill.map((c, k) => Math.round(c * (1 - a) + NO_DATA_OUTLINE_RGB[k] * a));
    const between = (p: [number, number, number]) => p.every((v, k) => v >= Math.min(fill[k], line[k]) - TOLERANCE && v <= Math.max(fill[k], line[k]) + TOLERANCE);
    const outside = px.filter((p) => !between(p));
    assert.equal(outside.length, 0, `${s.id} (hatched) shows colours off its fill and hatch: ${JSON.stringify(outside.slice(0, 3))}`);
    assert.ok(px.some((p) => near(p, fill)), `${s.id} (hatched) shows no bare fill rgb(${fill.join(', ')})`);
    assert.ok(px.some((p) => near(p, line, 2 * TOLERANCE)), `${s.id} should be hatched; no hatch line rgb(${line.join(', ')}) in ${JSON.stringify(px.slice(0, 5))}`);
  }
}

test('the opening map shows each unit in the colour of its class, the same colours as before', async () => {
  const list = await samples(w.page);
  for (const s of list) {
    assert.deepEqual(s.expected.rgb, UNITS[s.id], `${s.id}: the scale's colour changed`);
    assert.equal(s.expected.hatched, false, `${s.id} should have data on the opening map`);
  }
  await assertPixels(w.page, list);
});

test('switching the indicator recolours the units on screen, hatching those without data', async () => {
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('indicator-select').selectOption('violence_score'));
  const list = await samples(w.page);
  const changed = list.filter((s) => !near(s.expected.rgb, UNITS[s.id], 0));
  assert.ok(changed.length >= list.length / 2, `only ${changed.length} of ${list.length} units changed colour: the switch tests little`);
  assert.equal(list.find((s) => s.id === HATCHED_AFTER_SWITCH)?.expected.hatched, true, `${HATCHED_AFTER_SWITCH} should have no violence score`);
  await assertPixels(w.page, list);
});

test('no request left the origin and the console stayed clean', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
