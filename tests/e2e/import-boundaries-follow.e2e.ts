/**
 * What follows a boundary import besides the polygons: the 328-of-340 Guatemalan file
 * (tests/fixtures/boundaries-real, OCHA/CONRED) with Sayaxché (GT1710) shrunk to a small square at
 * its centroid. After the import the department line Sayaxché shared with Alta Verapaz is gone (the
 * Alta Verapaz side now faces no unit: an outer line), Sayaxché's name sits on its square, and a
 * Hotspots run uses the new neighbours — exactly those computed in Node from the same shapes
 * (Sayaxché has none). Removing the import brings back the default lines, name and neighbours.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { mesh } from 'topojson-client';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { afterMapChange, closeApp, mapSettled, openApp, waitForDb, type AppSession } from './browser.ts';
import { unitFeatures, type UnitFeature, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { shapesInUse } from '../../src/lib/geo/shapes-in-use.ts';
import { contiguityWeights, weightsOf } from '../../src/lib/data/contiguity-weights.ts';
import type { SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';

const UNIT = 'GT1710';
const SHOTS = '/tmp/shots-bimport';
const collection = JSON.parse(readFileSync('tests/fixtures/boundaries-real/gtm-328-of-340-municipios.geojson', 'utf8')) as FeatureCollection<Polygon>;
const original = collection.features.find((f) => f.properties?.ADM2_PCODE === UNIT)!;
const [cx, cy] = turf.centroid(original).geometry.coordinates;
const h = 0.05;
const square = turf.polygon([[[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h], [cx - h, cy - h]]]);

// The weights in Node, before and after, from the same shapes (queen, 500 m: the app's defaults).
const topologies = (['GT', 'HN', 'SV'] as const).map((country) => ({ country: country as CountryCode, topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology }));
const base = unitFeatures(topologies);
const ids = base.map((f) => f.properties.unit_id);
const shapes = new Map(collection.features.map((f) => [String(f.properties?.ADM2_PCODE), f.properties?.ADM2_PCODE === UNIT ? square.geometry : f.geometry]));
const inUse: UnitFeature[] = base.map((f) => (shapes.has(f.properties.unit_id) ? { ...f, geometry: shapes.get(f.properties.unit_id)! } : f));
const lists = (w: SpatialWeights) => ids.map((_, i) => [...w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])].map((j) => ids[j]).sort());
const defaultNeighbours = lists(contiguityWeights(topologies, { contiguity: 'queen', snapMeters: 500 }));
const importedNeighbours = lists(weightsOf(shapesInUse(base, inUse), { contiguity: 'queen', snapMeters: 500 }));

/** The middle of the longest stretch of the default department line between Sayaxché and Alta Verapaz (16). */
const gt = topologies[0].topology;
const idOf = (g: { id?: string | number; properties?: { unit_id?: string } }) => String(g.id ?? g.properties?.unit_id);
const deptOf = (g: { properties?: { dept_code?: string } }) => g.properties?.dept_code;
const border = mesh(gt, gt.objects.units, (a, b) => (idOf(a) === UNIT && deptOf(b) === '16') || (idOf(b) === UNIT && deptOf(a) === '16'));
const longest = border.coordinates.reduce((a, b) => (turf.length(turf.lineString(b)) > turf.length(turf.lineString(a)) ? b : a));
const onBorder = turf.along(turf.lineString(longest), turf.length(turf.lineString(longest)) / 2).geometry.coordinates as [number, number];

let s_: AppSession | undefined;
let file = '';
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'focal-follow-'));
  file = join(dir, 'gtm-sayaxche-square.geojson');
  writeFileSync(file, JSON.stringify({ ...collection, features: collection.features.map((f) => (f.properties?.ADM2_PCODE === UNIT ? { ...f, geometry: square.geometry } : f)) }));
  mkdirSync(SHOTS, { recursive: true });
  s_ = await openApp();
});
after(async () => {
  await closeApp(s_?.browser, s_?.server);
});

const linesAt = (page: Page, p: Position) => page.evaluate(([lon, lat]) => window.__focal!.mapLinesAt!(lon, lat), p);
const sayaxcheLabel = (page: Page) => page.evaluate((id) => window.__focal!.mapLabelSet!().find((l) => l.kind === 'municipio' && l.text === id) ?? null, 'Sayaxché');

/** Runs Hotspots (99 permutations) and returns every unit's neighbours in the run's weights. */
async function hotspotNeighbours(page: Page): Promise<string[][]> {
  await page.getByTestId('tab-hotspots').click();
  await page.getByTestId('hotspot-permutations').selectOption('99');
  await page.waitForFunction(() => !(document.querySelector('[data-testid="hotspot-run"]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: 60_000 });
  const runs = await page.evaluate(() => window.__focal!.hotspotRun?.receivedMs ?? 0);
  await page.getByTestId('hotspot-run').click();
  await page.waitForFunction((r) => (window.__focal!.hotspotRun?.receivedMs ?? 0) > r && window.__focal!.hotspotNeighbours!('GT0101') !== null, runs, { timeout: 180_000 });
  return page.evaluate((all) => all.map((id) => [...(window.__focal!.hotspotNeighbours!(id) ?? [])].sort()), ids);
}

/** The data tab's import of the square file, as a planner does it. */
async function importSquare(page: Page): Promise<void> {
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
  assert.equal(await page.getByTestId('mapping-kind-boundaries').isChecked(), true);
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor({ timeout: 120_000 });
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
}

test('after a boundary import the department lines, the names and the hotspot neighbours follow the new shapes; removing it restores them', async () => {
  if (!s_) throw new Error('the app did not open');
  const page = s_.w.page;
  await waitForDb(page);
  await page.waitForFunction(() => (window.__focal!.mapLabelSet?.() ?? []).some((l) => l.text === 'Sayaxché'), undefined, { timeout: 120_000 });
  await afterMapChange(page, { move: true }, () => page.getByTestId('zoom-GT').click());
  await mapSettled(page);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}/before-import.png` });

  // Before: the default department line, name and neighbours.
  assert.ok((await linesAt(page, onBorder)).includes('department'), `no department line at ${onBorder.join(', ')} before the import`);
  const labelBefore = await sayaxcheLabel(page);
  assert.ok(labelBefore && !turf.booleanPointInPolygon([labelBefore.lon, labelBefore.lat], square), `Sayaxché's name already in the square: ${JSON.stringify(labelBefore)}`);
  assert.deepEqual(await hotspotNeighbours(page), defaultNeighbours);
  assert.ok(defaultNeighbours[ids.indexOf(UNIT)].length > 3);

  // After the import: the lines, the name and the neighbours of the new shapes.
  await importSquare(page);
  await page.waitForFunction((p) => !window.__focal!.mapLinesAt!(p[0], p[1]).includes('department'), onBorder, { timeout: 120_000 });
  await mapSettled(page);
  assert.ok((await linesAt(page, onBorder)).includes('country'), 'the Alta Verapaz side facing no unit is not drawn as an outer line');
  assert.ok((await linesAt(page, [cx - h, cy])).includes('country'), "the square's outline is not drawn");
  await page.waitForFunction((t) => (window.__focal!.mapLabelSet?.() ?? []).some((l) => l.text === t), 'Sayaxché', { timeout: 120_000 });
  const labelAfter = await sayaxcheLabel(page);
  assert.ok(labelAfter && turf.booleanPointInPolygon([labelAfter.lon, labelAfter.lat], square), `Sayaxché's name is not on its new shape: ${JSON.stringify(labelAfter)}`);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}/after-import.png` });
  const after = await hotspotNeighbours(page);
  assert.deepEqual(after[ids.indexOf(UNIT)], []);
  assert.deepEqual(after, importedNeighbours);

  // Removing the import: the default ones again.
  await page.getByTestId('tab-data').click();
  await page.getByTestId('workspace-remove').click();
  await page.waitForFunction((p) => window.__focal!.mapLinesAt!(p[0], p[1]).includes('department'), onBorder, { timeout: 120_000 });
  await page.waitForFunction((l) => {
    const s = (window.__focal!.mapLabelSet?.() ?? []).find((x) => x.text === 'Sayaxché');
    return !!s && s.lon === l.lon && s.lat === l.lat;
  }, labelBefore, { timeout: 120_000 });
  await mapSettled(page);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}/after-removal.png` });
  assert.deepEqual(await hotspotNeighbours(page), defaultNeighbours);
  assert.deepEqual(s_.w.offOrigin, []);
  assert.deepEqual(s_.w.errors, []);
});
