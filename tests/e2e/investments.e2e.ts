/**
 * End-to-end: the Investments tab in Debian's Chromium. Opening it places the investments (in a
 * worker) and shows the money balance, whose parts add up to the total, with the sentence saying
 * what could not be placed; the need × coverage map and its 3×3 legend (+ no coverage) appear with
 * the comparison sentence; filtering to USAID (both spellings, said in the panel) changes the map
 * and the balance; the underserved list downloads as CSV (BOM, header, one row per listed
 * municipio, the balance on every row) with the JSON beside; spreading by population keeps the
 * balance; a hotspot run adds high–high units to the underserved list; no request leaves the app's
 * origin.
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

async function mapPng(): Promise<Buffer> {
  return mapScreenshot(w.page);
}

/** Pixels that differ by more than `tol` on some channel between two screenshots of one size. */
function changedPixels(a: Buffer, b: Buffer, tol = 12): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  assert.equal(x.data.length, y.data.length);
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (Math.abs(x.data[i] - y.data[i]) > tol || Math.abs(x.data[i + 1] - y.data[i + 1]) > tol || Math.abs(x.data[i + 2] - y.data[i + 2]) > tol) n++;
  }
  return n;
}

/** The balance rows (USD) and the total as the page states them. */
async function balance(): Promise<{ parts: Map<string, number>; total: number }> {
  const rows = await w.page.getByTestId('balance-row').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-key') ?? '', Number(tr.getAttribute('data-usd'))] as const));
  const total = Number(await w.page.getByTestId('balance-total').getAttribute('data-usd'));
  return { parts: new Map(rows), total };
}

function assertAddsUp(b: { parts: Map<string, number>; total: number }): void {
  const sum = [...b.parts.values()].reduce((s, x) => s + x, 0);
  assert.ok(Math.abs(sum - b.total) < 0.01, `parts add up to ${sum}, total ${b.total}`);
}

let before0: Buffer;

test('the Investments tab places the investments and shows the money balance adding up to the total', async () => {
  await w.page.getByTestId('tab-investments').click();
  await w.page.getByTestId('coverage-panel').waitFor();
  await w.page.getByTestId('coverage-balance').waitFor({ timeout: 60_000 });
  const b = await balance();
  assertAddsUp(b);
  // The default data: 6,966,963,305.34 USD in all, 2,082,218,023 placed (README, focal coverage).
  assert.ok(Math.abs(b.total - 6_966_963_305.34) < 1, `total ${b.total}`);
  assert.ok(Math.abs((b.parts.get('located') ?? 0) - 2_082_218_023) < 1);
  assert.ok((b.parts.get('nationwide') ?? 0) > 4e9);
  assert.match(await w.page.getByTestId('balance-sentence').innerText(), /could not be placed in a municipio: USD 190,608,108 known only to department level, USD 4,685,432,240 nationwide, USD 8,704,934 at points outside/);
  assert.match(await w.page.getByTestId('coverage-timing').innerText(), /Recomputed in [\d.]+ ms/);
});

test('the need × coverage map has a 3×3 legend plus a no-coverage column, and one sentence', async () => {
  await w.page.getByTestId('bivariate-legend').waitFor({ timeout: 120_000 });
  assert.equal(await w.page.getByTestId('bivariate-cell').count(), 12);
  const counts = await w.page.getByTestId('bivariate-cell').evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
  assert.ok(counts.reduce((s, x) => s + x, 0) > 400, 'the legend counts too few municipios');
  await w.page.getByTestId('coverage-sentence').waitFor();
  assert.match(await w.page.getByTestId('coverage-sentence').innerText(), /^\d+% of located funding reaches the \d+ highest-need municipios/);
  assert.equal(await w.page.getByTestId('concentration-chart').count(), 1);
  before0 = await mapPng();
});

test('filtering to USAID selects both spellings, changes the map and the balance still adds up', async () => {
  await afterMapChange(w.page, { fill: true }, () => w.page.getByTestId('coverage-donor').selectOption('USAID'));
  const note = await w.page.getByTestId('donor-alias-note').innerText();
  assert.match(note, /“USAID”/);
  assert.match(note, /United States Agency for International Development \(USAID\)/);
  await w.page.waitForFunction(() => Number(document.querySelector('[data-testid="balance-total"]')?.getAttribute('data-usd')) < 1e9);
  const b = await balance();
  assertAddsUp(b);
  assert.ok(b.total > 0 && b.total < 1e9, `USAID total ${b.total}`);
  const after1 = await mapPng();
  const changed = changedPixels(before0, after1);
  assert.ok(changed > 5000, `only ${changed} pixels changed on the map`);
});

test('the underserved list downloads as CSV (BOM, header, rows with the balance) and JSON', async () => {
  const count = Number((await w.page.getByTestId('underserved-count').innerText()).match(/^(\d+)/)?.[1] ?? 0);
  assert.ok(count > 0, 'no underserved municipio');
  const total = Number(await w.page.getByTestId('balance-total').getAttribute('data-usd'));
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-underserved-csv').click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'no BOM');
  const lines = text.slice(1).trimEnd().split('\r\n');
  assert.equal(
    lines[0],
    'unit_id,name,department,country,need,in_top_n,in_hotspot,activities,donors,amount_usd,filter,total_usd,placed_usd,not_locatable_usd,nationwide_usd,outside_units_usd,other_unplaced_usd',
  );
  assert.equal(lines.length, count + 1);
  for (const line of lines.slice(1)) {
    assert.match(line, /^(GT|HN|SV)\d+,/);
    const cells = line.split(',');
    const [tot, placed, dept, nation, outside, other] = cells.slice(-6).map(Number);
    assert.ok(Math.abs(tot - total) < 0.01, `total ${tot} in the file, ${total} on the page`);
    assert.ok(Math.abs(placed + dept + nation + outside + other - tot) < 0.01, 'the balance in the file does not add up');
    assert.equal(Number(cells[7]), 0, 'an underserved municipio with activities at threshold none');
  }
  assert.match(lines[1], /donor=USAID \(USAID \| United States Agency for International Development \(USAID\)\)/);
  const [meta] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId('export-underserved-json').click()]);
  const doc = JSON.parse(await readFile(await meta.path(), 'utf8'));
  assert.ok(Math.abs(doc.money_usd.total - total) < 0.01);
  assert.equal(doc.units, count);
  assert.ok(doc.provenance.sources.length > 0);
});

test('spreading by population moves what it can into the municipios, the rest stays apart, the balance still adds up', async () => {
  await w.page.getByTestId('coverage-donor').selectOption('');
  await w.page.getByTestId('coverage-spread').check();
  await w.page.waitForFunction(() => document.querySelector('[data-testid="balance-row"][data-key="spread"]') !== null);
  const b = await balance();
  assertAddsUp(b);
  // Honduras has a municipal population now (INE projections): its nationwide and department
  // money is spread (USD 4,875,502,579 in all); Guatemala's nationwide USAID rows state no amount.
  // A department row whose department is unknown (USD 537,769) cannot be spread and stays apart.
  assert.ok(Math.abs((b.parts.get('spread') ?? 0) - 4_875_502_579.33) < 1, `spread ${b.parts.get('spread')}`);
  assert.ok((b.parts.get('nationwide') ?? 0) < 1, 'nationwide money with a country and populations was not spread');
  assert.ok(Math.abs((b.parts.get('department') ?? 0) - 537_768.76) < 0.01, `department ${b.parts.get('department')}`);
  await w.page.getByTestId('coverage-spread').uncheck();
  await w.page.waitForFunction(() => document.querySelector('[data-testid="balance-row"][data-key="spread"]') === null);
});

test('with a hotspot run, municipios in high–high clusters without activity join the underserved list', async () => {
  await w.page.getByTestId('tab-hotspots').click();
  await w.page.getByTestId('hotspot-permutations').selectOption('99');
  await w.page.waitForFunction(() => !(document.querySelector('[data-testid="hotspot-run"]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: 20_000 });
  await w.page.getByTestId('hotspot-run').click();
  await w.page.getByTestId('moran-scatter').waitFor({ timeout: 60_000 });
  await w.page.getByTestId('tab-investments').click();
  await w.page.getByTestId('coverage-sentence').waitFor();
  const why = await w.page.getByTestId('underserved-row').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
  assert.ok(why.some((t) => /hotspot/.test(t)), 'no hotspot unit in the underserved list');
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
