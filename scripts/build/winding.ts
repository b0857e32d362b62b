/**
 * Ring orientation. Outputs follow RFC 7946: exterior rings counter-clockwise, holes clockwise
 * (in planar lon/lat). deck.gl's GeoJsonLayer triangulates either way, but a single, documented
 * convention keeps turf's area and point-in-polygon and any later consumer predictable. (d3-geo's
 * spherical code expects the opposite: rewind before handing these features to d3.geoPath.)
 */
import type { Polygon, MultiPolygon, Position } from 'geojson';

/** Twice the signed planar area of a closed ring; positive when counter-clockwise. */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

/** Returns the ring oriented counter-clockwise (`ccw = true`) or clockwise. */
function orient(ring: Position[], ccw: boolean): Position[] {
  return signedArea2(ring) > 0 === ccw ? ring : [...ring].reverse();
}

/** Rewinds one polygon's rings: first ring counter-clockwise, holes clockwise. */
function rewindRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => orient(ring, i === 0));
}

/** Rewinds a Polygon or MultiPolygon to RFC 7946 orientation (returns a new geometry). */
export function rewindRfc7946<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindRings(geometry.coordinates) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map(rewindRings) };
}
