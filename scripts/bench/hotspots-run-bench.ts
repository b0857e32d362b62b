/**
 * Benchmark of the Hotspots tab's "Run" in the browser: from the click on Run (999 permutations,
 * the default variable and settings) to the hotspot colouring drawn on the map
 * (`window.__focal.fillsDrawn` growing, checked on every animation frame), against the run's own
 * compute — what the worker spent building the weights and in hotspots() (`window.__focal.hotspotRun`).
 * Per page, once the app has started (first map, DuckDB ready): the first run after opening the
 * tab, then `again` runs more, each on another variable (the next of the variable list: same
 * weights, kept; a run of the same settings again would give the same colours, and the map would
 * redraw nothing), each once the map has settled and the page is quiet (the previous result's
 * scatterplot and summary, drawn after the map, and the new variable's choropleth are done). Each
 * page is fresh (cold app); the ratio is click → drawn over the compute.
 * Goal: ≤ 5× the compute. `npx tsx scripts/bench/hotspots-run-bench.ts [pages]` after `npm run build`.
 */
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { domQuiet, launch, mapSettled, startServer, stopServer, waitForDb, waitForMap, watchedPage } from '../../tests/e2e/browser.ts';

export interface HotspotRunTiming {
  /** 0 for the first run of the page, then 1, 2, … */
  run: number;
  /** Click on Run → hotspot colours drawn on the map. */
  drawnMs: number;
  /** Click → the result reached the main thread. */
  receivedMs: number;
  /** The worker's time building the weights (0 when kept from an earlier run) and in hotspots(). */
  weightsMs: number;
  statsMs: number;
}

/** Clicks Run in the page and waits for the map to draw the result; times from the page's clock. */
export async function clickRun(page: Page): Promise<Omit<HotspotRunTiming, 'run'>> {
  await page.waitForFunction(() => !(document.querySelector('[data-testid="hotspot-run"]') as HTMLButtonElement | null)?.disabled, undefined, {
    timeout: 120_000,
  });
  // A string, not a function: the TypeScript loader would wrap named inner functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const f = window.__focal;
    const before = f.fillsDrawn ?? 0;
    const previous = f.hotspotRun;
    const t0 = performance.now();
    document.querySelector('[data-testid="hotspot-run"]').click();
    const tick = () => {
      const run = f.hotspotRun;
      if ((f.fillsDrawn ?? 0) > before && run && run !== previous) {
        resolve({ drawnMs: performance.now() - t0, receivedMs: run.receivedMs - t0, weightsMs: run.weightsMs, statsMs: run.statsMs });
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`) as Promise<Omit<HotspotRunTiming, 'run'>>;
}

/** Picks the next variable of the Hotspots variable list (another variable: new colours to draw). */
export async function nextVariable(page: Page): Promise<void> {
  const select = page.getByTestId('hotspot-variable');
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const now = await select.inputValue();
  const from = Math.max(0, values.indexOf(now));
  await select.selectOption(values[(from + 1) % values.length] ?? now);
}

/** Opens the app in `page`, waits for its start-up (first map, DuckDB, the offline precache), then shows the Hotspots tab, settled. */
export async function openHotspots(page: Page, origin: string): Promise<void> {
  await page.goto(origin + '/');
  await waitForMap(page);
  // The app's start-up (DuckDB loading the data) is over: it is not the run's cost.
  await waitForDb(page);
  // The service worker's precache (tens of MB fetched after the first visit) would compete with the run.
  await page.evaluate(() => window.__focal?.offlineReady?.catch(() => undefined));
  await page.getByTestId('tab-hotspots').click({ timeout: 120_000 });
  await page.getByTestId('hotspot-panel').waitFor();
  await mapSettled(page);
}

/** As a planner would before Run again: the previous result read (its panels drawn after the map), then the next variable mapped. */
export async function nextRunReady(page: Page): Promise<void> {
  await mapSettled(page);
  await domQuiet(page);
  await nextVariable(page);
  await mapSettled(page);
  await domQuiet(page);
}

/** `pages` fresh pages; in each, the Hotspots tab opened once the first map is drawn, then 1 + `again` runs. */
export async function benchHotspotRun(browser: Browser, origin: string, pages = 3, again = 2): Promise<HotspotRunTiming[]> {
  const out: HotspotRunTiming[] = [];
  for (let p = 0; p < pages; p++) {
    const w = await watchedPage(browser, origin);
    try {
      await openHotspots(w.page, origin);
      for (let r = 0; r <= again; r++) {
        if (r > 0) await nextRunReady(w.page);
        out.push({ run: r, ...(await clickRun(w.page)) });
      }
    } finally {
      await w.page.context().close();
    }
  }
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The lines the benchmark prints: first runs and later runs apart, medians, with the load average. */
export function hotspotRunBenchLines(timings: readonly HotspotRunTiming[], load: readonly number[] = loadavg()): string[] {
  const f = (x: number) => x.toFixed(0);
  const line = (label: string, ts: readonly HotspotRunTiming[]) => {
    if (ts.length === 0) return `${label}: no runs`;
    const compute = ts.map((t) => t.weightsMs + t.statsMs);
    const ratio = median(ts.map((t) => t.drawnMs / (t.weightsMs + t.statsMs)));
    return (
      `${label} (${ts.length} runs): click → map drawn ${f(median(ts.map((t) => t.drawnMs)))} ms (result on the main thread at ${f(median(ts.map((t) => t.receivedMs)))} ms); ` +
      `compute ${f(median(compute))} ms (weights ${f(median(ts.map((t) => t.weightsMs)))} + hotspots() ${f(median(ts.map((t) => t.statsMs)))}); ratio ${ratio.toFixed(1)}× (goal ≤ 5×)`
    );
  };
  return [
    `Hotspots Run, 999 permutations, load average ${load.map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores:`,
    `  ${line('first run of a page', timings.filter((t) => t.run === 0))}`,
    `  ${line('runs again', timings.filter((t) => t.run > 0))}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    const load0 = loadavg()[0];
    const timings = await benchHotspotRun(browser, origin, Number(process.argv[2] ?? 3));
    for (const t of timings) console.log(JSON.stringify(t));
    for (const l of hotspotRunBenchLines(timings, [load0, loadavg()[0]])) console.log(l);
  } finally {
    await browser.close();
    await stopServer(server);
  }
}
