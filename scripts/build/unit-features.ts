/**
 * Raw boundary features → unit features: one per municipio, `id` = unit id, properties =
 * {@link UnitProps}. Lakes and water bodies are dropped here (they are never units). Each reader
 * checks the count and key format the provenance notes promise, so that a changed raw file stops
 * the build instead of quietly shipping a different map.
 */
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { SvPre2024UnitProps, UnitProps } from '../../src/lib/data/schema.ts';
import { col, readCsv } from './csv.ts';
import { prop, readPolygonCollection, type RawFeature } from './geojson-read.ts';
import { gtIneCodes } from './gt-ine-codes.ts';
import { HN_DEPARTMENTS } from './hn-departments.ts';
import { hnUnitName, readHnIneNames } from './hn-names.ts';
import { rewindRfc7946 } from './winding.ts';

/** A unit's polygon with its id and attributes. */
export type UnitFeature<P extends UnitProps = UnitProps> = Feature<Polygon | MultiPolygon, P> & { id: string };

/** Raw file names under `data/raw/boundaries/`. */
export const BOUNDARY_FILES = {
  gt: 'gtm_adm2_ocha_2019.geojson',
  hn: 'hnd_adm2_ine.geojson',
  sv: 'slv_adm2_2024_ocha.geojson',
  svCrosswalk: 'slv_adm2_2024_crosswalk.csv',
  svPre2024: 'slv_adm2_262_pre2024.geojson',
  svDistritos: 'slv_distritos_2024_crosswalk.csv',
} as const;

/** Names are stored composed (NFC) so that `é` is one code point in every output. */
function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Builds a unit feature with RFC 7946 winding. */
function unitFeature<P extends UnitProps>(raw: RawFeature, props: P): UnitFeature<P> {
  return { type: 'Feature', id: props.unit_id, properties: props, geometry: rewindRfc7946(raw.geometry) };
}

/** Fails unless the list has `expected` items with distinct, well-formed ids. */
function checkUnits(label: string, units: UnitFeature[], expected: number, idPattern: RegExp): void {
  if (units.length !== expected) throw new Error(`${label}: expected ${expected} units, found ${units.length}`);
  const ids = new Set(units.map((u) => u.id));
  if (ids.size !== units.length) throw new Error(`${label}: duplicate unit ids`);
  const bad = units.filter((u) => !idPattern.test(u.id) || !u.properties.name || !u.properties.dept_name);
  if (bad.length) throw new Error(`${label}: malformed units ${bad.map((u) => u.id).join(', ')}`);
}

/** Sorts features by unit id (code-point order) so outputs never depend on the raw order. */
function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Guatemala: 340 municipios, id `GT` + OCHA P-code digits `DDMM`; the two lakes (`is_lake`) are
 * skipped. `ine_code` is INE's code, found by name ({@link gtIneCodes}): it differs from the P-code
 * for Sanarate (OCHA 0206, INE 0207) and Sansare (OCHA 0207, INE 0206).
 */
export function guatemalaUnits(rawDir: string): UnitFeature[] {
  const raw = readPolygonCollection(join(rawDir, 'boundaries', BOUNDARY_FILES.gt)).filter((f) => f.properties?.is_lake !== true);
  const named = raw.map((f) => ({ code: prop(f, 'code').padStart(4, '0'), dept: prop(f, 'dept_code'), name: cleanName(prop(f, 'name')) }));
  const ine = gtIneCodes(rawDir, named);
  const units = raw
    .map((f) => {
      const code = prop(f, 'code').padStart(4, '0');
      if (prop(f, 'dept_code') !== code.slice(0, 2)) throw new Error(`GT ${code}: dept_code disagrees with code`);
      return unitFeature(f, {
        unit_id: `GT${code}`,
        country: 'GT',
        code,
        name: cleanName(prop(f, 'name')),
        dept_code: code.slice(0, 2),
        dept_name: cleanName(prop(f, 'dept')),
        ine_code: ine.get(code)!,
      });
    })
    .sort(byId);
  checkUnits('GT', units, 340, /^GT\d{4}$/);
  return units;
}

/**
 * Honduras: 298 municipios, id `HN` + INE `DDMM`; department names from {@link HN_DEPARTMENTS},
 * municipio names from INE's list ({@link hnUnitName}: the boundary file misspells some).
 */
export function hondurasUnits(rawDir: string): UnitFeature[] {
  const raw = readPolygonCollection(join(rawDir, 'boundaries', BOUNDARY_FILES.hn));
  const ine = readHnIneNames(rawDir);
  const units = raw
    .map((f) => {
      const code = prop(f, 'code').padStart(4, '0');
      const deptCode = code.slice(0, 2);
      if (prop(f, 'dept_code') !== deptCode) throw new Error(`HN ${code}: dept_code disagrees with code`);
      const deptName = HN_DEPARTMENTS[deptCode];
      if (!deptName) throw new Error(`HN ${code}: unknown department ${deptCode}`);
      return unitFeature(f, {
        unit_id: `HN${code}`,
        country: 'HN',
        code,
        name: hnUnitName(code, cleanName(prop(f, 'name')), ine),
        dept_code: deptCode,
        dept_name: deptName,
        ine_code: code,
      });
    })
    .sort(byId);
  checkUnits('HN', units, 298, /^HN\d{4}$/);
  return units;
}

/** One row of the 2024 SV crosswalk, as needed here. */
interface SvCrosswalkRow {
  pcode: string;
  name: string;
  deptCode: string;
  deptName: string;
  isWater: boolean;
}

/** Reads the 2024 P-code → DIGESTYC department crosswalk (48 rows, water bodies included). */
function readSvCrosswalk(rawDir: string): Map<string, SvCrosswalkRow> {
  const rows = readCsv(join(rawDir, 'boundaries', BOUNDARY_FILES.svCrosswalk)).map((r) => ({
    pcode: col(r, 'ocha_adm2_pcode'),
    name: cleanName(col(r, 'name')),
    deptCode: col(r, 'digestyc_dept_code'),
    deptName: cleanName(col(r, 'dept')),
    isWater: col(r, 'is_water') === '1',
  }));
  return new Map(rows.map((r) => [r.pcode, r]));
}

/**
 * DIGESTYC department code → name, from the crosswalk's land rows. (P-code digits number the
 * departments alphabetically and must never be read as DIGESTYC codes.)
 */
export function svDepartments(rawDir: string): Map<string, string> {
  const depts = new Map<string, string>();
  for (const r of readSvCrosswalk(rawDir).values()) {
    if (r.isWater) continue;
    const seen = depts.get(r.deptCode);
    if (seen && seen !== r.deptName) throw new Error(`SV crosswalk: department ${r.deptCode} has two names`);
    depts.set(r.deptCode, r.deptName);
  }
  return depts;
}

/**
 * El Salvador after the 2024 reform: 44 municipios, id = OCHA P-code (`SV01001`), department code
 * and name from the crosswalk (DIGESTYC numbering). The four water bodies are skipped.
 */
export function elSalvadorUnits(rawDir: string): UnitFeature[] {
  const raw = readPolygonCollection(join(rawDir, 'boundaries', BOUNDARY_FILES.sv));
  const crosswalk = readSvCrosswalk(rawDir);
  const units = raw
    .filter((f) => f.properties?.is_water !== true)
    .map((f) => {
      const pcode = prop(f, 'pcode');
      const cw = crosswalk.get(pcode);
      if (!cw || cw.isWater) throw new Error(`SV ${pcode}: not a land municipio in the crosswalk`);
      const name = cleanName(prop(f, 'name'));
      if (cw.name !== name) throw new Error(`SV ${pcode}: boundary name "${name}" ≠ crosswalk "${cw.name}"`);
      return unitFeature(f, {
        unit_id: pcode,
        country: 'SV',
        code: pcode,
        name,
        dept_code: cw.deptCode,
        dept_name: cw.deptName,
        ine_code: '',
      });
    })
    .sort(byId);
  checkUnits('SV', units, 44, /^SV\d{5}$/);
  return units;
}

/**
 * El Salvador before 2024 (optional reference layer): 262 former municipios, now "distritos",
 * id `SVD` + DIGESTYC `DDMM`, with the 2024 municipio each belongs to. The "Zona en proceso de
 * demarcación" (code 0000) is not a municipio and is dropped.
 */
export function elSalvadorPre2024Units(rawDir: string): UnitFeature<SvPre2024UnitProps>[] {
  const raw = readPolygonCollection(join(rawDir, 'boundaries', BOUNDARY_FILES.svPre2024));
  const distritos = new Map(
    readCsv(join(rawDir, 'boundaries', BOUNDARY_FILES.svDistritos)).map((r) => [col(r, 'pre2024_code').padStart(4, '0'), r]),
  );
  const depts = svDepartments(rawDir);
  const units = raw
    .filter((f) => prop(f, 'code') !== '0000')
    .map((f) => {
      const code = prop(f, 'code').padStart(4, '0');
      const row = distritos.get(code);
      if (!row) throw new Error(`SV pre-2024 ${code}: missing from the distritos crosswalk`);
      const deptName = depts.get(code.slice(0, 2));
      if (!deptName) throw new Error(`SV pre-2024 ${code}: unknown department`);
      return unitFeature(f, {
        unit_id: `SVD${code}`,
        country: 'SV' as const,
        code,
        name: cleanName(col(row, 'distrito_name')),
        dept_code: code.slice(0, 2),
        dept_name: deptName,
        ine_code: '',
        unit_2024: col(row, 'pcode_2024'),
      });
    })
    .sort(byId);
  checkUnits('SV pre-2024', units, 262, /^SVD\d{4}$/);
  return units;
}
