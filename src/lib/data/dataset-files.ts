import { COUNTRY_CODES, type CatalogEntry, type CountryCode, type Manifest } from './schema.ts';
import type { UnitTopology } from '../geo/unit-features.ts';
import type { Outlines } from '../geo/boundaries.ts';

/** Countries in map order (also the order of the unit index). */
export const COUNTRIES: readonly CountryCode[] = COUNTRY_CODES;

/**
 * The unit polygons of the default boundary files as GeoJSON, in the unit order, with only
 * `properties.index` (path under the data folder): made at build time (scripts/vite-unit-geometry.ts)
 * for the map, which gives them to maplibre's worker without waiting for the topology to be decoded.
 */
export const UNIT_GEOMETRY_PATH = 'boundaries/units.geo.json';

/**
 * The boundary lines of the default boundary files (an `Outlines` object: country, departments,
 * municipios, as geo/boundaries.ts makes them), made at build time like {@link UNIT_GEOMETRY_PATH}:
 * the first coloured frame draws them with the colours.
 */
export const OUTLINE_GEOMETRY_PATH = 'boundaries/lines.geo.json';

/**
 * Where the map's names go (path under the data folder): a point inside each municipio and each
 * department with its area, made at build time from the default boundary files
 * (scripts/vite-label-points.ts), read after the first map when the labels are drawn.
 */
export const LABEL_POINTS_PATH = 'boundaries/labels.json';

/** The yearly values of the yearly indicators (data/year-columns.ts), read after the first map. */
export const INDICATOR_YEARS_PATH = 'indicator-years.csv';

/** The default dataset's files, each fetched once and shared by the first map and DuckDB. */
export interface DatasetRequests {
  topologies: Promise<{ country: CountryCode; topology: UnitTopology }[]>;
  indicators: Promise<string>;
  catalog: Promise<CatalogEntry[]>;
  manifest: Promise<Manifest>;
  units: Promise<string>;
  investments: Promise<string>;
}

async function get(url: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new Error(`${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  // A server that falls back to index.html for unknown paths answers 200 with a web page.
  if (res.headers.get('content-type')?.includes('text/html')) throw new Error(`${url}: not found`);
  return res;
}

async function json<T>(url: string): Promise<T> {
  const res = await get(url);
  try {
    return (await res.json()) as T;
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}

const text = async (url: string): Promise<string> => (await get(url)).text();

let unitGeometry: Promise<GeoJSON.FeatureCollection> | null = null;

/**
 * The pre-built unit polygons ({@link UNIT_GEOMETRY_PATH}), fetched and parsed once: main.ts asks
 * first thing (index.html preloads the file), the map takes the same answer.
 */
export function requestUnitGeometry(baseUrl = './data/'): Promise<GeoJSON.FeatureCollection> {
  unitGeometry ??= json<GeoJSON.FeatureCollection>(`${baseUrl}${UNIT_GEOMETRY_PATH}`);
  return unitGeometry;
}

let outlineGeometry: Promise<Outlines> | null = null;

/** The pre-built boundary lines ({@link OUTLINE_GEOMETRY_PATH}), fetched and parsed once, as the unit polygons. */
export function requestOutlineGeometry(baseUrl = './data/'): Promise<Outlines> {
  outlineGeometry ??= json<Outlines>(`${baseUrl}${OUTLINE_GEOMETRY_PATH}`);
  return outlineGeometry;
}

/** A data file as JSON or text; errors name the file (HTTP status, an HTML fallback page, bad JSON). */
export { json as fetchDataJson, text as fetchDataText };

/** Starts every request at once (index.html preloads the ones the first map needs). */
export function requestDataset(baseUrl = './data/'): DatasetRequests {
  const requests: DatasetRequests = {
    topologies: Promise.all(
      COUNTRIES.map(async (country) => ({
        country,
        topology: await json<UnitTopology>(`${baseUrl}boundaries/${country.toLowerCase()}.topo.json`),
      })),
    ),
    indicators: text(`${baseUrl}indicators.csv`),
    catalog: json<CatalogEntry[]>(`${baseUrl}catalog.json`),
    manifest: json<Manifest>(`${baseUrl}manifest.json`),
    units: text(`${baseUrl}units.csv`),
    investments: text(`${baseUrl}investments.csv`),
  };
  // Each failure is reported where the promise is awaited; none is an unhandled rejection.
  for (const p of Object.values(requests) as Promise<unknown>[]) p.catch(() => undefined);
  return requests;
}
