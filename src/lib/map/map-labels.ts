/**
 * The names the map can show: each department's at low zoom, each municipio's when zoomed in,
 * at the points computed at build time (the labels file, src/lib/geo/label-points.ts) and with the
 * names of the boundary files the app has read (text, accents as written). Which names show at
 * each zoom level is decided once here (src/lib/geo/label-placement.ts), bigger places first, so
 * that no two overlap. Loaded after the first map.
 */
import { fetchDataJson, LABEL_POINTS_PATH } from '../data/dataset-files.ts';
import type { LabelPoints } from '../geo/label-points.ts';
import type { UnitFeature } from '../geo/unit-features.ts';
import { labelLevel, placeLabels, type LabelBox } from '../geo/label-placement.ts';
import { labelPointsInUse } from '../geo/label-points-in-use.ts';

export type LabelKind = 'department' | 'municipio';

/** The zoom level whose names show at `zoom`. */
export const shownLevel = (zoom: number): number => labelLevel(zoom, LABEL_ZOOMS.min, LABEL_ZOOMS.step);

/** How each kind of name is drawn (CSS pixels; the family is the app's own, a local font). */
export const LABEL_STYLE: Record<LabelKind, { size: number; weight: number }> = {
  department: { size: 13, weight: 700 },
  municipio: { size: 11, weight: 600 },
};
export const LABEL_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
/** Width of the white halo around the letters, in CSS pixels (each side). */
export const LABEL_HALO = 2;

/** The map's zoom range (focal-map.ts) and where each kind of name shows. */
export const LABEL_ZOOMS = { min: 4, max: 13, step: 0.5, departmentsUpTo: 7, municipiosFrom: 7 } as const;

/**
 * A municipio's name shows from the zoom where the municipio is at least this many pixels across
 * (the side of a square of its area): smaller, its name would cover its neighbours.
 */
const MIN_SIDE_PX = 22;

export interface MapLabel {
  lon: number;
  lat: number;
  text: string;
  kind: LabelKind;
}

export interface LabelSet {
  labels: MapLabel[];
  /** The labels shown at each zoom level (indices into `labels`), every {@link LABEL_ZOOMS}.step from its min. */
  levels: Map<number, number[]>;
  /** Every character of every name (the font atlas is drawn once for all of them). */
  characters: string[];
  /** The level of {@link LabelSet.levels} shown at a zoom. */
  levelAt(zoom: number): number;
}

/** Pixels per kilometre at zoom `z` near latitude 15° (512 px world). */
const pxPerKm = (z: number) => (512 * 2 ** z) / (40075 * Math.cos((15 * Math.PI) / 180));

/** The first zoom level where a unit of `areaKm2` is {@link MIN_SIDE_PX} across. */
export function municipioMinZoom(areaKm2: number): number {
  const side = Math.sqrt(Math.max(areaKm2, 1e-6));
  for (let z = LABEL_ZOOMS.municipiosFrom; z < LABEL_ZOOMS.max; z += LABEL_ZOOMS.step) if (side * pxPerKm(z) >= MIN_SIDE_PX) return z;
  return LABEL_ZOOMS.max;
}

/**
 * The label set of `features` from the labels file's points: units and departments the file does
 * not know (imported boundaries) get no label. `textWidth` measures a name in CSS pixels.
 */
export function labelSet(points: LabelPoints, features: readonly UnitFeature[], textWidth: (text: string, kind: LabelKind) => number): LabelSet {
  const byId = new Map(features.map((f) => [f.properties.unit_id, f.properties]));
  const deptName = new Map(features.map((f) => [`${f.properties.country}|${f.properties.dept_code}`, f.properties.dept_name]));
  const labels: MapLabel[] = [];
  const boxes: LabelBox[] = [];
  const add = (label: MapLabel, box: Omit<LabelBox, 'lon' | 'lat' | 'width' | 'height'>) => {
    const style = LABEL_STYLE[label.kind];
    labels.push(label);
    boxes.push({ ...box, lon: label.lon, lat: label.lat, width: textWidth(label.text, label.kind) + 2 * LABEL_HALO, height: style.size * 1.2 + 2 * LABEL_HALO });
  };
  for (const [country, code, lon, lat, area] of points.departments) {
    const text = deptName.get(`${country}|${code}`);
    // Departments before every municipio, bigger first.
    if (text) add({ lon, lat, text, kind: 'department' }, { priority: -1e9 - area, minZoom: LABEL_ZOOMS.min, maxZoom: LABEL_ZOOMS.departmentsUpTo });
  }
  for (const [id, lon, lat, area] of points.units) {
    const text = byId.get(id)?.name;
    if (text) add({ lon, lat, text, kind: 'municipio' }, { priority: -area, minZoom: municipioMinZoom(area), maxZoom: LABEL_ZOOMS.max });
  }
  const characters = [...new Set(labels.flatMap((l) => [...l.text]))].sort();
  return { labels, levels: placeLabels(boxes, LABEL_ZOOMS.min, LABEL_ZOOMS.max, LABEL_ZOOMS.step), characters, levelAt: shownLevel };
}

/** A name's width in CSS pixels in the labels' font (a 2D canvas measures it). */
function canvasTextWidth(): (text: string, kind: LabelKind) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, kind) => {
    const { size, weight } = LABEL_STYLE[kind];
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${weight} ${size}px ${LABEL_FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/**
 * Reads the labels file and builds the label set of `features`; `base`: the default shapes the file
 * was computed from, when `features` has some replaced by a boundary import (their names are
 * placed on the new shapes, see label-points-in-use.ts).
 */
export async function loadLabelSet(features: readonly UnitFeature[], base: readonly UnitFeature[] = features, baseUrl = './data/'): Promise<LabelSet> {
  const points = await fetchDataJson<LabelPoints>(`${baseUrl}${LABEL_POINTS_PATH}`);
  return labelSet(features === base ? points : labelPointsInUse(points, base, features), features, canvasTextWidth());
}
