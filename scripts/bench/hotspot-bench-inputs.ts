/**
 * Inputs of the hotspot benchmark and of the GeoDa agreement test: the 682 municipios of
 * public/data with their queen contiguity (500 m snapping across borders, as the app) and one
 * indicator's values; synthetic rook grids with a spatially autocorrelated field; and the CSR
 * weights as the neighbour lists `@geoda/lisa` takes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { fromNeighbourLists, subsetWeights, type SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import { contiguityWeights } from '../../src/lib/data/contiguity-weights.ts';
import { unitFeatures, type UnitFeature, type UnitTopology } from '../../src/lib/geo/unit-features.ts';

export const PUBLIC_DATA = join(import.meta.dirname, '..', '..', 'public', 'data');

/** Values and binary weights on the same units, nothing missing. */
export interface HotspotBenchInput {
  label: string;
  values: Float64Array;
  weights: SpatialWeights;
}

/** The app's topologies, in the app's unit order (GT, HN, SV). */
export function municipioTopologies(): { country: CountryCode; topology: UnitTopology }[] {
  return (['GT', 'HN', 'SV'] as const).map((country) => ({
    country,
    topology: JSON.parse(readFileSync(join(PUBLIC_DATA, 'boundaries', `${country.toLowerCase()}.topo.json`), 'utf8')) as UnitTopology,
  }));
}

/** The app's municipios as GeoJSON features (properties.index = unit order). */
export function municipioFeatures(): UnitFeature[] {
  return unitFeatures(municipioTopologies());
}

/** One indicator of public/data/indicators.csv aligned to `features` (NaN where a municipio has none). */
export function indicatorValues(features: readonly UnitFeature[], indicator: string): Float64Array {
  const at = new Map(features.map((f) => [f.properties.unit_id, f.properties.index]));
  const values = new Float64Array(features.length).fill(NaN);
  let found = 0;
  for (const row of csvParse(readFileSync(join(PUBLIC_DATA, 'indicators.csv'), 'utf8'))) {
    if (row.indicator_id !== indicator || row.value === '' || row.value === undefined) continue;
    const i = at.get(row.unit_id ?? '');
    if (i === undefined) continue;
    values[i] = Number(row.value);
    found++;
  }
  if (found === 0) throw new Error(`no values of ${indicator} in public/data/indicators.csv`);
  return values;
}

/** Keeps the units with a value: values and weights on the same, smaller set of units. */
export function withoutMissing(label: string, values: Float64Array, w: SpatialWeights): HotspotBenchInput {
  const keep = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) keep[i] = Number.isNaN(values[i]) ? 0 : 1;
  const sub = subsetWeights(w, keep);
  return { label, values: Float64Array.from(sub.index, (i) => values[i]), weights: sub.weights };
}

/**
 * The municipios with a value of `indicator` (default: the violence score, the regional indicator
 * with the widest coverage) and their queen contiguity, snapped at 500 m across borders.
 */
export function municipioInput(indicator = 'violence_score'): HotspotBenchInput & { all: number } {
  const topologies = municipioTopologies();
  const features = unitFeatures(topologies);
  const w = contiguityWeights(topologies, { contiguity: 'queen', snapMeters: 500 });
  const input = withoutMissing(`${features.length} municipios (${indicator})`, indicatorValues(features, indicator), w);
  return { ...input, all: features.length };
}

/** Rook contiguity of a rows × cols lattice, cell (r, c) = unit r·cols + c. */
export function rookGrid(rows: number, cols: number): SpatialWeights {
  const lists: number[][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const l: number[] = [];
      if (r > 0) l.push((r - 1) * cols + c);
      if (c > 0) l.push(r * cols + c - 1);
      if (c < cols - 1) l.push(r * cols + c + 1);
      if (r < rows - 1) l.push((r + 1) * cols + c);
      lists.push(l);
    }
  }
  return fromNeighbourLists(lists);
}

/**
 * A spatially autocorrelated field on the lattice: two smooth waves plus standard normal noise
 * (Box–Muller on the seeded generator), so that clusters of every kind and noise both occur.
 */
export function syntheticField(rows: number, cols: number, seed: number): Float64Array {
  const rng = seededRng(seed);
  const v = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const u1 = 1 - rng.random();
      const u2 = rng.random();
      const noise = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      v[r * cols + c] = Math.sin(r / 6) + Math.cos(c / 9) + 0.8 * noise;
    }
  }
  return v;
}

/** A synthetic rook grid input of rows × cols units. */
export function gridInput(rows: number, cols: number, seed = 1): HotspotBenchInput {
  return { label: `${(rows * cols).toLocaleString('en-US')}-unit rook grid (${rows}×${cols})`, values: syntheticField(rows, cols, seed), weights: rookGrid(rows, cols) };
}

/** CSR weights as one neighbour list per unit (the form `@geoda/lisa` takes). */
export function neighbourLists(w: SpatialWeights): number[][] {
  const lists: number[][] = [];
  for (let i = 0; i < w.n; i++) lists.push(Array.from(w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])));
  return lists;
}
