/**
 * What a planner's rows may match: every unit of the app, and El Salvador's 262 pre-2024 municipios
 * (now distritos, from `boundaries/sv-pre2024.topo.json`), each landing on its 2024 unit.
 *
 * Codes accepted (compared in {@link canonCode} form, so leading zeros and `101.0` do not matter):
 * - GT and HN units: the national INE code (`0101`, the unit's `ine_code`) and the P-code
 *   (`GT0101`). The bare digits are read as the INE code, the code of every national source:
 *   Guatemala's OCHA P-codes swap two municipios (`GT0206` is Sanarate, INE `0206` is Sansare), so
 *   `0206` reaches Sansare and `GT0206` Sanarate.
 * - SV 2024 units: the OCHA P-code (`SV01001`). Its digits alone are not accepted: they would be
 *   read as a DIGESTYC distrito code (`1001` is San Vicente's first distrito), and the P-code
 *   numbers departments alphabetically where DIGESTYC does not.
 * - SV distritos: the DIGESTYC code (`0614`), the id (`SVD0614`) and the pre-2024 OCHA P-code form
 *   (`SV0614`).
 * The Hacienda codes of the 2024 municipios are not in the app's data, so they are not accepted.
 *
 * Output order: the units as given, then the distritos as given.
 */
import type { SvPre2024UnitProps, UnitProps } from '../schema.ts';
import type { JoinTarget } from './join-types.ts';

export function joinTargets(units: UnitProps[], distritos: SvPre2024UnitProps[]): JoinTarget[] {
  const out: JoinTarget[] = units.map((u) => ({
    key: u.unit_id,
    unitId: u.unit_id,
    country: u.country,
    codes: u.country === 'SV' ? [u.code] : uniq([u.ine_code || u.code, u.unit_id]),
    names: [u.name],
    deptCode: u.dept_code,
    deptName: u.dept_name,
    kind: 'unit',
  }));
  for (const d of distritos) {
    out.push({
      key: d.unit_id,
      unitId: d.unit_2024,
      country: 'SV',
      codes: uniq([d.code, d.unit_id, `SV${d.code}`]),
      names: [d.name],
      deptCode: d.dept_code,
      deptName: d.dept_name,
      kind: 'distrito',
    });
  }
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
