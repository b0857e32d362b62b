/**
 * Joins Guatemalan rows keyed by INE municipio code to the GT units on their `ine_code` (never on
 * the OCHA P-code digits, which swap Sansare and Sanarate). Codes appear with and without the
 * leading zero (`101` = `0101`). Every row's name is checked against the unit its code names
 * ({@link joinOnCode}); the known errors of the sources (in the Censo 2018 tables republished by Red
 * Ciudadana, Santa Bárbara (Suchitepéquez) coded 1310, La Libertad (Huehuetenango) 3111,
 * Chichicastenango as "1017 Santo Tomas La Unión"; A2SIT's OCHA names on INE-keyed rows) are
 * repaired only as listed in `code-corrections.ts`; any other disagreement fails the build.
 */
import type { UnitProps } from '../../src/lib/data/schema.ts';
import { joinOnCode, type CodeTarget } from './code-name-check.ts';
import type { SourceId } from './sources.ts';

export interface GtKeyedRow {
  /** INE code as written in the file (3 or 4 digits). */
  code: string;
  /** Department code as written (1–2 digits), when the file has one. */
  dept?: string;
  /** Municipio name as written. */
  name: string;
}

/** The GT units as code targets, keyed by INE code. */
export function gtCodeTargets(units: readonly UnitProps[]): CodeTarget[] {
  return units.filter((u) => u.country === 'GT').map((u) => ({ key: u.ine_code, group: u.dept_code, name: u.name, id: u.unit_id }));
}

/** Returns, for each row, the unit id it belongs to (null only for a row a listed correction drops). */
export function joinGtRows(source: SourceId, rows: readonly GtKeyedRow[], units: readonly UnitProps[], log: (line: string) => void): (string | null)[] {
  return joinOnCode(
    source,
    rows.map((r) => ({ code: r.code, group: r.dept, name: r.name })),
    gtCodeTargets(units),
    log,
  );
}
