/**
 * Colours of the hotspot maps. The cluster map uses the colours planners know from GeoDa and
 * PySAL's splot: high–high red, low–low blue, low–high light blue, high–low light red, not
 * significant light grey (HH/LL the ends of ColorBrewer RdYlBu, LH/HL the light blue and light red
 * of ColorBrewer RdBu: Cynthia A. Brewer, ColorBrewer 2.0). Colour-blind safe: every pair of
 * cluster colours stays at ΔE00 ≥ 10 for protan-, deuter- and tritanopes (Machado et al. 2009
 * simulation, tests/map/colour-blind-safe.test.ts); the former light blue #abd9e9 and pink #f4a3c8
 * came within 8.8 of each other for deuteranopes. Gi* hot spots red and cold spots blue. Local
 * Geary's positive associations take Moran's colours where they mean the same (high–high red,
 * low–low blue), other positive association the light red and negative association the light blue,
 * the pink and blue of GeoDa's own Geary map (#fddbc7, #67adc7) in the cluster palette above. The
 * significance map shades the pseudo p-value in GeoDa's greens, darker for smaller p. Islands (no
 * neighbour: never tested) are mid grey and outlined; units without a value take the app's no-data grey (hatched by the map).
 *
 * Cluster codes follow `HotspotResult.cluster` and name their colour through the statistic's
 * registry entry (`clusterKey`): a colour per ClusterKey, so a new key fails to compile here.
 */
import { NO_DATA_RGB } from './palettes.ts';
import type { Rgb } from './fill-colours.ts';
import { CLUSTER_ISLAND, CLUSTER_MISSING, type ClusterKey } from '../analysis/statistic-module.ts';
import { clusterKey, type HotspotStatistic } from '../analysis/statistic-registry.ts';

const hex = (h: string): [number, number, number] => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

export const CLUSTER_RGB: Readonly<Record<ClusterKey, Rgb>> = {
  HH: hex('#d7191c'),
  LL: hex('#2c7bb6'),
  LH: hex('#92c5de'),
  HL: hex('#f4a582'),
  hot: hex('#d7191c'),
  cold: hex('#2c7bb6'),
  other_positive: hex('#f4a582'),
  negative: hex('#92c5de'),
  ns: hex('#f0f0f0'),
  island: hex('#9e9e9e'),
  missing: NO_DATA_RGB,
};

/** Outline of islands on the map (RGB), darker than their fill. */
export const ISLAND_OUTLINE_RGB: Rgb = hex('#262626');

/** GeoDa's significance-map greens by p-value cut-off (0.1 added, lighter, for α = 0.1). */
const SIGNIFICANCE_GREENS: readonly [number, string][] = [
  [0.1, '#c6f7bd'],
  [0.05, '#84f576'],
  [0.01, '#53c53c'],
  [0.001, '#348124'],
  [0.0001, '#1f5a17'],
];

/**
 * The p-value cut-offs of the significance map, largest first: the threshold actually used (α after
 * any correction), then those of 0.05, 0.01, 0.001 (and 0.0001 with 9,999 permutations or more)
 * below it. Smaller cut-offs than the smallest attainable pseudo p, 1/(R+1), are left out.
 */
export function significanceCutoffs(threshold: number, permutations: number): number[] {
  if (!(threshold > 0)) return [];
  const minP = 1 / (permutations + 1);
  const out = [threshold];
  for (const c of [0.05, 0.01, 0.001, 0.0001]) if (c < threshold && c >= minP - 1e-12) out.push(c);
  return out;
}

/** Colour of the significance class whose upper cut-off is `cutoff`: the green of the smallest standard level ≥ it. */
export function significanceRgb(cutoff: number): Rgb {
  let colour = SIGNIFICANCE_GREENS[0][1];
  for (const [level, c] of SIGNIFICANCE_GREENS) if (level >= cutoff - 1e-12) colour = c;
  return hex(colour);
}

/**
 * Significance class of a pseudo p-value: the index of the smallest cut-off it is at or below
 * (0 = the threshold, the lightest green), or −1 when it is above the threshold or not a number.
 */
export function significanceClass(p: number, cutoffs: readonly number[]): number {
  if (!(p <= (cutoffs[0] ?? -1))) return -1;
  let k = 0;
  while (k + 1 < cutoffs.length && p <= cutoffs[k + 1]) k++;
  return k;
}

function put(out: Uint8ClampedArray, i: number, rgb: Rgb): void {
  out[4 * i] = rgb[0];
  out[4 * i + 1] = rgb[1];
  out[4 * i + 2] = rgb[2];
  out[4 * i + 3] = 255;
}

/** RGBA per unit (opaque) for the cluster map. */
export function clusterFill(cluster: Uint8Array, statistic: HotspotStatistic): Uint8ClampedArray {
  const out = new Uint8ClampedArray(cluster.length * 4);
  for (let i = 0; i < cluster.length; i++) put(out, i, CLUSTER_RGB[clusterKey(statistic, cluster[i])]);
  return out;
}

/**
 * RGBA per unit (opaque) for the significance map: significant units (p at or below the first
 * cut-off) in the green of their class, the others in the not-significant grey; islands and missing
 * units as on the cluster map.
 */
export function significanceFill(pSim: Float64Array, cluster: Uint8Array, cutoffs: readonly number[]): Uint8ClampedArray {
  const out = new Uint8ClampedArray(pSim.length * 4);
  const greens = cutoffs.map(significanceRgb);
  for (let i = 0; i < pSim.length; i++) {
    const c = cluster[i];
    if (c === CLUSTER_ISLAND) put(out, i, CLUSTER_RGB.island);
    else if (c === CLUSTER_MISSING) put(out, i, CLUSTER_RGB.missing);
    else {
      const k = significanceClass(pSim[i], cutoffs);
      put(out, i, k < 0 ? CLUSTER_RGB.ns : greens[k]);
    }
  }
  return out;
}
