/**
 * End-to-end: the one-page municipio brief and the booklet (issue 15 item 5), in Debian's Chromium
 * on the default index. Guatemala's first municipio, found in the ranking, opens its brief from the
 * profile: its rank, score and pillar scores against the country median equal `rankUnits` computed
 * in Node on the same public data. In Spanish the brief prints to exactly one PDF page whose
 * content fits the page; the booklet of the priority list prints one page per municipio, in
 * priority order. No request leaves the app's origin; no console error.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, tableSettled, type Watched } from './browser.ts';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { readSpecFile } from '../../src/cli/rank-command.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { medianInGroup } from '../../src/lib/analysis/standing-in-group.ts';
import { formatNumber } from '../../src/lib/i18n/format-number.ts';
import { rootWeights } from '../../src/lib/state/root-weights.ts';
import { DEFAULT_SPEC_PATH } from '../data/index-spec-fixtures.ts';
import { PUBLIC_DATA } from '../data/public-data.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
  await w.page.getByTestId('tab-index').click({ timeout: 120_000 });
  await w.page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
});

after(() => closeApp(browser, server));

/** The default index computed in Node on public/data. */
const spec = readSpecFile(DEFAULT_SPEC_PATH);
const tables = readRankTables(spec, PUBLIC_DATA);
const result = rankUnits(tables, spec);
const gt = tables.units.map((u, i) => ({ ...u, i })).filter((u) => u.country === 'GT');
const first = gt.find((u) => result.index.rankCountry[u.i] === 1)!;
const scoredGt = gt.filter((u) => Number.isFinite(result.index.score[u.i])).length;
const countryGroup = (i: number) => tables.units[i].country;
const groupOf = Int32Array.from(tables.units, (u) => ['GT', 'HN', 'SV'].indexOf(u.country));

/** PDF pages of a document (Chromium writes one `/Type /Page` object per page). */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

async function openPreview(page: Page, button: string): Promise<void> {
  await page.getByTestId(button).click();
  await page.locator('[data-testid="brief-preview"][data-ready="true"]').waitFor({ timeout: 120_000 });
}

/** In print, every page's content fits its page box (nothing cut by the page's overflow). */
async function printedPagesFit(page: Page): Promise<{ pages: number; overflowing: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const r = await page.locator('[data-testid="brief-page"]').evaluateAll((els) => ({
    pages: els.length,
    overflowing: els.filter((e) => e.scrollHeight > e.clientHeight + 1).map((e) => e.getAttribute('data-unit') ?? ''),
  }));
  return r;
}

test("Guatemala's first municipio: its brief's rank, score and pillars equal the index computed in Node", async () => {
  assert.equal(countryGroup(first.i), 'GT');
  await w.page.getByTestId('ranking-search').fill(first.name);
  await tableSettled(w.page);
  await w.page.locator(`[data-testid="ranking-table"] tbody tr[data-unit="${first.unit_id}"]`).click();
  await w.page.getByTestId('profile').waitFor();
  await openPreview(w.page, 'open-brief');
  const page = w.page.getByTestId('brief-page');
  assert.equal(await page.count(), 1);
  assert.equal(await page.getAttribute('data-unit'), first.unit_id);
  assert.equal(await page.locator('h1').innerText(), first.name);
  assert.equal(await page.getByTestId('brief-rank').innerText(), `Rank 1 of ${scoredGt} in Guatemala`);
  assert.match(await page.innerText(), new RegExp(`Score ${formatNumber(result.index.score[first.i], 'en', 1).replace('.', '\\.')} `));
  // Each root group: the municipio's score and Guatemala's median, as Node computes them.
  const rows = await page.locator('table.groups tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td.num')).slice(-2).map((td) => td.textContent?.trim())));
  const groups = rootWeights(spec);
  assert.equal(rows.length, groups.length);
  groups.forEach((g, k) => {
    const col = result.index.nodeScores.get(g.id)!;
    assert.deepEqual(rows[k], [formatNumber(col[first.i], 'en', 1), formatNumber(medianInGroup(col, groupOf, 0), 'en', 1)], g.id);
  });
  // Drivers: as many up as down at most three, each with its share of Guatemala's municipios.
  assert.equal(await page.getByTestId('brief-up').locator('li').count(), 3);
  assert.match(await page.getByTestId('brief-up').innerText(), /more need than \d+% of Guatemala’s municipios/);
  // The investments are placed for the brief: Guatemala has municipio-level USAID data.
  assert.doesNotMatch(await page.getByTestId('brief-investments').innerText(), /could not|No municipio-level/);
  assert.match(await page.innerText(), /USAID\/Guatemala/);
  assert.doesNotMatch(await page.innerText(), /AidData/, 'Honduran investment data cited on a Guatemalan page');
  await w.page.getByTestId('brief-close').click();
  await w.page.getByTestId('brief-preview').waitFor({ state: 'detached' });
});

test('in Spanish the brief prints to one PDF page whose content fits', async () => {
  await w.page.getByTestId('lang-toggle').click();
  await w.page.waitForFunction(() => document.documentElement.lang === 'es');
  await openPreview(w.page, 'open-brief');
  assert.equal(await w.page.getByTestId('brief-rank').innerText(), `Puesto 1 de ${scoredGt} en Guatemala`);
  for (const paper of ['A4', 'Letter']) {
    await w.page.emulateMedia({ media: 'screen' });
    await w.page.getByTestId('brief-paper').selectOption(paper);
    const fit = await printedPagesFit(w.page);
    assert.deepEqual(fit, { pages: 1, overflowing: [] }, paper);
    const pdf = await w.page.pdf({ preferCSSPageSize: true, printBackground: true });
    assert.equal(pdfPages(pdf), 1, `${paper}: the brief takes ${pdfPages(pdf)} pages`);
  }
  await w.page.emulateMedia({ media: 'screen' });
  await w.page.getByTestId('brief-close').click();
  await w.page.getByTestId('brief-preview').waitFor({ state: 'detached' });
  await w.page.getByTestId('lang-toggle').click();
  await w.page.waitForFunction(() => document.documentElement.lang === 'en');
});

test('the booklet of the priority list: one page per municipio, in priority order', async () => {
  const expected = Array.from(result.order).filter((u) => result.inTopN[u] === 1).map((u) => tables.units[u].unit_id);
  assert.equal(expected.length, 30); // the top 10 of each country
  await openPreview(w.page, 'open-booklet');
  assert.deepEqual(await w.page.getByTestId('brief-page').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit'))), expected);
  const fit = await printedPagesFit(w.page);
  assert.deepEqual(fit, { pages: 30, overflowing: [] });
  const pdf = await w.page.pdf({ preferCSSPageSize: true, printBackground: true });
  assert.equal(pdfPages(pdf), 30);
  await w.page.emulateMedia({ media: 'screen' });
  await w.page.getByTestId('brief-close').click();
});

test('no request leaves the app origin and the console has no errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
