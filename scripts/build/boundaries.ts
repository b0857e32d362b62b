/**
 * The boundary part of the data build: reads the four raw boundary files, makes the units and
 * one simplified TopoJSON per layer.
 */
import type { GeometryCollection } from 'topojson-specification';
import type { SourceInfo, UnitProps } from '../../src/lib/data/schema.ts';
import { BOUNDARY_SOURCE_IDS, BOUNDARY_SOURCES } from './boundary-sources.ts';
import {
  elSalvadorPre2024Units,
  elSalvadorUnits,
  guatemalaUnits,
  hondurasUnits,
  type UnitFeature,
} from './unit-features.ts';
import { countArcPoints, OBJECT_NAME, unitTopology, type TopologyOptions, type UnitTopology } from './unit-topology.ts';

/**
 * Visvalingam threshold for the full-precision sources (GT, SV 2024), in degrees² (about 370 m²
 * of triangle area). Chosen for a total of about 1 MB over the four files: borders stay faithful
 * well past country zoom, while dropping the survey-grade vertex density of the raw files.
 */
export const FULL_PRECISION_MIN_WEIGHT = 3e-8;

/** Quantization grid per axis: about 5 m steps over Guatemala, 2 m over El Salvador. */
export const QUANTIZATION = 1e5;

/** One boundary output file. */
export interface BoundaryLayer {
  /** Path under `public/data/`. */
  file: string;
  topology: UnitTopology;
  sourceIds: string[];
}

export interface BoundariesResult {
  /** The 682 units of analysis (GT, HN, SV 2024), sorted by id. */
  units: UnitProps[];
  layers: BoundaryLayer[];
  sources: SourceInfo[];
}

/** How each layer is read and simplified. */
interface LayerSpec {
  file: string;
  read: (rawDir: string) => UnitFeature[];
  options: TopologyOptions;
  sourceIds: string[];
  /** Units of analysis (false for the pre-2024 reference layer). */
  isUnitLayer: boolean;
}

const LAYERS: readonly LayerSpec[] = [
  {
    file: 'boundaries/gt.topo.json',
    read: guatemalaUnits,
    options: { minWeight: FULL_PRECISION_MIN_WEIGHT, quantization: QUANTIZATION },
    sourceIds: [BOUNDARY_SOURCE_IDS.gt],
    isUnitLayer: true,
  },
  {
    // Already simplified at the source: only built into a topology, never simplified again.
    file: 'boundaries/hn.topo.json',
    read: hondurasUnits,
    options: { minWeight: null, quantization: QUANTIZATION },
    sourceIds: [BOUNDARY_SOURCE_IDS.hn],
    isUnitLayer: true,
  },
  {
    file: 'boundaries/sv.topo.json',
    read: elSalvadorUnits,
    options: { minWeight: FULL_PRECISION_MIN_WEIGHT, quantization: QUANTIZATION },
    sourceIds: [BOUNDARY_SOURCE_IDS.sv, BOUNDARY_SOURCE_IDS.svCrosswalk],
    isUnitLayer: true,
  },
  {
    file: 'boundaries/sv-pre2024.topo.json',
    read: elSalvadorPre2024Units,
    options: { minWeight: null, quantization: QUANTIZATION },
    sourceIds: [BOUNDARY_SOURCE_IDS.svPre2024, BOUNDARY_SOURCE_IDS.svDistritos, BOUNDARY_SOURCE_IDS.svCrosswalk],
    isUnitLayer: false,
  },
];

/** Number of geometries in a boundary topology. */
export function layerSize(topology: UnitTopology): number {
  return (topology.objects[OBJECT_NAME] as GeometryCollection).geometries.length;
}

/** Reads, builds and simplifies every boundary layer; returns the units of analysis too. */
export function buildBoundaries(rawDir: string, log: (line: string) => void = () => {}): BoundariesResult {
  const units: UnitProps[] = [];
  const layers = LAYERS.map((spec) => {
    const features = spec.read(rawDir);
    if (spec.isUnitLayer) units.push(...features.map((f) => unitProps(f.properties)));
    const topology = unitTopology(features, spec.options);
    log(`${spec.file}: ${features.length} units, ${countArcPoints(topology)} arc points`);
    return { file: spec.file, topology, sourceIds: [...spec.sourceIds].sort() };
  });
  units.sort((a, b) => (a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : 0));
  const differ = units.filter((u) => u.country === 'GT' && u.ine_code !== u.code).map((u) => `${u.unit_id} ${u.name} = INE ${u.ine_code}`);
  log(`GT INE codes found by name: ${340 - differ.length} equal the P-code digits; differ: ${differ.join('; ') || 'none'}`);
  return { units, layers, sources: [...BOUNDARY_SOURCES] };
}

/** Exactly the {@link UnitProps} fields, in schema order (a copy, never the feature's object). */
function unitProps(p: UnitProps): UnitProps {
  return {
    unit_id: p.unit_id,
    country: p.country,
    code: p.code,
    name: p.name,
    dept_code: p.dept_code,
    dept_name: p.dept_name,
    ine_code: p.ine_code,
  };
}
