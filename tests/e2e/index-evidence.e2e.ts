/**
 * End-to-end: no silent drop. The "Root causes only" preset, in Debian's
 * Chromium. Under "use what each country has" (the default) Honduran and Salvadoran municipios are
 * scored on the pillars their countries have and labelled so in the builder, the ranking and beside
 * the map; under "strict" the note beside the map names Honduras and El Salvador and why, and the
 * counts in the builder and the ranking header are the rows the table really scores. The ranking
 * leads with the rank within country and shows no region rank while the indicators are normalised
 * within each country. No request leaves the app's origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, tableSettled, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

const page = () => w.page;
const table = () => page().getByTestId('ranking-table');
const rows = () => table().locator('tbody tr');

/** Waits until the element's text matches `re`, then returns the text. */
async function textMatching(testId: string, re: RegExp, timeout = 20_000): Promise<string> {
  const el = page().getByTestId(testId).filter({ hasText: re });
  await el.first().waitFor({ timeout });
  return el.first().innerText();
}

/** Scored and unscored rows of the table (once it shows the current index; every row listed). */
async function rowCounts(): Promise<{ scored: number; unscored: number }> {
  await tableSettled(page());
  return rows().evaluateAll((trs) => ({
    scored: trs.filter((tr) => !tr.classList.contains('insufficient')).length,
    unscored: trs.filter((tr) => tr.classList.contains('insufficient')).length,
  }));
}

/** Lists every row of the ranking ("Show all"), when there is more than a page. */
async function showAll(): Promise<void> {
  await tableSettled(page());
  const all = table().getByRole('button', { name: /^Show all / });
  if (await all.count()) await all.click();
}

test('the index view: the rule is an explicit choice, "use what each country has" by default, with the pillar × country table', async () => {
  await page().getByTestId('tab-index').click();
  await rows().first().waitFor({ timeout: 20_000 });
  assert.equal(await page().getByTestId('pillar-rule-available').isChecked(), true);
  assert.equal(await page().getByTestId('pillar-rule-strict').isChecked(), false);
  // Guatemala has every pillar at municipio level; pillar IV (violence) is there in all three countries.
  for (const c of ['GT', 'HN', 'SV']) assert.notEqual(await page().getByTestId(`pillar-IV-${c}`).getAttribute('data-level'), 'none');
  for (const p of ['I', 'II', 'III', 'IV', 'V']) assert.equal(await page().getByTestId(`pillar-${p}-GT`).getAttribute('data-level'), 'municipio');
  // The indicator × country evidence table, folded in the builder: the assembled out-migration row
  // reads department figures for Guatemala and Honduras and municipio figures for El Salvador.
  const evidence = page().getByTestId('builder-evidence');
  await evidence.locator('summary').click();
  const row = evidence.locator('tr[data-indicator="emigrants_per_1000"] td');
  assert.deepEqual((await row.allInnerTexts()).slice(0, 3).map((x) => x.split(/\s/)[0]), ['department', 'department', 'municipio']);
  assert.match((await evidence.locator('tr[data-indicator="gt_crime_rate"] td').allInnerTexts()).join('|'), /^municipio[^|]*\|none\|none\|/);
});

test('rank within country leads; no region rank beside scores normalised within each country', async () => {
  const heads = await table().locator('thead th').allInnerTexts();
  assert.match(heads[0], /Rank\s*Country/);
  assert.ok(!heads.some((h) => /Region/.test(h)), `a region rank is shown: ${heads.join(' | ')}`);
});

test('"Root causes only", use what each country has: Honduran and Salvadoran municipios are scored and labelled', async () => {
  await page().getByTestId('weight-preset').selectOption('root-causes-only');
  await textMatching('weight-pct-migration', /^0%$/);
  const label = await textMatching('score-basis-label', /^Re-scaled within country: GT I–V; HN [^;]*IV[^;]*; SV [^;]*IV/);
  assert.ok(!/migration/.test(label), `migration weighs 0 but is named: ${label}`);
  assert.match(await page().getByTestId('map-score-basis').innerText(), /^Re-scaled within country: GT I–V; HN /);
  await tableSettled(page());
  assert.match(await page().getByTestId('ranking-basis').innerText(), /Re-scaled within country: GT I–V; HN /);
  assert.equal(await page().getByTestId('unscored-note').count(), 0, 'a note on unscored countries under "use what each country has"');
  for (const country of ['HN', 'SV']) {
    await table().getByTestId('ranking-country').selectOption(country);
    await showAll();
    const { scored, unscored } = await rowCounts();
    assert.ok(scored > 0.9 * (scored + unscored), `${country}: only ${scored} of ${scored + unscored} municipios scored`);
    // The rows come by rank within country (the first column); the first has a score and says what it rests on.
    const ranks = (await rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent?.trim() ?? ''))).filter(Boolean).map(Number);
    assert.ok(ranks.length === scored && ranks.every((r, i) => i === 0 || r >= ranks[i - 1]), `${country}: not in country rank order`);
    assert.ok(ranks[0] <= 2, `${country}: the first row has country rank ${ranks[0]}`);
    const first = rows().first();
    assert.match(await first.locator('td.score').innerText(), /^\d+(\.\d+)?$/);
    assert.match((await first.getByTestId('rests-on').getAttribute('title')) ?? '', /% municipio figures, \d+% department figures, \d+% missing/);
  }
  await table().getByTestId('ranking-country').selectOption('');
});

test('"Root causes only", strict: the note beside the map names HN and SV and why; the header counts are true', async () => {
  await table().getByTestId('ranking-country').selectOption('');
  await page().getByTestId('pillar-rule-strict').check();
  const note = await textMatching('unscored-note', /Honduras \(HN\).*El Salvador \(SV\) not scored/s);
  assert.match(note, /no data for pillars .*below the 50% minimum \(strict rule\)/s);
  const status = await textMatching('index-status', /^Scored [\d,]+ of 682 municipios; [\d,]+ unscored: .*HN lacks .*SV lacks /);
  const [, scoredText, unscoredText] = /^Scored ([\d,]+) of 682 municipios; ([\d,]+) unscored/.exec(status)!;
  const claimed = { scored: Number(scoredText.replace(/,/g, '')), unscored: Number(unscoredText.replace(/,/g, '')) };
  await showAll();
  assert.deepEqual(await rowCounts(), claimed, 'the builder’s count is not what the table scores');
  await tableSettled(page());
  assert.match(await page().getByTestId('ranking-scored').innerText(), new RegExp(`^Scored ${scoredText} of 682 municipios; ${unscoredText} unscored`));
  assert.match(await page().getByTestId('map-score-basis').innerText(), /^Strict/);
  // Every Honduran and Salvadoran municipio is unscored, none shown as 0.
  for (const country of ['HN', 'SV']) {
    await table().getByTestId('ranking-country').selectOption(country);
    await showAll();
    const { scored } = await rowCounts();
    assert.equal(scored, 0, `${country}: ${scored} municipios scored under strict`);
  }
  await table().getByTestId('ranking-country').selectOption('');
});

test('back to "use what each country has": the note goes, every country is scored again', async () => {
  await page().getByTestId('pillar-rule-available').check();
  await textMatching('index-status', /^Scored /);
  await page().getByTestId('unscored-note').waitFor({ state: 'detached' });
  assert.match(await page().getByTestId('score-basis-label').innerText(), /^Re-scaled within country/);
});

test('no request left the app, no console errors', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
