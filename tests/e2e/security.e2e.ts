/**
 * End-to-end: the production build as `npm start` serves it sends the security headers
 * (scripts/security-headers.ts) on the page and its files, gzipped or not; the app still works
 * fully under that policy — first map, DuckDB, the service worker's offline copy, the PNG and CSV
 * exports — with no CSP violation and no console error; another page cannot frame it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { closeApp, openApp, waitForDb, type Watched } from './browser.ts';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { CONTENT_SECURITY_POLICY, META_CSP_DIRECTIVES } from '../../scripts/security-headers.ts';

let server: PreviewServer;
let browser: Browser;
let origin: string;
let w: Watched;

before(async () => {
  ({ server, origin, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

test('the page and its files come with the CSP, nosniff and no-referrer, gzipped or not', async () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const js = html.match(/src="\.?\/?(assets\/[^"]+\.js)"/)?.[1];
  assert.ok(js, 'no script in dist/index.html');
  for (const path of ['/', '/index.html', `/${js}`, '/sw.js', '/data/indicators.csv']) {
    for (const encoding of ['gzip', 'identity']) {
      const res = await fetch(origin + path, { headers: { 'accept-encoding': encoding } });
      assert.equal(res.status, 200, `${path} (${encoding})`);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, `${path} (${encoding})`);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${path} (${encoding})`);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', `${path} (${encoding})`);
      await res.arrayBuffer();
    }
  }
  // The <meta> policy (which applies under `npm run dev`) is the header's, less what only a header can carry.
  assert.equal(html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1], META_CSP_DIRECTIVES.join('; '));
});

test('under the policy the app starts DuckDB, keeps its offline copy and exports PNG and CSV with no violation', async () => {
  const { page } = w;
  await waitForDb(page);
  await page.waitForFunction(() => window.__focal?.offlineReady !== undefined, undefined, { timeout: 60_000 });
  const sw = await page.evaluate(() => window.__focal!.offlineReady!);
  assert.ok(sw.total > 0 && sw.cached === sw.total, `service worker cached ${sw.cached} of ${sw.total}`);
  await page.getByTestId('tab-index').click({ timeout: 120_000 });
  await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
  for (const [testid, bytes] of [['export-png', [0x89, 0x50, 0x4e, 0x47]], ['export-priority-csv', [0xef, 0xbb, 0xbf]]] as const) {
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId(testid).click({ timeout: 120_000 })]);
    const file = readFileSync((await d.path())!);
    assert.deepEqual([...file.subarray(0, bytes.length)], [...bytes], testid);
  }
  assert.deepEqual(w.errors, []);
  assert.deepEqual(w.offOrigin, []);
});

test('another page cannot show the app in a frame (frame-ancestors)', async () => {
  const framer = await browser.newPage();
  await framer.route('http://framer.test/', (route) => route.fulfill({ contentType: 'text/html', body: `<iframe src="${origin}/"></iframe>` }));
  // 'load' waits for the frame too; Chromium shows its error page in place of a refused frame.
  await framer.goto('http://framer.test/', { waitUntil: 'load' });
  const child = framer.frames().find((f) => f !== framer.mainFrame());
  assert.ok(child, 'no frame');
  assert.equal(child.url(), 'chrome-error://chromewebdata/', `the frame loaded ${child.url()}`);
  assert.equal(await child.evaluate(() => '__focal' in window), false, 'the app ran inside a frame');
  await framer.close();
});
