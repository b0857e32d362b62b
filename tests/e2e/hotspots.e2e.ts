/**
 * End-to-end: the Hotspots tab in Debian's Chromium. A run on the default variable (migration
 * pressure) with 99 permutations colours the map by cluster, with legend counts adding up to the
 * 682 municipios and high–high clusters in cluster red; the significance map shows GeoDa's greens;
 * brushing the Moran scatterplot selects municipios on the map; clicking a municipio marks its point
 * and outlines its neighbours; the results download as CSV (BOM, header, 682 rows) with the method
 * file beside; Local Geary's c, offered from the statistic registry, draws its map and legend; a run
 * can be cancelled; no request leaves the app's origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { PNG } from 'pngjs';
import { openApp, closeApp, afterMapChange, mapScreenshot, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

/** Pixels of a screenshot within `tol` of an RGB colour on every channel. */
function pixelsNear(png: Buffer, rgb: readonly number[], tol = 10): number {
  const img = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (Math.abs(img.data[i] - rgb[0]) <= tol && Math.abs(img.data[i + 1] - rgb[1]) <= tol && Math.abs(img.data[i + 2] - rgb[2]) <= tol) n++;
  }
  return n;
}

async function mapPng(): Promise<Buffer> {
  return mapScreenshot(w.page);
}

async function legendCounts(): Promise<Map<string, number>> {
  const rows = await w.page.getByTestId('hotspot-legend-row').evaluateAll((lis) =>
    lis.map((li) => [li.getAttribute('data-key') ?? '', Number(li.querySelector('[data-testid="hotspot-count"]')?.textContent)] as const),
  );
  const out = new Map<string, number>();
  for (const [k, c] of rows) out.set(k, (out.get(k) ?? 0) + c);
  return out;
}

const HH_RED = [215, 25, 28];
const NS_GREY = [240, 240, 240];

test('the Hotspots tab shows the panel and the default variable on the map', async () => {
  await w.page.getByTestId('tab-hotspots').click();
  const panel = w.page.getByTestId('hotspot-panel');
  await panel.waitFor();
  assert.equal(await w.page.getByTestId('hotspot-variable').inputValue(), 'group:migration');
  assert.equal(await w.page.getByTestId('hotspot-permutations').inputValue(), '999');
  assert.equal(await w.page.getByTestId('hotspot-correction').inputValue(), 'fdr');
  assert.equal(await w.page.getByTestId('hotspot-snap').inputValue(), '500');
  await w.page.waitForFunction(() => !(document.querySelector('[data-testid="hotspot-run"]') as HTMLButtonElement | null)?.disabled, undefined, {
    timeout: 20_000,
  });
  assert.match(await w.page.getByTestId('legend').innerText(), /Migration pressure/);
});

test('a run with 99 permutations colours the map by cluster, counts adding up to 682', async () => {
  await w.page.getByTestId('hotspot-permutations').selectOption('99');
  await w.page.getByTestId('hotspot-run').click();
  await w.page.getByTestId('moran-scatter').waitFor({ timeout: 120_000 });
  const counts = await legendCounts();
  const total = [...counts.values()].reduce((s, x) => s + x, 0);
  assert.equal(total, 682, `legend counts add up to ${total}`);
  assert.ok((counts.get('HH') ?? 0) > 0, 'no high-high unit');
  assert.ok((counts.get('LL') ?? 0) > 0, 'no low-low unit');
  // The Bay Islands (Utila, Guanaja) and Amapala have no neighbour on land.
  assert.ok((counts.get('island') ?? 0) >= 2, 'islands not reported');
  assert.match(await w.page.getByTestId('hotspot-islands').innerText(), /Utila/);
  assert.match(await w.page.getByTestId('hotspot-global').innerText(), /Global Moran’s I = 0\.\d+/);
  assert.match(await w.page.getByTestId('hotspot-threshold').innerText(), /p ≤ 0\.\d+ \(level 0\.05, False discovery rate/);
  const png = await mapPng();
  const red = pixelsNear(png, HH_RED);
  assert.ok(red > 2000, `only ${red} pixels of cluster red on the map`);
  assert.ok(pixelsNear(png, NS_GREY, 3) > 2000, 'no not-significant grey on the map');
});

test('the significance map shows greens, the cluster map comes back', async () => {
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('hotspot-mode-significance').check({ force: true }));
  const png = await mapPng();
  assert.ok(pixelsNear(png, [0x84, 0xf5, 0x76], 12) + pixelsNear(png, [0x53, 0xc5, 0x3c], 12) > 2000, 'no significance greens');
  assert.equal(pixelsNear(png, HH_RED), 0, 'cluster red on the significance map');
  const counts = await legendCounts();
  assert.equal([...counts.values()].reduce((s, x) => s + x, 0), 682);
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('hotspot-mode-cluster').check({ force: true }));
  assert.ok(pixelsNear(await mapPng(), HH_RED) > 2000);
});

test('brushing the high-high corner of the scatterplot selects units on the map', async () => {
  const box = await w.page.getByTestId('moran-scatter').boundingBox();
  assert.ok(box);
  // From inside the top-right corner of the plot towards its centre (the high-high quadrant).
  const x0 = box.x + box.width - 12;
  const y0 = box.y + 12;
  await w.page.mouse.move(x0, y0);
  await w.page.mouse.down();
  await w.page.mouse.move(x0 - box.width * 0.3, y0 + box.height * 0.3, { steps: 8 });
  await w.page.mouse.up();
  const key = w.page.getByTestId('highlight-legend');
  await key.waitFor({ timeout: 5_000 });
  const n = Number((await key.innerText()).match(/(\d+) selected/)?.[1]);
  assert.ok(n > 0, `brushing selected ${n} units`);
  // The selection is outlined on the map in the highlight blue.
  assert.ok(pixelsNear(await mapPng(), [29, 78, 216], 20) > 100, 'no outline of the brushed units');
  await w.page.getByTestId('hotspot-clear-brush').click();
  await key.waitFor({ state: 'detached' });
});

test('clicking a municipio marks its point in the scatterplot and outlines its neighbours', async () => {
  // The click must meet Guatemala, not a frame of the camera still on its way there.
  await afterMapChange(w.page, { move: true }, () => w.page.getByTestId('zoom-GT').click());
  const box = await w.page.getByTestId('map').boundingBox();
  assert.ok(box);
  await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await w.page.getByTestId('moran-selected').waitFor({ timeout: 5_000 });
  assert.match(await w.page.getByTestId('hotspot-neighbours-key').innerText(), /\d+ neighbours of /);
  assert.ok(pixelsNear(await mapPng(), [245, 158, 11], 20) > 50, 'no neighbour outline');
  await afterMapChange(w.page, { move: true }, () => w.page.getByTestId('zoom-all').click());
});

test('the results download as CSV (BOM, header, 682 rows) with the method file beside', async () => {
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-hotspots-csv').click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'no BOM');
  const lines = text.slice(1).trimEnd().split('\r\n');
  assert.equal(lines[0], 'unit_id,name,department,country,value,lag,statistic,p_sim,cluster');
  assert.equal(lines.length, 683);
  assert.ok(lines.some((l) => l.endsWith(',HH')));
  assert.ok(lines.some((l) => /^HN\d+,Utila,.*,island$/.test(l)));
  const [meta] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-hotspots-json').click()]);
  const doc = JSON.parse(await readFile(await meta.path(), 'utf8'));
  assert.equal(doc.method.permutations, 99);
  assert.equal(doc.method.seed, 20240917);
  assert.equal(doc.method.correction, 'fdr');
  assert.ok(doc.method.threshold > 0 && doc.method.threshold <= 0.05);
  assert.equal(doc.weights.contiguity, 'queen');
  assert.ok(doc.provenance.sources.length > 0);
});

test("Local Geary's c runs from the registry: its legend classes, the map drawn in its colours", async () => {
  await w.page.getByTestId('hotspot-statistic').selectOption('geary');
  // The map's count of drawn colourings before the run: the new result's colouring must add one.
  const before = await w.page.evaluate(() => (window as unknown as { __focal?: { fillsDrawn?: number } }).__focal?.fillsDrawn ?? 0);
  await w.page.getByTestId('hotspot-run').click();
  await w.page.locator('[data-testid="hotspot-legend-row"][data-key="negative"]').waitFor({ timeout: 120_000 });
  await w.page.waitForFunction((n) => ((window as unknown as { __focal?: { fillsDrawn?: number } }).__focal?.fillsDrawn ?? 0) > n, before, { timeout: 120_000 });
  assert.match(await w.page.getByTestId('legend').innerText(), /Clusters \(Local Geary’s c\)/);
  const keys = await w.page.getByTestId('hotspot-legend-row').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')));
  assert.deepEqual(keys, ['HH', 'LL', 'other_positive', 'negative', 'ns', 'island', 'missing']);
  const counts = await legendCounts();
  assert.equal([...counts.values()].reduce((s, x) => s + x, 0), 682);
  assert.ok((counts.get('HH') ?? 0) > 0, 'no high-high unit');
  // The summary follows the map a frame later: the export, enabled once the panels show the drawn run, says when.
  await w.page.waitForFunction(
    () => {
      const b = document.querySelector('[data-testid="export-hotspots-csv"]') as HTMLButtonElement | null;
      return b !== null && !b.disabled;
    },
    undefined,
    { timeout: 120_000 },
  );
  assert.equal(await w.page.getByTestId('hotspot-global').count(), 0, 'Local Geary has no global Moran summary');
  const png = await w.page.getByTestId('map').screenshot();
  assert.ok(pixelsNear(png, HH_RED) > 1000, 'no high-high red on the Geary map');
});

test('a run can be cancelled and the last result stays', async () => {
  await w.page.getByTestId('hotspot-permutations').selectOption('9999');
  // The run may take well under a frame: press Cancel from a MutationObserver, whose callback runs
  // in the microtask right after the page inserts the button, before any task (such as the
  // worker's result) can be handled. If the run ends with no button ever shown, say so.
  const pressed = await w.page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const before = window.__focal?.hotspotRun;
        const observer = new MutationObserver(() => {
          const cancel = document.querySelector('[data-testid="hotspot-cancel"]') as HTMLButtonElement | null;
          if (cancel) cancel.click();
          else if (window.__focal?.hotspotRun === before) return;
          observer.disconnect();
          resolve(cancel !== null);
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        (document.querySelector('[data-testid="hotspot-run"]') as HTMLButtonElement).click();
      }),
  );
  assert.ok(pressed, 'no cancel button while running');
  await w.page.getByText('Cancelled.').waitFor();
  assert.equal(await w.page.getByTestId('hotspot-stale').count(), 1, 'the changed settings are not flagged');
  assert.equal(await w.page.getByTestId('moran-scatter').count(), 1);
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
