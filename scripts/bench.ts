/**
 * `npm run bench`: the production build in headless Chromium, several cold runs, medians.
 * Prints time to the first coloured map, time to DuckDB ready, the page's peak memory, and the
 * initial JavaScript size gzipped; then, in Node, the index recompute after a weight change and
 * 1,000 sensitivity draws. Figures, not pass/fail: tests check correctness only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, launch, watchedPage, waitForMap, waitForDb } from '../tests/e2e/browser.ts';
import { pageMemory, usedBytes, wasmBytes } from './bench/page-memory.ts';
import { benchIndexRecompute } from './bench/index-recompute-bench.ts';
import { benchSensitivity } from './bench/sensitivity-bench.ts';
import { benchPlacement } from './bench/placement-bench.ts';
import { benchContiguity } from './bench/contiguity-bench.ts';
import { benchHotspots, hotspotBenchLines } from './bench/hotspots-bench.ts';
import { benchImports, importBenchLines } from './bench/import-bench.ts';
import { benchNodeImports, nodeImportBenchLines } from './bench/node-import-bench.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Scripts the HTML loads before any user action: entry module and its modulepreloads. */
function initialJs(): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0, gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join('dist', f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

interface Run { firstMapMs: number; dbReadyMs: number; memMB: number; wasmMB: number; peakMB: number }

/** The same analysis again and again: every indicator of the picker mapped in turn (DuckDB queries, classification, recolouring). */
async function cycleIndicators(page: Page): Promise<void> {
  const select = page.getByTestId('indicator-select');
  const ids = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  for (const id of ids) {
    await select.selectOption(id);
    await page.waitForTimeout(50);
  }
}

/** Largest peak resident set (VmHWM) among Chromium renderer processes now alive. */
function rendererPeakBytes(): number {
  let peak = NaN;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer')) continue;
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(Number.isNaN(peak) ? 0 : peak, Number(m[1]) * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return peak;
}

async function main(): Promise<void> {
  const { server, origin } = await startServer();
  const browser = await launch();
  const runs: Run[] = [];
  let repeat = { afterOne: NaN, afterTwo: NaN };
  let imports: Awaited<ReturnType<typeof benchImports>> = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const { page, offOrigin, errors } = await watchedPage(browser, origin);
      await page.goto(origin + '/');
      await waitForMap(page, 60_000);
      await waitForDb(page);
      const t = await page.evaluate(() => {
        const f = (window as unknown as { __focal: { firstMapMs: number; dbReadyMs: number } }).__focal;
        return { firstMapMs: f.firstMapMs, dbReadyMs: f.dbReadyMs };
      });
      const mem = await pageMemory(browser, page, origin);
      // DuckDB's heap is WebAssembly memory in its worker thread, inside the same renderer
      // process: the renderer's peak resident set (VmHWM) covers JS heaps and WebAssembly alike.
      const peak = rendererPeakBytes();
      if (offOrigin.length) throw new Error(`off-origin requests: ${offOrigin.join(', ')}`);
      if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
      runs.push({ firstMapMs: t.firstMapMs, dbReadyMs: t.dbReadyMs, memMB: usedBytes(mem) / 2 ** 20, wasmMB: wasmBytes(mem) / 2 ** 20, peakMB: peak / 2 ** 20 });
      if (i === 0) {
        // Growth check: the same work twice; the second round must not keep more memory.
        await cycleIndicators(page);
        const afterOne = usedBytes(await pageMemory(browser, page, origin));
        await cycleIndicators(page);
        const afterTwo = usedBytes(await pageMemory(browser, page, origin));
        repeat = { afterOne: afterOne / 2 ** 20, afterTwo: afterTwo / 2 ** 20 };
      }
      await page.context().close();
    }
    imports = await benchImports(browser, origin, Math.min(RUNS, 3));
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const js = initialJs();
  const assets = readdirSync('dist/assets');
  const fmt = (x: number, d = 0) => x.toFixed(d);
  console.log(`focal bench — ${RUNS} cold runs, production build, headless Chromium (SwiftShader)`);
  // Shared, noisy machines: the load the figures were taken under.
  console.log(`load average        ${loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min) on ${cpus().length} cores`);
  console.log(`first coloured map   median ${fmt(median(runs.map((r) => r.firstMapMs)))} ms  (runs: ${runs.map((r) => fmt(r.firstMapMs)).join(', ')})  goal ≤ 1000 ms`);
  console.log(`DuckDB ready         median ${fmt(median(runs.map((r) => r.dbReadyMs)))} ms  (runs: ${runs.map((r) => fmt(r.dbReadyMs)).join(', ')})`);
  console.log(`page memory (loaded) median ${fmt(median(runs.map((r) => r.memMB)), 1)} MB  (JS heaps of page + DuckDB worker + map worker after GC, + DuckDB WebAssembly ${fmt(median(runs.map((r) => r.wasmMB)), 1)} MB)  budget ≤ 300 MB`);
  console.log(`repeat (all indicators mapped twice)  page memory ${fmt(repeat.afterOne, 1)} MB after round 1, ${fmt(repeat.afterTwo, 1)} MB after round 2 (growth ${fmt(repeat.afterTwo - repeat.afterOne, 1)} MB)`);
  console.log(`renderer peak RSS    median ${fmt(median(runs.map((r) => r.peakMB)), 1)} MB  (the whole renderer process: heaps, WebAssembly, compiled code, Blink, decoded data)`);
  console.log(`initial JS           ${fmt(js.raw / 1024)} kB raw, ${fmt(js.gzip / 1024)} kB gzip over ${js.files.length} file(s)  goal ≤ 700 kB gzip`);
  console.log(`dist/assets          ${assets.length} files`);
  for (const line of importBenchLines(imports)) console.log(line);
  for (const line of nodeImportBenchLines(await benchNodeImports())) console.log(line);
  const index = benchIndexRecompute();
  console.log(`index, weight change ${fmt(index.municipios.weightMs, 2)} ms for ${index.n} municipios, ${fmt(index.synthetic.weightMs, 1)} ms for 50,000 synthetic units (index + ranks + map colours; Node)  goals ≤ 16 ms, ≤ 100 ms`);
  console.log(`index, full recompute ${fmt(index.municipios.fullMs, 2)} ms for ${index.n} municipios, ${fmt(index.synthetic.fullMs, 1)} ms for 50,000 (treatment and normalisation again, as after a method change)`);
  console.log(`sensitivity          ${fmt(benchSensitivity())} ms for 1,000 draws over 682 synthetic units, 25 indicators (Node, one thread)  goal ≤ 1000 ms`);
  const contiguity = benchContiguity();
  console.log(`hotspot weights      queen ${fmt(contiguity.queenMs)} ms, rook ${fmt(contiguity.rookMs)} ms over the 682 municipios, snapped across borders at 500 m (Node)`);
  for (const line of hotspotBenchLines(await benchHotspots())) console.log(line);
  console.log('hotspots goals: focal ≥ 2× faster than @geoda/lisa at every size; 50,000 units < 3,000 ms; Iᵢ and lag equal to 1e-9');
  const place = benchPlacement(5, 100_000, 2_000);
  console.log(`investments          ${place.points.toLocaleString('en')} synthetic points placed in the 682 units in ${fmt(place.placeMs)} ms (index built in ${fmt(place.buildMs)} ms); a plain @turf/boolean-point-in-polygon loop: ${fmt(place.turfExtrapolatedMs)} ms extrapolated from ${place.turfPoints.toLocaleString('en')} points, ${fmt(place.speedup)}× slower  goal ≤ 300 ms`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
