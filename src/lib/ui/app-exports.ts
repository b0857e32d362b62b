/**
 * The app's export files, assembled from its state: which table, which method block and which
 * sources go in each Excel workbook, which columns in the GeoJSON, which title, legend and
 * sources on the map picture. The components only call these and download the result.
 */
import type { Session } from '../state/session.svelte.ts';
import type { MapView } from '../state/map-view.svelte.ts';
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
import { regionPalette, shownWithPalettes } from '../map/choropleth-colours.ts';
import { COUNTRIES } from '../data/dataset-files.ts';
import { NO_DATA_RGB, NO_DATA_OUTLINE_RGB } from '../map/palettes.ts';
import { HIGHLIGHT_RGB, HIGHLIGHT_HALO_RGB } from '../map/highlight-layer.ts';
import { pick } from '../i18n/pick.ts';

/** The map's units as rows of every table (aligned to the map's unit order). */
export function appUnits(session: Session): RankUnit[] {
  return (session.boundaries?.features ?? []).map((f) => ({
    unit_id: f.properties.unit_id,
    name: f.properties.name,
    department: f.properties.dept_name,
    country: f.properties.country,
  }));
}

/** The index as the method block: the spec and, when run, the sensitivity settings and seed. */
function indexMethod(session: Session): Record<string, unknown> {
  const s = session.targeting.sensitivity;
  return {
    spec: session.targeting.spec,
    ...(s ? { sensitivity: { draws: s.draws, seed: s.seed, top_n: s.topN, rank_scope: s.rankScope } } : {}),
  };
}

/** The hotspot run as the method block: variable, settings with the seed, threshold. */
function hotspotMethod(session: Session): Record<string, unknown> | null {
  const r = session.hotspots.run;
  if (!r) return null;
  const d = r.data;
  return {
    variable: { id: r.entry.id, label: r.entry.label.en, unit: r.entry.unit.en, year: r.entry.year, source: r.entry.source, level: r.entry.level },
    settings: { ...r.settings },
    result: { statistic: d.statistic, permutations: d.permutations, seed: d.seed, alpha: d.alpha, correction: d.correction, threshold: d.threshold },
  };
}

/** The investments filter in words (written in every investments file). */
export function investmentFilterText(session: Session): string {
  const inv = session.investments;
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

function coverageMethod(session: Session, filterText: string): Record<string, unknown> {
  const inv = session.investments;
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
export function sheetText(session: Session): SheetText {
  const t = session.locale.t;
  return { lang: session.locale.lang, sheets: t.sheets, evidence: t.evidence, pillars: t.pillars, countries: t.countries };
}

/**
 * Every Excel export goes through here: the table, the export's method (readable blocks, or a
 * settings object laid out as one block), and the shared Method sheet (evidence table of the
 * catalog) and Sources sheet that `xlsxWorkbook` adds.
 */
function workbook(session: Session, table: ResultTable, method: Record<string, unknown> | MethodBlock[]): Promise<Blob> {
  const text = sheetText(session);
  return xlsxWorkbook({
    table,
    method: Array.isArray(method) ? method : [settingsBlock(text, method)],
    provenance: provenance(version, session.manifest),
    manifest: session.manifest,
    catalog: session.catalog,
    text,
    date: new Date(),
  });
}

export function priorityListXlsx(session: Session): Promise<Blob> | null {
  const r = session.targeting.result;
  if (!r) return null;
  const s = session.targeting.sensitivity;
  const text = sheetText(session);
  const spec = session.targeting.spec;
  const table = priorityListTable(s ? { ...r, sensitivity: s } : r, spec, { labels: text.sheets, lang: text.lang, levelShares: session.targeting.basis });
  return workbook(session, table, indexMethodBlocks(text, spec, session.catalog, s ? { draws: s.draws, seed: s.seed } : null));
}

export function hotspotsXlsx(session: Session): Promise<Blob> | null {
  const r = session.hotspots.run;
  const method = hotspotMethod(session);
  if (!r || !method) return null;
  return workbook(session, hotspotResultsTable(appUnits(session), r.data), method);
}

export function coverageByUnitTable(session: Session): ResultTable | null {
  const r = session.investments.result;
  return r ? coverageTable(appUnits(session), r) : null;
}

export function coverageXlsx(session: Session, filterText: string): Promise<Blob> | null {
  const table = coverageByUnitTable(session);
  return table ? workbook(session, table, coverageMethod(session, filterText)) : null;
}

/** Any table of the investments view (the underserved list) with the filter as its method. */
export function investmentsXlsx(session: Session, table: ResultTable, filterText: string, selection: string): Promise<Blob> {
  return workbook(session, table, { selection, ...coverageMethod(session, filterText) });
}

/** The join report of an import, with the file and its mapping as the method. */
export function joinReportXlsx(session: Session, table: ResultTable, method: Record<string, unknown>): Promise<Blob> {
  return workbook(session, table, method);
}

/** The units with every score shown (GeoJSON text). */
export function unitsGeojsonFile(session: Session, mapView: MapView): Blob | null {
  const b = session.boundaries;
  if (!b) return null;
  const t = session.targeting;
  const shown = mapView.choropleth.shown;
  const hs = session.hotspots.run;
  const columns = unitScoreColumns({
    shown: shown && mapView.view === 'indicator' ? { id: shown.entry.id, values: shown.values } : null,
    spec: t.spec,
    input: t.input,
    result: t.sensitivity && t.result ? { ...t.result, sensitivity: t.sensitivity } : t.result,
    hotspots: hs ? { variable: hs.entry.id, data: hs.data } : null,
    coverage: session.investments.result,
  });
  const method: Record<string, unknown> = { view: mapView.view, index: indexMethod(session) };
  const h = hotspotMethod(session);
  if (h) method.hotspots = h;
  if (session.investments.result) method.investments = coverageMethod(session, '');
  const fc = unitsGeojson(b.features, columns, { method, provenance: provenance(version, session.manifest), date: new Date() });
  return new Blob([JSON.stringify(fc)], { type: GEOJSON_MIME });
}

/** The sources of what the map shows: the index's indicators' sources, or the indicator's. */
function shownSources(session: Session, mapView: MapView): string[] {
  const entry = mapView.choropleth.shown?.entry;
  if (!entry) return [];
  if (entry.source_id) return [entry.source];
  if (mapView.view === 'index') {
    const ids = new Set(session.targeting.spec.indicators.filter((i) => i.enabled !== false).map((i) => i.id));
    return [...new Set(session.catalog.filter((c) => ids.has(c.id)).map((c) => c.source))];
  }
  return [entry.source];
}

/** The map picture (PNG) of what the map shows now, with its legend; null when no map is shown. */
export async function mapPngFile(session: Session, mapView: MapView): Promise<Blob | null> {
  const ch = mapView.choropleth;
  const entry = ch.shown?.entry;
  if (!entry) return null;
  const shot = await mapSnapshot();
  if (!shot) return null;
  const t = session.locale.t;
  const lang = session.locale.lang;
  // Per-country classes (values not comparable across countries): each row names its country.
  const rows =
    ch.scale === 'region'
      ? legendClasses(ch.bounds, regionPalette(ch.classCount), ch.counts.perClass, t.locale)
      : shownCountryLegends(entry, COUNTRIES, shownWithPalettes(ch), t.locale).flatMap((l) => l.rows.map((r) => ({ ...r, label: `${l.country} ${r.label}` })));
  const r = session.targeting.result;
  const topN = mapView.view === 'index' && r ? r.inTopN.reduce((k, x) => k + x, 0) : 0;
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
            label: session.targeting.spec.topNScope === 'country' ? t.rankingTable.topNCountryLegend(session.targeting.spec.topN) : t.rankingTable.topNLegend(topN),
            colour: cssRgb(HIGHLIGHT_RGB),
            halo: cssRgb(HIGHLIGHT_HALO_RGB),
          }
        : undefined,
      notes,
    },
    northUp: t.exports.northUp,
    date: t.exports.made(date),
    sources: `${t.exports.sources}: ${shownSources(session, mapView).join('; ')}`,
    brand: `focal ${version}`,
  });
}
