import { describe, expect, it } from 'vitest';
import { LABEL_GAP, labelLevel, mercatorPixel, placeLabels, type LabelBox } from '../../src/lib/geo/label-placement.ts';
import { labelSet, LABEL_ZOOMS, municipioMinZoom, type LabelKind } from '../../src/lib/map/map-labels.ts';
import { labelPoints } from '../../src/lib/geo/label-points.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { COUNTRIES } from '../../src/lib/data/dataset-files.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';

const box = (lon: number, lat: number, priority: number, width = 60, minZoom = 0, maxZoom = 20): LabelBox => ({ lon, lat, width, height: 14, priority, minZoom, maxZoom });

/** Degrees of longitude that are `px` pixels at zoom `z` (512 px world). */
const lonFor = (px: number, z: number) => (px / (512 * 2 ** z)) * 360;

describe('placeLabels', () => {
  it('keeps the first by priority where two labels overlap, both where they do not', () => {
    // 50 px apart at zoom 6 (boxes 60 wide overlap), 100 px at zoom 7 (clear with the gaps).
    const labels = [box(0, 0, 2), box(lonFor(50, 6), 0, 1)];
    const levels = placeLabels(labels, 6, 7);
    expect(levels.get(6)).toEqual([1]);
    expect(levels.get(7)).toEqual([1, 0]);
  });

  it('needs the gap on both sides: boxes that touch are apart only by twice the gap', () => {
    const at = (px: number) => placeLabels([box(0, 0, 0), box(lonFor(px, 5), 0, 1)], 5, 5).get(5);
    expect(at(60 + 2 * LABEL_GAP + 0.5)).toEqual([0, 1]);
    expect(at(60 + 2 * LABEL_GAP - 0.5)).toEqual([0]);
  });

  it('places a label only within its zoom levels', () => {
    const levels = placeLabels([box(0, 0, 0, 60, 5, 6), box(10, 0, 1, 60, 7, 8)], 4, 9);
    expect([...levels.entries()]).toEqual([[4, []], [5, [0]], [6, [0]], [7, [1]], [8, [1]], [9, []]]);
  });

  it('places at every step between the zooms, and shows the level at or below the zoom', () => {
    // 50 px apart at zoom 6, 71 px at 6.5: two 60 px boxes and their gaps fit from 6.5.
    const levels = placeLabels([box(0, 0, 2), box(lonFor(50, 6), 0, 1)], 6, 7, 0.5);
    expect([...levels.keys()]).toEqual([6, 6.5, 7]);
    expect(levels.get(6)).toEqual([1]);
    expect(levels.get(6.5)).toEqual([1, 0]);
    expect(labelLevel(6.49, 4, 0.5)).toBe(6);
    expect(labelLevel(6.5, 4, 0.5)).toBe(6.5);
    expect(labelLevel(5.93, 4, 0.5)).toBe(5.5);
  });

  it('keeps the input order between equal priorities', () => {
    expect(placeLabels([box(0, 0, 1), box(0, 0, 1)], 3, 3).get(3)).toEqual([0]);
  });

  it('maps a longitude and latitude to a 512 px Web Mercator world', () => {
    expect(mercatorPixel(0, 0)).toEqual([256, 256]);
    expect(mercatorPixel(-180, 0)[0]).toBe(0);
    expect(mercatorPixel(0, 85.0511287798)[1]).toBeCloseTo(0, 3);
  });
});

describe('the map labels of the default boundaries', () => {
  const topologies = COUNTRIES.map((country) => ({ country, topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology }));
  const features = unitFeatures(topologies);
  const SIZE: Record<LabelKind, number> = { department: 13, municipio: 11 };
  // About the width of a bold sans-serif letter.
  const width = (text: string, kind: LabelKind) => text.length * SIZE[kind] * 0.62;
  const set = labelSet(labelPoints(topologies), features, width);

  it('names places as the boundary files write them, accents kept', () => {
    const names = new Set(set.labels.map((l) => l.text));
    expect(names.has('Sacatepéquez')).toBe(true);
    expect(names.has('Todos Santos Cuchumatán')).toBe(true);
    expect(set.characters).toContain('é');
    expect(set.labels.filter((l) => l.kind === 'department')).toHaveLength(54);
    expect(set.labels.filter((l) => l.kind === 'municipio')).toHaveLength(682);
  });

  it('shows departments zoomed out, municipios zoomed in, never two overlapping', () => {
    expect(set.levels.size).toBe((LABEL_ZOOMS.max - LABEL_ZOOMS.min) / LABEL_ZOOMS.step + 1);
    for (const [z, shown] of set.levels) {
      const kinds = new Set(shown.map((i) => set.labels[i].kind));
      if (z < LABEL_ZOOMS.municipiosFrom) expect([...kinds], `zoom ${z}`).toEqual(['department']);
      if (z > LABEL_ZOOMS.departmentsUpTo) expect([...kinds], `zoom ${z}`).toEqual(['municipio']);
      const boxes = shown.map((i) => {
        const l = set.labels[i];
        const [x, y] = mercatorPixel(l.lon, l.lat).map((v) => v * 2 ** z);
        const w = width(l.text, l.kind) / 2, h = (SIZE[l.kind] * 1.2) / 2;
        return [x - w, y - h, x + w, y + h];
      });
      const overlaps: string[] = [];
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const [p, q] = [boxes[a], boxes[b]];
          if (p[0] < q[2] && p[2] > q[0] && p[1] < q[3] && p[3] > q[1]) overlaps.push(`${set.labels[shown[a]].text} / ${set.labels[shown[b]].text}`);
        }
      }
      expect(overlaps, `zoom ${z}`).toEqual([]);
    }
  });

  it('names most departments at the region view and every municipio at the closest zoom', () => {
    // The region's view, about zoom 5.9 in a 750 px wide map.
    expect(set.levels.get(set.levelAt(5.9))!.length).toBeGreaterThan(15);
    expect(set.levels.get(set.levelAt(5.9))!.length).toBeGreaterThan(set.levels.get(5)!.length);
    expect(set.levels.get(LABEL_ZOOMS.max)!.length).toBeGreaterThan(650);
  });

  it('shows a municipio from the zoom where it is big enough on screen, bigger ones first', () => {
    expect(municipioMinZoom(2000)).toBe(LABEL_ZOOMS.municipiosFrom);
    expect(municipioMinZoom(100)).toBeLessThanOrEqual(8);
    expect(municipioMinZoom(5)).toBeGreaterThan(9);
    expect(municipioMinZoom(2000)).toBeLessThanOrEqual(municipioMinZoom(100));
  });
});
