/**
 * The app's exports, assembled from its state: for each result table the export source the
 * registry writes in every format (export/export-writers.ts) — which table, which method and which
 * sources, which boundaries, which method file — and the map picture's title, legend and sources.
 * The components hand these to the export menu (ExportMenu.svelte).
 */
import type { Session } from '../state/session.svelte.ts';
import type { MapView } from '../state/map-view.svelte.ts';
import type { RankUnit } from '../data/rank-types.ts';
import { version } from '../../../package.json';
import { provenance } from '../export/provenance.ts';
import type { ResultTable } from '../export/result-table.ts';
import type { ExportSource } from '../export/export-source.ts';
import { priorityListTable } from '../export/priority-list-table.ts';
import type { SheetText } from '../export/method-sheet.ts';
import { sheetTextIn } from '../export/sheet-text.ts';
import { hotspotRunMeta } from '../export/hotspot-results-meta.ts';
import { indexMethodBlocks } from '../export/index-method-blocks.ts';
import { hotspotResultsTable } from '../export/hotspot-results-table.ts';
import { changeTable } from '../export/change-table.ts';
import type { ChangeBlock } from '../state/change-map-classes.ts';
import { labelWithoutYear } from '../data/label-in-period.ts';
import { coverageTable } from '../export/coverage-table.ts';
import { investmentImportMethod } from '../data/import/investment-import-method.ts';
import { unitGeometries, unitsTable } from '../export/units-geojson.ts';
import { unitScoreColumns } from '../export/unit-score-columns.ts';
import { mapPng } from '../export/map-png.ts';
import { prestartPngWorker } from '../export/encode-png-off-thread.ts';
import { changeMapPngFile } from './change-map-png.ts';
import { mapSnapshot } from '../map/map-snapshot.ts';
import { legendClasses, cssRgb } from '../map/legend-classes.ts';
import { shownCountryLegends } from '../map/country-legends.ts';
import { regionPalette, shownWithPalettes } from '../map/choropleth-colours.ts';
import { COUNTRIES } from '../data/dataset-files.ts';
import { NO_DATA_RGB, NO_DATA_OUTLINE_RGB } from '../map/palettes.ts';
import { HIGHLIGHT_RGB, HIGHLIGHT_HALO_RGB } from '../map/highlight-layer.ts';
import { pick } from '../i18n/pick.ts';
import type { UnitList } from '../data/unit-list.ts';
import { unitListTable } from '../export/unit-list-table.ts';
import { severityRuleText } from '../state/severity-text.ts';

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
    // How each imported investment list was read: unit, placement, precision, the split of repeated project amounts.
    imported_investments: investmentImportMethod(session.workspace.imports),
    countries_without_investment_data: (inv.sources ?? []).filter((s) => !s.sourced && s.units > 0).map((s) => `${s.country} (${s.units} municipios: coverage unknown, left empty)`).join(', '),
  };
}

/** The words of the Excel sheets in the interface language. */
export function sheetText(session: Session): SheetText {
  return sheetTextIn(session.locale.lang);
}

/**
 * What every export of the app carries besides its table: the method (a settings object, and
 * readable blocks where the export has them), the provenance, the manifest and catalog for the
 * Sources and Method sheets, the sheets' words and the date; and, when the rows are the map's
 * units, their boundaries (so that the registry offers GeoJSON).
 */
function source(session: Session, table: ResultTable, method: Record<string, unknown>, extra: Partial<ExportSource> = {}): ExportSource {
  const b = session.boundaries;
  return {
    table,
    method,
    provenance: provenance(version, session.manifest),
    manifest: session.manifest,
    catalog: session.catalog,
    text: sheetText(session),
    date: new Date(),
    ...(b && table.columns.some((c) => c.header === 'unit_id') ? { geometry: { byId: unitGeometries(b.features), idColumn: 'unit_id' } } : {}),
    ...extra,
  };
}

/** The priority list with the index's method in words (null before the index is computed). */
export function priorityListSource(session: Session): ExportSource | null {
  const r = session.targeting.result;
  if (!r) return null;
  const s = session.targeting.sensitivity;
  const text = sheetText(session);
  const spec = session.targeting.spec;
  const table = priorityListTable(s ? { ...r, sensitivity: s } : r, spec, { labels: text.sheets, lang: text.lang, levelShares: session.targeting.basis });
  return source(session, table, indexMethod(session), { methodBlocks: indexMethodBlocks(text, spec, session.catalog, s ? { draws: s.draws, seed: s.seed } : null, r.time ?? null) });
}

/** The hotspot results with the run's method file (null before a run). */
export function hotspotsSource(session: Session): ExportSource | null {
  const r = session.hotspots.run;
  const method = hotspotMethod(session);
  if (!r || !method) return null;
  const units = appUnits(session);
  const json = hotspotRunMeta(r, units.map((u) => u.unit_id), provenance(version, session.manifest));
  return source(session, hotspotResultsTable(units, r.data), method, { json });
}

/** Coverage by unit under the current filter (null before the investments are placed). */
export function coverageSource(session: Session): ExportSource | null {
  const r = session.investments.result;
  return r ? source(session, coverageTable(appUnits(session), r), coverageMethod(session, investmentFilterText(session))) : null;
}

/**
 * Any table of the investments view (the underserved list, money by year) with the filter as its
 * method, `extra` settings (money by year: the year rule and years), and its own method file;
 * `geometry` false for a table whose rows are not one per unit (a municipio's years: no GeoJSON).
 */
export function investmentsSource(session: Session, table: ResultTable, selection: string, json: string, extra: Record<string, unknown> = {}, geometry = true): ExportSource {
  return source(session, table, { selection, ...extra, ...coverageMethod(session, investmentFilterText(session)) }, geometry ? { json } : { json, geometry: undefined });
}

/** The join report of an import, with the file and its mapping as the method. */
export function joinReportSource(session: Session, table: ResultTable, method: Record<string, unknown>): ExportSource {
  return source(session, table, method);
}

/** The units with every score shown (null before the boundaries are read). */
export function unitsSource(session: Session, mapView: MapView): ExportSource | null {
  const b = session.boundaries;
  if (!b) return null;
  const t = session.targeting;
  const shown = mapView.choropleth.shown;
  const hs = session.hotspots.run;
  const columns = unitScoreColumns({
    shown:
      shown && mapView.view === 'indicator'
        ? { id: shown.entry.id, values: shown.values, year: shown.year ? { year: shown.year.year, unitYear: shown.year.unitYear } : null }
        : null,
    spec: t.spec,
    input: t.input,
    result: t.sensitivity && t.result ? { ...t.result, sensitivity: t.sensitivity } : t.result,
    hotspots: hs ? { variable: hs.entry.id, data: hs.data } : null,
    coverage: session.investments.result,
  });
  const method: Record<string, unknown> = { view: mapView.view, index: indexMethod(session) };
  if (shown?.year && mapView.view === 'indicator') {
    const y = shown.year;
    method.year = {
      indicator: shown.entry.id,
      year: y.year,
      latestAvailable: y.unitYear !== null,
      years: [...y.years],
      classes: 'bounds fixed over all years',
    };
  }
  const h = hotspotMethod(session);
  if (h) method.hotspots = h;
  if (session.investments.result) method.investments = coverageMethod(session, '');
  return source(session, unitsTable(b.features, columns), method);
}

/**
 * The change map's table (both years, both values, the change and its status) with its method:
 * the indicator, the two years, absolute or percent, the classes; null when no change is shown.
 */
export function changeSource(session: Session, mapView: MapView): ExportSource | null {
  const shown = mapView.change.shown;
  const c = mapView.change.classes;
  if (!shown || !c) return null;
  const e = shown.entry;
  const table = changeTable(appUnits(session), {
    first: shown.first,
    second: shown.second,
    mode: shown.mode,
    firstValues: shown.firstValues,
    secondValues: shown.secondValues,
    values: c.values,
    status: c.status,
    countries: e.countries,
  });
  const method = {
    change: {
      indicator: { id: e.id, label: labelWithoutYear(e).en, unit: e.unit.en, direction: e.direction, source: e.source, level: e.level },
      first_year: shown.first,
      second_year: shown.second,
      mode: shown.mode,
      formula: shown.mode === 'percent' ? '100 * (second_value - first_value) / abs(first_value)' : 'second_value - first_value',
      // One set of classes: as before; classes within country: per country (national sources differ).
      classes: c.blocks.length === 1 ? changeClassMethod(c.blocks[0]) : undefined,
      classes_within: c.blocks.length > 1 ? 'country' : 'all units',
      classes_by_country: Object.fromEntries(c.blocks.filter((b) => b.country).map((b) => [b.country, changeClassMethod(b)])),
    },
  };
  return source(session, table, method);
}

/** The class bounds of one block of the change map, and the rule they follow. */
function changeClassMethod(b: ChangeBlock) {
  return {
    count: b.bounds.length - 1,
    bounds: b.bounds,
    rule: b.openEnds
      ? 'equal classes symmetric about zero over ± the 95th percentile of |change|; the two end classes opened out to ± the largest |change|'
      : 'equal classes symmetric about zero, ends at ± the largest |change|',
  };
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

/** The map picture (PNG) of what the map shows now (the change map when it is on), with its legend; null when no map is shown. */
export async function mapPngFile(session: Session, mapView: MapView): Promise<Blob | null> {
  if (mapView.view === 'indicator' && mapView.change.shown) return changeMapPngFile(session, mapView);
  const ch = mapView.choropleth;
  const entry = ch.shown?.entry;
  if (!entry) return null;
  const t0 = performance.now();
  // The PNG worker's script is fetched and run while the map is drawn at print size.
  prestartPngWorker();
  const shot = await mapSnapshot();
  if (!shot) return null;
  performance.measure('focal:png-snapshot', { start: t0 });
  const t = session.locale.t;
  const lang = session.locale.lang;
  // Per-country classes (values not comparable across countries): each row names its country.
  const rows =
    ch.scale === 'region'
      ? legendClasses(ch.bounds, regionPalette(ch.classCount), ch.counts.perClass, t.locale)
      : shownCountryLegends(entry, COUNTRIES, shownWithPalettes(ch), t.locale, t.severity.sevLegendRow).flatMap((l) => l.rows.map((r) => ({ ...r, label: `${l.country} ${r.label}` })));
  const r = session.targeting.result;
  const topN = mapView.view === 'index' && r ? r.inTopN.reduce((k, x) => k + x, 0) : 0;
  const notes = ch.scale === 'severity' ? [`${severityRuleText(session.targeting.spec, t.severity)} ${t.severity.sevMapNote}`] : [t.methods[ch.method]];
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

/** A named list of the workspace: its units, where it came from, and the sources. */
export function unitListSource(session: Session, list: UnitList): ExportSource {
  const text = sheetText(session);
  const table = unitListTable(list, appUnits(session), text.sheets);
  return source(session, table, { list: { name: list.name, origin: list.origin, created: list.created, units: list.units.length, found: table.rows.length } });
}
