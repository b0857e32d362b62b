/**
 * End-to-end, the planner's scenarios walk (issue 15): in the index view they save "Default", move
 * migration pressure to 70% and save "Migration 70%", open the comparison and read who enters and
 * who leaves the top 10 of each country, show the two maps side by side (moving one moves the
 * other), and export the comparison workbook. Every municipio listed and every rank in the workbook
 * is checked against the same two specs ranked here in Node on the same data. The link carries the
 * scenarios: the same address in a new page lists them again. No request leaves the app's origin,
 * no console errors. Screenshots: /tmp/shots-scen/.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import readXlsxFile from 'read-excel-file/node';
import { openApp, closeApp, tableSettled, domQuiet, watchedPage, waitForMap, viewLinkSettled, type Watched } from './browser.ts';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { compareScenarios } from '../../src/lib/data/scenario-compare.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { withRootWeight } from '../../src/lib/state/root-weights.ts';

const DATA = join(import.meta.dirname, '..', '..', 'public', 'data');
const SHOTS = '/tmp/shots-scen';
mkdirSync(SHOTS, { recursive: true });

// The two scenarios recomputed in Node from the same specs the planner makes in the app.
const spec = defaultIndexSpec(JSON.parse(readFileSync(join(DATA, 'catalog.json'), 'utf8')) as CatalogEntry[]);
const m70 = withRootWeight(spec, [], 'migration', 0.7);
const tables = readRankTables(spec, DATA);
const a = rankUnits(tables, spec).index;
const b = rankUnits(tables, m70).index;
const expected = compareScenarios(tables.units, [{ name: 'Default', index: a }, { name: 'Migration 70%', index: b }], 0, 10);
const idOf = (i: number) => tables.units[i].unit_id;
const at = new Map(tables.units.map((u, i) => [u.unit_id, i]));

let server: PreviewServer;
let origin: string;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, origin, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

async function save(name: string): Promise<void> {
  await w.page.getByTestId('scenario-name').fill(name);
  await w.page.getByTestId('scenario-save').click();
  await w.page.locator(`[data-testid="scenario-list"] li[data-scenario="${name}"]`).waitFor({ timeout: 120_000 });
}

test('the planner saves "Default" and "Migration 70%"', async () => {
  await w.page.getByTestId('tab-index').click({ timeout: 120_000 });
  await w.page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
  await save('Default');
  await w.page.getByTestId('weight-migration').fill('70');
  await tableSettled(w.page);
  assert.equal(parseFloat(await w.page.getByTestId('weight-pct-migration').innerText()), 70);
  await save('Migration 70%');
  const listed = await w.page.getByTestId('scenario-list').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-scenario')));
  assert.deepEqual(listed, ['', 'Default', 'Migration 70%'], 'the current index, then the two saved');
  await w.page.getByTestId('scenarios').screenshot({ path: join(SHOTS, 'panel-en.png') });
});

test('the comparison lists who enters and leaves the top 10 of each country, as recomputed in Node', async () => {
  await w.page.getByTestId('scenario-compare-open').click();
  const shifts = w.page.getByTestId('scenario-shifts');
  await shifts.waitFor({ timeout: 120_000 });
  await domQuiet(w.page);
  for (const country of ['GT', 'HN', 'SV']) {
    const block = shifts.locator(`[data-country="${country}"]`);
    const read = (kind: string) => block.locator(`li[data-kind="${kind}"]`).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-unit')));
    const want = expected.shifts.find((s) => s.country === country)!;
    assert.deepEqual(await read('enters'), want.enters.map(idOf), `${country}: who enters`);
    assert.deepEqual(await read('leaves'), want.leaves.map(idOf), `${country}: who leaves`);
    // Each listed move shows the base rank, then the scenario's.
    for (const i of want.enters) {
      const text = await block.locator(`li[data-unit="${idOf(i)}"]`).innerText();
      assert.ok(text.includes(`#${a.rankCountry[i]} → #${b.rankCountry[i]}`), `${country} ${text}`);
    }
  }
  // Something moves in Guatemala (the walk is not vacuous).
  assert.ok(expected.shifts.find((s) => s.country === 'GT')!.enters.length > 0);
  // The table's ranks are the scenarios' own.
  const rows = await w.page.getByTestId('scenario-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-unit'), tr.querySelectorAll('td')[2]?.textContent?.trim() ?? '']));
  assert.ok(rows.length >= 30);
  for (const [id, cell] of rows.slice(0, 40)) {
    const r = a.rankCountry[at.get(id!)!];
    assert.ok(String(cell).startsWith(Number.isInteger(r) ? String(r) : r.toFixed(1)), `${id}: base rank cell ${cell}, expected ${r}`);
  }
  await w.page.getByTestId('scenario-dialog').screenshot({ path: join(SHOTS, 'compare-en.png') });
});

test('two maps side by side move together', async () => {
  await w.page.getByTestId('scenario-show-maps').click();
  await w.page.getByTestId('scenario-maps').waitFor({ timeout: 120_000 });
  await w.page.waitForFunction(() => window.__focal?.scenarioMaps?.().loaded === true, undefined, { timeout: 120_000 });
  const start = await w.page.evaluate(() => window.__focal!.scenarioMaps!().left);
  const leftMap = w.page.getByTestId('scenario-maps').locator('.map').first();
  await leftMap.scrollIntoViewIfNeeded();
  const box = (await leftMap.boundingBox())!;
  await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await w.page.mouse.wheel(0, -400);
  await w.page.mouse.down();
  await w.page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 30, { steps: 6 });
  await w.page.mouse.up();
  await w.page.waitForFunction(
    (start) => {
      const m = window.__focal!.scenarioMaps!();
      return m.left.some((v, i) => Math.abs(v - start[i]) > 0.01) && m.left.every((v, i) => Math.abs(v - m.right[i]) < 1e-6);
    },
    start,
    { timeout: 60_000 },
  );
  // The main map's names of places on both (the same camera: the same names), drawn from the app's own labels.
  await w.page.waitForFunction(() => {
    const l = window.__focal!.scenarioMaps!().labels;
    return l.left.length > 0 && l.left.length === l.right.length;
  }, undefined, { timeout: 120_000 });
  const labels = await w.page.evaluate(() => window.__focal!.scenarioMaps!().labels);
  assert.deepEqual([...labels.right].sort(), [...labels.left].sort());
  await domQuiet(w.page);
  await w.page.getByTestId('scenario-maps').screenshot({ path: join(SHOTS, 'maps-en.png') });
});

test('the comparison workbook holds the scenarios and who enters and leaves, with the recomputed ranks', async () => {
  const [d] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.getByTestId('scenario-export').click()]);
  assert.equal(d.suggestedFilename(), 'focal-scenarios.xlsx');
  const bytes = readFileSync((await d.path())!);
  writeFileSync(join(SHOTS, 'focal-scenarios.xlsx'), bytes);
  const sheets = await readXlsxFile(bytes);
  assert.deepEqual(sheets.map((s) => s.sheet), ['Comparison', 'Top 10 changes', 'Default', 'Migration 70%', 'Method', 'Sources']);
  const changes = sheets[1].data.slice(1).map((r) => [r[0], r[2], r[3], r[6], r[7]].map(String).join(' '));
  const want = expected.shifts.flatMap((s) => [
    ...s.enters.map((i) => `${s.country} enters ${idOf(i)} ${a.rankCountry[i]} ${b.rankCountry[i]}`),
    ...s.leaves.map((i) => `${s.country} leaves ${idOf(i)} ${a.rankCountry[i]} ${b.rankCountry[i]}`),
  ]);
  assert.deepEqual(changes, want);
  const cmp = sheets[0].data;
  assert.equal(cmp.length, 1 + tables.units.length);
  for (const row of cmp.slice(1)) {
    const i = at.get(String(row[1]))!;
    const rank = (x: number) => (Number.isNaN(x) ? null : x);
    assert.deepEqual([row[5] ?? null, row[8] ?? null], [rank(a.rankCountry[i]), rank(b.rankCountry[i])], String(row[1]));
  }
});

test('the link carries the scenarios; the comparison reads in Spanish', async () => {
  await w.page.getByTestId('scenario-dialog').locator('button.close').click();
  await viewLinkSettled(w.page);
  const url = w.page.url();
  assert.ok(url.length < 2000, `link of ${url.length} characters`);
  const w2 = await watchedPage(browser, origin, { width: 1400, height: 900 }, 'es');
  try {
    await w2.page.goto(url);
    await waitForMap(w2.page);
    await viewLinkSettled(w2.page);
    await w2.page.getByTestId('tab-index').click({ timeout: 120_000 });
    const list = w2.page.getByTestId('scenario-list');
    await list.locator('li[data-scenario="Migration 70%"]').waitFor({ timeout: 120_000 });
    assert.deepEqual(await list.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-scenario'))), ['', 'Default', 'Migration 70%']);
    await w2.page.getByTestId('scenario-compare-open').click();
    const gt = w2.page.getByTestId('scenario-shifts').locator('[data-country="GT"]');
    await gt.waitFor({ timeout: 120_000 });
    assert.match(await w2.page.getByTestId('scenario-shifts').innerText(), /Quién entra y quién sale de los primeros 10/);
    const enters = await gt.locator('li[data-kind="enters"]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-unit')));
    assert.deepEqual(enters, expected.shifts.find((s) => s.country === 'GT')!.enters.map(idOf));
    await domQuiet(w2.page);
    await w2.page.getByTestId('scenario-dialog').screenshot({ path: join(SHOTS, 'compare-es.png') });
    assert.deepEqual(w2.offOrigin, []);
    assert.deepEqual(w2.errors, []);
  } finally {
    await w2.page.close();
  }
});

test('no request left the origin and no console error', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
