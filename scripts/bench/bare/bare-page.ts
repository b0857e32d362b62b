/**
 * The bare page: what plain maplibre-gl and topojson-client take to draw the app's 682 municipios
 * (public/data/boundaries, fetched from the app's own origin) in one colour each, a fill layer whose
 * colour is a simple expression. The benchmark loads it cold beside the app, interleaved, and times
 * both from the compositor's frames; the select recolours every polygon (feature-state, no new
 * geometry) as the baseline of the app's recolourings. No app code: this is the floor.
 */
import { Map as MaplibreMap, type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';

/** The app's countries, in its order, and its camera before the data arrives. */
const COUNTRIES = ['gt', 'hn', 'sv'];
const REGION: [number, number, number, number] = [-92.25, 12.95, -83.1, 17.85];
const PADDING = 24;

/** Three stops of a sequential ramp; a feature's value in [0, 1] picks its colour. */
const RAMP = ['interpolate', ['linear'], ['coalesce', ['feature-state', 'v'], ['get', 'v']], 0, '#fde725', 0.5, '#21918c', 1, '#440154'];

interface BareHooks {
  /** Resolves after the first frame in which maplibre has drawn the polygons. */
  ready: Promise<void>;
  /** The camera's visible area `[west, south, east, north]`. */
  mapView: () => [number, number, number, number];
  /** Resolves once nothing moves or loads and a frame after the call is drawn. */
  settled: () => Promise<void>;
}

declare global {
  interface Window {
    __bare?: BareHooks;
  }
}

/** A value in [0, 1) per unit and palette: the golden-ratio sequence, so neighbours differ. */
const valueOf = (index: number, palette: number): number => (((index + 1) * 0.6180339887 * (palette + 1)) % 1 + 1) % 1;

const container = document.getElementById('map')!;
const size = new URLSearchParams(location.search);
if (size.get('w') && size.get('h')) {
  // The app's map canvas size, so both pages rasterise the same number of pixels.
  container.style.width = `${Number(size.get('w'))}px`;
  container.style.height = `${Number(size.get('h'))}px`;
}

const topologies = Promise.all(
  COUNTRIES.map(async (c) => (await (await fetch(`../data/boundaries/${c}.topo.json`)).json()) as Topology<{ units: GeometryCollection }>),
);

const map = new MaplibreMap({
  container,
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e9eef2' } }] },
  bounds: REGION,
  fitBoundsOptions: { padding: PADDING },
  attributionControl: false,
  renderWorldCopies: false,
});
const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));

let count = 0;
const ready = (async () => {
  const topos = await topologies;
  const features: Feature<Polygon | MultiPolygon, { v: number }>[] = [];
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const extend = (p: Position) => {
    if (p[0] < w) w = p[0];
    if (p[0] > e) e = p[0];
    if (p[1] < s) s = p[1];
    if (p[1] > n) n = p[1];
  };
  for (const topo of topos) {
    for (const f of (feature(topo, topo.objects.units) as FeatureCollection<Polygon | MultiPolygon>).features) {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings) for (const p of ring) extend(p);
      features.push({ type: 'Feature', id: features.length, geometry: f.geometry, properties: { v: valueOf(features.length, 0) } });
    }
  }
  count = features.length;
  await styleLoaded;
  map.addSource('units', { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({ id: 'units', type: 'fill', source: 'units', paint: { 'fill-color': RAMP as never } });
  map.fitBounds([w, s, e, n], { padding: PADDING, animate: false });
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
})();

/** New colours for every polygon: feature-state only, the geometry stays on the GPU. */
function recolour(palette: number): void {
  if (!(map.getSource('units') as GeoJSONSource | undefined)) return;
  for (let i = 0; i < count; i++) map.setFeatureState({ source: 'units', id: i }, { v: valueOf(i, palette) });
}

document.getElementById('palette')!.addEventListener('change', (e) => recolour(Number((e.target as HTMLSelectElement).value)));

window.__bare = {
  ready,
  mapView: () => {
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  },
  settled: () =>
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    }),
};
