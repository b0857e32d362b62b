/**
 * The shapes an imported boundary file gives are the shapes the map draws: the 328-of-340
 * Guatemalan file (tests/fixtures/boundaries-real, OCHA/CONRED) with Sayaxché's polygon shrunk to a
 * small square in its middle. Before the import a point of Sayaxché outside that square shows the
 * unit's fill; after it, the map's background, while the square's centre keeps the fill.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { closeApp, hideLabels, mapSettled, openApp, waitForDb, type AppSession } from './browser.ts';

const UNIT = 'GT1710';
const TOLERANCE = 6;

const collection = JSON.parse(readFileSync('tests/fixtures/boundaries-real/gtm-328-of-340-municipios.geojson', 'utf8')) as FeatureCollection<Polygon>;
const original = collection.features.find((f) => f.properties?.ADM2_PCODE === UNIT) as Feature<Polygon>;
const [w, s, e, n] = turf.bbox(original);
const [cx, cy] = turf.centroid(original).geometry.coordinates;
const half = Math.min(e - w, n - s) / 10;
const square = turf.polygon([[[cx - half, cy - half], [cx + half, cy - half], [cx + half, cy + half], [cx - half, cy + half], [cx - half, cy - half]]]);
/** A point of the old shape well away from the square: the middle of the largest piece left. */
const left = turf.difference(turf.featureCollection([original, turf.buffer(square, 5, { units: 'kilometers' })!]))!;
const away = turf.pointOnFeature(left).geometry.coordinates as [number, number];

let s_: AppSession | undefined;
let file = '';
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'focal-shapes-'));
  file = join(dir, 'gtm-sayaxche-square.geojson');
  const features = collection.features.map((f) => (f.properties?.ADM2_PCODE === UNIT ? { ...f, geometry: square.geometry } : f));
  writeFileSync(file, JSON.stringify({ ...collection, features }));
  s_ = await openApp();
});
after(async () => {
  await closeApp(s_?.browser, s_?.server);
});

/** The colour on screen at a longitude/latitude (centre pixel of a settled map), and the unit's fill. */
async function at(page: Page, lonLat: [number, number]): Promise<{ px: number[]; fill: number[] }> {
  await mapSettled(page);
  const { xy, fill } = await page.evaluate(
    ({ lonLat, id }) => ({ xy: window.__focal!.mapProbe!.project(lonLat[0], lonLat[1]), fill: window.__focal!.mapProbe!.colour(id) }),
    { lonLat, id: UNIT },
  );
  assert.ok(fill && !fill.hatched, `${UNIT} has no plain colour`);
  const img = PNG.sync.read(await page.screenshot());
  const i = 4 * (Math.round(xy[1]) * img.width + Math.round(xy[0]));
  return { px: [img.data[i], img.data[i + 1], img.data[i + 2]], fill: fill.rgb };
}
const near = (a: readonly number[], b: readonly number[]) => a.every((v, k) => Math.abs(v - b[k]) <= TOLERANCE);

test('an imported boundary file: the map draws its shapes, not the default ones', async () => {
  if (!s_) throw new Error('the app did not open');
  const page = s_.w.page;
  await waitForDb(page);
  await hideLabels(page);
  const before = await at(page, away);
  assert.ok(near(before.px, before.fill), `before the import Sayaxché at ${away.join(', ')} should be rgb(${before.fill.join(', ')}), not rgb(${before.px.join(', ')})`);
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
  assert.equal(await page.getByTestId('mapping-kind-boundaries').isChecked(), true);
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor({ timeout: 120_000 });
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
  const gone = await at(page, away);
  assert.ok(!near(gone.px, gone.fill), `after the import the old shape of Sayaxché at ${away.join(', ')} is still drawn in rgb(${gone.fill.join(', ')})`);
  const kept = await at(page, [cx, cy]);
  assert.ok(near(kept.px, kept.fill), `the new square of Sayaxché should be rgb(${kept.fill.join(', ')}), not rgb(${kept.px.join(', ')})`);
  assert.deepEqual(s_.w.offOrigin, []);
  assert.deepEqual(s_.w.errors, []);
});
