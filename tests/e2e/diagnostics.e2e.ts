/**
 * End-to-end, issue 15 items 2 and 3: the planner opens the builder and reads the diagnostics flags
 * of the default indicators; in each country the flags shown (indicator, flag types, collinear and
 * negatively correlated partners) and the Cronbach's alphas equal those computed in Node from the
 * same public data with the same functions. Then "Which assumption drives the ranks" runs in its
 * worker with a progress bar; its indices equal a run in Node on the same input and seed, and its
 * CSV export carries the method and the seed. Screenshots in /tmp/shots-diag/. No request leaves
 * the app's origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, tableSettled, type Watched } from './browser.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { CachedRanking } from '../../src/lib/state/cached-ranking.ts';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';
import { prepareLeaves } from '../../src/lib/analysis/prepare-leaves.ts';
import { indicatorDiagnostics } from '../../src/lib/analysis/indicator-diagnostics.ts';
import { runRankSobol } from '../../src/lib/analysis/rank-sobol.ts';
import { RANK_SOBOL_BOOTSTRAP, RANK_SOBOL_SAMPLES } from '../../src/lib/state/rank-sobol-runner.ts';
import { readCatalog, readRows, readText } from '../data/public-data.ts';

const SHOTS = '/tmp/shots-diag';
let server: PreviewServer;
let browser: Browser;
let w: Watched;

// The same computation in Node: the default spec on the public data.
const catalog = readCatalog();
const units = readRows('units.csv').map((r) => ({ unit_id: r.unit_id, name: r.name, dept_name: r.dept_name, country: r.country }));
const tables = rankTablesFromCsv(readText('indicators.csv'), units);
const spec = defaultIndexSpec(catalog);
const { input, result } = new CachedRanking().run(tables, spec);
const node = indicatorDiagnostics(input, prepareLeaves(input), result.index);
const countryOf = new Map<number, string>();
for (let u = 0; u < input.n; u++) countryOf.set(input.scopeGroup[u], result.units[u].country);

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  ({ server, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

const page = () => w.page;

test('the diagnostics flags of the default indicators equal those computed in Node, in each country', async () => {
  await page().getByTestId('tab-index').click();
  await tableSettled(page());
  await page().getByTestId('diagnostics').locator('summary').click();
  await page().getByTestId('diagnostics-alpha').waitFor({ timeout: 120_000 });
  let flagsSeen = 0;
  for (const [group, country] of countryOf) {
    await page().getByTestId(`diagnostics-country-${country}`).check();
    await page().locator(`[data-testid="diagnostics-flags"][data-country="${country}"], [data-testid="diagnostics-no-flags"]`).first().waitFor();
    const shown = await page()
      .locator(`[data-testid="diagnostics-flags"][data-country="${country}"] li`)
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-indicator'), li.getAttribute('data-flags'), li.getAttribute('data-collinear'), li.getAttribute('data-negative')].join('|')));
    const expected = node.indicators
      .filter((x) => x.scopeGroup === group && x.flags.length && !x.flags.includes('absent'))
      .map((x) => [x.indicator, x.flags.join(' '), x.collinearWith.join(' '), x.negativeWith.join(' ')].join('|'));
    assert.deepEqual(shown, expected, `flags in ${country}`);
    flagsSeen += shown.length;
    const alphas = await page()
      .getByTestId('diagnostics-alpha')
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-pillar'), Number(li.getAttribute('data-alpha'))] as [string, number]));
    const want = node.pillars.filter((p) => p.scopeGroup === group);
    assert.deepEqual(
      alphas.map(([p]) => p),
      want.map((p) => p.pillar),
    );
    alphas.forEach(([, a], i) => (Number.isNaN(want[i].alpha) ? assert.ok(Number.isNaN(a)) : assert.ok(Math.abs(a - want[i].alpha) < 1e-9, `alpha ${want[i].pillar} ${country}`)));
    // The heatmap has one cell per pair of indicators present.
    const k = node.matrices.find((m) => m.scopeGroup === group)!.ids.length;
    if (k > 1) assert.equal(await page().getByTestId('correlation-heatmap').locator('rect').count(), k * k);
  }
  // A test that cannot fail is a defect: the default indicators do raise flags (collinear migration indicators).
  assert.ok(flagsSeen > 0);
  await page().getByTestId('diagnostics-country-GT').check();
  const box = page().getByTestId('diagnostics');
  await box.scrollIntoViewIfNeeded();
  await box.screenshot({ path: `${SHOTS}/diagnostics-gt.png` });
});

test('which assumption drives the ranks: the worker’s indices equal a Node run with the same seed; CSV with method and seed', async () => {
  const run = page().getByTestId('rank-drivers-run');
  await run.scrollIntoViewIfNeeded();
  // Cancel stops the worker and says so; a new run starts from nothing.
  await run.click();
  await page().getByTestId('rank-drivers-progress').waitFor({ timeout: 30_000 });
  await page().getByTestId('rank-drivers-cancel').click();
  await page().getByTestId('rank-drivers').getByRole('status').filter({ hasText: 'Cancelled.' }).waitFor({ timeout: 30_000 });
  assert.equal(await page().getByTestId('rank-drivers-summary').count(), 0);
  await run.click();
  await page().getByTestId('rank-drivers-progress').waitFor({ timeout: 30_000 });
  await page().getByTestId('rank-drivers-summary').waitFor({ timeout: 400_000 });
  const shown = await page()
    .getByTestId('rank-drivers-chart')
    .locator('g[data-factor]')
    .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-factor'), Number(g.getAttribute('data-first')), Number(g.getAttribute('data-total'))] as [string, number, number]));
  const ref = runRankSobol(input, { ...spec.sensitivity, samples: RANK_SOBOL_SAMPLES, bootstrap: RANK_SOBOL_BOOTSTRAP });
  assert.deepEqual(
    shown.map(([f]) => f),
    ref.indices.map((i) => i.id),
  );
  shown.forEach(([f, s, st], i) => {
    assert.ok(Math.abs(s - ref.indices[i].first) < 1e-9, `S ${f}: ${s} vs ${ref.indices[i].first}`);
    assert.ok(Math.abs(st - ref.indices[i].total) < 1e-9, `ST ${f}`);
  });
  const [d] = await Promise.all([page().waitForEvent('download', { timeout: 60_000 }), page().getByTestId('rank-drivers-export').click()]);
  const csv = await readFile((await d.path())!, 'utf8');
  assert.match(d.suggestedFilename(), new RegExp(`seed${spec.sensitivity.seed}`));
  assert.match(csv, /Saltelli 2010 sampling, Jansen estimators/);
  assert.equal(csv.trim().split(/\r?\n/).length, 1 + ref.indices.length);
  await page().getByTestId('rank-drivers').screenshot({ path: `${SHOTS}/rank-drivers.png` });
});

test('the planner chooses the base samples N; the settings line states it with the computations it costs', async () => {
  const settingsLine = page().getByTestId('rank-drivers-settings');
  const before = await settingsLine.innerText();
  assert.match(before, new RegExp(`^${RANK_SOBOL_SAMPLES} base samples`), 'the shown result states its own N');
  // A new choice shows once the shown result is gone (a change of the index hides it).
  await page().getByTestId('rank-drivers-samples').selectOption('1024');
  await page().getByTestId('weight-migration').fill('60');
  await page().waitForFunction(() => /^1,024 base samples/.test(document.querySelector('[data-testid="rank-drivers-settings"]')?.textContent?.trim() ?? ''), undefined, { timeout: 60_000 });
  const k = Number(/([\d,]+) index computations/.exec(await settingsLine.innerText())![1].replace(/,/g, '')) / 1024 - 2;
  assert.ok(Number.isInteger(k) && k >= 1, `N (k + 2) computations for k = ${k} assumptions`);
});

test('no request left the app, no console errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
