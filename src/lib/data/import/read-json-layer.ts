/**
 * GeoJSON (FeatureCollection, Feature or a bare geometry) and TopoJSON (topojson-client's
 * `feature` on the object with the most geometries) into a {@link RawLayer}. Refusals: nesting
 * deeper than 64 (checked before parsing), JSON syntax errors with line and column, JSON that is
 * neither, no features, and the geometry checks of layer-from-features.ts. Polygons are repaired
 * where they can be (repair-rings.ts).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection as TopoCollection, Objects, Topology } from 'topojson-specification';
import { ImportError } from './import-error.ts';
import type { RawLayer } from './import-types.ts';
import { MAX_JSON_DEPTH } from './import-limits.ts';
import { tooDeepAt } from './json-depth.ts';
import { layerFromFeatures } from './layer-from-features.ts';
import { withRepairedRings } from './repair-rings.ts';
import { topologyProblem } from './topology-problem.ts';
import type { DecodedText } from './sniff-encoding.ts';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

export function readJsonLayer(decoded: DecodedText, fileName: string): RawLayer {
  const { text } = decoded;
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    throw new ImportError('too-deep', `${fileName} is nested more than ${MAX_JSON_DEPTH} levels deep (line ${line}, column ${column}).`, {
      file: fileName,
      max: MAX_JSON_DEPTH,
      line,
      column,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const { line, column } = lineColumn(text, errorOffset(message, text));
    throw new ImportError('invalid-json', `${fileName} is not valid JSON: ${message} (line ${line}, column ${column}).`, { file: fileName, line, column, detail: message });
  }
  const read = { encoding: decoded.encoding, bom: decoded.bom };
  const obj = json as { type?: unknown } | null;
  const type = obj && typeof obj === 'object' && !Array.isArray(obj) ? obj.type : undefined;
  if (type === 'Topology') {
    return withRepairedRings(layerFromFeatures(topologyFeatures(json as Topology, fileName), fileName, { format: 'topojson', hadCrs: false, read }));
  }
  let features: Feature[];
  if (type === 'FeatureCollection') {
    const fs = (json as FeatureCollection).features;
    if (!Array.isArray(fs)) throw notGeoJson(fileName, 'a FeatureCollection without a "features" list');
    features = fs;
  } else if (type === 'Feature') features = [json as Feature];
  else if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) features = [{ type: 'Feature', properties: {}, geometry: json as Geometry }];
  else throw notGeoJson(fileName, typeof type === 'string' ? `"type": "${type}"` : 'no "type"');
  return withRepairedRings(layerFromFeatures(features, fileName, { format: 'geojson', hadCrs: false, read }));
}

function topologyFeatures(topo: Topology, fileName: string): Feature[] {
  const objects = (topo.objects && typeof topo.objects === 'object' ? topo.objects : {}) as unknown as Objects;
  const count = (o: Objects[string] | null): number => (!o || typeof o !== 'object' ? 0 : o.type === 'GeometryCollection' ? (Array.isArray((o as TopoCollection).geometries) ? (o as TopoCollection).geometries.length : 0) : 1);
  let best: string | null = null;
  for (const name of Object.keys(objects)) if (best === null || count(objects[name]) > count(objects[best])) best = name;
  if (best === null || count(objects[best]) === 0) throw new ImportError('no-features', `${fileName} holds no features.`, { file: fileName });
  if (!Array.isArray(topo.arcs)) throw notGeoJson(fileName, 'a Topology without arcs');
  const bad = topologyProblem(topo);
  if (bad) {
    const what =
      bad.problem === 'arc-index'
        ? `object "${bad.object}" refers to arc ${bad.arc}, and the file has ${bad.arcs} arcs`
        : bad.problem === 'arc'
          ? `arc ${bad.arc} is not a list of positions`
          : bad.problem === 'object'
            ? `object "${bad.object}" is not a TopoJSON geometry`
            : 'its "transform" is not two scales and two offsets';
    throw new ImportError('not-geojson', `${fileName} is a damaged TopoJSON file: ${what}.`, { file: fileName, topology: bad.problem, ...('object' in bad ? { object: bad.object } : {}), ...('arc' in bad ? { arc: bad.arc } : {}), ...('arcs' in bad ? { arcs: bad.arcs } : {}) });
  }
  let out: Feature | FeatureCollection;
  try {
    out = topoFeature(topo, objects[best]) as Feature | FeatureCollection;
  } catch {
    throw new ImportError('not-geojson', `${fileName} is a damaged TopoJSON file: its shapes cannot be decoded.`, { file: fileName, topology: 'decode' });
  }
  return out.type === 'FeatureCollection' ? out.features : [out];
}

function notGeoJson(fileName: string, found: string): ImportError {
  return new ImportError('not-geojson', `${fileName} is JSON but not GeoJSON or TopoJSON (found ${found}).`, { file: fileName, found });
}

/**
 * Where JSON.parse failed: V8 says `at position N`, or (for an unexpected token) quotes the text
 * around it — up to 10 characters either side, `...` marking a cut — which is found in the text.
 * The end of the text when neither (unexpected end of input).
 */
function errorOffset(message: string, text: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const quoted = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON$/.exec(message);
  if (quoted) {
    const [, token, cut, snippet] = quoted;
    const start = text.indexOf(snippet);
    if (start >= 0) return start + (cut ? 10 : Math.max(0, snippet.indexOf(token)));
  }
  return text.length;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}
