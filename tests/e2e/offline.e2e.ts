/**
 * End-to-end: focal works with no network. The production build in Chromium: the service worker
 * takes control and stores every file (window.__focal.offlineReady), the browser goes offline
 * AND the server is stopped, the page is reloaded, and the map is drawn, DuckDB starts and
 * another indicator can be mapped — all from the cache. With service workers blocked the app
 * still works online; a new version waiting shows the "Reload" notice, which switches to it.
 * No request leaves the origin; the console stays free of errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { readFileSync } from 'node:fs';
import { preview, type Plugin } from 'vite';
import { launch, stopServer, watchedPage, waitForMap, waitForDb, backToRegionAfterGuatemala, afterMapChange, mapScreenshot } from './browser.ts';
import { colourStats, histogramDistance } from './pixels.ts';
import type { SwStatus } from '../../src/lib/offline/sw-message.ts';

let server: PreviewServer | undefined;
let origin: string;
let browser: Browser;
/** When set, the server sends dist/sw.js with this comment appended: a new version of the worker. */
let swVariant = '';
/** Requests the server received, by path. */
const requests = new Map<string, number>();

/** Serves the changed sw.js when `swVariant` is set (before the precompressed files are looked at). */
function variantServiceWorker(): Plugin {
  return {
    name: 'test-variant-sw',
    enforce: 'pre',
    configurePreviewServer(s) {
      s.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        requests.set(path, (requests.get(path) ?? 0) + 1);
        if (!swVariant || !req.url?.startsWith('/sw.js')) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(`${readFileSync('dist/sw.js', 'utf8')}\n// ${swVariant}\n`);
      });
    },
  };
}

before(async () => {
  server = await preview({
    logLevel: 'silent',
    plugins: [variantServiceWorker()],
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server gave no local URL');
  origin = new URL(url).origin;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await stopServerNow();
});

/** Stops the preview server for good (open keep-alive connections too). */
async function stopServerNow(): Promise<void> {
  const s = server;
  server = undefined;
  if (s) await stopServer(s);
}

async function offlineReady(page: Page): Promise<SwStatus> {
  await page.waitForFunction(() => window.__focal?.offlineReady !== undefined, undefined, { timeout: 120_000 });
  return page.evaluate(() => window.__focal!.offlineReady!);
}

async function mapShot(page: Page) {
  return colourStats(await mapScreenshot(page));
}

/**
 * Maps a Guatemala-only indicator and checks that the colours change (DuckDB answers the query).
 * `framed`: the map frames Guatemala and is sent back to the region before the comparison. On a
 * page reloaded with the network cut, the camera does not move in headless Chromium 150 (fit and
 * zoom buttons alike; noted as a known gap), so there the picture is compared where it stands.
 */
async function switchIndicator(page: Page, framed = true): Promise<void> {
  const before = await mapShot(page);
  const select = page.getByTestId('indicator-select');
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const current = await select.inputValue();
  const gtOnly = options.find((v) => v !== current && v.startsWith('gt_'));
  assert.ok(gtOnly, 'no Guatemala-only indicator to switch to');
  await afterMapChange(page, { fill: true }, () => select.selectOption(gtOnly));
  if (framed) await backToRegionAfterGuatemala(page);
  const after = await mapShot(page);
  const d = histogramDistance(before.histogram, after.histogram);
  assert.ok(d > 0.2, `map colours barely changed (distance ${d.toFixed(3)})`);
  assert.ok(after.coloured < before.coloured, 'no-data units are still coloured');
}

test('with service workers blocked the app works online as an ordinary page', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  try {
    await page.goto(origin + '/');
    await waitForMap(page);
    await waitForDb(page);
    const { coloured, total } = await mapShot(page);
    assert.ok(coloured / total > 0.1, 'the map is not drawn');
    const refused = await page.evaluate(() => window.__focal!.offlineReady!.then(() => 'ready', (e: Error) => e.message));
    assert.match(refused, /refused/);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    await switchIndicator(page);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a new version waiting shows the Reload notice, which switches to it', async () => {
  const w = await watchedPage(browser, origin);
  const { page } = w;
  requests.clear();
  try {
    await page.goto(origin + '/');
    await waitForMap(page);
    await offlineReady(page);
    assert.equal(await page.getByTestId('offline-update').count(), 0, 'an update is offered on the first install');
    // Storing the files did not download the data a second time: the HTTP cache had it. (DuckDB's
    // module is fetched again here: it is too big for this private context's in-memory HTTP cache.)
    const data = [...requests].filter(([path]) => path.startsWith('/data/'));
    assert.ok(data.length >= 7, `only ${data.length} data files requested`);
    assert.deepEqual(data.filter(([, n]) => n !== 1), [], 'data files downloaded more than once');

    swVariant = 'version 2';
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByTestId('offline-update');
    await notice.waitFor({ timeout: 120_000 });
    assert.match(await notice.innerText(), /new version is ready/i);

    await Promise.all([page.waitForEvent('load', { timeout: 120_000 }), notice.getByRole('button').click()]);
    await waitForMap(page);
    const status = await offlineReady(page);
    assert.equal(status.cached, status.total);
    const after = await page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      return { waiting: reg.waiting !== null, caches: (await caches.keys()).filter((n) => n.startsWith('focal-')).length };
    });
    assert.deepEqual(after, { waiting: false, caches: 1 });
    assert.equal(await page.getByTestId('offline-update').count(), 0, 'the notice is still shown after the reload');
    // The page that reloaded was already controlled: no "ready to work offline" note again.
    assert.equal(await page.getByTestId('offline-ready').count(), 0);
    assert.deepEqual(w.offOrigin, []);
    assert.deepEqual(w.errors, []);
  } finally {
    swVariant = '';
    await page.context().close();
  }
});

test('cut the network and stop the server: a reload still draws the map, starts DuckDB and maps another indicator', async () => {
  const w = await watchedPage(browser, origin);
  const { page } = w;
  const context = page.context();
  try {
    await page.goto(origin + '/');
    await waitForMap(page);
    await waitForDb(page);

    const status = await offlineReady(page);
    assert.equal(status.cached, status.total);
    assert.ok(status.total >= 40, `only ${status.total} files in the precache manifest`);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker does not control the page');
    await page.getByTestId('offline-ready').waitFor({ timeout: 5000 });

    // The cache holds the decoded files (the preview server sends them gzipped).
    const stored = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('focal-'));
      const cache = await caches.open(names[0]);
      const urls = (await cache.keys()).map((r) => r.url);
      const wasmUrl = urls.find((u) => /duckdb-eh-[^/]*\.wasm$/.test(u))!;
      const wasm = await cache.match(wasmUrl);
      const head = new Uint8Array(await wasm!.clone().arrayBuffer(), 0, 4);
      const csv = await (await cache.match(urls.find((u) => u.endsWith('/data/indicators.csv'))!))!.text();
      const estimate = await navigator.storage.estimate();
      return {
        names,
        files: urls.length,
        wasmType: wasm!.headers.get('content-type'),
        wasmEncoding: wasm!.headers.get('content-encoding'),
        wasmBytes: (await wasm!.arrayBuffer()).byteLength,
        wasmMagic: Array.from(head),
        csvHeader: csv.slice(0, 40),
        usage: estimate.usage ?? NaN,
        quota: estimate.quota ?? NaN,
      };
    });
    assert.equal(stored.names.length, 1, `caches: ${stored.names.join(', ')}`);
    assert.equal(stored.files, status.total);
    assert.equal(stored.wasmType, 'application/wasm');
    assert.equal(stored.wasmEncoding, null);
    assert.deepEqual(stored.wasmMagic, [0x00, 0x61, 0x73, 0x6d]); // "\0asm": not gzip's 1f 8b
    assert.ok(stored.wasmBytes > 30e6, `wasm of ${stored.wasmBytes} bytes`);
    assert.match(stored.csvHeader, /^[\w,"]+/);
    console.log(
      `# precached ${status.total} files, ${(status.bytes / 1e6).toFixed(1)} MB decoded; ` +
        `storage usage ${(stored.usage / 1e6).toFixed(1)} MB of a ${(stored.quota / 1e6).toFixed(0)} MB quota`,
    );

    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    await stopServerNow();
    await page.getByTestId('offline-badge').waitFor({ timeout: 5000 });

    await page.reload();
    await waitForMap(page, 30_000);
    const { coloured, total } = await mapShot(page);
    assert.ok(coloured / total > 0.1, `only ${((100 * coloured) / total).toFixed(1)}% of the map is coloured`);
    await waitForDb(page);
    // Not navigator.onLine: Chromium 150 reports true on a page reloaded while offline; the badge
    // follows the service worker, which says it answered the page from its cache.
    await page.getByTestId('offline-badge').waitFor({ timeout: 5000 });
    await switchIndicator(page, false);
    // Views whose code loads on first use come from the cache too.
    await page.getByTestId('tab-index').click();
    await page.getByTestId('ranking-table').waitFor({ timeout: 20_000 });
    await page.getByTestId('tab-hotspots').click();
    await page.getByTestId('hotspot-panel').waitFor({ timeout: 20_000 });

    assert.deepEqual(w.offOrigin, []);
    assert.deepEqual(w.errors, []);
  } finally {
    await context.close();
  }
});
