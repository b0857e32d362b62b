/**
 * The priority list on the default data, as a planner hands it on: the rank the
 * normalisation scope makes meaningful leads (within country; region first only when normalised
 * across the region), an in-top-N column that agrees with the spec's topN and topNScope, headers in
 * the interface language in the XLSX and machine codes in the CSV, the top N filled, and no numeric
 * cell of either file carrying more decimals than its column shows (no float noise).
 */
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { csvParseRows } from 'd3';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import type { IndexSpec } from '../../src/lib/data/index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import type { RankResult } from '../../src/lib/data/rank-types.ts';
import { runSensitivity } from '../../src/lib/analysis/sensitivity.ts';
import { priorityListTable, priorityListTableColumns } from '../../src/lib/export/priority-list-table.ts';
import { priorityListColumns, priorityListCsv } from '../../src/lib/export/priority-list-csv.ts';
import { indexMethodBlocks } from '../../src/lib/export/index-method-blocks.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import { typeDecimals } from '../../src/lib/export/round-cell.ts';
import type { ResultTable } from '../../src/lib/export/result-table.ts';
import { xlsxWorkbook } from '../../src/lib/export/xlsx-workbook.ts';
import { evidenceIn } from '../../src/lib/data/evidence-table.ts';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';
import { scoreBasis } from '../../src/lib/state/score-basis.ts';
import { indexInputFromSpec } from '../../src/lib/data/index-input-from-spec.ts';
import { readCatalog, readManifest, readRows, readText } from '../data/public-data.ts';
import { sheetText } from './sheet-text.ts';

const catalog = readCatalog();
const manifest = readManifest();
const units = readRows('units.csv').map((r) => ({ unit_id: r.unit_id, name: r.name, dept_name: r.dept_name, country: r.country }));
const tables = rankTablesFromCsv(readText('indicators.csv'), units);
const countrySpec = defaultIndexSpec(catalog);
const regionSpec: IndexSpec = { ...countrySpec, normalisation: { ...countrySpec.normalisation, scope: 'region' }, topN: 25, topNScope: 'region' };

function ranked(spec: IndexSpec, sensitivity = false): RankResult {
  return rankUnits(tables, spec, {
    sensitivity: sensitivity ? (input, s) => runSensitivity(input, { ...s.sensitivity, draws: 60, topN: s.topN, rankScope: s.topNScope }) : undefined,
  });
}

async function workbook(table: ResultTable, spec: IndexSpec, result: RankResult, lang: 'en' | 'es') {
  const text = sheetText(lang);
  const s = result.sensitivity;
  const blob = await xlsxWorkbook({
    table,
    method: indexMethodBlocks(text, spec, catalog, s ? { draws: s.draws, seed: s.seed } : null),
    provenance: provenance('9.9.9', manifest),
    manifest,
    catalog,
    text,
    date: new Date(0),
  });
  return readXlsxFile(Buffer.from(await blob.arrayBuffer()));
}

/** Decimals of a number as its shortest round-trip text shows it (`58.05` → 2, `1e-7` → 7). */
function decimalsOf(x: number): number {
  const [mant, exp] = String(x).split('e');
  const frac = mant.split('.')[1]?.length ?? 0;
  return Math.max(0, frac - Number(exp ?? 0));
}

describe('priorityListTable on the default data', () => {
  const result = ranked(countrySpec, true);

  it('leads with the rank within country and writes no region rank when normalised within each country', () => {
    const cols = priorityListColumns(countrySpec, true);
    expect(cols.slice(0, 3)).toEqual(['rank_country', 'in_top_n', 'unit_id']);
    expect(cols).not.toContain('rank_region');
    const region = priorityListColumns(regionSpec, false);
    expect(region.slice(0, 3)).toEqual(['rank_region', 'rank_country', 'in_top_n']);
  });

  it('marks the top N per the spec: 10 in each country, the same units as the engine, in 1/0', () => {
    const table = priorityListTable(result, countrySpec);
    const j = table.columns.findIndex((c) => c.header === 'in_top_n');
    const cj = table.columns.findIndex((c) => c.header === 'country');
    const rj = table.columns.findIndex((c) => c.header === 'rank_country');
    const top = table.rows.filter((r) => r[j] === 1);
    const per = new Map<string, number>();
    for (const r of top) per.set(r[cj] as string, (per.get(r[cj] as string) ?? 0) + 1);
    expect(Object.fromEntries(per)).toEqual({ GT: 10, HN: 10, SV: 10 });
    expect(top.every((r) => (r[rj] as number) <= 10)).toBe(true);
    expect(table.rows.every((r) => r[j] === 0 || r[j] === 1)).toBe(true);
    expect(table.marked).toEqual(table.rows.map((r) => r[j] === 1));
    let n = 0;
    for (const x of result.inTopN) n += x;
    expect(top.length).toBe(n);
  });

  it('marks the region-wide top N when the spec ranks across the region', () => {
    const r = ranked(regionSpec);
    const table = priorityListTable(r, regionSpec);
    const j = table.columns.findIndex((c) => c.header === 'in_top_n');
    expect(table.rows.slice(0, 25).every((row) => row[j] === 1)).toBe(true);
    expect(table.rows.slice(25).every((row) => row[j] === 0)).toBe(true);
    expect(table.rows.slice(0, 25).map((row) => row[0])).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('gives Spanish headers with Spanish labels and English ones with English labels; codes without', () => {
    const es = priorityListTableColumns(countrySpec, true, { labels: sheetText('es').sheets, lang: 'es' }).map((c) => c.label);
    expect(es.slice(0, 9)).toEqual(['Rango en el país', 'Entre los 10 primeros del país', 'Código', 'Municipio', 'Departamento', 'País', 'Puntaje', 'Severidad (1–5)', 'Puntaje: Presión migratoria']);
    expect(es).toContain('Parte del peso con datos');
    expect(es).toContain('Prioridad robusta');
    const en = priorityListTableColumns(countrySpec, false, { labels: sheetText('en').sheets, lang: 'en' }).map((c) => c.label);
    expect(en.slice(0, 2)).toEqual(['Rank in country', 'In top 10 of its country']);
    expect(priorityListTableColumns(countrySpec, false).every((c) => c.label === undefined)).toBe(true);
  });

  it('writes no number with more decimals than its column shows, in the CSV and in the XLSX', async () => {
    const table = priorityListTable(result, countrySpec, { labels: sheetText('es').sheets, lang: 'es' });
    const csv = csvParseRows(priorityListCsv(result, countrySpec).replace(/^\uFEFF/, '').trimEnd());
    expect(csv[0]).toEqual(table.columns.map((c) => c.header));
    const [data] = await workbook(table, countrySpec, result, 'es');
    expect(data.data[0]).toEqual(table.columns.map((c) => c.label));
    let scanned = 0;
    table.columns.forEach((col, j) => {
      const max = typeDecimals(col.type) ?? 1; // plain numbers here are ranks: whole or .5
      for (let i = 1; i < csv.length; i++) {
        const text = csv[i][j];
        if (text === '' || col.type === 'text') continue;
        expect(text, `CSV ${col.header} row ${i}`).toMatch(/^-?\d+(\.\d+)?$/);
        expect(decimalsOf(Number(text)), `CSV ${col.header} row ${i}: ${text}`).toBeLessThanOrEqual(max);
        const cell = data.data[i][j];
        expect(typeof cell, `XLSX ${col.header} row ${i}`).toBe('number');
        expect(decimalsOf(cell as number), `XLSX ${col.header} row ${i}: ${cell}`).toBeLessThanOrEqual(max);
        expect(cell, `XLSX and CSV disagree on ${col.header} row ${i}`).toBe(Number(text));
        scanned++;
      }
    });
    // 682 rows × (rank, flag, score, 6 pillar scores, coverage, 5 sensitivity columns), less the unscored cells.
    expect(scanned).toBeGreaterThan(682 * 10);
    // The raw engine values do carry noise: the rounding is what removes it.
    const raw = Array.from(result.index.score).filter(Number.isFinite);
    expect(raw.some((x) => decimalsOf(x) > 1)).toBe(true);
  }, 60_000);

  it('keeps accents and the top N first within each country in the Spanish workbook', async () => {
    const table = priorityListTable(result, countrySpec, { labels: sheetText('es').sheets, lang: 'es' });
    const [data, method, sources] = await workbook(table, countrySpec, result, 'es');
    expect(data.data.length).toBe(683);
    const depts = new Set(data.data.slice(1).map((r) => r[4]));
    expect(depts.has('Santa Bárbara') && depts.has('Cabañas') && depts.has('Sololá')).toBe(true);
    expect(method.sheet).toBe('Método');
    expect(sources.sheet).toBe('Fuentes');
  });
});

describe('what each score rests on, in the list', () => {
  it('adds the municipio, department and missing shares and the pillars each country uses, from the score basis', () => {
    const result = ranked(countrySpec);
    const input = indexInputFromSpec(tables, countrySpec);
    const basis = scoreBasis(input, result, catalog, countrySpec.pillarRule ?? 'available', countrySpec.minWeightShare);
    const table = priorityListTable(result, countrySpec, { levelShares: basis, labels: sheetText('es').sheets, lang: 'es' });
    const h = table.columns.map((c) => c.header);
    const at = (name: string) => h.indexOf(name);
    expect(h.slice(at('coverage'), at('coverage') + 5)).toEqual(['coverage', 'share_municipio', 'share_department', 'share_missing', 'pillars_used']);
    expect(table.columns[at('share_department')].label).toBe('Peso medido a nivel departamental');
    expect(priorityListColumns(countrySpec, false, true)).toEqual(h);
    table.rows.forEach((r, k) => {
      const i = result.order[k];
      expect(r[at('share_municipio')]).toBe(basis.evidence.municipio[i]);
      expect(r[at('share_department')]).toBe(basis.evidence.department[i]);
      expect(r[at('share_missing')]).toBe(basis.evidence.missing[i]);
      expect((r[at('share_municipio')] as number) + (r[at('share_department')] as number) + (r[at('share_missing')] as number)).toBeCloseTo(1, 9);
    });
    const used = new Map(basis.countries.map((c) => [c.country, c.used.join(' ')]));
    for (const r of table.rows) expect(r[at('pillars_used')]).toBe(used.get(r[at('country')] as string));
    // Guatemala's scores use every pillar; Honduras's fewer.
    expect(used.get('GT')!.split(' ').length).toBeGreaterThan(used.get('HN')!.split(' ').length);
  });
});

describe('the Method sheet of the priority list', () => {
  const result = ranked(countrySpec);

  it('says the method in words, the pillar weights and every indicator with its weights as percentages', async () => {
    const table = priorityListTable(result, countrySpec, { labels: sheetText('es').sheets, lang: 'es' });
    const [, m] = await workbook(table, countrySpec, result, 'es');
    const rows = m.data;
    const pairs = new Map(rows.map((r) => [r[0], r[1]]));
    // What made the file, then the method block: each title once.
    expect(rows.filter((r) => r[0] === 'Cómo se elaboró este archivo').length).toBe(1);
    expect(rows.filter((r) => r[0] === 'Método').length).toBe(1);
    expect(pairs.get('Normalización')).toBe('mín–máx a 0–100, dentro de cada país (los puntajes no se comparan entre países)');
    expect(pairs.get('Agregación')).toBe('media aritmética ponderada (a_amean de COINr)');
    expect(String(pairs.get('Datos faltantes'))).toContain('menos del 50 % del peso');
    expect(pairs.get('Lista de prioridades')).toBe('los 10 primeros de cada país');
    expect(String(pairs.get('Sensibilidad (Monte Carlo)'))).toContain(`semilla de la especificación: ${countrySpec.sensitivity.seed}`);
    const groups = rows.findIndex((r) => r[0] === 'Pilar' && r[1] === 'Peso');
    expect(rows.slice(groups + 1, groups + 7).map((r) => [r[0], r[1]])).toEqual([
      ['Presión migratoria', 0.5],
      ['I Inseguridad económica y desigualdad', 0.1],
      ['II Corrupción, gobernanza y Estado de derecho', 0.1],
      ['III Derechos humanos y laborales, libertad de prensa', 0.1],
      ['IV Violencia, extorsión y crimen organizado', 0.1],
      ['V Violencia sexual, de género y doméstica', 0.1],
    ]);
    // Indicators: header, then one row per enabled indicator, weights in the index summing to 1.
    const head = rows.findIndex((r) => r[0] === 'Pilar' && r[1] === 'Indicador');
    expect(head).toBeGreaterThan(0);
    const enabled = countrySpec.indicators.filter((i) => i.enabled !== false);
    const ind = rows.slice(head + 1, head + 1 + enabled.length);
    expect(ind.map((r) => r[2])).toEqual(enabled.map((i) => i.id));
    expect(ind.reduce((a, r) => a + (r[4] as number), 0)).toBeCloseTo(1, 2);
    const gdp = ind.find((r) => r[2] === 'gt_gdp_per_capita')!;
    expect(gdp[1]).toBe(catalog.find((e) => e.id === 'gt_gdp_per_capita')!.label.es);
    expect(gdp[5]).toBe('más alto = menos necesidad (invertido)');
    // No JSON dump: no dotted spec keys.
    expect(rows.some((r) => typeof r[0] === 'string' && /^spec\./.test(r[0]))).toBe(false);
    expect(rows.length).toBeLessThan(120);
  });

  it('names an indicator\'s own treatment beside the spec-wide one when the spec gives one', async () => {
    const spec: IndexSpec = {
      ...countrySpec,
      indicators: countrySpec.indicators.map((i) => (i.id === 'gt_crime_rate' ? { ...i, treatment: { method: 'log_plus' } } : i)),
    };
    const r = ranked(spec);
    const [, m] = await workbook(priorityListTable(r, spec), spec, r, 'en');
    const head = m.data.findIndex((row) => row[0] === 'Pillar' && row[1] === 'Indicator');
    expect(m.data[head][7]).toBe('Treatment');
    const crime = m.data.slice(head + 1).find((row) => row[2] === 'gt_crime_rate')!;
    expect(crime[7]).toBe('log (COINr log_CT_plus: mirrored where the skew is negative)');
    const other = m.data.slice(head + 1).find((row) => row[2] === 'gt_poverty_pct')!;
    expect(other[7]).toBe('COINr rule, log_CT fallback: where |skewness| > 2 and kurtosis > 3.5: winsorise up to 5 points; if still skewed, log transform');
    // Without any own treatment the column is left out.
    const [, plain] = await workbook(priorityListTable(result, countrySpec), countrySpec, result, 'en');
    expect(plain.data.find((row) => row[0] === 'Pillar' && row[1] === 'Indicator')!.slice(0, 8)).toEqual(['Pillar', 'Indicator', 'Id', 'Weight in its pillar', 'Weight in the index', 'Direction', 'Unit', null]);
  });

  it('ends with the evidence table: a pillar × country summary and one row per indicator, "none" where a country publishes nothing', async () => {
    const table = priorityListTable(result, countrySpec);
    const [, m] = await workbook(table, countrySpec, result, 'en');
    const rows = m.data;
    const summary = rows.findIndex((r) => r[0] === 'What the data rest on');
    // Title, the one-line note on what "none" means, then the header.
    expect(String(rows[summary + 1][0])).toMatch(/^For each indicator and country: .*"None": the country publishes no such figure/);
    expect(rows[summary + 2]).toEqual(['Pillar', 'Guatemala', 'Honduras', 'El Salvador', ...Array(rows[0].length - 4).fill(null)]);
    const pillarII = rows.slice(summary).find((r) => r[0] === 'II Corruption, governance and rule of law')!;
    expect(pillarII[1]).toMatch(/^\d+ municipio$/);
    expect(pillarII.slice(2, 4)).toEqual(['none', 'none']);
    const start = rows.findIndex((r) => r[0] === 'Indicators by country: level, year and source');
    const detail = rows.slice(start + 2);
    expect(detail.length).toBe(catalog.length);
    // Every indicator's row says, per country, the level in words and the year, as the catalog has them.
    const words = { municipio: 'municipio', department: 'department', none: 'none' };
    for (const e of catalog) {
      const row = detail.find((r) => r[2] === e.id)!;
      expect(row[1]).toBe(e.label.en);
      expect(row.slice(3, 9)).toEqual((['GT', 'HN', 'SV'] as const).flatMap((c) => [words[evidenceIn(e, c).level], evidenceIn(e, c).year || null]));
    }
    const violence = detail.find((r) => r[2] === 'violence_score')!;
    expect([violence[3], violence[5], violence[7]]).toEqual(['municipio', 'municipio', 'municipio']);
    // Guatemala-only indicators read "none" for Honduras and El Salvador.
    const gtOnly = detail.find((r) => r[2] === 'gt_crime_rate')!;
    expect([gtOnly[3], gtOnly[5], gtOnly[7]]).toEqual(['municipio', 'none', 'none']);
    // The second seed framework beside the pillars: each indicator's CMMS lines of effort, as the catalog tags it.
    for (const e of catalog) {
      const row = detail.find((r) => r[2] === e.id)!;
      expect(row[10]).toBe(e.loe.length ? e.loe.map((l) => `LoE ${l}`).join('; ') : null);
    }
    expect(detail.find((r) => r[2] === 'gt_deportees_rate')![10]).toMatch(/LoE 5/);
  });
});
