/**
 * End-to-end, severity classes 1–5 (issue 15 item 4): the ranking's badges, the profile, the map's
 * tooltip on the Severity colours and the priority list CSV give each municipio the class computed
 * here in Node from the same spec (data/unit-severity.ts on rankUnits), first by the default rule
 * (fixed cut-offs at 20/40/60/80 of the 0–100 score), then by natural breaks within country, which
 * moves some municipios to another class. No request leaves the app's origin, no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { csvParseRows } from 'd3';
import { openApp, closeApp, tableSettled, afterMapChange, type Watched } from './browser.ts';
import { interiorPoint, type Ring } from './interior-point.ts';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { unitSeverity } from '../../src/lib/data/unit-severity.ts';
import type { CatalogEntry, CountryCode } from '../../src/lib/data/schema.ts';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';

const DATA = join(import.meta.dirname, '..', '..', 'public', 'data');
const spec = defaultIndexSpec(JSON.parse(readFileSync(join(DATA, 'catalog.json'), 'utf8')) as CatalogEntry[]);
const tables = readRankTables(spec, DATA);
const ranked = rankUnits(tables, spec);
const fixed = unitSeverity(ranked, spec).classes;
const breaks = unitSeverity(ranked, { ...spec, severity: 'breaks' }).classes;
const at = new Map(tables.units.map((u, i) => [u.unit_id, i]));
const classOf = (classes: Uint8Array, id: string) => classes[at.get(id)!];

let server: PreviewServer;
let browser: Browser;
let w: Watched;
/** The first ranking row, opened in the profile by the first test. */
let opened = '';

before(async () => {
  ({ server, browser, w } = await openApp());
  await w.page.getByTestId('tab-index').click({ timeout: 120_000 });
  await w.page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
  await tableSettled(w.page);
});

after(() => closeApp(browser, server));

/** The ranking rows on screen: unit id and the class its Severity badge shows. */
async function badges(): Promise<{ id: string; cls: number }[]> {
  return w.page.locator('[data-testid="ranking-table"] tbody tr[data-unit]').evaluateAll((trs) =>
    trs.flatMap((tr) => {
      const b = tr.querySelector('[data-testid="ranking-severity"] [data-class]');
      return b ? [{ id: tr.getAttribute('data-unit')!, cls: Number(b.getAttribute('data-class')) }] : [];
    }),
  );
}

test('by the default rule (fixed cut-offs) the ranking and the profile give the classes computed in Node', async () => {
  const rows = await badges();
  assert.ok(rows.length >= 10, `the Severity column shows badges (${rows.length} rows)`);
  for (const r of rows) assert.equal(r.cls, classOf(fixed, r.id), `${r.id}: class in the ranking`);
  const first = rows[0];
  opened = first.id;
  await w.page.locator(`[data-testid="ranking-table"] tbody tr[data-unit="${first.id}"]`).click();
  await w.page.getByTestId('profile').waitFor({ timeout: 120_000 });
  assert.equal(Number(await w.page.getByTestId('profile-severity').getAttribute('data-class')), classOf(fixed, first.id));
  assert.match(await w.page.getByTestId('profile-severity').innerText(), /20.*40.*60.*80/s, 'the profile states the fixed cut-offs');
});

test('natural breaks within country move municipios to other classes, as in Node, and the export carries them', async () => {
  const moved = tables.units.filter((_, i) => fixed[i] !== breaks[i]).length;
  assert.ok(moved > 0, 'the two rules differ on the default index');
  await w.page.getByTestId('severity-rule-breaks').check();
  await tableSettled(w.page);
  // The badges follow the rule: wait until the first row's badge shows its class by natural breaks.
  const firstId = (await badges())[0].id;
  await w.page.waitForFunction(
    ({ id, cls }) => document.querySelector(`[data-testid="ranking-table"] tbody tr[data-unit="${id}"] [data-testid="ranking-severity"] [data-class]`)?.getAttribute('data-class') === String(cls),
    { id: firstId, cls: classOf(breaks, firstId) },
    { timeout: 120_000 },
  );
  const rows = await badges();
  for (const r of rows) assert.equal(r.cls, classOf(breaks, r.id), `${r.id}: class by natural breaks`);

  const [d] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.getByTestId('export-priority-csv').click({ timeout: 120_000 })]);
  const csv = csvParseRows(readFileSync(await d.path(), 'utf8').replace(/^\uFEFF/, ''));
  const col = csv[0].indexOf('severity');
  const idCol = csv[0].indexOf('unit_id');
  assert.ok(col >= 0, 'the priority list has a severity column');
  const body = csv.slice(1).filter((r) => at.has(r[idCol]));
  assert.equal(body.length, 682);
  for (const r of body) assert.equal(Number(r[col] || 0), classOf(breaks, r[idCol]), `${r[idCol]}: class in the CSV`);
});

test("on the Severity colours the map's tooltip gives a municipio's class", async () => {
  const page = w.page;
  await afterMapChange(page, { fill: true }, () => page.locator('input[name="legend-scale"][value="severity"]').check({ timeout: 120_000 }));
  // The municipio whose profile is open: clicking its row zoomed the map to it.
  const id = opened;
  assert.ok(id.startsWith('GT'));
  const topo = JSON.parse(readFileSync(join(DATA, 'boundaries', 'gt.topo.json'), 'utf8')) as UnitTopology;
  const f = boundariesFrom([{ country: 'GT' as CountryCode, topology: topo }]).features.find((u) => u.properties.unit_id === id)!;
  const rings = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat() as [number, number][][];
  const screen = await page.evaluate((rings) => rings.map((r) => r.map(([lon, lat]) => window.__focal!.mapProbe!.project(lon, lat))), rings);
  const p = interiorPoint(screen as Ring[]);
  await page.mouse.move(p.x, p.y);
  const tip = page.getByRole('tooltip');
  await tip.getByTestId('tooltip-severity').waitFor({ timeout: 60_000 });
  assert.equal(Number(await tip.getByTestId('tooltip-severity').getAttribute('data-class')), classOf(breaks, id));
  await page.mouse.move(5, 5);
  assert.deepEqual(w.offOrigin, [], 'no request left the app');
  assert.deepEqual(w.errors, [], 'no console errors');
});
