/**
 * The app's view as a {@link ViewState} and back: what a link or a project file captures from the
 * running app, and how it is applied — in this order: language, spec, other settings, view,
 * indicator, selection, map position (a jump, no animation).
 */
import type { Session } from './session.svelte.ts';
import type { MapView } from './map-view.svelte.ts';
import type { ViewContext, ViewState } from './view-state.ts';
import { ViewStateError } from './view-state-error.ts';
import { defaultIndexSpec } from '../data/default-index-spec.ts';
import { emptyScenarios } from './scenarios-view.ts';
import { applyListFilter, listFilterView } from './list-filter-link.ts';

/** The view as it is now (reads every field it depends on: an effect that calls it follows them all). */
export function currentViewState(session: Session, map: MapView): ViewState {
  const inv = session.investments;
  const list = listFilterView(session);
  const selected = session.boundaries?.features[map.selected]?.properties.unit_id ?? null;
  return {
    lang: session.locale.chosen ? session.locale.lang : null,
    view: map.view,
    indicator: map.pickedId,
    year: map.yearChoice,
    change: { active: map.change.active, first: map.change.choice.first, second: map.change.choice.second, mode: map.change.choice.mode, k: map.change.k },
    spec: session.targeting.spec,
    classification: { method: map.choropleth.method, k: map.choropleth.k },
    hotspots: { ...session.hotspots.settings },
    hotspotMap: session.hotspots.mapMode,
    investments: {
      filter: { ...inv.filter },
      measure: inv.measure,
      mapMode: inv.mapMode,
      needSource: inv.needSource,
      spread: inv.spread,
      showPoints: inv.showPoints,
      maxActivities: inv.maxActivities,
      yearRule: inv.yearRule,
      splitYear: inv.splitYear,
      ...(list ? { list } : {}),
    },
    ranking: map.rankingFilters.view,
    selected,
    map: map.camera.position,
    scenarios: session.scenarios.view,
    labels: map.labels,
    mapScale: map.choropleth.scaleChoice,
  };
}

/** The ids a link or project may name in this app: its catalog and its units. */
export function appViewContext(session: Session): ViewContext {
  return {
    indicatorIds: new Set(session.catalog.map((e) => e.id)),
    unitIds: new Set(session.boundaries?.features.map((f) => f.properties.unit_id) ?? []),
    indicatorYears: new Map(session.catalog.flatMap((e) => (e.years?.length ? [[e.id, e.years] as const] : []))),
    defaultSpec: defaultIndexSpec(session.baseCatalog),
  };
}

/**
 * Applies `v` (already validated against {@link appViewContext}).
 * @throws {ViewStateError} code `spec` when the index cannot be computed on the data (the index
 *   and everything after it are left as they were).
 */
export async function applyViewState(session: Session, map: MapView, v: ViewState): Promise<void> {
  if (v.lang !== null) await session.locale.choose(v.lang);
  if (JSON.stringify(v.spec) !== JSON.stringify(session.targeting.spec) && !session.targeting.importSpec(JSON.stringify(v.spec))) {
    const issues = session.targeting.error;
    session.targeting.dismissError();
    throw new ViewStateError('spec', `the index in the link cannot be computed: ${issues}`, { issues });
  }
  map.setMethod(v.classification.method);
  map.setK(v.classification.k);
  session.hotspots.setVariable(v.hotspots.variable);
  session.hotspots.settings = { ...v.hotspots };
  session.hotspots.setMapMode(v.hotspotMap);
  const inv = session.investments;
  inv.setFilter({ ...v.investments.filter });
  inv.measure = v.investments.measure;
  inv.mapMode = v.investments.mapMode;
  inv.needSource = v.investments.needSource;
  if (inv.spread !== v.investments.spread) inv.setSpread(v.investments.spread);
  inv.showPoints = v.investments.showPoints;
  inv.maxActivities = v.investments.maxActivities;
  inv.yearRule = v.investments.yearRule;
  inv.splitYear = v.investments.splitYear;
  await applyListFilter(session, v.investments.list);
  map.rankingFilters.set(v.ranking);
  map.labels = v.labels ?? true;
  map.choropleth.setScaleChoice(v.mapScale ?? 'values');
  session.scenarios.set(v.scenarios ?? emptyScenarios());
  map.change.setActive(v.change.active);
  map.change.choose({ first: v.change.first, second: v.change.second, mode: v.change.mode });
  map.change.setK(v.change.k);
  if (v.view === 'indicator') {
    await map.setIndicator(v.indicator, v.year);
  } else {
    map.pickedId = v.indicator;
    map.yearChoice = v.year;
    map.setView(v.view);
  }
  const index = v.selected === null ? undefined : session.boundaries?.indexById.get(v.selected);
  if (index === undefined) map.clearSelection();
  else map.select(index);
  if (v.map) map.camera.jumpTo(v.map);
}
