/**
 * The app's view as a {@link ViewState} and back: what a link or a project file captures from the
 * running app, and how it is applied — in this order: language, spec, other settings, view,
 * indicator, selection, map position (a jump, no animation).
 */
import type { App } from './app.svelte.ts';
import type { ViewContext, ViewState } from './view-state.ts';
import { ViewStateError } from './view-state-error.ts';

/** The view as it is now (reads every field it depends on: an effect that calls it follows them all). */
export function currentViewState(app: App): ViewState {
  const inv = app.investments;
  const selected = app.boundaries?.features[app.selected]?.properties.unit_id ?? null;
  return {
    lang: app.locale.chosen ? app.locale.lang : null,
    view: app.view,
    indicator: app.pickedId,
    spec: app.targeting.spec,
    classification: { method: app.choropleth.method, k: app.choropleth.k },
    hotspots: { ...app.hotspots.settings },
    hotspotMap: app.hotspots.mapMode,
    investments: {
      filter: { ...inv.filter },
      measure: inv.measure,
      mapMode: inv.mapMode,
      needSource: inv.needSource,
      spread: inv.spread,
      showPoints: inv.showPoints,
      maxActivities: inv.maxActivities,
    },
    ranking: app.rankingFilters.view,
    selected,
    map: app.camera.position,
  };
}

/** The ids a link or project may name in this app: its catalog and its units. */
export function appViewContext(app: App): ViewContext {
  return {
    indicatorIds: new Set(app.catalog.map((e) => e.id)),
    unitIds: new Set(app.boundaries?.features.map((f) => f.properties.unit_id) ?? []),
  };
}

/**
 * Applies `v` (already validated against {@link appViewContext}).
 * @throws {ViewStateError} code `spec` when the index cannot be computed on the data (the index
 *   and everything after it are left as they were).
 */
export async function applyViewState(app: App, v: ViewState): Promise<void> {
  if (v.lang !== null) app.locale.choose(v.lang);
  if (JSON.stringify(v.spec) !== JSON.stringify(app.targeting.spec) && !app.targeting.importSpec(JSON.stringify(v.spec))) {
    const issues = app.targeting.error;
    app.targeting.dismissError();
    throw new ViewStateError('spec', `the index in the link cannot be computed: ${issues}`, { issues });
  }
  app.setMethod(v.classification.method);
  app.setK(v.classification.k);
  app.hotspots.setVariable(v.hotspots.variable);
  app.hotspots.settings = { ...v.hotspots };
  app.hotspots.setMapMode(v.hotspotMap);
  const inv = app.investments;
  inv.setFilter({ ...v.investments.filter });
  inv.measure = v.investments.measure;
  inv.mapMode = v.investments.mapMode;
  inv.needSource = v.investments.needSource;
  if (inv.spread !== v.investments.spread) inv.setSpread(v.investments.spread);
  inv.showPoints = v.investments.showPoints;
  inv.maxActivities = v.investments.maxActivities;
  app.rankingFilters.set(v.ranking);
  if (v.view === 'indicator') {
    await app.setIndicator(v.indicator);
  } else {
    app.pickedId = v.indicator;
    app.setView(v.view);
  }
  const index = v.selected === null ? undefined : app.boundaries?.indexById.get(v.selected);
  if (index === undefined) app.clearSelection();
  else app.select(index);
  if (v.map) app.camera.jumpTo(v.map);
}
