/**
 * Benchmark of importing a planner's files in the browser: a 100,000-row
 * investment CSV (goal: mapping dialog ready in 1 s or less) and a 20 MB GeoJSON of polygons
 * (goal: 3 s or less), through the real "Your data" flow in the production build — file input,
 * reading with progress, DuckDB's CSV reader or the import worker, the mapping dialog's first
 * guess. "Ready" = the mapping dialog is on screen. Responsiveness: the longest main-thread task
 * (PerformanceObserver `longtask`) and the longest gap between animation frames while importing.
 * The files are generated here with a seeded generator (xoshiro128**, seed 7) into a temporary
 * directory and deleted afterwards; nothing is committed.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { watchedPage, waitForDb, waitForMap } from '../../tests/e2e/browser.ts';

export interface ImportBenchRun {
  file: string;
  bytes: number;
  readyMs: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
}

/** 100,000 investment rows: id, title with accents, donor, sector, amount, lon/lat in the region, years. */
export function investmentCsv(rows: number, seed = 7): string {
  const rng = seededRng(seed);
  const u = () => rng.random();
  const donors = ['USAID', 'BID', 'Banco Mundial', 'AECID', 'JICA', 'Unión Europea'];
  const sectors = ['Educación', 'Salud', 'Gobernabilidad', 'Agua y saneamiento', 'Agricultura', 'Protección'];
  const lines = ['activity_id,title,donor,sector,amount_usd,lon,lat,start_year,end_year'];
  for (let i = 0; i < rows; i++) {
    const lon = -92.2 + u() * 5.2;
    const lat = 13.2 + u() * 4.6;
    const start = 2010 + Math.floor(u() * 12);
    lines.push(
      `act-${i},"Proyecto ${i} — niñez y juventud",${donors[i % donors.length]},${sectors[(i * 7) % sectors.length]},${(u() * 1e6).toFixed(2)},${lon.toFixed(6)},${lat.toFixed(6)},${start},${start + 3}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** A FeatureCollection of ~`targetBytes` of square-ish polygons (64 vertices each) over the region. */
export function polygonGeoJson(targetBytes: number, seed = 7): string {
  const rng = seededRng(seed);
  const u = () => rng.random();
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const cx = -92 + u() * 5;
    const cy = 13.3 + u() * 4.4;
    const ring: string[] = [];
    for (let k = 0; k < 64; k++) {
      const a = (-2 * Math.PI * k) / 64;
      ring.push(`[${(cx + 0.02 * Math.cos(a)).toFixed(6)},${(cy + 0.02 * Math.sin(a)).toFixed(6)}]`);
    }
    ring.push(ring[0]);
    const f = `{"type":"Feature","properties":{"codigo":"${String(101 + (i % 2000)).padStart(4, '0')}","nombre":"Polígono ${i}"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`;
    parts.push(f);
    bytes += f.length + 1;
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',\n')}]}`;
}

async function importOnce(page: Page, path: string): Promise<Omit<ImportBenchRun, 'file' | 'bytes'>> {
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  // A string, not a function: tsx would wrap the inner arrow functions in a `__name` helper the page lacks.
  await page.evaluate(`(() => {
    const b = (window.__bench = { t0: NaN, t1: NaN, longest: 0, gap: 0, stop: false });
    // Ready = the mapping dialog is in the page (seen by a MutationObserver, not by the test's polling).
    const seen = new MutationObserver(() => {
      if (Number.isNaN(b.t1) && document.querySelector('[data-testid="mapping-dialog"]')) {
        b.t1 = performance.now();
        seen.disconnect();
      }
    });
    seen.observe(document.body, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longest = Math.max(b.longest, e.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (t) => {
      b.gap = Math.max(b.gap, t - last);
      last = t;
      if (!b.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.querySelector('[data-testid="import-file"]').addEventListener('change', () => (b.t0 = performance.now()), { capture: true, once: true });
  })()`);
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(100); // let the observers deliver the last entries
  const r = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { t0: number; t1: number; longest: number; gap: number; stop: boolean } }).__bench;
    b.stop = true;
    return { t0: b.t0, t1: b.t1, longest: b.longest, gap: b.gap };
  });
  return { readyMs: r.t1 - r.t0, longestTaskMs: r.longest, longestFrameGapMs: r.gap };
}

/** Imports each generated file `runs` times, each in a fresh page (the app started and DuckDB ready). */
export async function benchImports(browser: Browser, origin: string, runs = 3): Promise<ImportBenchRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'focal-import-bench-'));
  try {
    const csv = join(dir, 'investments-100k.csv');
    writeFileSync(csv, investmentCsv(100_000));
    const geo = join(dir, 'polygons-20mb.geojson');
    writeFileSync(geo, polygonGeoJson(20 * 2 ** 20));
    const out: ImportBenchRun[] = [];
    for (const file of [csv, geo]) {
      for (let i = 0; i < runs; i++) {
        const { page, offOrigin, errors } = await watchedPage(browser, origin);
        await page.goto(origin + '/');
        await waitForMap(page, 60_000);
        await waitForDb(page);
        const r = await importOnce(page, file);
        if (offOrigin.length) throw new Error(`off-origin requests: ${offOrigin.join(', ')}`);
        if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
        out.push({ file: file.split('/').pop()!, bytes: statSync(file).size, ...r });
        await page.context().close();
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
