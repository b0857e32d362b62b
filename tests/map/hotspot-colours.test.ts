import { describe, expect, it } from 'vitest';
import { clusterCodes, clusterKey } from '../../src/lib/analysis/statistic-registry.ts';
import {
  CLUSTER_RGB,
  clusterFill,
  significanceClass,
  significanceCutoffs,
  significanceFill,
  significanceRgb,
} from '../../src/lib/map/hotspot-colours.ts';
import { clusterLegendRows, significanceLegendRows } from '../../src/lib/map/hotspot-legend-rows.ts';

describe('cluster colours', () => {
  it('maps the codes of each statistic to their classes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => clusterKey('moran', c))).toEqual(['ns', 'HH', 'LL', 'LH', 'HL', 'island', 'missing']);
    expect([0, 1, 2, 5, 6].map((c) => clusterKey('gistar', c))).toEqual(['ns', 'hot', 'cold', 'island', 'missing']);
    expect(clusterKey('gistar', 3)).toBe('missing');
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => clusterKey('geary', c))).toEqual(['ns', 'HH', 'LL', 'other_positive', 'negative', 'island', 'missing']);
  });

  it('uses the standard colours: high-high red #d7191c, low-low blue #2c7bb6, no data #d9d9d9', () => {
    const rgba = clusterFill(Uint8Array.from([1, 2, 0, 6]), 'moran');
    expect([...rgba.slice(0, 4)]).toEqual([215, 25, 28, 255]);
    expect([...rgba.slice(4, 8)]).toEqual([44, 123, 182, 255]);
    expect([...rgba.slice(8, 12)]).toEqual([...CLUSTER_RGB.ns, 255]);
    expect([...rgba.slice(12, 16)]).toEqual([217, 217, 217, 255]);
    // Gi*: hot is the same red.
    expect([...clusterFill(Uint8Array.from([1]), 'gistar')]).toEqual([215, 25, 28, 255]);
  });

  it('lists the significant classes first in the legend', () => {
    expect(clusterCodes('moran')).toEqual([1, 2, 3, 4, 0, 5, 6]);
    expect(clusterCodes('gistar')).toEqual([1, 2, 0, 5, 6]);
    expect(clusterCodes('geary')).toEqual([1, 2, 3, 4, 0, 5, 6]);
  });
});

describe('significance classes', () => {
  it('start at the threshold used and add the standard cut-offs below it that the permutations can reach', () => {
    expect(significanceCutoffs(0.05, 999)).toEqual([0.05, 0.01, 0.001]);
    // 99 permutations: the smallest pseudo p is 1/100.
    expect(significanceCutoffs(0.05, 99)).toEqual([0.05, 0.01]);
    // After a correction the threshold is lower than α.
    expect(significanceCutoffs(0.003, 999)).toEqual([0.003, 0.001]);
    expect(significanceCutoffs(0.1, 9999)).toEqual([0.1, 0.05, 0.01, 0.001, 0.0001]);
    expect(significanceCutoffs(0, 999)).toEqual([]);
  });

  it('puts a p-value in the smallest cut-off it reaches, −1 above the threshold or NaN', () => {
    const c = [0.05, 0.01, 0.001];
    expect([0.05, 0.02, 0.01, 0.002, 0.001, 0.0005, 0.051, NaN].map((p) => significanceClass(p, c))).toEqual([0, 0, 1, 1, 2, 2, -1, -1]);
  });

  it('shades in GeoDa greens, a corrected threshold taking the green of the next standard level', () => {
    expect(significanceRgb(0.05)).toEqual([0x84, 0xf5, 0x76]);
    expect(significanceRgb(0.001)).toEqual([0x34, 0x81, 0x24]);
    expect(significanceRgb(0.003)).toEqual(significanceRgb(0.01));
  });

  it('fills islands and missing units as the cluster map, non-significant units grey', () => {
    const rgba = significanceFill(Float64Array.from([0.001, 0.2, NaN, NaN]), Uint8Array.from([1, 0, 5, 6]), [0.05, 0.01, 0.001]);
    expect([...rgba.slice(0, 3)]).toEqual([0x34, 0x81, 0x24]);
    expect([...rgba.slice(4, 7)]).toEqual([...CLUSTER_RGB.ns]);
    expect([...rgba.slice(8, 11)]).toEqual([...CLUSTER_RGB.island]);
    expect([...rgba.slice(12, 15)]).toEqual([217, 217, 217]);
  });
});

describe('legend rows', () => {
  it('count every unit once in the cluster legend', () => {
    const rows = clusterLegendRows('moran', Uint8Array.from([1, 1, 2, 0, 0, 0, 5, 6, 6, 4]));
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['HH', 2],
      ['LL', 1],
      ['LH', 0],
      ['HL', 1],
      ['ns', 3],
      ['island', 1],
      ['missing', 2],
    ]);
    expect(rows[0].colour).toBe('rgb(215 25 28)');
  });

  it('count every unit once in the significance legend', () => {
    const p = Float64Array.from([0.001, 0.004, 0.03, 0.3, 0.06, NaN, NaN]);
    const cl = Uint8Array.from([1, 2, 3, 0, 0, 5, 6]);
    const rows = significanceLegendRows(p, cl, [0.05, 0.01, 0.001]);
    expect(rows.map((r) => [r.key, r.cutoff, r.count])).toEqual([
      ['p', 0.05, 1],
      ['p', 0.01, 1],
      ['p', 0.001, 1],
      ['ns', undefined, 2],
      ['island', undefined, 1],
      ['missing', undefined, 1],
    ]);
  });
});
