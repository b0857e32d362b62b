/**
 * End-to-end, "no false zeros": El Salvador has no investment source in the
 * default data. In the Investments tab its 44 municipios are "No investment data" in the legend
 * (never "no coverage"), a sentence says so, no Salvadoran municipio is in the underserved list or
 * its CSV, and the coverage CSV leaves their per-capita and money cells empty, not 0. The
 * sentences on the data's age name Guatemala's rows without amounts or years and Honduras's last
 * start year (2014); the Call to Action table adds up the new pledges only (USD 5,292.2 million).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
  await w.page.getByTestId('tab-investments').click();
  await w.page.getByTestId('coverage-balance').waitFor({ timeout: 60_000 });
});

after(() => closeApp(browser, server));

/** The CSV a button downloads, without its BOM, as header + rows of cells (no quoted commas in these columns). */
async function download(testid: string): Promise<{ header: string[]; rows: string[][] }> {
  const [file] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId(testid).click()]);
  const text = await readFile(await file.path(), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

test('the legend shows "No investment data" for the 44 Salvadoran municipios, and one sentence says why', async () => {
  const row = w.page.getByTestId('legend-no-source');
  await row.waitFor({ timeout: 120_000 });
  assert.match(await row.innerText(), /No investment data\s*44/);
  const sentence = await w.page.getByTestId('no-investment-data').innerText();
  assert.match(sentence, /^El Salvador has no investment source in these data: its 44 municipios are shown as “No investment data”/);
  const age = await w.page.getByTestId('investment-data-age').innerText();
  assert.match(age, /Guatemala: none of its 534 rows states an amount or a year/);
  assert.match(age, /Honduras: projects started 1995–2014; nothing in these data started after 2014/);
  assert.match(await w.page.getByTestId('coverage-covered-only').innerText(), /Guatemala, Honduras/);
});

test('no Salvadoran municipio is in the underserved list, on the page or in its CSV', async () => {
  await w.page.getByTestId('underserved-count').waitFor({ timeout: 120_000 });
  const count = Number((await w.page.getByTestId('underserved-count').innerText()).match(/^(\d+)/)?.[1] ?? 0);
  assert.ok(count > 0, 'no underserved municipio at all');
  const shown = await w.page.getByTestId('underserved-row').allInnerTexts();
  assert.ok(shown.length > 0);
  assert.deepEqual(shown.filter((t) => /El Salvador/.test(t)), []);
  const csv = await download('export-underserved-csv');
  assert.equal(csv.rows.length, count);
  assert.deepEqual(csv.rows.filter((r) => r[csv.header.indexOf('country')] === 'SV').map((r) => r[0]), []);
});

test('the coverage CSV leaves El Salvador’s coverage empty, not 0, and flags it', async () => {
  const csv = await download('export-coverage-csv');
  const at = (name: string) => csv.header.indexOf(name);
  const sv = csv.rows.filter((r) => r[at('country')] === 'SV');
  assert.equal(sv.length, 44);
  for (const r of sv) {
    assert.deepEqual(
      [r[at('investment_data')], r[at('activities')], r[at('amount_usd')], r[at('amount_per_capita_usd')]],
      ['0', '', '', ''],
      `${r[0]} is written as if its coverage were known`,
    );
  }
  const gt = csv.rows.filter((r) => r[at('country')] === 'GT');
  assert.ok(gt.every((r) => r[at('investment_data')] === '1' && r[at('activities')] !== ''));
  // Honduras has a population now (INE projections): money per capita is stated where money is.
  const hnPerCapita = csv.rows.filter((r) => r[at('country')] === 'HN' && r[at('amount_per_capita_usd')] !== '');
  assert.ok(hnPerCapita.length > 50, `${hnPerCapita.length} Honduran municipios with money per capita`);
});

test('the Call to Action table sums the new pledges only, apart from the coverage money', async () => {
  const total = w.page.getByTestId('commitments-total');
  await total.waitFor({ timeout: 120_000 });
  assert.equal(Math.round(Number(await total.getAttribute('data-usd')) / 1e5) / 10, 5292.2);
  assert.equal(await w.page.getByTestId('commitments-row').count(), 5);
  assert.match(await w.page.getByTestId('commitments-check').innerText(), /Running sum USD 5,292\.2 million; the White House said “more than USD 5,200 million”/);
  await w.page.getByTestId('commitments-prior').check();
  await w.page.waitForFunction(() => Number(document.querySelector('[data-testid="commitments-total"]')?.getAttribute('data-usd')) > 5.3e9);
  // The money balance is untouched by the pledges.
  assert.ok(Math.abs(Number(await w.page.getByTestId('balance-total').getAttribute('data-usd')) - 6_966_963_305.34) < 1);
});

test('no request left the app’s origin and the page logged no error', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
