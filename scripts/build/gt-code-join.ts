/**
 * Joins Guatemalan rows keyed by INE municipio code to the GT units, with checks. Codes appear
 * with and without the leading zero (`101` = `0101`), and some tables carry wrong codes (in the
 * Censo 2018 tables republished by Red Ciudadana, Santa Bárbara (Suchitepéquez) is coded 1310,
 * La Libertad (Huehuetenango) 3111, and Chichicastenango appears as "1017 Santo Tomas La Unión"
 * in Quiché). A row is therefore accepted on its code only when the code's department and the
 * name agree; otherwise it is repaired, in order, by name within its department, then by
 * elimination (the only free unit of its department). Every repair is logged; a row that cannot
 * be placed is dropped and logged, never guessed across departments.
 */
import type { UnitProps } from '../../src/lib/data/schema.ts';
import { nameSimilarity } from '../../src/lib/data/join/name-similarity.ts';
import { normName } from '../../src/lib/data/join/norm-name.ts';
import { wordsContained } from '../../src/lib/data/join/words-contained.ts';

export interface GtKeyedRow {
  /** INE code as written in the file (3 or 4 digits). */
  code: string;
  /** Department code as written (1–2 digits), when the file has one. */
  dept?: string;
  /** Municipio name as written. */
  name: string;
}

/** Names agree: equal after normalisation, one contained in the other, or very similar. */
function sameName(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  return x === y || wordsContained(x, y) || nameSimilarity(x, y) >= 0.85;
}

/**
 * Returns, for each row, the unit id it belongs to (or null). A unit takes at most one row: a
 * second row for the same unit is dropped and logged, never double-counted.
 */
export function joinGtRows(label: string, rows: readonly GtKeyedRow[], units: readonly UnitProps[], log: (line: string) => void): (string | null)[] {
  const gt = units.filter((u) => u.country === 'GT');
  const byCode = new Map(gt.map((u) => [u.code, u]));
  const out: (string | null)[] = rows.map(() => null);
  const taken = new Set<string>();
  const deptOf = (r: GtKeyedRow) => (r.dept ? r.dept.padStart(2, '0') : r.code.padStart(4, '0').slice(0, 2));

  // Pass 1: the code is a unit of the row's department and the names agree.
  rows.forEach((r, i) => {
    const u = byCode.get(r.code.padStart(4, '0'));
    if (u && u.dept_code === deptOf(r) && sameName(r.name, u.name) && !taken.has(u.unit_id)) {
      out[i] = u.unit_id;
      taken.add(u.unit_id);
    }
  });
  // Pass 2: by name within the department (exact normalised name first, then close).
  rows.forEach((r, i) => {
    if (out[i]) return;
    const free = gt.filter((u) => u.dept_code === deptOf(r) && !taken.has(u.unit_id));
    const exact = free.filter((u) => normName(u.name) === normName(r.name));
    const hits = exact.length ? exact : free.filter((u) => sameName(r.name, u.name));
    if (hits.length === 1) {
      out[i] = hits[0].unit_id;
      taken.add(hits[0].unit_id);
      log(`${label}: row "${r.code} ${r.name}" (dept ${deptOf(r)}) placed by name on ${hits[0].unit_id} ${hits[0].name}`);
    }
  });
  // Pass 3: the code is a free unit of the row's department although the names differ.
  rows.forEach((r, i) => {
    if (out[i]) return;
    const u = byCode.get(r.code.padStart(4, '0'));
    if (u && u.dept_code === deptOf(r) && !taken.has(u.unit_id)) {
      out[i] = u.unit_id;
      taken.add(u.unit_id);
      log(`${label}: row "${r.code} ${r.name}" kept on its code ${u.unit_id} ${u.name} (names differ)`);
    }
  });
  // Pass 4: elimination — one open row and one free unit left in a department.
  const openByDept = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (out[i]) return;
    const d = deptOf(r);
    openByDept.set(d, [...(openByDept.get(d) ?? []), i]);
  });
  for (const [d, idx] of openByDept) {
    const free = gt.filter((u) => u.dept_code === d && !taken.has(u.unit_id));
    if (idx.length === 1 && free.length === 1) {
      const r = rows[idx[0]];
      out[idx[0]] = free[0].unit_id;
      taken.add(free[0].unit_id);
      log(`${label}: row "${r.code} ${r.name}" (dept ${d}) placed by elimination on ${free[0].unit_id} ${free[0].name}`);
    }
  }
  rows.forEach((r, i) => {
    if (!out[i]) log(`${label}: row "${r.code} ${r.name}" (dept ${deptOf(r)}) matches no unit; dropped`);
  });
  return out;
}
