/**
 * Keyboard alone, in Chromium on the production build: Tab (and Shift+Tab, in exactly the reverse
 * order) reaches every interactive element of each view, each one showing a focus indicator (its
 * computed outline, box-shadow, border or background differs from the unfocused state); the main
 * controls work from the keyboard: the view tabs (WAI-ARIA tabs: arrows, Home, End, the selected
 * tab alone in the Tab order), a weight slider (arrows change the weight and the ranking), a
 * select (arrows change the indicator and the legend), the import drop zone (Enter opens the file
 * picker), dialogs (the focus moves in, Escape closes, the focus returns).
 *
 * `FOCAL_DIST` serves another build folder than dist/ (see browser.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { closeApp, openApp, waitForDb, domQuiet, tableSettled, type AppSession } from './browser.ts';

const FIXTURE = 'tests/fixtures/import/misspelt-names.csv';

let s: AppSession | undefined;
before(async () => {
  s = await openApp();
  await waitForDb(s.w.page);
  // The service worker installs after the first map and the engine; the "ready to work offline"
  // note it brings has a dismiss button and goes away by itself seconds later. A walk that met
  // that button, and then not, would report a skip that is only the note leaving: wait for the
  // installation to end (ready or refused) and the note to be gone before any walk.
  const p = s.w.page;
  // Playwright turns on its file-chooser interception when a listener is added, without waiting
  // for the browser to confirm: a listener added just before Enter can lose that race on a busy
  // machine, and the browser's own (headless, never answered) chooser then swallows the event.
  // Listening from the start makes the interception active long before the drop-zone test.
  p.on('filechooser', () => undefined);
  await p.waitForFunction(() => window.__focal?.offlineReady !== undefined, undefined, { timeout: 120_000 });
  await p.evaluate(() => window.__focal!.offlineReady!.then(() => undefined, () => undefined));
  await domQuiet(p); // the note, if the installation brings one, is in the page by now
  await p.getByTestId('offline-ready').waitFor({ state: 'detached', timeout: 60_000 });
});
after(async () => {
  await closeApp(s?.browser, s?.server);
});


const page = (): Page => {
  if (!s) throw new Error('the app did not open');
  return s.w.page;
};

/**
 * Marks every element a keyboard user should reach with Tab (`data-kb`, radios of one group share
 * a key: Tab reaches the group once) and records its unfocused look. Returns the keys.
 */
async function markTabbables(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const keys: string[] = [];
    const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]'));
    let n = 0;
    for (const el of all) {
      el.removeAttribute('data-kb');
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert], dialog:not([open])')) continue;
      if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      const key = el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.name}` : `el${n++}`;
      el.setAttribute('data-kb', key);
      // (No helper function here: tsx would wrap it in a __name call the page does not know.)
      const c = getComputedStyle(el);
      el.setAttribute('data-kb-look', [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.borderTopColor, c.borderBottomColor, c.backgroundColor].join('|'));
      if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  });
}

interface Step {
  key: string | null;
  desc: string;
  indicator: boolean;
}

/** The focused element: its key, a description, and whether it looks different from unfocused. */
async function focused(p: Page): Promise<Step> {
  return p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { key: null, desc: 'body', indicator: false };
    const c = getComputedStyle(el);
    const now = [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.borderTopColor, c.borderBottomColor, c.backgroundColor].join('|');
    const desc = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''} "${(el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().slice(0, 40)}"`;
    return { key: el.getAttribute('data-kb'), desc, indicator: now !== el.getAttribute('data-kb-look') };
  });
}

/** Tabs from the top of the page until the focus comes round again; the keys in the order reached. */
async function walk(p: Page, key: 'Tab' | 'Shift+Tab', limit: number): Promise<Step[]> {
  const steps: Step[] = [];
  for (let i = 0; i < limit; i++) {
    await p.keyboard.press(key);
    const f = await focused(p);
    if (steps.length && f.key !== null && f.key === steps[0].key) break;
    if (f.key === null && steps.length) break;
    if (f.key !== null || steps.length) steps.push(f);
  }
  return steps;
}

/** Puts the sequential-focus starting point at the very top of the document. */
async function fromTop(p: Page): Promise<void> {
  await p.evaluate(() => {
    let start = document.getElementById('kb-start');
    if (!start) {
      start = document.createElement('div');
      start.id = 'kb-start';
      start.tabIndex = -1;
      document.body.prepend(start);
    }
    start.focus();
  });
}

/**
 * What each view shows once its (lazily loaded) panel is in the page with all its controls: the
 * investments view's controls arrive when the rows are placed (balance, commitments) and the
 * comparison is made (underserved list), seconds later on a loaded machine.
 */
const VIEW_READY: Record<string, string[]> = {
  indicator: ['indicator-select'],
  index: ['ranking-table'],
  hotspots: ['hotspot-panel'],
  investments: ['coverage-balance', 'commitments-total', 'underserved-count'],
  data: ['data-panel'],
};

async function tabWalk(view: string): Promise<void> {
  const p = page();
  await p.getByTestId(`tab-${view}`).click();
  // The view's chunk loads on first use: walk its controls only once its panel is there.
  for (const id of VIEW_READY[view]) await p.getByTestId(id).first().waitFor({ timeout: 60_000 });
  // ... and once the view has finished filling in (rows placed, charts drawn): the page is quiet.
  await domQuiet(p);
  const keys = await markTabbables(p);
  assert.ok(keys.length > 5, `only ${keys.length} tabbable elements in ${view}`);
  await fromTop(p);
  const forward = await walk(p, 'Tab', keys.length + 40);
  console.log(`${view}: ${keys.length} tabbable elements, ${forward.length} Tab stops`);
  const reached = new Set(forward.map((f) => f.key));
  const missed = keys.filter((k) => !reached.has(k));
  const missedDesc = await p.evaluate((ks) => ks.map((k) => document.querySelector(`[data-kb="${k}"]`)?.outerHTML.slice(0, 120) ?? k), missed);
  assert.deepEqual(missedDesc, [], `${view}: ${missed.length} of ${keys.length} elements never reached with Tab`);
  const invisible = forward.filter((f) => f.key !== null && !f.indicator).map((f) => f.desc);
  assert.deepEqual(invisible, [], `${view}: focus not visible on these elements`);
  // Shift+Tab from the last element goes back through the same elements in reverse.
  await p.locator(`[data-kb="${forward[forward.length - 1].key}"]`).first().focus();
  const back = await walk(p, 'Shift+Tab', keys.length + 40);
  const expected = forward.slice(0, -1).reverse().map((f) => f.key);
  const got = back.map((f) => f.key).slice(0, expected.length);
  const firstDiff = got.findIndex((k, i) => k !== expected[i]);
  const around = firstDiff < 0 ? '' : back.slice(Math.max(0, firstDiff - 2), firstDiff + 2).map((f) => f.desc).join(' → ');
  assert.deepEqual(got, expected, `${view}: Shift+Tab does not retrace Tab (at step ${firstDiff}: ${around})`);
}

for (const view of ['indicator', 'index', 'hotspots', 'investments', 'data']) {
  test(`Tab and Shift+Tab reach every control of the ${view} view, each with a visible focus`, async () => {
    await tabWalk(view);
  });
}

test('view tabs follow the WAI-ARIA tabs pattern (arrows, Home, End; one tab in the Tab order)', async () => {
  const p = page();
  await p.getByTestId('tab-indicator').click();
  const active = () => p.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  const selected = () => p.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');
  assert.equal(await p.locator('[role="tab"][tabindex="0"]').count(), 1, 'more than one tab in the Tab order');
  await p.keyboard.press('ArrowRight');
  assert.equal(await active(), 'tab-index');
  assert.equal(await selected(), 'tab-index');
  await p.getByTestId('ranking-table').waitFor();
  await p.keyboard.press('End');
  assert.equal(await selected(), 'tab-data');
  await p.keyboard.press('ArrowRight');
  assert.equal(await selected(), 'tab-indicator', 'ArrowRight does not wrap round');
  await p.keyboard.press('ArrowLeft');
  assert.equal(await selected(), 'tab-data');
  await p.keyboard.press('Home');
  assert.equal(await selected(), 'tab-indicator');
  assert.equal(await active(), 'tab-indicator');
  // Tab leaves the tab list for the panel.
  await p.keyboard.press('Tab');
  assert.ok(!(await p.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')), 'Tab moved to another tab');
});

test('a weight slider moves with the arrow keys and re-ranks the municipios', async () => {
  const p = page();
  await p.getByTestId('tab-index').click();
  const rows = p.getByTestId('ranking-table').locator('tbody tr');
  await rows.first().waitFor({ timeout: 120_000 });
  // Each of the first 30 rows, its cells' text joined (the rows are grids: innerText puts each cell on its own line).
  const top = () => rows.evaluateAll((trs) => trs.slice(0, 30).map((tr) => Array.from(tr.children, (c) => (c as HTMLElement).innerText.trim()).join('\t')).join(' | '));
  const before = await top();
  const pct = async () => parseFloat(await p.getByTestId('weight-pct-migration').innerText());
  const w0 = await pct();
  await p.getByTestId('weight-migration').focus();
  for (let i = 0; i < 25; i++) await p.keyboard.press('ArrowRight');
  await domQuiet(p);
  await tableSettled(p);
  const w1 = await pct();
  assert.ok(w1 > w0 + 15, `migration weight ${w0}% → ${w1}% after 25 × ArrowRight`);
  assert.notEqual(await top(), before, 'the ranking did not change');
  await p.getByTestId('weight-reset').focus();
  await p.keyboard.press('Enter');
  await domQuiet(p);
  assert.equal(await pct(), w0, 'reset from the keyboard');
});

test('the indicator select changes indicator from the keyboard', async () => {
  const p = page();
  await p.getByTestId('tab-indicator').click();
  const select = p.getByTestId('indicator-select');
  const v0 = await select.inputValue();
  const legend0 = await p.getByTestId('legend').innerText();
  await select.focus();
  await p.keyboard.press('ArrowDown');
  await domQuiet(p);
  assert.notEqual(await select.inputValue(), v0, 'ArrowDown did not change the indicator');
  assert.notEqual(await p.getByTestId('legend').innerText(), legend0, 'the legend did not follow');
  await select.selectOption(v0);
});

test('the About dialog: Enter opens it, the focus moves in, Escape closes it and the focus returns', async () => {
  const p = page();
  const about = p.getByRole('button', { name: 'About the data', exact: true });
  await about.focus();
  await p.keyboard.press('Enter');
  await p.locator('dialog[open]').waitFor();
  assert.ok(await p.evaluate(() => !!document.activeElement?.closest('dialog[open]')), 'the focus stayed outside the dialog');
  await p.keyboard.press('Escape');
  await p.locator('dialog[open]').waitFor({ state: 'detached' });
  assert.equal(await p.evaluate(() => document.activeElement?.textContent?.trim()), 'About the data', 'the focus did not return to the About button');
});

test('the import drop zone opens the file picker on Enter; the mapping dialog takes the focus and Escape gives it back', async () => {
  const p = page();
  await p.getByTestId('tab-data').click();
  await p.getByTestId(VIEW_READY.data[0]).waitFor({ timeout: 120_000 });
  // The view fills in after its panel appears: focus the drop zone once the page is quiet, and
  // make sure it has the focus before pressing Enter.
  await domQuiet(p);
  await p.bringToFront(); // the Tab walks may have taken the focus out of the page
  const drop = p.getByTestId('import-drop');
  await drop.focus();
  assert.equal(await p.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'import-drop', 'the drop zone did not take the focus');
  const chooserShown = p.waitForEvent('filechooser', { timeout: 120_000 });
  await p.keyboard.press('Enter');
  const chooser = await chooserShown;
  await chooser.setFiles(FIXTURE);
  await p.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
  // The dialog takes the focus once it has opened: wait for that, and say so if it never comes.
  const focused = await p
    .waitForFunction(() => !!document.activeElement?.closest('dialog[open]'), undefined, { timeout: 120_000 })
    .then(() => true, () => false);
  assert.ok(focused, 'the focus stayed outside the mapping dialog');
  await p.keyboard.press('Escape');
  await p.locator('dialog[open]').waitFor({ state: 'detached' });
  assert.equal(await p.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'import-drop', 'the focus did not return to the drop zone');
});
