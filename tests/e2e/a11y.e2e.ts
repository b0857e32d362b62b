/**
 * Accessibility end to end: axe-core (WCAG 2.0/2.1 A and AA rules) finds no serious or critical
 * violation in any view of the production build, in English and in Spanish: the indicator map
 * (a yearly indicator with its year control too),
 * the index with a sensitivity run, the hotspots after a run (cluster and significance maps), the
 * investments (need × coverage and coverage maps), "Your data" with the mapping dialog and then the
 * matching report open, and the About dialog. axe's source is evaluated in the page (never loaded
 * from a URL: no request may leave the app's origin). Every violation is printed with its rule,
 * impact, elements and help.
 *
 * `FOCAL_DIST` serves another build folder than dist/ (see browser.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closeApp, openApp, waitForDb, afterMapChange, domQuiet, type AppSession } from './browser.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const FIXTURE = 'tests/fixtures/import/misspelt-names.csv';

let s: AppSession | undefined;
before(async () => {
  s = await openApp();
});

after(async () => {
  await closeApp(s?.browser, s?.server);
});

const page = (): Page => {
  if (!s) throw new Error('the app did not open');
  return s.w.page;
};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe over the whole document: the serious and critical violations, one line per element. */
async function seriousViolations(p: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an inline <script> would be refused by the app's CSP.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE);
  const violations = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${v.help}${n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ') : ''}`),
    );
}

async function lang(): Promise<string> {
  return page().evaluate(() => document.documentElement.lang);
}

async function setLang(want: 'en' | 'es'): Promise<void> {
  if ((await lang()).startsWith(want)) return;
  await page().getByTestId('lang-toggle').click();
  await page().waitForFunction((l) => document.documentElement.lang.startsWith(l), want);
}

/** axe in English and in Spanish on what is on screen now: the violations found, labelled. */
async function bothLanguages(view: string, settle = 10): Promise<string[]> {
  const found: string[] = [];
  for (const l of ['en', 'es'] as const) {
    await setLang(l);
    await domQuiet(page(), settle);
    for (const v of await seriousViolations(page())) found.push(`[${view}, ${l}] ${v}`);
  }
  await setLang('en');
  return found;
}

/** Fails with every violation listed (and printed). */
function assertNone(found: string[], what: string): void {
  if (found.length) console.log(found.join('\n'));
  assert.deepEqual(found, [], `${found.length} serious or critical axe violations in ${what}`);
}

test('the indicator map view', async () => {
  await waitForDb(page());
  await page().getByTestId('tab-indicator').click();
  await page().getByTestId('legend').waitFor();
  const found = await bothLanguages('indicator');
  // A Guatemala-only indicator: the other countries' chips are struck through, and still readable.
  const select = page().getByTestId('indicator-select');
  const first = await select.inputValue();
  const gtOnly = (await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).find((v) => v.startsWith('gt_'));
  assert.ok(gtOnly, 'no Guatemala-only indicator');
  await select.selectOption(gtOnly);
  found.push(...(await bothLanguages('indicator, Guatemala only')));
  // A yearly indicator: the year control (slider, play, latest available) and the legend's year notes.
  await select.selectOption('sv_emigrants_departed_per_1000');
  await page().waitForFunction(() => !(document.querySelector('[data-testid=year-slider]') as HTMLInputElement | null)?.disabled, undefined, { timeout: 60_000 });
  await page().getByTestId('year-latest').check();
  await page().getByTestId('legend-years').waitFor();
  found.push(...(await bothLanguages('indicator, yearly')));
  await page().getByTestId('year-latest').uncheck();
  await select.selectOption(first);
  assertNone(found, 'the indicator view');
});

test('the index view with a sensitivity run', async () => {
  await page().getByTestId('tab-index').click();
  await page().getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
  await page().getByTestId('sensitivity-run').click();
  await page().getByTestId('sensitivity-summary').waitFor({ timeout: 180_000 });
  assertNone(await bothLanguages('index'), 'the index view');
});

test('the hotspot view after a run', async () => {
  await page().getByTestId('tab-hotspots').click();
  await page().getByTestId('hotspot-panel').waitFor();
  await page().getByTestId('hotspot-permutations').selectOption('99');
  await page().getByTestId('hotspot-run').click();
  await page().getByTestId('moran-scatter').waitFor({ timeout: 60_000 });
  const found = await bothLanguages('hotspots (clusters)');
  await page().getByTestId('hotspot-mode-significance').check({ force: true });
  found.push(...(await bothLanguages('hotspots (significance)')));
  await page().getByTestId('hotspot-mode-cluster').check({ force: true });
  assertNone(found, 'the hotspot view');
});

test('the investments view, bivariate and coverage maps', async () => {
  await page().getByTestId('tab-investments').click();
  await page().getByTestId('coverage-balance').waitFor({ timeout: 60_000 });
  await page().getByTestId('bivariate-legend').waitFor({ timeout: 120_000 });
  const found = await bothLanguages('investments (bivariate)');
  await afterMapChange(page(), { fill: true }, () => page().getByTestId('coverage-map-coverage').check({ force: true }));
  found.push(...(await bothLanguages('investments (coverage)')));
  assertNone(found, 'the investments view');
});

test('"Your data" with the mapping dialog, then the matching report', async () => {
  // The dialogs are modal (the language toggle is inert behind them): the flow runs once per language.
  const found: string[] = [];
  await page().getByTestId('tab-data').click();
  for (const l of ['en', 'es'] as const) {
    await setLang(l);
    await page().getByTestId('import-drop').waitFor();
    found.push(...(await seriousViolations(page())).map((v) => `[your data, ${l}] ${v}`));
    await page().getByTestId('import-file').setInputFiles(FIXTURE);
    await page().getByTestId('mapping-dialog').waitFor({ timeout: 20_000 });
    found.push(...(await seriousViolations(page())).map((v) => `[mapping dialog, ${l}] ${v}`));
    await page().getByTestId('mapping-match').click();
    await page().getByTestId('join-report').waitFor({ timeout: 20_000 });
    found.push(...(await seriousViolations(page())).map((v) => `[join report, ${l}] ${v}`));
    await page().keyboard.press('Escape');
    await page().locator('dialog[open]').waitFor({ state: 'detached' });
  }
  await setLang('en');
  assertNone(found, '"Your data"');
});

test('the About dialog', async () => {
  const found: string[] = [];
  for (const l of ['en', 'es'] as const) {
    await setLang(l);
    await page().getByRole('button', { name: l === 'en' ? 'About the data' : 'Acerca de los datos', exact: true }).click();
    await page().locator('dialog[open]').waitFor();
    for (const v of await seriousViolations(page())) found.push(`[about, ${l}] ${v}`);
    await page().keyboard.press('Escape');
    await page().locator('dialog[open]').waitFor({ state: 'detached' });
  }
  await setLang('en');
  assertNone(found, 'the About dialog');
});

test('the map canvas has an accessible name in both languages', async () => {
  const names: string[] = [];
  for (const l of ['en', 'es'] as const) {
    await setLang(l);
    names.push((await page().locator('[data-testid="map"] canvas').first().getAttribute('aria-label')) ?? '');
  }
  await setLang('en');
  assert.ok(names[0].length > 3 && names[1].length > 3, `map canvas names: ${JSON.stringify(names)}`);
  assert.notEqual(names[0], names[1], 'the map canvas keeps its English name in Spanish');
});
