/**
 * The coordinate system of a shapefile's .prj, recognised among the systems planners of the
 * region use, as a proj4 definition to WGS 84 — or refused (`unknown-projection`) rather than
 * guessed. proj4 parses the WKT; the projection is then matched by its parameters (names differ
 * between ESRI and OGC WKT), and the datum by name:
 *
 * - geographic WGS 84 / NAD83 / SIRGAS (no change), NAD27;
 * - UTM zones 15N and 16N (central meridians -93 and -87);
 * - GTM, Guatemala Transversal Mercator (central meridian -90.5, scale 0.9998, false easting
 *   500,000, false northing 0);
 * - El Salvador Lambert (EPSG:5460: lcc 1SP, origin 13°47'N 89°W, scale 0.99996704, false
 *   easting 500,000, false northing 295,809.184), and the Guatemala Norte / Sur Lambert grids
 *   (EPSG:32061/32062 on NAD27, 5559/5459 on Ocotepeque 1935).
 *
 * Honduras: its institutes publish in UTM 16N (WGS 84 or NAD27), which is covered; no Honduran
 * Lambert grid is in the EPSG registry, so none is guessed.
 *
 * Datum shifts to WGS 84 as the EPSG registry gives them for the region: NAD27 dX 0, dY 125,
 * dZ 194 (EPSG:1171, "NAD27 to WGS 84 (2)", Central America onshore); Ocotepeque 1935 dX 205,
 * dY 96, dZ -98 (as in EPSG:5460's definition); NAD83 and SIRGAS taken as WGS 84 (sub-metre).
 */
import proj4 from 'proj4';
import { ImportError } from './import-error.ts';

export interface SourceCrs {
  /** Readable name of the system recognised (e.g. `UTM 16N (WGS 84)`). */
  name: string;
  /** proj4 definition of the source, or null when the coordinates are already WGS 84 lon/lat. */
  def: string | null;
}

interface KnownProjection {
  name: string;
  proj: 'tmerc' | 'lcc';
  lat0: number;
  lon0: number;
  k: number;
  x0: number;
  y0: number;
}

const DMS = (d: number, m: number): number => d + Math.sign(d) * (m / 60);

export const KNOWN_PROJECTIONS: readonly KnownProjection[] = [
  { name: 'UTM 15N', proj: 'tmerc', lat0: 0, lon0: -93, k: 0.9996, x0: 500000, y0: 0 },
  { name: 'UTM 16N', proj: 'tmerc', lat0: 0, lon0: -87, k: 0.9996, x0: 500000, y0: 0 },
  { name: 'GTM (Guatemala Transversal Mercator)', proj: 'tmerc', lat0: 0, lon0: -90.5, k: 0.9998, x0: 500000, y0: 0 },
  { name: 'El Salvador Lambert', proj: 'lcc', lat0: DMS(13, 47), lon0: -89, k: 0.99996704, x0: 500000, y0: 295809.184 },
  { name: 'Guatemala Norte Lambert', proj: 'lcc', lat0: DMS(16, 49), lon0: DMS(-90, 20), k: 0.99992226, x0: 500000, y0: 292209.579 },
  { name: 'Guatemala Sur Lambert', proj: 'lcc', lat0: DMS(14, 54), lon0: DMS(-90, 20), k: 0.99989906, x0: 500000, y0: 325992.681 },
];

type Datum = { name: string; towgs84: string } | null;

function datumOf(wkt: string): Datum {
  const m = /DATUM\s*\[\s*"([^"]*)"/i.exec(wkt);
  const d = (m?.[1] ?? '').toUpperCase().replace(/[\s_-]+/g, '');
  if (d.includes('WGS1984') || d.includes('WGS84') || d === 'DWGS1984') return { name: 'WGS 84', towgs84: '0,0,0' };
  if (d.includes('NORTHAMERICAN1983') || d.includes('NAD83')) return { name: 'NAD83', towgs84: '0,0,0' };
  if (d.includes('SIRGAS')) return { name: 'SIRGAS', towgs84: '0,0,0' };
  if (d.includes('NORTHAMERICAN1927') || d.includes('NAD27')) return { name: 'NAD27', towgs84: '0,125,194' };
  if (d.includes('OCOTEPEQUE')) return { name: 'Ocotepeque 1935', towgs84: '205,96,-98' };
  return null;
}

/** The name a .prj gives itself (`PROJCS["…"` or `GEOGCS["…"`), for messages. */
export function prjName(wkt: string): string {
  return /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS|BASEGEOGCRS)\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? wkt.trim().slice(0, 60);
}

const near = (a: number | undefined, b: number, tol: number): boolean => typeof a === 'number' && Math.abs(a - b) <= tol;

export function projectionFromPrj(wkt: string, fileName: string): SourceCrs {
  const name = prjName(wkt);
  const refuse = (why: string): ImportError =>
    new ImportError('unknown-projection', `${fileName} uses a coordinate system focal does not convert: ${name} (${why}).`, { file: fileName, prj: name });
  let p: Record<string, unknown>;
  try {
    p = proj4.Proj(wkt) as unknown as Record<string, unknown>;
  } catch (err) {
    throw refuse(`the .prj cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  const datum = datumOf(wkt);
  if (!datum) throw refuse('datum');
  const a = Number(p.a);
  const rf = Number(p.rf);
  const ellps = Number.isFinite(a) && Number.isFinite(rf) && rf > 0 ? `+a=${a} +rf=${rf}` : '+ellps=WGS84';
  const projName = String(p.projName ?? '').toLowerCase();
  if (projName === 'longlat' || /^\s*GEOG(CS|CRS)/i.test(wkt)) {
    if (datum.name === 'NAD27') return { name: 'geographic (NAD27)', def: `+proj=longlat ${ellps} +towgs84=${datum.towgs84} +no_defs` };
    return { name: `geographic (${datum.name})`, def: null };
  }
  const toMeter = p.to_meter === undefined ? 1 : Number(p.to_meter);
  if (!(String(p.units ?? 'm').toLowerCase().startsWith('m') && near(toMeter, 1, 1e-9))) throw refuse('units are not metres');
  const method = /transverse|tmerc|utm/.test(projName) ? 'tmerc' : /lambert|lcc/.test(projName) ? 'lcc' : null;
  const deg = 180 / Math.PI;
  const lon0 = Number(p.long0) * deg;
  const lat0 = Number(p.lat0 ?? 0) * deg;
  const lat1 = p.lat1 === undefined ? lat0 : Number(p.lat1) * deg;
  const lat2 = p.lat2 === undefined ? lat1 : Number(p.lat2) * deg;
  const k = p.k0 === undefined ? 1 : Number(p.k0);
  const known = KNOWN_PROJECTIONS.find(
    (kp) =>
      kp.proj === method &&
      near(lon0, kp.lon0, 1e-6) &&
      near(kp.proj === 'lcc' ? lat1 : lat0, kp.lat0, 1e-6) &&
      (kp.proj === 'tmerc' || near(lat2, kp.lat0, 1e-6)) &&
      near(k, kp.k, 1e-9) &&
      near(Number(p.x0 ?? 0), kp.x0, 1e-3) &&
      near(Number(p.y0 ?? 0), kp.y0, 1e-3),
  );
  if (!known) throw refuse('projection parameters');
  const lcc = known.proj === 'lcc' ? ` +lat_1=${known.lat0}` : '';
  return {
    name: `${known.name} (${datum.name})`,
    def: `+proj=${known.proj} +lat_0=${known.lat0}${lcc} +lon_0=${known.lon0} +k_0=${known.k} +x_0=${known.x0} +y_0=${known.y0} ${ellps} +towgs84=${datum.towgs84} +units=m +no_defs`,
  };
}
