/**
 * Benchmark of the map's PNG export ("Map for print (PNG)" under the Index tab), through the real
 * button in the production build: from the click to playwright's `download` event (the file handed
 * to the browser's download), each run in the same page after the map has settled. Where the time
 * went comes from the export's own User Timing measures (`focal:png-*`, see
 * src/lib/ui/app-exports.ts): the map snapshot at print size, composing the page (legend, title,
 * sources) and the PNG encoding. With `tracePath`, the first run is recorded as a Chromium
 * performance trace (open it in DevTools → Performance).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { mapSettled, waitForDb, waitForMap, watchedPage } from '../../tests/e2e/browser.ts';

export interface PngExportRun {
  /** Click to the download event, in ms (measured in Node, around playwright's click). */
  ms: number;
  /** The PNG's size in bytes and pixels. */
  bytes: number;
  width: number;
  height: number;
  /**
   * Where the time went, in ms: the page's own measures of the export's steps (name without
   * `focal:png-`: snapshot, compose, encode), `click→handed` (the button's click to the download
   * link's click, in the page) and `outside the page` (the rest: playwright's click and the
   * browser's download).
   */
  steps: Record<string, number>;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function exportOnce(page: Page): Promise<PngExportRun> {
  await mapSettled(page);
  // In-page times of the button's click and of the file handed to the browser (the download
  // link's click), so that the page's own share is told from playwright's and the browser's.
  // A string, not a function: tsx would wrap the inner arrow functions in a `__name` helper the page lacks.
  await page.evaluate(`(() => {
    performance.clearMeasures();
    const b = (window.__pngBench = { click: NaN, handed: NaN });
    document.querySelector('[data-testid="export-png"]').addEventListener('click', () => (b.click = performance.now()), { capture: true, once: true });
    const handed = (e) => {
      if (e.target instanceof HTMLAnchorElement && e.target.download) {
        b.handed = performance.now();
        document.removeEventListener('click', handed, true);
      }
    };
    document.addEventListener('click', handed, true);
  })()`);
  const t0 = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-png').click({ timeout: 120_000 })]);
  const ms = performance.now() - t0;
  const bytes = readFileSync(await download.path());
  const steps: Record<string, number> = await page.evaluate(() => {
    const b = (window as unknown as { __pngBench: { click: number; handed: number } }).__pngBench;
    const measures = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('focal:png-'));
    return {
      ...Object.fromEntries(measures.map((e) => [e.name.slice('focal:png-'.length), e.duration])),
      'click→handed': b.handed - b.click,
    };
  });
  steps['outside the page'] = ms - steps['click→handed'];
  // The button is disabled while an export runs: wait until it is back before the next run.
  await page.getByTestId('export-png').and(page.locator(':enabled')).waitFor();
  return { ms, bytes: bytes.length, ...pngSize(bytes), steps };
}

/**
 * Exports the map as PNG `runs` times in one page (the app started, DuckDB ready, the Index tab
 * open with its ranking), after one unmeasured warm-up export. Returns one record per run; `ms`
 * is the click-to-download time.
 */
export async function benchPngExport(browser: Browser, origin: string, runs = 3, tracePath?: string): Promise<PngExportRun[]> {
  const { page, offOrigin, errors } = await watchedPage(browser, origin);
  try {
    await page.goto(origin + '/');
    await waitForMap(page, 120_000);
    await waitForDb(page);
    await page.getByTestId('tab-index').click();
    await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
    await exportOnce(page); // warm-up: code paths compiled, fonts loaded
    const out: PngExportRun[] = [];
    for (let i = 0; i < runs; i++) {
      if (i === 0 && tracePath) {
        await browser.startTracing(page, { path: tracePath, screenshots: false, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'gpu', 'toplevel'] });
        out.push(await exportOnce(page));
        writeFileSync(tracePath, await browser.stopTracing());
      } else out.push(await exportOnce(page));
    }
    if (offOrigin.length) throw new Error(`off-origin requests: ${offOrigin.join(', ')}`);
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    return out;
  } finally {
    await page.context().close();
  }
}

/** One line per run and a median, for the bench's report. */
export function pngExportBenchLines(runs: PngExportRun[]): string[] {
  if (!runs.length) return [];
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const r0 = runs[0];
  const steps = (r: PngExportRun) =>
    Object.entries(r.steps)
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(', ');
  return [
    `PNG export click → download  median ${Math.round(median)} ms (runs: ${runs.map((r) => Math.round(r.ms)).join(', ')})  goal ≤ 2000 ms; ${r0.width}×${r0.height} px, ${(r0.bytes / 2 ** 20).toFixed(1)} MB`,
    ...runs.map((r, i) => `  run ${i + 1}: ${steps(r)}`),
  ];
}
