/**
 * The join of a planner's rows to the app's units, and its diagnostics report. Plain JSON: the
 * report is shown, exported (`npx focal join --report`), and kept in the workspace.
 */
import type { CountryCode } from '../schema.ts';

/** One row of the planner's file, as far as the join needs it. */
export interface JoinRow {
  /** Row index in the file (0-based, header excluded). */
  row: number;
  /** Code or name, as written in the file. */
  key: string;
  dept?: string;
  country?: CountryCode;
  /** The municipio's name in the file, when the rows are joined by code and the file also has names. */
  name?: string;
}

/**
 * A name or code a row may match. Most targets are units; El Salvador's 262 pre-2024 municipios
 * (now distritos) are targets too, each carrying the 2024 unit it belongs to.
 */
export interface JoinTarget {
  /** What is matched: a unit id, or a distrito id (`SVD0614`). */
  key: string;
  /** The unit the match lands on (equal to `key` for a unit). */
  unitId: string;
  country: CountryCode;
  /** Codes accepted for it: national code (`0101`), P-code (`GT0101`), … */
  codes: string[];
  /** Official name first, then accepted variants. */
  names: string[];
  deptCode: string;
  deptName: string;
  kind: 'unit' | 'distrito';
}

export type JoinMethod = 'code' | 'exact' | 'contained' | 'fuzzy' | 'accepted';

export interface JoinMatch {
  row: number;
  target: string;
  unitId: string;
  method: JoinMethod;
  /** Similarity of the names (1 for code and exact). */
  score: number;
}

export interface JoinSuggestion {
  target: string;
  unitId: string;
  name: string;
  deptName: string;
  country: CountryCode;
  score: number;
}

/** An unmatched row suggested for an unmatched unit. */
export interface JoinRowSuggestion {
  row: number;
  key: string;
  dept?: string;
  score: number;
}

export interface JoinReport {
  by: 'code' | 'name';
  /** Rows considered (rows with an empty key are listed in `emptyKeys`). */
  rows: number;
  matched: JoinMatch[];
  /** Rows with no match, each with up to 3 suggestions, best first. */
  unmatchedRows: { row: number; key: string; dept?: string; suggestions: JoinSuggestion[] }[];
  /** Units (of the countries in play) that no row reached, each with up to 3 unmatched rows that may name it. */
  unmatchedUnits: { unitId: string; name: string; deptName: string; country: CountryCode; suggestions?: JoinRowSuggestion[] }[];
  /** Targets reached by more than one row (the rows are listed; their values conflict or repeat). */
  duplicates: { target: string; unitId: string; rows: number[] }[];
  /** Rows whose name exists in several departments and no department told them apart. */
  ambiguous: { row: number; key: string; candidates: JoinSuggestion[] }[];
  /** Rows recognised as not being municipios (city zones, lakes, "NA", totals). */
  notUnits: { row: number; key: string }[];
  emptyKeys: number[];
  /** Rows joined by code whose name was compared with the unit's (rows with a name, code join only). */
  namesChecked: number;
  /**
   * Rows joined by code whose name in the file is not the name of the unit the code reached: a
   * warning (the row stays matched), since one of the two is wrong — e.g. an INE-coded file read
   * as OCHA P-codes puts Sansare's row (INE 0206) on Sanarate (OCHA 0206).
   */
  nameMismatches: NameMismatch[];
  /**
   * Features of a layer lying in another country than the file's (KeyMapping.elsewhere): left out
   * of the join, listed here so that none is dropped without a word. Absent when there are none.
   */
  elsewhere?: RowElsewhere[];
}

/** A layer's feature left out of the join because it lies in another country. */
export interface RowElsewhere {
  row: number;
  /** The key, as written in the file. */
  key: string;
  /** The feature's name in the file (the key mapping's name column), when it has one. */
  name?: string;
  /** The country the feature lies in. */
  country: CountryCode;
}

/** A row whose code and name disagree (see {@link JoinReport.nameMismatches}). */
export interface NameMismatch {
  row: number;
  /** The code, as written in the file. */
  key: string;
  /** The name, as written in the file. */
  name: string;
  /** The unit the code reached, and its official name (the distrito's for an El Salvador distrito). */
  unitId: string;
  unitName: string;
  /** Similarity of the file's name to the unit's best-matching name (0–1). */
  score: number;
  /** Another unit of the same country that bears the file's name, when one does (the code may be wrong). */
  nameOf?: { unitId: string; name: string };
}

/** The planner's decisions on a report: row → target key accepted, or null for "no unit". */
export type AcceptedMatches = Record<number, string | null>;
