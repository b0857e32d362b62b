/**
 * `npx tsx scripts/bench/interactions-bench.ts [pairs] [--trace]`: the interaction part of
 * `npm run bench` alone (needs `npm run build`): the app and the bare page loaded cold, interleaved
 * app, bare, app, bare…, and in each app load the indicator switch, year change, weight change and investments
 * donor filter timed from the compositor's frames (map-pixels-bench.ts), each against the median
 * recolouring of all 682 polygons in the bare page of the same pair. Prints every pair, the
 * medians of the per-pair ratios, and the load average.
 * `--trace`: each app interaction is also traced (every process: the page, its workers, the GPU
 * process) and the busy time per thread printed (trace-threads.ts), with the page's main thread by
 * kind of work and function (trace-summary.ts). Tracing slows the page: traced figures are for
 * finding where the time goes, not for the ratio. TRACE_OUT=prefix keeps the raw traces.
 * `--hotspots`: the Hotspots run (999 permutations) instead, as `npm run bench` measures it: click
 * → first frame showing the new colours, against the compute the page reports (its worker's
 * weights + hotspots() times); no bare page. With `--trace` too, the run is traced.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { startServer, launch, stopServer } from '../../tests/e2e/browser.ts';
import { buildBarePage, BARE_DIR } from './bare-build.ts';
import { appRun, bareRun, type Interaction } from './map-pixels-bench.ts';
import { median, ms, times } from './bench-table.ts';
import { traceThreadLines } from './trace-threads.ts';
import { summariseTrace, traceSummaryLines } from './trace-summary.ts';

const RECOLOURS_MEASURED: Interaction[] = ['indicator switch', 'year change', 'weight change', 'filter change'];
const RECOLOURS = 3;
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'gpu',
  'viz',
  'cc',
];

const load = (): string => `${loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min) on ${cpus().length} cores`;

/** Runs `measure` inside a trace of the whole browser, between marks the page sets, and prints where the time went. */
function tracer(browser: Browser) {
  return async (name: Interaction, page: Page, measure: () => Promise<number | null>): Promise<number | null> => {
    await browser.startTracing(undefined, { categories: CATEGORIES });
    let out: number | null = null;
    try {
      await page.evaluate(() => performance.mark('focal-start'));
      out = await measure();
      await page.evaluate(() => performance.mark('focal-end'));
    } finally {
      const buf = await browser.stopTracing();
      if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}.${name.replace(/ /g, '-')}.json`, buf);
      const trace = JSON.parse(buf.toString('utf8'));
      console.log(`\n== ${name}: pixels ${out === null ? 'none' : ms(out)} (traced); load ${load()}`);
      for (const line of traceThreadLines(trace, 'focal-start', 'focal-end')) console.log(line);
      console.log('page main thread:');
      for (const line of traceSummaryLines(summariseTrace(trace, 'focal-start', 'focal-end', 12))) console.log(`  ${line}`);
    }
    return out;
  };
}

async function main(): Promise<void> {
  const pairs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
  const trace = process.argv.includes('--trace');
  // `--hotspots`: the Hotspots run alone, against the compute the page reports (no bare page needed).
  const hot = process.argv.includes('--hotspots');
  const MEASURED: Interaction[] = hot ? ['hotspots run'] : RECOLOURS_MEASURED;
  console.log(`load average at start ${load()}`);
  if (!existsSync(`${BARE_DIR}/index.html`)) await buildBarePage();
  const { server, origin } = await startServer();
  const browser = await launch();
  const rows: { app: Partial<Record<Interaction, number | null>>; bare: number; compute?: number }[] = [];
  try {
    for (let i = 0; i < pairs; i++) {
      const app = await appRun(browser, origin, { only: MEASURED, around: trace ? tracer(browser) : undefined });
      await app.close();
      const figs = MEASURED.map((n) => `${n} ${app.run.interactions[n] == null ? 'none' : ms(app.run.interactions[n]!)}`).join(', ');
      if (hot) {
        const compute = app.run.hotspotComputeMs ?? NaN;
        rows.push({ app: app.run.interactions, bare: NaN, compute });
        console.log(`pair ${i + 1}/${pairs}: ${figs}; compute reported by the page ${ms(compute)}; ratio ${times((app.run.interactions['hotspots run'] ?? NaN) / compute)}; load ${load()}`);
        continue;
      }
      const bare = await bareRun(browser, origin, app.rect, RECOLOURS);
      const base = median(bare.recolourMs.map((x) => x ?? NaN));
      rows.push({ app: app.run.interactions, bare: base });
      console.log(`pair ${i + 1}/${pairs}: ${figs}; bare recolour ${bare.recolourMs.map((x) => (x === null ? 'none' : ms(x))).join(', ')}; load ${load()}`);
    }
  } finally {
    await browser.close();
    await stopServer(server);
  }
  if (hot) {
    const xs = rows.map((r) => r.app['hotspots run'] ?? NaN);
    const ratio = median(xs.map((x, k) => x / rows[k].compute!));
    console.log(`\nmedians over ${pairs} pages: hotspots run ${ms(median(xs))} vs ${ms(median(rows.map((r) => r.compute!)))} compute reported by the page  ${times(ratio)} (goal ≤ 5×)`);
    console.log(`load average at end ${load()}`);
    return;
  }
  console.log(`\nmedians over ${pairs} pairs (ratio: median of per-pair ratios to the bare recolour; goal ≤ 2×)`);
  for (const n of MEASURED) {
    const xs = rows.map((r) => r.app[n] ?? NaN);
    const ratio = median(xs.map((x, k) => x / rows[k].bare));
    console.log(`  ${n.padEnd(17)} ${ms(median(xs)).padStart(9)} vs ${ms(median(rows.map((r) => r.bare)))} bare  ${times(ratio)}`);
  }
  console.log(`load average at end ${load()}`);
}

await main();
