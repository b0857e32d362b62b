/**
 * End-to-end: the index view's exports in Debian's Chromium. Each button downloads a file that
 * opens: the priority list as XLSX downloaded in the Spanish UI (read back with read-excel-file
 * and unzipped: sheets Datos / Método / Fuentes, Spanish headers, 682 rows in the order of the CSV
 * with the same rounded numbers, the top 10 of each country flagged and filled, a Method sheet in
 * words with the evidence table, a Sources sheet, accents intact), the municipios as GeoJSON (682
 * features with scores and the `focal` member), the map as PNG (decodes, print size, the map
 * area coloured, the title band and footer present).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { PNG } from 'pngjs';
import { csvParseRows } from 'd3';
import readXlsxFile from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { openApp, closeApp, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
  await w.page.getByTestId('tab-index').click({ timeout: 120_000 });
  await w.page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
});

after(() => closeApp(browser, server));

async function download(testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.getByTestId(testid).click({ timeout: 120_000 })]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

test('in the Spanish UI the priority list downloads as an XLSX a planner can hand on', async () => {
  const csv = await download('export-priority-csv');
  const rows = csvParseRows(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  // The CSV keeps its machine codes; normalised within each country, the rank within country leads.
  assert.deepEqual(rows[0].slice(0, 4), ['rank_country', 'in_top_n', 'unit_id', 'name']);
  await w.page.getByTestId('lang-toggle').click({ timeout: 120_000 });
  await w.page.waitForFunction(() => document.documentElement.lang === 'es');
  const t0 = Date.now();
  const x = await download('export-priority-xlsx');
  console.log(`XLSX ${x.bytes.length} bytes in ${Date.now() - t0} ms`);
  assert.equal(x.name, 'focal-priority-list.xlsx');
  const sheets = await readXlsxFile(x.bytes);
  assert.deepEqual(sheets.map((s) => s.sheet), ['Datos', 'Método', 'Fuentes']);
  const data = sheets[0].data;
  assert.equal(data.length, 683);
  // Spanish headers, one per CSV column.
  assert.equal(data[0].length, rows[0].length);
  assert.deepEqual(data[0].slice(0, 7), ['Rango en el país', 'Entre los 10 primeros del país', 'Código', 'Municipio', 'Departamento', 'País', 'Puntaje']);
  assert.ok(data[0].includes('Puntaje: Presión migratoria'), `headers: ${data[0].join(' | ')}`);
  // Same units in the same order, same numbers as the CSV (both rounded the same way).
  const score = rows[0].indexOf('score');
  for (let i = 1; i < rows.length; i++) {
    assert.equal(data[i][2], rows[i][2], `row ${i} unit`);
    for (const j of [0, 1, score]) assert.equal(data[i][j] === null ? '' : String(data[i][j]), rows[i][j], `row ${i} column ${rows[0][j]}`);
    // Scores with one decimal, in both files (no float noise such as 58.049999999999955).
    assert.ok(!/\.\d{2,}/.test(String(data[i][score])), `XLSX score not rounded to one decimal: ${data[i][score]}`);
    assert.ok(!/\.\d{2,}/.test(rows[i][score]), `CSV score not rounded to one decimal: ${rows[i][score]}`);
  }
  // The top 10 of each country: flagged 1 (shown "Sí"), and their rows filled in the sheet.
  const top = data.slice(1).map((r, i) => ({ row: i + 2, flag: r[1], country: r[5] }));
  assert.equal(top.filter((r) => r.flag === 1).length, 30);
  for (const c of ['GT', 'HN', 'SV']) assert.equal(top.filter((r) => r.flag === 1 && r.country === c).length, 10, c);
  const files = unzipSync(new Uint8Array(x.bytes));
  const styles = strFromU8(files['xl/styles.xml']);
  const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']);
  assert.ok(styles.includes('formatCode="&quot;Sí&quot;;&quot;Sí&quot;;&quot;No&quot;"'), 'the flag does not read Sí/No');
  const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map((m) => m[1]);
  const fills = [...(styles.match(/<fills[^>]*>([\s\S]*?)<\/fills>/)?.[1] ?? '').matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => m[1]);
  const filled = (ref: string) => {
    const xf = xfs[Number(sheet1.match(new RegExp(`<c r="${ref}"[^>]*s="(\\d+)"`))?.[1])] ?? '';
    return /FFE8A3/i.test(fills[Number(xf.match(/fillId="(\d+)"/)?.[1] ?? '0')] ?? '');
  };
  for (const r of top) assert.equal(filled(`C${r.row}`), r.flag === 1, `row ${r.row} (in top N: ${r.flag})`);
  // Accents intact.
  const depts = new Set(data.slice(1).map((r) => r[4]));
  assert.ok(depts.has('Santa Bárbara') && depts.has('Cabañas'), 'accented departments lost');
  // A readable Method sheet: the method in words, the indicators, the evidence table; no JSON dump.
  const m = sheets[1].data;
  const pairs = new Map(m.map((r) => [r[0], r[1]]));
  assert.equal(pairs.get('Aplicación')?.toString().startsWith('focal '), true);
  assert.match(String(pairs.get('Normalización')), /^mín–máx a 0–100, dentro de cada país/);
  assert.equal(pairs.get('Lista de prioridades'), 'los 10 primeros de cada país');
  const firsts = m.map((r) => r[0]);
  for (const title of ['Pesos de los pilares', 'Indicadores', 'En qué se basan los datos', 'Indicadores por país: nivel, año y fuente']) assert.ok(firsts.includes(title), `no "${title}" in the Method sheet`);
  assert.ok(firsts.includes('Presión migratoria'), 'pillar labels lost');
  assert.ok(!firsts.some((k) => typeof k === 'string' && k.startsWith('spec.')), 'the Method sheet is a JSON dump');
  assert.ok(m.some((r) => r.includes('ninguno')), 'no "none" level in the evidence table');
  // Sources: every source with its citation, repository, commit, path and licence.
  const src = sheets[2].data;
  assert.deepEqual(src[0], ['Identificador', 'Datos', 'Citar como', 'Repositorio', 'Versión (commit)', 'Ruta', 'Licencia']);
  assert.ok(src.length > 5, 'no sources');
  assert.ok(src.slice(1).every((r) => typeof r[2] === 'string' && typeof r[6] === 'string'), 'a source without citation or licence');
  await w.page.getByTestId('lang-toggle').click({ timeout: 120_000 });
  await w.page.waitForFunction(() => document.documentElement.lang === 'en');
});

test('the municipios download as GeoJSON with 682 features, scores and the focal member', async () => {
  const g = await download('export-units-geojson');
  assert.equal(g.name, 'focal-municipios.geojson');
  const fc = JSON.parse(g.bytes.toString('utf8')) as {
    type: string;
    features: { geometry: { type: string }; properties: Record<string, unknown> }[];
    focal: { method: { view: string }; provenance: { sources: unknown[] } };
  };
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 682);
  const p = fc.features.map((f) => f.properties);
  assert.ok(p.every((x) => typeof x.unit_id === 'string' && 'score' in x && 'rank_region' in x && 'in_top_n' in x));
  assert.ok(p.some((x) => x.rank_region === 1));
  assert.ok(fc.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
  assert.equal(fc.focal.method.view, 'index');
  assert.ok(fc.focal.provenance.sources.length > 5);
});

test('the map downloads as a print-size PNG with a coloured map area', async () => {
  const mapBox = await w.page.getByTestId('map').boundingBox();
  assert.ok(mapBox);
  const t0 = Date.now();
  const p = await download('export-png');
  const ms = Date.now() - t0;
  assert.equal(p.name, 'focal-map.png');
  await writeFile('/tmp/focal-export-map.png', p.bytes);
  const img = PNG.sync.read(p.bytes);
  const scale = Math.min(3, Math.max(2, 3000 / mapBox.width));
  // The page is as wide as the map at print scale (within a pixel of rounding).
  assert.ok(Math.abs(img.width - Math.round(mapBox.width * scale)) <= 1, `width ${img.width} for a ${mapBox.width}px map at ${scale}x`);
  assert.ok(img.width >= 2000, `only ${img.width}px wide`);
  const mapH = Math.round(mapBox.height * scale);
  assert.ok(img.height > mapH, 'no title band or footer');
  // Coloured pixels (the choropleth) in the map area (the legend sits below it).
  const top = Math.round(64 * scale);
  let coloured = 0, total = 0;
  for (let y = top; y < top + mapH; y += 4) {
    for (let x = 0; x < img.width; x += 4) {
      const i = 4 * (y * img.width + x);
      const r = img.data[i], gg = img.data[i + 1], b = img.data[i + 2];
      total++;
      if (Math.max(r, gg, b) - Math.min(r, gg, b) >= 40) coloured++;
    }
  }
  assert.ok(coloured / total > 0.05, `map area blank: ${((100 * coloured) / total).toFixed(1)}% coloured`);
  // The title band has dark text pixels.
  let dark = 0;
  for (let y = 0; y < top; y += 2) for (let x = 0; x < img.width / 3; x += 2) if (img.data[4 * (y * img.width + x)] < 100) dark++;
  assert.ok(dark > 50, 'no title text');
  console.log(`PNG ${img.width}x${img.height}, ${((100 * coloured) / total).toFixed(1)}% coloured, ${ms} ms`);
});

test('no console errors and no request off the app origin', () => {
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
