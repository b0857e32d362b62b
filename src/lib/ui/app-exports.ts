/**
 * The app's export files, assembled from its state: which table, which method block and which
 * sources go in each Excel workbook, which columns in the GeoJSON, which title, legend and
 * sources on the map picture. The components only call these and download the result.
 */
import type { App } from '../state/app.svelte.ts';
import type { RankUnit } from '../data/rank-types.ts';
import { version } from '../../../package.json';
import { provenance } from '../export/provenance.ts';
import { xlsxWorkbook } from '../export/xlsx-workbook.ts';
import type { ResultTable } from '../export/result-table.ts';
import { priorityListTable } from '../export/priority-list-table.ts';
import { settingsBlock, type MethodBlock, type SheetText } from '../export/method-sheet.ts';
import { indexMethodBlocks } from '../export/index-method-blocks.ts';
import { hotspotResultsTable } from '../export/hotspot-results-table.ts';
import { coverageTable } from '../export/coverage-table.ts';
import { unitsGeojson, GEOJSON_MIME } from '../export/units-geojson.ts';
import { unitScoreColumns } from '../export/unit-score-columns.ts';
import { mapPng } from '../export/map-png.ts';
import { mapSnapshot } from '../map/map-snapshot.ts';
import { legendClasses, cssRgb } from '../map/legend-classes.ts';
import { shownCountryLegends } from '../map/country-legends.ts';
import { COUNTRIES } from '../data/dataset-files.ts';
import { NO_DATA_RGB, NO_DATA_OUTLINE_RGB } from '../map/palettes.ts';
import { HIGHLIGHT_RGB, HIGHLIGHT_HALO_RGB } from '../map/highlight-layer.ts';
import { pick } from '../i18n/pick.ts';

/** The map's units as rows of every table (aligned to the map's unit order). */
export function appUnits(app: App): RankUnit[] {
  return (app.boundaries?.features ?? []).map((f) => ({
    unit_id: f.properties.unit_id,
    name: f.properties.name,
    department: f.properties.dept_name,
    country: f.properties.country,
  }));
}

/** The index as the method block: the spec and, when run, the sensitivity settings and seed. */
function indexMethod(app: App): Record<string, unknown> {
  const s = app.targeting.sensitivity;
  return {
    spec: app.targeting.spec,
    ...(s ? { sensitivity: { draws: s.draws, seed: s.seed, top_n: s.topN, rank_scope: s.rankScope } } : {}),
  };
}

/** The hotspot run as the method block: variable, settings with the seed, threshold. */
function hotspotMethod(app: App): Record<string, unknown> | null {
  const r = app.hotspots.run;
  if (!r) return null;
  const d = r.data;
  return {
    variable: { id: r.entry.id, label: r.entry.label.en, unit: r.entry.unit.en, year: r.entry.year, source: r.entry.source, level: r.entry.level },
    settings: { ...r.settings },
    result: { statistic: d.statistic, permutations: d.permutations, seed: d.seed, alpha: d.alpha, correction: d.correction, threshold: d.threshold },
  };
}

/** The investments filter in words (written in every investments file). */
export function investmentFilterText(app: App): string {
  const inv = app.investments;
  const f = inv.filter;
  const parts = [
    f.donor && `donor=${f.donor}${inv.donorChoice && inv.donorChoice.members.length > 1 ? ` (${inv.donorChoice.members.join(' | ')})` : ''}`,
    f.sector && `sector=${f.sector}`,
    f.pillar && `pillar=${f.pillar}`,
    f.loe > 0 && `line_of_effort=${f.loe}`,
    (Number.isFinite(f.yearFrom) || Number.isFinite(f.yearTo)) && `years=${Number.isFinite(f.yearFrom) ? f.yearFrom : ''}-${Number.isFinite(f.yearTo) ? f.yearTo : ''}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'all rows';
}

function coverageMethod(app: App, filterText: string): Record<string, unknown> {
  const inv = app.investments;
  return {
    filter: { ...inv.filter, donor_spellings: inv.donorChoice?.members ?? null, text: filterText },
    spread: inv.spread,
    measure: inv.measure,
    need: inv.needLabel,
    max_activities: inv.maxActivities,
    // No false zeros: where no source covers a country its coverage cells are empty, not 0.
    countries_with_investment_data: (inv.sources ?? []).filter((s) => s.sourced).map((s) => s.country).join(', '),
    countries_without_investment_data: (inv.sources ?? []).filter((s) => !s.sourced && s.units > 0).map((s) => `${s.country} (${s.units} municipios: coverage unknown, left empty)`).join(', '),
  };
}

/** The words of the Excel sheets in the interface language. */
export function sheetText(app: App): SheetText {
  const t = app.locale.t;
  return { lang: app.locale.lang, sheets: t.sheets, evidence: t.evidence, pillars: t.pillars, countries: t.countries };
}

/**
 * Every Excel export goes through here: the table, the export's method (readable blocks, or a
 * settings object laid out as one block), and the shared Method sheet (evidence table of the
 * catalog) and Sources sheet that `xlsxWorkbook` adds.
 */
function workbook(app: App, table: ResultTable, method: Record<string, unknown> | MethodBlock[]): Promise<Blob> {
  const text = sheetText(app);
  return xlsxWorkbook({
    table,
    method: Array.isArray(method) ? method : [settingsBlock(text, method)],
    provenance: provenance(version, app.manifest),
    manifest: app.manifest,
    catalog: app.catalog,
    text,
    date: new Date(),
  });
}

export function priorityListXlsx(app: App): Promise<Blob> | null {
  const r = app.targeting.result;
  if (!r) return null;
  const s = app.targeting.sensitivity;
  const text = sheetText(app);
  const spec = app.targeting.spec;
  const table = priorityListTable(s ? { ...r, sensitivity: s } : r, spec, { labels: text.sheets, lang: text.lang, levelShares: app.targeting.basis });
  return workbook(app, table, indexMethodBlocks(text, spec, app.catalog, s ? { draws: s.draws, seed: s.seed } : null));
}

export function hotspotsXlsx(app: App): Promise<Blob> | null {
  const r = app.hotspots.run;
  const method = hotspotMethod(app);
  if (!r || !method) return null;
  return workbook(app, hotspotResultsTable(appUnits(app), r.data), method);
}

export function coverageByUnitTable(app: App): ResultTable | null {
  const r = app.investments.result;
  return r ? coverageTable(appUnits(app), r) : null;
}

export function coverageXlsx(app: App, filterText: string): Promise<Blob> | null {
  const table = coverageByUnitTable(app);
  return table ? workbook(app, table, coverageMethod(app, filterText)) : null;
}

/** Any table of the investments view (the underserved list) with the filter as its method. */
export function investmentsXlsx(app: App, table: ResultTable, filterText: string, selection: string): Promise<Blob> {
  return workbook(app, table, { selection, ...coverageMethod(app, filterText) });
}

/** The join report of an import, with the file and its mapping as the method. */
export function joinReportXlsx(app: App, table: ResultTable, method: Record<string, unknown>): Promise<Blob> {
  return workbook(app, table, method);
}

/** The units with every score shown (GeoJSON text). */
export function unitsGeojsonFile(app: App): Blob | null {
  const b = app.boundaries;
  if (!b) return null;
  const t = app.targeting;
  const shown = app.choropleth.shown;
  const hs = app.hotspots.run;
  const columns = unitScoreColumns({
    shown: shown && app.view === 'indicator' ? { id: shown.entry.id, values: shown.values } : null,
    spec: t.spec,
    input: t.input,
    result: t.sensitivity && t.result ? { ...t.result, sensitivity: t.sensitivity } : t.result,
    hotspots: hs ? { variable: hs.entry.id, data: hs.data } : null,
    coverage: app.investments.result,
  });
  const method: Record<string, unknown> = { view: app.view, index: indexMethod(app) };
  const h = hotspotMethod(app);
  if (h) method.hotspots = h;
  if (app.investments.result) method.investments = coverageMethod(app, '');
  const fc = unitsGeojson(b.features, columns, { method, provenance: provenance(version, app.manifest), date: new Date() });
  return new Blob([JSON.stringify(fc)], { type: GEOJSON_MIME });
}

/** The sources of what the map shows: the index's indicators' sources, or the indicator's. */
function shownSources(app: App): string[] {
  const entry = app.choropleth.shown?.entry;
  if (!entry) return [];
  if (entry.source_id) return [entry.source];
  if (app.view === 'index') {
    const ids = new Set(app.targeting.spec.indicators.filter((i) => i.enabled !== false).map((i) => i.id));
    return [...new Set(app.catalog.filter((c) => ids.has(c.id)).map((c) => c.source))];
  }
  return [entry.source];
}

/** The map picture (PNG) of what the map shows now, with its legend; null when no map is shown. */
export async function mapPngFile(app: App): Promise<Blob | null> {
  const ch = app.choropleth;
  const entry = ch.shown?.entry;
  if (!entry) return null;
  const shot = await mapSnapshot();
  if (!shot) return null;
  const t = app.locale.t;
  const lang = app.locale.lang;
  // Per-country classes (values not comparable across countries): each row names its country.
  const rows =
    ch.scale === 'region'
      ? legendClasses(ch.bounds, ch.palette as [number, number, number][], ch.counts.perClass, t.locale)
      : shownCountryLegends(entry, COUNTRIES, ch, t.locale).flatMap((l) => l.rows.map((r) => ({ ...r, label: `${l.country} ${r.label}` })));
  const r = app.targeting.result;
  const topN = app.view === 'index' && r ? r.inTopN.reduce((k, x) => k + x, 0) : 0;
  const notes = [t.methods[ch.method]];
  if (ch.scale === 'country') notes.push(t.map.perCountryNote);
  if (ch.scale === 'rank') notes.push(t.map.rankNote(ch.rankWithinCountry?.k ?? ch.k));
  if (entry.level === 'department') notes.push(t.departmentNote);
  notes.push(entry.countries.length === 1 ? t.singleCountryNote(t.countries[entry.countries[0]]) : t.crossBorderNote);
  const date = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long' }).format(new Date());
  return mapPng({
    map: shot.canvas,
    scale: shot.scale,
    title: pick(entry.label, lang),
    subtitle: `${pick(entry.unit, lang)}${entry.year ? ` · ${entry.year}` : ''}`,
    legend: {
      rows,
      noData: { label: t.noData, count: ch.counts.noData, fill: cssRgb(NO_DATA_RGB), hatch: cssRgb(NO_DATA_OUTLINE_RGB) },
      outline: topN
        ? {
            label: app.targeting.spec.topNScope === 'country' ? t.rankingTable.topNCountryLegend(app.targeting.spec.topN) : t.rankingTable.topNLegend(topN),
            colour: cssRgb(HIGHLIGHT_RGB),
            halo: cssRgb(HIGHLIGHT_HALO_RGB),
          }
        : undefined,
      notes,
    },
    northUp: t.exports.northUp,
    date: t.exports.made(date),
    sources: `${t.exports.sources}: ${shownSources(app).join('; ')}`,
    brand: `focal ${version}`,
  });
}
