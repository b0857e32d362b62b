/**
 * The targets of `focal join`: by default the app's own (`units.csv` and the El Salvador pre-2024
 * distritos of `boundaries/sv-pre2024.topo.json` in a data folder), or a planner's units CSV with
 * the columns of `units.csv` (`unit_id,country,code,name,dept_code,dept_name`, `ine_code` optional;
 * a `unit_2024` column, when present and filled, makes that row a distrito of the unit it names).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinTargets } from '../lib/data/join/join-targets.ts';
import type { JoinTarget } from '../lib/data/join/join-types.ts';
import type { CountryCode, SvPre2024UnitProps, UnitProps } from '../lib/data/schema.ts';
import { parseCsvStrict } from './strict-csv.ts';

const COLUMNS = ['unit_id', 'country', 'code', 'name', 'dept_code', 'dept_name'] as const;
const COUNTRIES: readonly string[] = ['GT', 'HN', 'SV'];

/** The app's targets from a data folder (e.g. `public/data`). */
export function readDefaultJoinTargets(dataDir: string): JoinTarget[] {
  const unitsFile = join(dataDir, 'units.csv');
  if (!existsSync(unitsFile)) throw new Error(`${unitsFile} not found (the app's data folder holds units.csv)`);
  const { units } = readUnitsCsv(unitsFile);
  const topoFile = join(dataDir, 'boundaries', 'sv-pre2024.topo.json');
  let distritos: SvPre2024UnitProps[] = [];
  if (existsSync(topoFile)) {
    const topo = JSON.parse(readFileSync(topoFile, 'utf8')) as { objects?: { units?: { geometries?: { properties?: SvPre2024UnitProps }[] } } };
    distritos = (topo.objects?.units?.geometries ?? []).flatMap((g) => (g.properties ? [g.properties] : []));
  }
  return joinTargets(units, distritos);
}

/** Targets from a units CSV (the columns of `units.csv`, optional `unit_2024`). */
export function readRightTargets(file: string): JoinTarget[] {
  const { units, distritos } = readUnitsCsv(file);
  return joinTargets(units, distritos);
}

function readUnitsCsv(file: string): { units: UnitProps[]; distritos: SvPre2024UnitProps[] } {
  if (!existsSync(file)) throw new Error(`${file} not found`);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = parseCsvStrict(text, file);
  const missing = COLUMNS.filter((c) => !rows.columns.includes(c));
  if (missing.length) throw new Error(`${file}: missing column(s) ${missing.join(', ')} (need ${COLUMNS.join(', ')})`);
  const units: UnitProps[] = [];
  const distritos: SvPre2024UnitProps[] = [];
  rows.forEach((r, i) => {
    const country = (r.country ?? '').trim().toUpperCase();
    if (!COUNTRIES.includes(country)) throw new Error(`${file} row ${i + 2}: country "${r.country}" is not GT, HN or SV`);
    if (!r.unit_id?.trim()) throw new Error(`${file} row ${i + 2}: empty unit_id`);
    const u: UnitProps = {
      unit_id: r.unit_id.trim(),
      country: country as CountryCode,
      code: (r.code ?? '').trim(),
      name: (r.name ?? '').trim(),
      dept_code: (r.dept_code ?? '').trim(),
      dept_name: (r.dept_name ?? '').trim(),
      // Optional column: without it a unit's `code` serves as its national code.
      ine_code: (r.ine_code ?? '').trim(),
    };
    const to = r.unit_2024?.trim();
    if (to) distritos.push({ ...u, unit_2024: to });
    else units.push(u);
  });
  return { units, distritos };
}
