/**
 * Guatemala's INE municipio codes for the OCHA boundary units, established by NAME against an
 * INE-coded list (the SEGEPLAN ranking file: 340 rows, INE code, department, name), never assumed
 * equal to the P-code digits. OCHA's P-codes follow INE's except in El Progreso, where they swap
 * 0206 and 0207 (OCHA 0206 = Sanarate; INE 0206 = Sansare); the build finds that pair, and any
 * other, by name, and fails unless every unit gets exactly one INE code of its own department.
 */
import { join } from 'node:path';
import { bestFit, codeKey } from './code-name-check.ts';
import { col, readCsv } from './csv.ts';

/** The INE-coded reference list under `data/raw/indicators/`. */
export const GT_INE_REFERENCE = 'gtm_segeplan_municipal_ranking.csv';

interface Named {
  code: string;
  dept: string;
  name: string;
}

/**
 * Returns OCHA code → INE code for every unit. Throws when a unit has no unique best-named row in
 * its department, or two units claim one row.
 */
export function gtIneCodes(rawDir: string, units: readonly Named[]): Map<string, string> {
  const rows: Named[] = readCsv(join(rawDir, 'indicators', GT_INE_REFERENCE)).map((r) => ({
    code: codeKey(col(r, 'id_municipal')),
    dept: col(r, 'id_dep').padStart(2, '0'),
    name: col(r, 'municipio'),
  }));
  const out = new Map<string, string>();
  const claimed = new Map<string, string>();
  const problems: string[] = [];
  for (const u of units) {
    const hit = bestFit(u.name, rows.filter((r) => r.dept === u.dept));
    if (!hit) {
      problems.push(`unit ${u.code} "${u.name}" has no unique name match in ${GT_INE_REFERENCE}`);
      continue;
    }
    const other = claimed.get(hit.code);
    if (other) problems.push(`units ${other} and ${u.code} both match INE ${hit.code} "${hit.name}"`);
    claimed.set(hit.code, u.code);
    out.set(u.code, hit.code);
  }
  if (rows.length !== units.length) problems.push(`${GT_INE_REFERENCE} has ${rows.length} rows for ${units.length} units`);
  if (problems.length) throw new Error(`GT INE codes:\n  ${problems.join('\n  ')}`);
  return out;
}
