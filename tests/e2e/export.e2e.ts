/**
 * End-to-end: the index view's exports in Debian's Chromium. Each button downloads a file that
 * opens: the priority list as XLSX (read back with read-excel-file: sheets Data / Method /
 * Sources, 682 rows in the order of the CSV, accents intact), the municipios as GeoJSON (682
 * features with scores and the `focal` member), the map as PNG (decodes, print size, the map
 * area coloured, the title band and footer present).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { PNG } from 'pngjs';
import { csvParseRows } from 'd3';
import readXlsxFile from 'read-excel-file/node';
import { openApp, closeApp, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
  await w.page.getByTestId('tab-index').click();
  await w.page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 20_000 });
});

after(() => closeApp(browser, server));

async function download(testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([w.page.waitForEvent('download', { timeout: 60_000 }), w.page.getByTestId(testid).click()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

test('the priority list downloads as XLSX with the CSV rows, a method and the sources', async () => {
  const csv = await download('export-csv');
  const rows = csvParseRows(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const t0 = Date.now();
  const x = await download('export-xlsx');
  console.log(`XLSX ${x.bytes.length} bytes in ${Date.now() - t0} ms`);
  assert.equal(x.name, 'focal-priority-list.xlsx');
  const sheets = await readXlsxFile(x.bytes);
  assert.deepEqual(sheets.map((s) => s.sheet), ['Data', 'Method', 'Sources']);
  const data = sheets[0].data;
  assert.equal(data.length, 683);
  assert.deepEqual(data[0], rows[0]);
  // Same units in the same order, same numbers (the CSV writes the shortest exact text).
  for (let i = 1; i < rows.length; i++) {
    assert.equal(data[i][2], rows[i][2], `row ${i} unit`);
    for (const j of [0, 1, 6]) assert.equal(data[i][j] === null ? '' : String(data[i][j]), rows[i][j], `row ${i} column ${rows[0][j]}`);
  }
  const depts = new Set(data.slice(1).map((r) => r[4]));
  assert.ok(depts.has('Santa Bárbara') && depts.has('Cabañas'), 'accented departments lost');
  const method = new Map(sheets[1].data.map((r) => [r[0], r[1]]));
  assert.equal(method.get('app'), 'focal');
  assert.ok(method.has('spec.groups.migration.weight'));
  assert.ok(sheets[2].data.length > 5, 'no sources');
});

test('the municipios download as GeoJSON with 682 features, scores and the focal member', async () => {
  const g = await download('export-geojson');
  assert.equal(g.name, 'focal-municipios.geojson');
  const fc = JSON.parse(g.bytes.toString('utf8')) as {
    type: string;
    features: { geometry: { type: string }; properties: Record<string, unknown> }[];
    focal: { method: { view: string }; provenance: { sources: unknown[] } };
  };
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 682);
  const p = fc.features.map((f) => f.properties);
  assert.ok(p.every((x) => typeof x.unit_id === 'string' && 'score' in x && 'rank_region' in x && 'in_top_n' in x));
  assert.ok(p.some((x) => x.rank_region === 1));
  assert.ok(fc.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
  assert.equal(fc.focal.method.view, 'index');
  assert.ok(fc.focal.provenance.sources.length > 5);
});

test('the map downloads as a print-size PNG with a coloured map area', async () => {
  const mapBox = await w.page.getByTestId('map').boundingBox();
  assert.ok(mapBox);
  const t0 = Date.now();
  const p = await download('export-png');
  const ms = Date.now() - t0;
  assert.equal(p.name, 'focal-map.png');
  await writeFile('/tmp/focal-export-map.png', p.bytes);
  const img = PNG.sync.read(p.bytes);
  const scale = Math.min(3, Math.max(2, 3000 / mapBox.width));
  // The page is as wide as the map at print scale (within a pixel of rounding).
  assert.ok(Math.abs(img.width - Math.round(mapBox.width * scale)) <= 1, `width ${img.width} for a ${mapBox.width}px map at ${scale}x`);
  assert.ok(img.width >= 2000, `only ${img.width}px wide`);
  const mapH = Math.round(mapBox.height * scale);
  assert.ok(img.height > mapH, 'no title band or footer');
  // Coloured pixels (the choropleth) in the map area (the legend sits below it).
  const top = Math.round(64 * scale);
  let coloured = 0, total = 0;
  for (let y = top; y < top + mapH; y += 4) {
    for (let x = 0; x < img.width; x += 4) {
      const i = 4 * (y * img.width + x);
      const r = img.data[i], gg = img.data[i + 1], b = img.data[i + 2];
      total++;
      if (Math.max(r, gg, b) - Math.min(r, gg, b) >= 40) coloured++;
    }
  }
  assert.ok(coloured / total > 0.05, `map area blank: ${((100 * coloured) / total).toFixed(1)}% coloured`);
  // The title band has dark text pixels.
  let dark = 0;
  for (let y = 0; y < top; y += 2) for (let x = 0; x < img.width / 3; x += 2) if (img.data[4 * (y * img.width + x)] < 100) dark++;
  assert.ok(dark > 50, 'no title text');
  console.log(`PNG ${img.width}x${img.height}, ${((100 * coloured) / total).toFixed(1)}% coloured, ${ms} ms`);
});

test('no console errors and no request off the app origin', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
