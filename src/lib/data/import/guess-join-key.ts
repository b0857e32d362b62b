/**
 * The key a person would choose, found by trying: every column of the file is tried as a key (by
 * code when its cells look like codes — of any width, integers without their leading zero, P-codes
 * with their country prefix — else by name) against the units of each country, and the column and
 * country that reach the most rows win. The country is inferred, when no column gives it, from
 * what the file's words say (department names such as `Atlántida` or `GUATEMALA`, municipio names
 * found in one country only), else from where the codes' matches fall: a file of 4-digit codes
 * whose department column says `Atlántida` is Honduran, never "ambiguous".
 *
 * A column reaching fewer than half of the rows never replaces the first guess by column names
 * ({@link guessKey}); a 2-digit number within the department or a department id reaches none, so a
 * better column always wins over it. Pure: the planner sees the guess and can change it.
 */
import type { JoinTarget } from '../join/join-types.ts';
import type { CountryCode } from '../schema.ts';
import { canonCode } from '../join/canon-code.ts';
import { departmentScope, deptKey, type DepartmentRef } from '../join/department-scope.ts';
import { normPlaceName } from '../join/norm-name.ts';
import { cellText } from './cell-text.ts';
import type { KeyMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import { looksLikeCode } from './looks-like-code.ts';
import { parseCountry } from './parse-country.ts';
import { sampleRows } from './sample-rows.ts';
import { cellAt } from './sampled-cells.ts';

/** Share of the rows a column must reach to replace the guess by names. */
const MIN_SHARE = 0.5;
/** Share of the voting rows one country needs for the file's words to tell its country. */
const WORDS_AGREE = 0.85;
/** Share of the rows that must vote for the words to count. */
const WORDS_COVER = 0.3;

const COUNTRIES: readonly CountryCode[] = ['GT', 'HN', 'SV'];

/** How one column does as a key. */
export interface KeyTrial {
  column: string;
  by: 'code' | 'name';
  /** Rows whose key reaches a target of each country. */
  hits: Record<CountryCode, number>;
  /** Rows whose key reaches targets of one country only (or of the row's own country, when known). */
  unique: number;
  /** Rows with a key. */
  filled: number;
}

interface Indexes {
  /** The sampled rows' trimmed text in column i (read once per column: the cells of a long file come through sampled-cells.ts). */
  texts: (i: number) => readonly string[];
  /** {@link normPlaceName}, each distinct text normalised once for the whole guess (columns are tried by several steps). */
  norm: (text: string) => string;
  codes: Map<string, Set<CountryCode>>;
  names: Map<string, Set<CountryCode>>;
  depts: DepartmentRef[];
  /** Department names after {@link normPlaceName}. */
  deptNames: Set<string>;
  /** Whether a name key is made of digits and spaces only (what a number becomes under normPlaceName). */
  digitNames: boolean;
}

/** Cells that normPlaceName turns into digits and spaces only. */
const NUMBER_LIKE = /^[\d\s.,+-]*$/;

function indexes(targets: readonly JoinTarget[], table: RawTable, rows: readonly number[]): Indexes {
  const codes = new Map<string, Set<CountryCode>>();
  const names = new Map<string, Set<CountryCode>>();
  const add = (m: Map<string, Set<CountryCode>>, k: string, c: CountryCode) => {
    const s = m.get(k);
    if (s) s.add(c);
    else m.set(k, new Set([c]));
  };
  const depts = new Map<string, DepartmentRef>();
  for (const t of targets) {
    for (const c of t.codes) add(codes, canonCode(c), t.country);
    for (const n of t.names) add(names, normPlaceName(n), t.country);
    depts.set(deptKey(t.country, t.deptCode), { country: t.country, code: t.deptCode, name: t.deptName });
  }
  const digitNames = [...names.keys()].some((k) => /^[\d ]*$/.test(k));
  const columns: (readonly string[] | undefined)[] = [];
  const texts = (i: number): readonly string[] => (columns[i] ??= rows.map((r) => cellText(cellAt(table, i, r)).trim()));
  const normed = new Map<string, string>();
  const norm = (text: string): string => {
    let n = normed.get(text);
    if (n === undefined) normed.set(text, (n = normPlaceName(text)));
    return n;
  };
  return { texts, norm, codes, names, depts: [...depts.values()], deptNames: new Set([...depts.values()].map((d) => normPlaceName(d.name))), digitNames };
}

/** Each sampled row's country, when the mapping gives it (one country or a column). */
function rowCountries(table: RawTable, key: KeyMapping, rows: readonly number[]): (CountryCode | undefined)[] {
  if (key.country) return rows.map(() => key.country);
  const i = key.countryColumn ? table.columns.indexOf(key.countryColumn) : -1;
  if (i < 0) return rows.map(() => undefined);
  return rows.map((r) => parseCountry(cellText(cellAt(table, i, r))) ?? undefined);
}

/** Tries column `i` as a key. */
function tryColumn(table: RawTable, i: number, own: readonly (CountryCode | undefined)[], ix: Indexes): KeyTrial {
  const cells = ix.texts(i);
  const by = looksLikeCode(cells) ? 'code' : 'name';
  const hits: Record<CountryCode, number> = { GT: 0, HN: 0, SV: 0 };
  let unique = 0;
  let filled = 0;
  // Each distinct cell looked up once; a number (digits and signs only) is no name unless a name is.
  const memo = new Map<string, Set<CountryCode> | undefined>();
  const look = (cell: string): Set<CountryCode> | undefined => {
    if (by === 'code') return ix.codes.get(canonCode(cell));
    if (!ix.digitNames && NUMBER_LIKE.test(cell)) return undefined;
    if (memo.has(cell)) return memo.get(cell);
    const found = ix.names.get(ix.norm(cell));
    memo.set(cell, found);
    return found;
  };
  cells.forEach((cell, j) => {
    if (!cell) return;
    filled++;
    const found = look(cell);
    if (!found) return;
    for (const c of found) hits[c]++;
    const mine = own[j];
    if (mine ? found.has(mine) : found.size === 1) unique++;
  });
  return { column: table.columns[i], by, hits, unique, filled };
}

/** Votes for a country from a column of department or municipio names: rows whose text fits one country only. */
function wordVotes(i: number, ix: Indexes, as: 'dept' | 'name'): Record<CountryCode, number> {
  const votes: Record<CountryCode, number> = { GT: 0, HN: 0, SV: 0 };
  const memo = new Map<string, CountryCode | null>();
  for (const text of ix.texts(i)) {
    if (!text || /^\d+$/.test(text)) continue;
    let c = memo.get(text);
    if (c === undefined) {
      const countries = new Set<CountryCode>();
      if (as === 'dept') {
        for (const k of departmentScope(text, ix.depts) ?? []) countries.add(k.slice(0, 2) as CountryCode);
      } else {
        for (const x of ix.names.get(ix.norm(text)) ?? []) countries.add(x);
      }
      c = countries.size === 1 ? [...countries][0] : null;
      memo.set(text, c);
    }
    if (c) votes[c]++;
  }
  return votes;
}

/** The one country most of the votes name, when enough rows voted. */
function agreed(votes: Record<CountryCode, number>, rows: number): CountryCode | undefined {
  const total = COUNTRIES.reduce((s, c) => s + votes[c], 0);
  if (total < WORDS_COVER * rows) return undefined;
  return COUNTRIES.find((c) => votes[c] >= WORDS_AGREE * total);
}

/**
 * Sampled rows whose cell in column `i` resolves to a department: `code` by name or code
 * ({@link departmentScope}), `name` by name, `exact` by its exact name (for a column found by its
 * cells: `Chalatenango Sur` is a municipio, although it contains a department's name). The count
 * stops as soon as it can no longer reach `need` rows (a column of titles is given up after a
 * fifth of its rows when 8 in 10 are needed): the callers only ask whether it reaches `need`.
 */
function deptRows(i: number, ix: Indexes, how: 'code' | 'name' | 'exact', need: number): number {
  const memo = new Map<string, boolean>();
  const texts = ix.texts(i);
  let n = 0;
  for (let k = 0; k < texts.length; k++) {
    if (n + texts.length - k < need) return n;
    const text = texts[k];
    if (!text || (how !== 'code' && /^\d+$/.test(text))) continue;
    let ok = memo.get(text);
    if (ok === undefined) memo.set(text, (ok = how === 'exact' ? ix.deptNames.has(ix.norm(text)) : departmentScope(text, ix.depts) !== null));
    if (ok) n++;
  }
  return n;
}

/**
 * The column of departments: the one named so when most of its cells name departments, else the
 * column whose cells most often name one (at least 8 in 10; names tell the country, codes do not),
 * else the named one when most of its cells are department codes; -1 for none. A department id
 * such as 100 … 1800 is no department.
 */
function deptColumnOf(table: RawTable, key: KeyMapping, rows: readonly number[], ix: Indexes, skip: ReadonlySet<string>): number {
  const named = key.deptColumn ? table.columns.indexOf(key.deptColumn) : -1;
  if (named >= 0 && deptRows(named, ix, 'name', MIN_SHARE * rows.length) >= MIN_SHARE * rows.length) return named;
  let best = -1;
  let bestRows = 0;
  table.columns.forEach((c, i) => {
    if (skip.has(c) || table.types[i] !== 'text') return;
    const n = deptRows(i, ix, 'exact', 0.8 * rows.length);
    if (n >= 0.8 * rows.length && n > bestRows) {
      best = i;
      bestRows = n;
    }
  });
  if (best >= 0) return best;
  return named >= 0 && deptRows(named, ix, 'code', MIN_SHARE * rows.length) >= MIN_SHARE * rows.length ? named : -1;
}

/**
 * The key mapping by trial (see the file's comment), starting from `prior` (the guess by column
 * names, whose country column, department column and fixed country are kept).
 */
export function guessJoinKey(table: RawTable, prior: KeyMapping, targets: readonly JoinTarget[]): KeyMapping {
  if (!targets.length || !table.rowCount || !table.columns.length) return prior;
  const rows = sampleRows(table.rowCount);
  const ix = indexes(targets, table, rows);
  const own = rowCountries(table, prior, rows);
  const countryKnown = !!prior.country || !!prior.countryColumn;
  const skip = new Set([prior.countryColumn].filter((c): c is string => !!c));
  const trials = table.columns.map((c, i) => (skip.has(c) ? null : tryColumn(table, i, own, ix)));

  // What the file's words say about its country: its department column, and its best name column.
  const deptIndex = deptColumnOf(table, prior, rows, ix, skip);
  let inferred: CountryCode | undefined;
  if (!countryKnown) {
    const votes: Record<CountryCode, number> = { GT: 0, HN: 0, SV: 0 };
    const add = (v: Record<CountryCode, number>) => COUNTRIES.forEach((c) => (votes[c] += v[c]));
    if (deptIndex >= 0) add(wordVotes(deptIndex, ix, 'dept'));
    const names = trials.filter((t): t is KeyTrial => !!t && t.by === 'name' && t.column !== table.columns[deptIndex]);
    const bestName = names.sort((a, b) => total(b) - total(a))[0];
    if (bestName && total(bestName) > 0) add(wordVotes(table.columns.indexOf(bestName.column), ix, 'name'));
    inferred = agreed(votes, deptIndex >= 0 && bestName ? 2 * rows.length : rows.length);
  }

  // Each column's best score, and the country it needs.
  const scored = trials.flatMap((t, i) => {
    if (!t || i === deptIndex) return [];
    if (countryKnown) return [{ t, i, score: t.unique, country: undefined as CountryCode | undefined }];
    if (inferred) return [{ t, i, score: t.hits[inferred], country: inferred }];
    const best = COUNTRIES.reduce((a, c) => (t.hits[c] > t.hits[a] ? c : a), 'GT' as CountryCode);
    return t.hits[best] > t.unique ? [{ t, i, score: t.hits[best], country: best as CountryCode | undefined }] : [{ t, i, score: t.unique, country: undefined }];
  });
  scored.sort((a, b) => b.score - a.score || (a.t.by === 'code' ? 0 : 1) - (b.t.by === 'code' ? 0 : 1) || (a.t.column === prior.column ? 0 : 1) - (b.t.column === prior.column ? 0 : 1) || a.i - b.i);
  const win = scored[0];
  const withCountry = (k: KeyMapping, c: CountryCode | undefined): KeyMapping => (c && !countryKnown ? { ...k, country: c } : k);
  if (!win || win.score < MIN_SHARE * rows.length) return withCountry(prior, inferred);

  const key: KeyMapping = { by: win.t.by, column: win.t.column };
  const dept = deptIndex >= 0 ? table.columns[deptIndex] : undefined;
  if (dept && dept !== key.column) key.deptColumn = dept;
  if (key.by === 'code') {
    const name = scored.find((s) => s.t.by === 'name' && s.t.column !== key.column && s.t.column !== dept && s.score >= MIN_SHARE * rows.length);
    const nameColumn = name?.t.column ?? (prior.nameColumn !== key.column ? prior.nameColumn : undefined);
    if (nameColumn) key.nameColumn = nameColumn;
  }
  if (prior.countryColumn) key.countryColumn = prior.countryColumn;
  if (prior.country) key.country = prior.country;
  return withCountry(key, win.country);
}

/**
 * Whether a key cell reaches a unit of `targets`: by code, its canonical form (any width, with or
 * without the leading zero or the country prefix); by name, its normalised name; within `country`
 * when given.
 */
export function keyReaches(targets: readonly JoinTarget[], by: 'code' | 'name', country?: CountryCode): (cell: string) => boolean {
  const keys = new Set<string>();
  for (const t of targets) {
    if (country && t.country !== country) continue;
    if (by === 'code') for (const c of t.codes) keys.add(canonCode(c));
    else for (const n of t.names) keys.add(normPlaceName(n));
  }
  const memo = new Map<string, boolean>();
  return (cell) => {
    const text = cell.trim();
    let hit = memo.get(text);
    if (hit === undefined) memo.set(text, (hit = text !== '' && keys.has(by === 'code' ? canonCode(text) : normPlaceName(text))));
    return hit;
  };
}

function total(t: KeyTrial): number {
  return COUNTRIES.reduce((s, c) => s + t.hits[c], 0);
}
