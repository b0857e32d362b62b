/**
 * The change map as a print PNG (export/map-png.ts): the map as it is drawn, titled with the
 * indicator and both years, the mode (absolute or percent) and the unit; the legend as the app
 * shows it (a block per country when classed within country, each headed by its country), with
 * the swatches of the units that have no change (hatched where a year is missing); the notes
 * (which colour is worse, how the classes are drawn) and the sources.
 */
import type { Session } from '../state/session.svelte.ts';
import type { MapView } from '../state/map-view.svelte.ts';
import type { CatalogEntry } from '../data/schema.ts';
import { version } from '../../../package.json';
import { mapPng, type MapPngLegendRow } from '../export/map-png.ts';
import { mapSnapshot } from '../map/map-snapshot.ts';
import { changeLegendRows } from '../map/change-legend-rows.ts';
import { cssRgb } from '../map/legend-classes.ts';
import { NO_DATA_OUTLINE_RGB } from '../map/palettes.ts';
import { labelWithoutYear } from '../data/label-in-period.ts';
import { pick } from '../i18n/pick.ts';

/** The entry's sources: its own and each country's, once each. */
function entrySources(entry: CatalogEntry): string[] {
  return [...new Set([entry.source, ...Object.values(entry.by_country ?? {}).flatMap((r) => (r ? [r.source] : []))])];
}

/** The PNG of the change map shown; null when no change is shown or the map cannot be read. */
export async function changeMapPngFile(session: Session, mapView: MapView): Promise<Blob | null> {
  const shown = mapView.change.shown;
  const classes = mapView.change.classes;
  if (!shown || !classes) return null;
  const shot = await mapSnapshot();
  if (!shot) return null;
  const t = session.locale.t;
  const c = t.change;
  const lang = session.locale.lang;
  const entry = shown.entry;
  const perCountry = classes.blocks.length > 1;
  const hatch = cssRgb(NO_DATA_OUTLINE_RGB);
  const rows: MapPngLegendRow[] = classes.blocks.flatMap((b) => [
    ...(perCountry && b.country ? [{ heading: true, colour: '', label: t.countries[b.country] }] : []),
    ...changeLegendRows(
      { bounds: b.bounds, perClass: b.perClass, perStatus: b.perStatus, direction: entry.direction, mode: shown.mode, first: shown.first, second: shown.second },
      c,
      t.locale,
    ).map((r) => ({ colour: r.colour, label: r.label, count: r.count, ...(r.hatched ? { hatch } : {}) })),
  ]);
  const notes = [c.direction(entry.direction), c.classesNote];
  if (perCountry) notes.push(c.perCountryNote);
  if (classes.blocks.some((b) => b.openEnds)) notes.push(c.openEndsNote);
  if (entry.level === 'department') notes.push(t.departmentNote);
  const date = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long' }).format(new Date());
  return mapPng({
    map: shot.canvas,
    scale: shot.scale,
    title: pick(labelWithoutYear(entry), lang),
    subtitle: `${c.title(String(shown.first), String(shown.second))} · ${c.modes[shown.mode]} · ${shown.mode === 'percent' ? c.percentUnit : pick(entry.unit, lang)}`,
    legend: { rows, notes },
    northUp: t.exports.northUp,
    date: t.exports.made(date),
    sources: `${t.exports.sources}: ${entrySources(entry).join('; ')}`,
    brand: `focal ${version}`,
  });
}
